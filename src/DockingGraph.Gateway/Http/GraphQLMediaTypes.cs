using Microsoft.Net.Http.Headers;

namespace DockingGraph.Gateway.Http;

/// <summary>GraphQL-over-HTTP content negotiation.</summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The response type for an Accept header: graphql-response+json when asked for, application/json when asked for or
    /// when the client states no preference (the spec's rule for legacy clients); null when nothing acceptable is asked.
    /// </summary>
    public static string? Negotiate(IEnumerable<string?> acceptHeaders)
    {
        var accepted = acceptHeaders.SelectMany(h => (h ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (accepted.Count == 0)
        {
            return Json;
        }

        var types = MediaTypeHeaderValue.ParseList(accepted).Where(t => t.Quality is not 0).OrderByDescending(t => t.Quality ?? 1).ToList();
        foreach (var type in types)
        {
            var name = type.MediaType.Value?.ToLowerInvariant();
            if (name == GraphQLResponse)
            {
                return GraphQLResponse;
            }

            if (name is Json or "application/*" or "*/*")
            {
                return Json;
            }
        }

        return null;
    }
}
