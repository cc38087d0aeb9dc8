using System.Text.Json.Nodes;

namespace DockingGraph.Snapshot.Rest;

/// <summary>
/// An LL2 list + detail endpoint as LL2's OpenAPI documents it: serializer per mode, filters, "Fields searched" and
/// ordering fields. Rows are stored LL2 objects at their richest recorded shape; responses project them.
/// </summary>
public sealed record ListEndpoint(
    string Name,
    IReadOnlyList<JsonObject> Rows,
    IReadOnlyDictionary<string, string> Modes,
    string DefaultMode,
    string DetailShape)
{
    public IReadOnlyList<ListFilter> Filters { get; init; } = [];

    public IReadOnlyList<string> SearchPaths { get; init; } = [];

    public IReadOnlyDictionary<string, Func<JsonObject, IComparable?>> Orderings { get; init; } =
        new Dictionary<string, Func<JsonObject, IComparable?>>();

    /// <summary>The id as it appears in a detail path (an integer, or a launch's UUID).</summary>
    public Func<JsonObject, string> Key { get; init; } = row => JsonPath.Text(row, "id")!;

    public Func<string, string> NormalizeKey { get; init; } = key => key;

    /// <summary>
    /// The rows the view's queryset holds for a request (<c>launches/upcoming/</c>: by the clock and
    /// <c>hide_recent_previous</c>), before any filter; null: every row.
    /// </summary>
    public Func<QueryParameters, Func<JsonObject, bool>>? Scope { get; init; }

    /// <summary>The view's own ordering, used when <c>ordering</c> names no known field (DRF's OrderingFilter).</summary>
    public string? DefaultOrdering { get; init; }

    /// <summary>The rows in scope for <paramref name="query"/>.</summary>
    public IEnumerable<JsonObject> RowsFor(QueryParameters query) => Scope is { } scope ? Rows.Where(scope(query)) : Rows;
}
