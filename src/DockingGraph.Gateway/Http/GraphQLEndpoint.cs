using System.Diagnostics;
using System.Security.Cryptography;
using DockingGraph.Gateway.PersistedOperations;
using DockingGraph.Gateway.Schema;
using DockingGraph.LaunchLibrary.Pipeline;
using GraphQL;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace DockingGraph.Gateway.Http;

/// <summary>
/// GraphQL over HTTP at one path: POST with a JSON body, GET with query parameters. 400 for a request that is not
/// well-formed; with application/graphql-response+json also 400 when the document does not parse or validate
/// (with application/json the spec keeps 200 for those); 200 once execution ran, partial data included.
/// GET answers carry Cache-Control (the shortest lifetime of the LL2 data touched; no-store with errors) and an ETag.
/// </summary>
public static class GraphQLEndpoint
{
    public static IEndpointConventionBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder app, string pattern = "/graphql") =>
        app.Map(pattern, HandleAsync);

    private static async Task HandleAsync(HttpContext http)
    {
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var mediaType = GraphQLMediaTypes.Negotiate(http.Request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteErrorAsync(http, serializer, GraphQLMediaTypes.Json, new RequestProblem(StatusCodes.Status406NotAcceptable, "NOT_ACCEPTABLE",
                $"Accept {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}."));
            return;
        }

        var (request, problem) = await GraphQLRequestReader.ReadAsync(http, serializer);
        if (request is { } read)
        {
            (request, problem) = PersistedOperationResolver.Resolve(read, http.RequestServices.GetRequiredService<PersistedOperationStore>(),
                http.RequestServices.GetRequiredService<IOptions<PersistedOperationsOptions>>().Value);
        }

        if (problem is not null)
        {
            await WriteErrorAsync(http, serializer, mediaType, problem);
            return;
        }

        var clock = Stopwatch.StartNew();
        var result = await http.RequestServices.GetRequiredService<IDocumentExecuter<DockingGraphSchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = request!.Query,
            DocumentId = request.DocumentId,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
        });

        var ll2 = http.RequestServices.GetRequiredService<Ll2RequestMemo>();
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("DockingGraph.GraphQL").LogInformation(
            "GraphQL {Method} {OperationName} executed={Executed} errors={ErrorCount} ll2Paths={Ll2Paths} in {ElapsedMs} ms",
            http.Request.Method, request.OperationName ?? "(anonymous)", result.Executed, result.Errors?.Count ?? 0, ll2.Touched.Select(read => read.Path).Distinct().Count(), clock.ElapsedMilliseconds);

        http.Response.StatusCode = !result.Executed && mediaType == GraphQLMediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        if (!HttpMethods.IsGet(http.Request.Method))
        {
            await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
            return;
        }

        using var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, result, http.RequestAborted);
        var caching = http.RequestServices.GetRequiredService<IOptions<HttpCachingOptions>>().Value;
        http.Response.Headers.CacheControl = result.Errors is { Count: > 0 } || !result.Executed
            ? "no-store"
            : $"public, max-age={ll2.Touched.Select(read => caching.SecondsFor(read.Class)).DefaultIfEmpty(caching.ReferenceSeconds).Min()}";
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))[..32]}\"");
        http.Response.Headers.ETag = etag.ToString();
        http.Response.Headers.Vary = "Accept";
        if (EntityTagHeaderValue.TryParseList(http.Request.Headers.IfNoneMatch, out var matches) && matches.Any(m => m.Compare(etag, useStrongComparison: false) || m.Equals(EntityTagHeaderValue.Any)))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(http.Response.Body, http.RequestAborted);
    }

    private static async Task WriteErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, RequestProblem problem)
    {
        if (problem.Status == StatusCodes.Status405MethodNotAllowed)
        {
            http.Response.Headers.Allow = problem.Message.Contains("Mutations", StringComparison.Ordinal) ? "POST" : "GET, POST";
        }

        http.Response.StatusCode = problem.Status;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        var result = new ExecutionResult { Errors = [new ExecutionError(problem.Message) { Code = problem.Code }] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
