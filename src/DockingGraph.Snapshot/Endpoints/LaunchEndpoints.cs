using System.Text.Json.Nodes;
using DockingGraph.Snapshot.Rest;

namespace DockingGraph.Snapshot.Endpoints;

/// <summary>
/// LL2's three launch lists over the same recorded launches: <c>launches/</c> (every launch),
/// <c>launches/upcoming/</c> (<c>net</c> at or after now − 24 h; <c>hide_recent_previous=true</c>: at or after now)
/// and <c>launches/previous/</c> (<c>net</c> before now), "now" being the snapshot's clock. A launch recorded without
/// a <c>net</c> (a converted 2.1.0 event's launch) is in neither, as SQL's comparison with NULL holds for no row.
/// The filters are those of LL2's OpenAPI entry whose lookups the recorded rows carry values for.
/// </summary>
public static class LaunchEndpoints
{
    /// <summary>What "past 24 hours" means in <c>hide_recent_previous</c>'s description.</summary>
    public static readonly TimeSpan RecentPrevious = TimeSpan.FromHours(24);

    public static IEnumerable<ListEndpoint> For(IReadOnlyList<JsonObject> launches, TimeProvider clock) =>
    [
        Launches("launches", launches),
        Launches("launches/upcoming", launches) with
        {
            // hide_recent_previous is read by the scope, not a row filter.
            Scope = query =>
            {
                var since = clock.GetUtcNow() - (HidesRecentPrevious(query) ? TimeSpan.Zero : RecentPrevious);
                return row => JsonPath.Instant(row, "net") >= since;
            },
            DefaultOrdering = "net",
        },
        Launches("launches/previous", launches) with
        {
            Scope = _ =>
            {
                var now = clock.GetUtcNow();
                return row => JsonPath.Instant(row, "net") < now;
            },
            DefaultOrdering = "-net",
        },
    ];

    // django-filter's BooleanWidget: true/1 (any case) hides; anything else leaves LL2's default.
    private static bool HidesRecentPrevious(QueryParameters query) =>
        query["hide_recent_previous"]?.ToLowerInvariant() is "true" or "1";

    private static ListEndpoint Launches(string name, IReadOnlyList<JsonObject> rows) =>
        new(name, rows, Modes, "normal", "LaunchDetailed")
        {
            Filters = Filters,
            SearchPaths = ["name", "launch_designator", "mission.name"],
            Orderings = new Dictionary<string, Func<JsonObject, IComparable?>>
            {
                ["id"] = r => JsonPath.Text(r, "id"),
                ["last_updated"] = r => JsonPath.Instant(r, "last_updated"),
                ["name"] = r => JsonPath.Text(r, "name"),
                ["net"] = r => JsonPath.Instant(r, "net"),
            },
            Key = row => JsonPath.Text(row, "id")!.ToLowerInvariant(),
            NormalizeKey = key => key.ToLowerInvariant(),
        };

    private static readonly Dictionary<string, string> Modes = new()
    {
        ["list"] = "LaunchBasic", ["normal"] = "LaunchNormal", ["detailed"] = "LaunchDetailed",
    };

    // Left out, as the recorded rows cannot answer them faithfully: is_crewed and include_suborbital (their
    // definitions are not documented and need crews / orbit semantics), serial_number (no first stages in a
    // normal launch), program (repeated parameter), the __icontains lookups and video_url.
    private static readonly IReadOnlyList<ListFilter> Filters =
    [
        ListFilter.UuidIn("id", "id"),
        ListFilter.Text("slug", "slug"),
        ListFilter.Text("name", "name"),
        .. Instants("net", ["gt", "gte", "lt", "lte"]),
        .. Instants("window_start", ["gt", "gte", "lt", "lte"]),
        .. Instants("window_end", ["gt", "gte", "lt", "lte"]),
        .. Instants("last_updated", ["gte", "lte"]),
        ListFilter.Number("status", "status.id"),
        ListFilter.NumberIn("status__ids", "status.id"),
        ListFilter.NumberIn("lsp__id", "launch_service_provider.id"),
        ListFilter.TextIn("lsp__name", "launch_service_provider.name"),
        ListFilter.Number("pad", "pad.id"),
        ListFilter.Number("pad__location", "pad.location.id"),
        ListFilter.Number("pad__location__celestial_body__id", "pad.location.celestial_body.id"),
        ListFilter.NumberIn("location__ids", "pad.location.id"),
        ListFilter.NumberIn("launcher_config__id", "rocket.configuration.id"),
        ListFilter.Number("rocket__configuration__id", "rocket.configuration.id"),
        ListFilter.TextIn("launch_designator", "launch_designator"),
        ListFilter.Text("mission__orbit__name", "mission.orbit.name"),
        ListFilter.Number("mission__orbit__celestial_body__id", "mission.orbit.celestial_body.id"),
        // Django's net__year/__month/__day, in UTC (LL2's TIME_ZONE).
        ListFilter.NumberIn("year", row => JsonPath.Instant(row, "net")?.UtcDateTime.Year),
        ListFilter.NumberIn("month", row => JsonPath.Instant(row, "net")?.UtcDateTime.Month),
        ListFilter.NumberIn("day", row => JsonPath.Instant(row, "net")?.UtcDateTime.Day),
        .. Counts("orbital_launch_attempt_count"), .. Counts("location_launch_attempt_count"),
        .. Counts("pad_launch_attempt_count"), .. Counts("agency_launch_attempt_count"),
        .. Counts("orbital_launch_attempt_count_year"), .. Counts("location_launch_attempt_count_year"),
        .. Counts("pad_launch_attempt_count_year"), .. Counts("agency_launch_attempt_count_year"),
    ];

    private static IEnumerable<ListFilter> Instants(string field, string[] lookups) =>
        lookups.Select(lookup => ListFilter.Instant($"{field}__{lookup}", field, lookup switch
        {
            "gt" => Comparison.Gt,
            "gte" => Comparison.Gte,
            "lt" => Comparison.Lt,
            _ => Comparison.Lte,
        }));

    private static IEnumerable<ListFilter> Counts(string field) =>
    [
        ListFilter.Number(field, field), ListFilter.Number($"{field}__gt", field, Comparison.Gt),
        ListFilter.Number($"{field}__gte", field, Comparison.Gte),
        ListFilter.Number($"{field}__lt", field, Comparison.Lt),
        ListFilter.Number($"{field}__lte", field, Comparison.Lte),
    ];
}
