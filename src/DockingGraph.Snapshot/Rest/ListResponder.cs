using System.Text.Json.Nodes;
using DockingGraph.Snapshot.Shapes;

namespace DockingGraph.Snapshot.Rest;

/// <summary>
/// DRF's list view over a <see cref="ListEndpoint"/>: filter, search, order, LimitOffsetPagination, project.
/// </summary>
public sealed class ListResponder(ShapeCatalog shapes)
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 100;

    public SnapshotResponse List(ListEndpoint endpoint, SnapshotRequest request, QueryParameters query)
    {
        var errors = new JsonObject();
        IEnumerable<JsonObject> rows = endpoint.RowsFor(query);
        foreach (var filter in endpoint.Filters)
        {
            var raw = query[filter.Parameter];
            if (string.IsNullOrEmpty(raw))
            {
                continue;
            }

            if (filter.Parse(raw) is not { } value)
            {
                errors[filter.Parameter] = new JsonArray(filter.Error);
                continue;
            }

            rows = rows.Where(row => filter.Matches(row, value));
        }

        if (errors.Count > 0)
        {
            return Responses.Json(400, errors, request);
        }

        var matching = Order(Search(rows, endpoint, query["search"]), endpoint, query["ordering"]).ToList();
        var limit = PositiveInt(query["limit"], strict: true) is { } l ? Math.Min(l, MaxLimit) : DefaultLimit;
        var offset = PositiveInt(query["offset"], strict: false) ?? 0;
        var shape = endpoint.Modes.GetValueOrDefault(query["mode"] ?? "", endpoint.Modes[endpoint.DefaultMode]);

        var page = new JsonObject
        {
            ["count"] = matching.Count,
            ["next"] = offset + limit >= matching.Count ? null : Link(request, query.With("limit", $"{limit}").With("offset", $"{offset + limit}")),
            ["previous"] = offset <= 0 ? null : Link(request, offset - limit <= 0
                ? query.With("limit", $"{limit}").Without("offset")
                : query.With("limit", $"{limit}").With("offset", $"{offset - limit}")),
            ["results"] = new JsonArray(matching.Skip(offset).Take(limit).Select(row => (JsonNode)shapes.Project(row, shape)).ToArray()),
        };
        return Responses.Json(200, page, request);
    }

    public SnapshotResponse Detail(ListEndpoint endpoint, string key, SnapshotRequest request)
    {
        var normalized = endpoint.NormalizeKey(key);
        var row = endpoint.RowsFor(QueryParameters.Parse(request.Query)).FirstOrDefault(r => endpoint.Key(r) == normalized);
        return row is null ? Responses.NotFound(request) : Responses.Json(200, shapes.Project(row, endpoint.DetailShape), request);
    }

    // DRF SearchFilter: every term must be contained (case-insensitively) in at least one searched field.
    private static IEnumerable<JsonObject> Search(IEnumerable<JsonObject> rows, ListEndpoint endpoint, string? search)
    {
        var terms = (search ?? "").Replace('\0', ' ').Replace(',', ' ')
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.Trim('"'))
            .Where(t => t.Length > 0)
            .ToList();
        if (terms.Count == 0 || endpoint.SearchPaths.Count == 0)
        {
            return rows;
        }

        return rows.Where(row => terms.All(term => endpoint.SearchPaths.Any(path =>
            JsonPath.Values(row, path).Any(v => v.ToString().Contains(term, StringComparison.OrdinalIgnoreCase)))));
    }

    // DRF OrderingFilter drops unknown fields; PostgreSQL puts NULLs last ascending and first descending. LL2 leaves
    // the order of ties unspecified; the snapshot breaks them by id ascending whatever the direction, so a reversed
    // ordering is not the reversed list where the ordering has ties (a client relying on that mirror is caught).
    private static IEnumerable<JsonObject> Order(IEnumerable<JsonObject> rows, ListEndpoint endpoint, string? ordering)
    {
        var keys = Keys(endpoint, ordering);
        if (keys.Count == 0 && endpoint.DefaultOrdering is { } fallback)
        {
            keys = Keys(endpoint, fallback);
        }

        IOrderedEnumerable<JsonObject>? ordered = null;
        foreach (var (field, descending) in keys)
        {
            var selector = endpoint.Orderings[field];
            var comparer = Comparer<IComparable?>.Create((a, b) => (a, b) switch
            {
                (null, null) => 0,
                (null, _) => descending ? -1 : 1,
                (_, null) => descending ? 1 : -1,
                _ => descending ? b.CompareTo(a) : a.CompareTo(b),
            });
            ordered = ordered is null ? rows.OrderBy(selector, comparer) : ordered.ThenBy(selector, comparer);
        }

        return (ordered ?? rows.OrderBy(_ => 0))
            .ThenBy(r => JsonPath.Number(r, "id") ?? 0).ThenBy(r => JsonPath.Text(r, "id"), StringComparer.Ordinal);
    }

    private static List<(string Field, bool Descending)> Keys(ListEndpoint endpoint, string? ordering) =>
        (ordering ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => (Field: f.TrimStart('-'), Descending: f.StartsWith('-')))
            .Where(f => endpoint.Orderings.ContainsKey(f.Field))
            .ToList();

    // DRF's _positive_int: limit must be > 0 (else the default), offset >= 0 (else 0).
    private static int? PositiveInt(string? raw, bool strict) =>
        int.TryParse(raw, out var value) && (value > 0 || (!strict && value == 0)) ? value : null;

    private static string Link(SnapshotRequest request, QueryParameters query) =>
        $"{request.Origin}{request.Path}?{query.ToSortedQueryString()}";
}
