using System.Security.Cryptography;
using DockingGraph.LaunchLibrary.Caching;
using DockingGraph.LaunchLibrary.Pipeline;
using GraphQL;
using Microsoft.Net.Http.Headers;

namespace DockingGraph.Gateway.Http;

/// <summary>
/// Cache-Control, ETag and Vary of a GET answer: the shortest cache lifetime (<c>Cache:*Ttl</c>) among the resource
/// classes of the LL2 reads it used, less the age of the oldest cached data in it, so that a browser never keeps
/// the answer longer than the gateway keeps its data; no-store with errors or stale data. An If-None-Match that
/// matches turns it into a 304 without a body.
/// </summary>
public static class GetCacheHeaders
{
    /// <returns>True when the answer became a 304 and no body must be written.</returns>
    public static bool Apply(HttpContext http, Ll2CacheOptions lifetimes, IEnumerable<Ll2Read> reads,
        Ll2RequestTally tally, ExecutionResult result, ReadOnlySpan<byte> body)
    {
        // An LL2 cost report describes this one request: no cache may hand it to another.
        var costReport = Ll2CostReport.IsAsked(http);
        var cacheControl = result.Errors is { Count: > 0 } || !result.Executed || tally.Stale || costReport
            ? "no-store"
            : $"public, max-age={MaxAge(lifetimes, reads, tally.OldestAge)}";
        return Apply(http, cacheControl, ETagOf(body));
    }

    /// <returns>True when the answer became a 304 and no body must be written.</returns>
    public static bool Apply(HttpContext http, string cacheControl, string etagText)
    {
        http.Response.Headers.CacheControl = cacheControl;
        var etag = new EntityTagHeaderValue(etagText);
        http.Response.Headers.ETag = etagText;
        http.Response.Headers.Vary = "Accept";
        if (EntityTagHeaderValue.TryParseList(http.Request.Headers.IfNoneMatch, out var matches)
            && matches.Any(m => m.Compare(etag, useStrongComparison: false) || m.Equals(EntityTagHeaderValue.Any)))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return true;
        }

        return false;
    }

    public static string ETagOf(ReadOnlySpan<byte> body) =>
        $"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\"";

    /// <summary>An answer that read no LL2 data (introspection, empty pages) lives as a reference table.</summary>
    public static int MaxAge(Ll2CacheOptions lifetimes, IEnumerable<Ll2Read> reads, TimeSpan? oldestAge = null)
    {
        var shortest = reads.Select(read => lifetimes.TtlFor(read.Class)).DefaultIfEmpty(lifetimes.ReferenceTtl).Min();
        return (int)Math.Max(0, (shortest - (oldestAge ?? TimeSpan.Zero)).TotalSeconds);
    }
}
