using DockingGraph.Gateway.Answers;
using DockingGraph.Gateway.Requests;
using DockingGraph.LaunchLibrary.Caching;
using DockingGraph.LaunchLibrary.Pipeline;
using GraphQL;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Http;

/// <summary>
/// Writes an execution result (keeping it in the <see cref="AnswerStore"/> when it may be kept), a stored answer or
/// a request problem; GET answers get their cache headers first.
/// </summary>
public sealed class GraphQLResponseWriter(HttpContext http, IGraphQLTextSerializer serializer)
{
    /// <param name="answerKey">The request's <see cref="AnswerKey"/>; null: the answer is not to be kept.</param>
    public async Task WriteResultAsync(string mediaType, ExecutionResult result, string? answerKey = null)
    {
        http.Response.StatusCode = !result.Executed && mediaType == GraphQLMediaTypes.GraphQLResponse
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        var isGet = HttpMethods.IsGet(http.Request.Method);
        if (!isGet && answerKey is null)
        {
            await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
            return;
        }

        using var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, result, http.RequestAborted);
        var body = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        var lifetimes = http.RequestServices.GetRequiredService<IOptions<Ll2CacheOptions>>().Value;
        var memo = http.RequestServices.GetRequiredService<Ll2RequestMemo>();
        if (answerKey is not null)
        {
            Keep(answerKey, result, memo, lifetimes, body.Span, isGet);
        }

        if (isGet && GetCacheHeaders.Apply(http, lifetimes, memo.Touched, memo.Tally, result, body.Span))
        {
            return;
        }

        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }

    public async Task WriteStoredAsync(StoredAnswer answer, DateTimeOffset now)
    {
        http.Response.StatusCode = answer.Status;
        http.Response.ContentType = answer.ContentType;
        http.Response.Headers[AnswerTelemetry.Header] = "stored";
        if (answer is { ETag: { } etag, MaxAgeUntil: { } maxAgeUntil })
        {
            var maxAge = (long)Math.Max(0, (maxAgeUntil - now).TotalSeconds);
            if (GetCacheHeaders.Apply(http, $"public, max-age={maxAge}", etag))
            {
                return;
            }
        }

        await http.Response.Body.WriteAsync(answer.Body, http.RequestAborted);
    }

    public async Task WriteProblemAsync(string mediaType, RequestProblem problem)
    {
        if (problem.Allow is not null)
        {
            http.Response.Headers.Allow = problem.Allow;
        }

        http.Response.StatusCode = problem.Status;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        var result = new ExecutionResult { Errors = [new ExecutionError(problem.Message) { Code = problem.Code }] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private void Keep(string key, ExecutionResult result, Ll2RequestMemo memo, Ll2CacheOptions lifetimes,
        ReadOnlySpan<byte> body, bool isGet)
    {
        var store = http.RequestServices.GetRequiredService<AnswerStore>();
        if (store.KeepUntil(result, memo, lifetimes.ReferenceTtl) is not { } until)
        {
            return;
        }

        var now = store.Now;
        store.Remember(key, new StoredAnswer(body.ToArray(), http.Response.StatusCode, http.Response.ContentType!,
            until, [.. memo.Tally.Entries],
            isGet ? GetCacheHeaders.ETagOf(body) : null,
            isGet ? now.AddSeconds(GetCacheHeaders.MaxAge(lifetimes, memo.Touched, memo.Tally.OldestAge)) : null));
    }
}
