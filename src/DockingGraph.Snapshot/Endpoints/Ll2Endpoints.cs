using System.Text.Json.Nodes;
using DockingGraph.Snapshot.Corpus;
using DockingGraph.Snapshot.Rest;

namespace DockingGraph.Snapshot.Endpoints;

/// <summary>
/// The LL2 2.3.0 endpoints the snapshot serves, each with the modes, filters, search fields and ordering fields
/// LL2's OpenAPI file (2.3.0) documents for it. Nothing undocumented is accepted.
/// </summary>
public static class Ll2Endpoints
{
    public static IReadOnlyDictionary<string, ListEndpoint> For(SnapshotCorpus corpus, TimeProvider? clock = null) =>
        new[]
        {
            DockingEvents(corpus), SpaceStations(corpus), DockingLocations(corpus), SpacecraftFlights(corpus),
            Spacecraft(corpus), SpacecraftConfigurations(corpus), Expeditions(corpus), Landings(corpus), Astronauts(),
        }.Concat(LaunchEndpoints.For(corpus.Launches, clock ?? TimeProvider.System)).ToDictionary(e => e.Name);

    private static ListEndpoint DockingEvents(SnapshotCorpus corpus) =>
        new("docking_events", corpus.DockingEvents, Modes(("normal", "DockingEventEndpointNormal"), ("detailed", "DockingEventEndpointDetailed")), "normal", "DockingEventEndpointDetailed")
        {
            Filters =
            [
                ListFilter.Instant("docking__gt", "docking", Comparison.Gt),
                ListFilter.Instant("docking__gte", "docking", Comparison.Gte),
                ListFilter.Instant("docking__lt", "docking", Comparison.Lt),
                ListFilter.Instant("docking__lte", "docking", Comparison.Lte),
                ListFilter.Number("docking_location__id", "docking_location.id"),
                ListFilter.Number("flight_vehicle_chaser__id", "flight_vehicle_chaser.id"),
                ListFilter.Number("space_station_target__id", "space_station_target.id"),
            ],
            SearchPaths =
            [
                "docking_location.name", "flight_vehicle_chaser.spacecraft.name", "flight_vehicle_target.spacecraft.name",
                "payload_flight_chaser.payload.name", "payload_flight_target.payload.name", "space_station_chaser.name",
                "space_station_target.name",
            ],
            Orderings = Orderings(("docking", r => JsonPath.Instant(r, "docking")), ("departure", r => JsonPath.Instant(r, "departure"))),
        };

    private static ListEndpoint SpaceStations(SnapshotCorpus corpus) =>
        new("space_stations", corpus.SpaceStations, Modes(("normal", "SpaceStationEndpoint"), ("detailed", "SpaceStationDetailedEndpoint")), "normal", "SpaceStationDetailedEndpoint")
        {
            Filters =
            [
                ListFilter.Number("id", "id"),
                ListFilter.Text("name", "name"),
                ListFilter.Text("name__contains", "name", contains: true),
                ListFilter.Text("orbit", "orbit"),
                ListFilter.Number("status", "status.id"),
                ListFilter.Number("type", "type.id"),
                ListFilter.NumberIn("owner__ids", "owners.id"),
                ListFilter.NumberIn("status__ids", "status.id"),
                .. NumberRange("docked_vehicles"),
                .. NumberRange("onboard_crew"),
            ],
            SearchPaths = ["name", "owners.abbrev", "owners.name"],
            Orderings = Orderings(
                ("docked_vehicles", r => JsonPath.Number(r, "docked_vehicles")), ("founded", r => JsonPath.Text(r, "founded")),
                ("id", r => JsonPath.Number(r, "id")), ("name", r => JsonPath.Text(r, "name")),
                ("onboard_crew", r => JsonPath.Number(r, "onboard_crew")), ("status", r => JsonPath.Number(r, "status.id")),
                ("type", r => JsonPath.Number(r, "type.id")), ("volume", r => JsonPath.Number(r, "volume"))),
        };

    // LL2 documents no filters, search fields or ordering fields for docking locations.
    private static ListEndpoint DockingLocations(SnapshotCorpus corpus) =>
        new("config/docking_locations", corpus.DockingLocations, Modes(("normal", "DockingLocation")), "normal", "DockingLocation");

    private static ListEndpoint SpacecraftFlights(SnapshotCorpus corpus) =>
        new("spacecraft_flights", corpus.SpacecraftFlights, Modes(("normal", "SpacecraftFlightNormal"), ("detailed", "SpacecraftFlightDetailed")), "normal", "SpacecraftFlightDetailed")
        {
            Filters = [ListFilter.Number("spacecraft", "spacecraft.id")],
        };

    private static ListEndpoint Spacecraft(SnapshotCorpus corpus) =>
        new("spacecraft", corpus.Spacecraft, Modes(("normal", "SpacecraftNormal"), ("detailed", "SpacecraftEndpointDetailed")), "normal", "SpacecraftEndpointDetailed")
        {
            Filters =
            [
                ListFilter.Boolean("in_space", "in_space"), ListFilter.Boolean("is_placeholder", "is_placeholder"),
                ListFilter.Text("name", "name"), ListFilter.Number("spacecraft_config", "spacecraft_config.id"),
                ListFilter.Number("status", "status.id"),
            ],
            SearchPaths = ["name", "spacecraft_config.name"],
            Orderings = Orderings(("id", r => JsonPath.Number(r, "id")),
                ("flights_count", r => JsonPath.Number(r, "flights_count")),
                ("mission_ends_count", r => JsonPath.Number(r, "mission_ends_count")),
                ("time_docked", r => Duration(r, "time_docked")), ("time_in_space", r => Duration(r, "time_in_space"))),
        };

    private static ListEndpoint SpacecraftConfigurations(SnapshotCorpus corpus) =>
        new("spacecraft_configurations", corpus.SpacecraftConfigurations,
            Modes(("normal", "SpacecraftConfigNormal"), ("detailed", "SpacecraftConfigDetailed")), "normal",
            "SpacecraftConfigDetailed")
        {
            Filters =
            [
                ListFilter.Number("agency", "agency.id"), ListFilter.Boolean("human_rated", "human_rated"),
                ListFilter.Boolean("in_use", "in_use"), ListFilter.Text("name", "name"),
            ],
            SearchPaths = ["agency.abbrev", "agency.name", "name"],
            Orderings = Orderings(("name", r => JsonPath.Text(r, "name"))),
        };

    // No recording holds LL2 2.3.0 astronaut objects (PROVENANCE.md): the endpoint answers LL2's list envelope with
    // zero rows, validating the filters LL2 documents (a malformed number or date-time is LL2's 400).
    private static ListEndpoint Astronauts() =>
        new("astronauts", [], Modes(("list", "AstronautDetailed"), ("normal", "AstronautEndpointNormal"),
            ("detailed", "AstronautEndpointDetailed")), "normal", "AstronautEndpointDetailed")
        {
            Filters =
            [
                .. NumberRange("age"), .. NumberRange("flights_count"), .. NumberRange("landings_count"),
                .. DateRange("date_of_birth"), .. DateRange("date_of_death"), .. InstantRange("first_flight"),
                .. InstantRange("last_flight"),
                ListFilter.NumberIn("agency_ids", "agency.id"), ListFilter.NumberIn("status_ids", "status.id"),
                ListFilter.Number("type__id", "type.id"),
                ListFilter.Text("nationality", "nationality.nationality_name"),
                ListFilter.Boolean("has_flown", "has_flown"), ListFilter.Boolean("in_space", "in_space"),
                ListFilter.Boolean("is_human", "is_human"),
            ],
            SearchPaths = ["agency.abbrev", "agency.name", "name", "nationality.nationality_name"],
            Orderings = Orderings(("age", r => JsonPath.Number(r, "age")),
                ("date_of_birth", r => JsonPath.Text(r, "date_of_birth")),
                ("eva_time", r => Duration(r, "eva_time")), ("flights_count", r => JsonPath.Number(r, "flights_count")),
                ("id", r => JsonPath.Number(r, "id")), ("landings_count", r => JsonPath.Number(r, "landings_count")),
                ("last_flight", r => JsonPath.Instant(r, "last_flight")), ("name", r => JsonPath.Text(r, "name")),
                ("spacewalks_count", r => JsonPath.Number(r, "spacewalks_count")),
                ("status", r => JsonPath.Number(r, "status.id")),
                ("time_in_space", r => Duration(r, "time_in_space"))),
        };

    // LL2 orders durations as PostgreSQL intervals, not as their ISO 8601 text.
    private static IComparable? Duration(JsonObject row, string path) =>
        JsonPath.Text(row, path) is { } text ? System.Xml.XmlConvert.ToTimeSpan(text) : null;

    private static IEnumerable<ListFilter> InstantRange(string field) =>
    [
        ListFilter.Instant(field, field, Comparison.Exact), ListFilter.Instant($"{field}__gt", field, Comparison.Gt),
        ListFilter.Instant($"{field}__gte", field, Comparison.Gte),
        ListFilter.Instant($"{field}__lt", field, Comparison.Lt),
        ListFilter.Instant($"{field}__lte", field, Comparison.Lte),
    ];

    // django-filter's DateFilter (date_of_birth is a DateField): values are calendar dates, compared as dates.
    private static IEnumerable<ListFilter> DateRange(string field) =>
    [
        ListFilter.Date(field, field, Comparison.Exact), ListFilter.Date($"{field}__gt", field, Comparison.Gt),
        ListFilter.Date($"{field}__gte", field, Comparison.Gte), ListFilter.Date($"{field}__lt", field, Comparison.Lt),
        ListFilter.Date($"{field}__lte", field, Comparison.Lte),
    ];

    private static ListEndpoint Expeditions(SnapshotCorpus corpus) =>
        new("expeditions", corpus.Expeditions, Modes(("normal", "ExpeditionNormal"), ("detailed", "ExpeditionDetailed")), "normal", "ExpeditionDetailed")
        {
            Filters =
            [
                ListFilter.Number("space_station", "spacestation.id"), ListFilter.Text("name", "name"),
                .. InstantBounds("start"), .. InstantBounds("end"),
                AnyNumber("crew__astronaut", "crew.astronaut.id"),
                AnyNumber("crew__astronaut__agency", "crew.astronaut.agency.id"),
            ],
            SearchPaths = ["name"],
            Orderings = Orderings(("id", r => JsonPath.Number(r, "id")), ("start", r => JsonPath.Instant(r, "start")), ("end", r => JsonPath.Instant(r, "end"))),
        };

    // django-filter's start__gt … end__lte (no exact start/end: LL2 documents the bounds only).
    private static IEnumerable<ListFilter> InstantBounds(string field) =>
        InstantRange(field).Where(f => f.Parameter != field);

    // A number filter across a to-many relation (an expedition's crew seats): some value matches. Every recorded
    // expedition's crew is null or empty, so on the snapshot these match nothing, as LL2 would for such rows.
    private static ListFilter AnyNumber(string parameter, string path) =>
        new(parameter, "Enter a number.", raw => ListFilter.Number(parameter, path).Parse(raw),
            (row, value) => JsonPath.Values(row, path).Any(v =>
                v is JsonValue number && number.GetValueKind() == System.Text.Json.JsonValueKind.Number
                && number.GetValue<double>() == (double)value));

    // The first-stage filters and search fields are declared as LL2 documents them; every recorded landing is a
    // spacecraft's (firststage null), so they match no row, as they would on LL2 for these rows.
    private static ListEndpoint Landings(SnapshotCorpus corpus) =>
        new("landings", corpus.Landings, Modes(("list", "LandingEndpointList"), ("normal", "LandingEndpointNormal"),
            ("detailed", "LandingEndpointDetailed")), "normal", "LandingEndpointDetailed")
        {
            Filters =
            [
                ListFilter.Boolean("attempt", "attempt"), ListFilter.Boolean("success", "success"),
                ListFilter.UuidIn("firststage_launch__ids", "firststage.launch.id"),
                ListFilter.NumberIn("landing_location__ids", "landing_location.id"),
                ListFilter.NumberIn("landing_type__ids", "type.id"),
                ListFilter.NumberIn("launcher__ids", "firststage.launcher.id"),
                ListFilter.NumberIn("launcher_config__ids", "firststage.launcher.launcher_config.id"),
                ListFilter.TextIn("launcher_serial_numbers", "firststage.launcher.serial_number"),
                ListFilter.NumberIn("spacecraft__ids", "spacecraftflight.spacecraft.id"),
                ListFilter.NumberIn("spacecraft_config__ids", "spacecraftflight.spacecraft.spacecraft_config.id"),
                ListFilter.UuidIn("spacecraft_launch__ids", "spacecraftflight.launch.id"),
            ],
            SearchPaths =
            [
                "firststage.launcher.launcher_config.name", "firststage.launcher.serial_number",
                "firststage.launch.name", "landing_location.abbrev", "landing_location.name",
                "spacecraftflight.launch.name", "spacecraftflight.spacecraft.name",
                "spacecraftflight.spacecraft.serial_number", "spacecraftflight.spacecraft.spacecraft_config.name",
            ],
            Orderings = Orderings(("downrange_distance", r => JsonPath.Number(r, "downrange_distance")),
                ("id", r => JsonPath.Number(r, "id"))),
        };

    private static IEnumerable<ListFilter> NumberRange(string field) =>
    [
        ListFilter.Number(field, field), ListFilter.Number($"{field}__gt", field, Comparison.Gt),
        ListFilter.Number($"{field}__gte", field, Comparison.Gte), ListFilter.Number($"{field}__lt", field, Comparison.Lt),
        ListFilter.Number($"{field}__lte", field, Comparison.Lte),
    ];

    private static Dictionary<string, string> Modes(params (string Mode, string Shape)[] modes) =>
        modes.ToDictionary(m => m.Mode, m => m.Shape);

    private static Dictionary<string, Func<JsonObject, IComparable?>> Orderings(params (string Field, Func<JsonObject, IComparable?> Key)[] fields) =>
        fields.ToDictionary(f => f.Field, f => f.Key);
}
