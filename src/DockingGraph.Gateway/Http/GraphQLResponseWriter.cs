using DockingGraph.Gateway.Requests;
using DockingGraph.LaunchLibrary.Caching;
using DockingGraph.LaunchLibrary.Pipeline;
using GraphQL;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Http;

/// <summary>Writes an execution result or a request problem; GET answers get their cache headers first.</summary>
public sealed class GraphQLResponseWriter(HttpContext http, IGraphQLTextSerializer serializer)
{
    public async Task WriteResultAsync(string mediaType, ExecutionResult result)
    {
        http.Response.StatusCode = !result.Executed && mediaType == GraphQLMediaTypes.GraphQLResponse
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        if (!HttpMethods.IsGet(http.Request.Method))
        {
            await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
            return;
        }

        using var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, result, http.RequestAborted);
        var body = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        var lifetimes = http.RequestServices.GetRequiredService<IOptions<Ll2CacheOptions>>().Value;
        var memo = http.RequestServices.GetRequiredService<Ll2RequestMemo>();
        if (GetCacheHeaders.Apply(http, lifetimes, memo.Touched, memo.Tally, result, body.Span))
        {
            return;
        }

        await http.Response.Body.WriteAsync(body, http.RequestAborted);
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
}
