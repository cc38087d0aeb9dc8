using DockingGraph.Gateway.Answers;
using DockingGraph.Gateway.PersistedOperations;
using DockingGraph.Gateway.Requests;
using GraphQL;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Http;

/// <summary>
/// GraphQL over HTTP at one path: POST with a JSON body, GET with query parameters. Read → resolve a persisted
/// operation → the stored bytes of an identical request's answer (<see cref="AnswerStore"/>), or execute → write.
/// 400 for a request that is not well-formed; with application/graphql-response+json also 400 when the document
/// does not parse or validate (with application/json the spec keeps 200 for those); 200 once execution ran,
/// partial data included.
/// </summary>
public static class GraphQLEndpoint
{
    public static IEndpointConventionBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder app, string pattern = "/graphql") =>
        app.Map(pattern, HandleAsync);

    private static async Task HandleAsync(HttpContext http, IGraphQLTextSerializer serializer,
        PersistedOperationStore persisted, IOptions<PersistedOperationsOptions> persistedOptions,
        GraphQLExecution execution, AnswerStore answers)
    {
        var writer = new GraphQLResponseWriter(http, serializer);
        if (GraphQLMediaTypes.Negotiate(http.Request.Headers.Accept) is not { } mediaType)
        {
            await writer.WriteProblemAsync(GraphQLMediaTypes.Json, new RequestProblem(StatusCodes.Status406NotAcceptable, "NOT_ACCEPTABLE",
                $"Accept {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}."));
            return;
        }

        var (request, problem) = await GraphQLRequestReader.ReadAsync(http, serializer);
        if (request is { } read)
        {
            (request, problem) = PersistedOperationResolver.Resolve(read, persisted, persistedOptions.Value);
        }

        if (problem is not null)
        {
            await writer.WriteProblemAsync(mediaType, problem);
            return;
        }

        var key = answers.Enabled ? AnswerKey.For(http, mediaType, request!, serializer) : null;
        if (key is not null && answers.Find(key) is { } stored)
        {
            await writer.WriteStoredAsync(stored, answers.Now);
            return;
        }

        var result = await execution.ExecuteAsync(http, request!);
        await writer.WriteResultAsync(mediaType, result, key);
    }
}
