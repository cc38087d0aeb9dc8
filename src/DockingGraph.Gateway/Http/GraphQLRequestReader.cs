using System.Text.Json;
using DockingGraph.Gateway.Limits;
using GraphQL;
using GraphQLParser.AST;
using DockingGraph.Gateway.Requests;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Http;

/// <summary>
/// Reads <c>{query, documentId, id, variables, operationName, extensions}</c> from a POST body or GET parameters,
/// refusing a body or query string over <c>Limits:MaxDocumentBytes</c> (413) before it is parsed.
/// </summary>
public static class GraphQLRequestReader
{
    public static async Task<(GatewayRequest? Request, RequestProblem? Problem)> ReadAsync(
        HttpContext http, IGraphQLTextSerializer serializer)
    {
        var limit = http.RequestServices.GetRequiredService<IOptions<LimitsOptions>>().Value.MaxDocumentBytes;
        GatewayRequest request;
        try
        {
            if (HttpMethods.IsGet(http.Request.Method))
            {
                if (http.Request.QueryString.Value is { } queryString && queryString.Length > limit)
                {
                    return (null, BoundedRequestBody.TooLarge("query string", limit, $"{queryString.Length} bytes"));
                }

                request = FromQueryString(http.Request.Query, serializer);
            }
            else if (HttpMethods.IsPost(http.Request.Method))
            {
                if (!http.Request.HasJsonContentType())
                {
                    return (null, new RequestProblem(
                        StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE",
                        "POST a JSON body with Content-Type: application/json "
                        + $"(got '{http.Request.ContentType ?? "none"}')."));
                }

                var (body, tooLarge) = await BoundedRequestBody.ReadAsync(http.Request, limit, http.RequestAborted);
                if (tooLarge is not null)
                {
                    return (null, tooLarge);
                }

                using (body)
                {
                    request = FromJson(body!.Bytes, serializer);
                }
            }
            else
            {
                // HEAD included: it would run the query only to drop the answer.
                return (null, new RequestProblem(StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED",
                    $"Use GET or POST for /graphql, not {http.Request.Method}.", Allow: "GET, POST"));
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException
                                      or FormatException or InvalidCastException)
        {
            return (null, new RequestProblem(StatusCodes.Status400BadRequest, "INVALID_REQUEST",
                "The request is not a GraphQL request: expected a JSON object "
                + $"{{\"query\": \"…\", \"variables\": {{…}}}}. {e.Message}"));
        }

        if (string.IsNullOrWhiteSpace(request.Query) && request.DocumentId is null && request.Id is null
            && !HasAutomaticHash(request.Extensions))
        {
            return (null, new RequestProblem(StatusCodes.Status400BadRequest, "QUERY_MISSING",
                "The request has no GraphQL document: send query, documentId or id."));
        }

        if (HttpMethods.IsGet(http.Request.Method) && request.Query is not null
            && IsMutation(request.Query, request.OperationName))
        {
            return (null, new RequestProblem(StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED",
                "Mutations cannot be sent with GET; use POST.", Allow: "POST"));
        }

        return (request, null);
    }

    private static GatewayRequest FromQueryString(IQueryCollection q, IGraphQLTextSerializer serializer) => new(
        Text(q["query"]), Text(q["documentId"]), Text(q["id"]), Text(q["operationName"]),
        Text(q["variables"]) is { } v ? serializer.Deserialize<Inputs>(v) : null,
        Text(q["extensions"]) is { } e ? serializer.Deserialize<Inputs>(e) : null);

    // One parse of the body: the standard fields and Hot Chocolate's id are both read from the parsed document.
    private static GatewayRequest FromJson(ReadOnlyMemory<byte> body, IGraphQLTextSerializer serializer)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"The body is JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object.");
        }

        var standard = serializer.ReadNode<GraphQL.Transport.GraphQLRequest>(root)
            ?? throw new JsonException("The body is JSON null.");
        var id = root.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String
            ? idValue.GetString()
            : null;
        return new GatewayRequest(
            standard.Query, standard.DocumentId, id, standard.OperationName, standard.Variables, standard.Extensions);
    }

    private static string? Text(Microsoft.Extensions.Primitives.StringValues values) =>
        values.FirstOrDefault() is { Length: > 0 } text ? text : null;

    private static bool HasAutomaticHash(Inputs? extensions) => extensions?.ContainsKey("persistedQuery") == true;

    // GraphQL-over-HTTP: a GET must not run a mutation. A document that does not parse is left to the executer.
    private static bool IsMutation(string query, string? operationName)
    {
        try
        {
            var document = GraphQLParser.Parser.Parse(query);
            var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
            var selected = operationName is null
                ? operations.SingleOrDefault()
                : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
            return selected?.Operation == OperationType.Mutation;
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            return false;
        }
    }
}
