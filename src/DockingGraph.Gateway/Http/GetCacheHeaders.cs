using System.Security.Cryptography;
using DockingGraph.LaunchLibrary.Pipeline;
using GraphQL;
using Microsoft.Net.Http.Headers;

namespace DockingGraph.Gateway.Http;

/// <summary>
/// Cache-Control, ETag and Vary of a GET answer: the shortest lifetime among the resource classes of the LL2 reads
/// it used (no-store with errors); an If-None-Match that matches turns it into a 304 without a body.
/// </summary>
public static class GetCacheHeaders
{
    /// <returns>True when the answer became a 304 and no body must be written.</returns>
    public static bool Apply(HttpContext http, HttpCachingOptions caching, IEnumerable<Ll2Read> reads, ExecutionResult result, ReadOnlySpan<byte> body)
    {
        http.Response.Headers.CacheControl = result.Errors is { Count: > 0 } || !result.Executed
            ? "no-store"
            : $"public, max-age={MaxAge(caching, reads)}";
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\"");
        http.Response.Headers.ETag = etag.ToString();
        http.Response.Headers.Vary = "Accept";
        if (EntityTagHeaderValue.TryParseList(http.Request.Headers.IfNoneMatch, out var matches)
            && matches.Any(m => m.Compare(etag, useStrongComparison: false) || m.Equals(EntityTagHeaderValue.Any)))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return true;
        }

        return false;
    }

    /// <summary>An answer that read no LL2 data (introspection, empty pages) lives as long as a reference table.</summary>
    public static int MaxAge(HttpCachingOptions caching, IEnumerable<Ll2Read> reads) =>
        reads.Select(read => caching.SecondsFor(read.Class)).DefaultIfEmpty(caching.ReferenceSeconds).Min();
}
