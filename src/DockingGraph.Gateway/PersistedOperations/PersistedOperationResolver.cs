using GraphQL;
using DockingGraph.Gateway.Requests;

namespace DockingGraph.Gateway.PersistedOperations;

/// <summary>
/// Turns the three persisted forms into what the executer runs: GraphQL.NET's <c>documentId: "sha256:…"</c> (kept),
/// Hot Chocolate's <c>id</c> (mapped to a documentId), and Apollo's automatic persisted queries
/// (<c>extensions.persistedQuery.sha256Hash</c>: a miss answers PERSISTED_QUERY_NOT_FOUND so the client resends the text).
/// </summary>
public static class PersistedOperationResolver
{
    public const string NotFound = "PERSISTED_QUERY_NOT_FOUND";

    public static (GatewayRequest? Request, RequestProblem? Problem) Resolve(GatewayRequest request, PersistedOperationStore store, PersistedOperationsOptions options)
    {
        if (request.Id is { } id)
        {
            return store.HashOf(id) is { } known
                ? (request with { DocumentId = $"sha256:{known}", Query = null }, null)
                : (null, new RequestProblem(StatusCodes.Status400BadRequest, NotFound, $"No persisted operation has the id '{id}'."));
        }

        if (AutomaticHash(request.Extensions) is not { } hash)
        {
            return request.Query is not null && options.OnlyPersisted && !store.IsPersisted(PersistedOperationStore.Sha256(request.Query))
                ? (null, new RequestProblem(StatusCodes.Status400BadRequest, "PERSISTED_QUERY_ONLY", "This gateway runs only persisted operations: send documentId (sha256:…) or id."))
                : (request, null);
        }

        if (request.Query is null)
        {
            return store.IsPersisted(hash)
                ? (request with { DocumentId = $"sha256:{hash}" }, null)
                : store.Find(hash, includeAutomatic: !options.OnlyPersisted) is { } remembered
                    ? (request with { Query = remembered }, null)
                    : (null, new RequestProblem(StatusCodes.Status200OK, NotFound, "PersistedQueryNotFound"));
        }

        if (PersistedOperationStore.Sha256(request.Query) != hash)
        {
            return (null, new RequestProblem(StatusCodes.Status400BadRequest, "PERSISTED_QUERY_BAD_HASH", "extensions.persistedQuery.sha256Hash is not the SHA-256 of the query."));
        }

        if (options.OnlyPersisted)
        {
            return store.IsPersisted(hash)
                ? (request with { DocumentId = $"sha256:{hash}", Query = null }, null)
                : (null, new RequestProblem(StatusCodes.Status400BadRequest, "PERSISTED_QUERY_ONLY", "This gateway runs only persisted operations; automatic registration is off."));
        }

        store.Remember(hash, request.Query);
        return (request, null);
    }

    private static string? AutomaticHash(Inputs? extensions) =>
        extensions is not null && extensions.TryGetValue("persistedQuery", out var value) && value is IDictionary<string, object?> persisted
            && persisted.TryGetValue("sha256Hash", out var hash) && hash is string text
            ? text.ToLowerInvariant()
            : null;
}
