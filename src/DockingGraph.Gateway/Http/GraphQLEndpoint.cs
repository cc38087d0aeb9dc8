using System.Text.Json;
using DockingGraph.Gateway.Schema;
using GraphQL;
using GraphQL.Transport;

namespace DockingGraph.Gateway.Http;

/// <summary>
/// GraphQL over HTTP at one path: POST with a JSON body, GET with query parameters. 400 for a request that is not
/// well-formed; with application/graphql-response+json also 400 when the document does not parse or validate
/// (with application/json the spec keeps 200 for those); 200 once execution ran, partial data included.
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
            await WriteErrorAsync(http, serializer, GraphQLMediaTypes.Json, StatusCodes.Status406NotAcceptable, "NOT_ACCEPTABLE",
                $"Accept {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}.");
            return;
        }

        var (request, problem) = await GraphQLRequestReader.ReadAsync(http, serializer);
        if (problem is not null)
        {
            if (problem.Status == StatusCodes.Status405MethodNotAllowed)
            {
                http.Response.Headers.Allow = "GET, POST";
            }

            await WriteErrorAsync(http, serializer, mediaType, problem.Status, problem.Code, problem.Message);
            return;
        }

        var result = await http.RequestServices.GetRequiredService<IDocumentExecuter<DockingGraphSchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = request!.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
        });

        http.Response.StatusCode = !result.Executed && mediaType == GraphQLMediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static async Task WriteErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}

/// <summary>Why a request could not be read as a GraphQL request.</summary>
public sealed record RequestProblem(int Status, string Code, string Message);

/// <summary>Reads <c>{query, variables, operationName, extensions}</c> from a POST body or GET parameters.</summary>
public static class GraphQLRequestReader
{
    // GraphQL-over-HTTP: a GET must not run a mutation. A document that does not parse is left to the executer.
    private static bool IsMutation(string query, string? operationName)
    {
        try
        {
            var operations = GraphQLParser.Parser.Parse(query).Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().ToList();
            var selected = operationName is null ? operations.SingleOrDefault() : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
            return selected?.Operation == GraphQLParser.AST.OperationType.Mutation;
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            return false;
        }
    }

    public static async Task<(GraphQLRequest? Request, RequestProblem? Problem)> ReadAsync(HttpContext http, IGraphQLTextSerializer serializer)
    {
        GraphQLRequest? request;
        try
        {
            if (HttpMethods.IsGet(http.Request.Method))
            {
                var q = http.Request.Query;
                request = new GraphQLRequest
                {
                    Query = q["query"].FirstOrDefault(),
                    OperationName = q["operationName"].FirstOrDefault(),
                    Variables = q["variables"].FirstOrDefault() is { Length: > 0 } v ? serializer.Deserialize<Inputs>(v) : null,
                    Extensions = q["extensions"].FirstOrDefault() is { Length: > 0 } e ? serializer.Deserialize<Inputs>(e) : null,
                };
            }
            else if (HttpMethods.IsPost(http.Request.Method))
            {
                if (!http.Request.HasJsonContentType())
                {
                    return (null, new RequestProblem(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE",
                        $"POST a JSON body with Content-Type: application/json (got '{http.Request.ContentType ?? "none"}')."));
                }

                request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
            }
            else
            {
                return (null, new RequestProblem(StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED", $"Use GET or POST for /graphql, not {http.Request.Method}."));
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException or FormatException)
        {
            return (null, new RequestProblem(StatusCodes.Status400BadRequest, "INVALID_REQUEST",
                $"The request is not a GraphQL request: expected a JSON object {{\"query\": \"…\", \"variables\": {{…}}}}. {e.Message}"));
        }

        if (string.IsNullOrWhiteSpace(request?.Query))
        {
            return (null, new RequestProblem(StatusCodes.Status400BadRequest, "QUERY_MISSING", "The request has no GraphQL document in 'query'."));
        }

        if (HttpMethods.IsGet(http.Request.Method) && IsMutation(request.Query, request.OperationName))
        {
            return (null, new RequestProblem(StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED", "Mutations cannot be sent with GET; use POST."));
        }

        return (request, null);
    }
}
