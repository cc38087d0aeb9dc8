using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Pipeline;

namespace DockingGraph.LaunchLibrary.Queries;

/// <summary>
/// An LL2 list endpoint and what LL2 documents for it: its filter parameters and ordering fields. A query can only
/// use those (LL2 silently ignores unknown parameters, so an undocumented filter would return unfiltered data).
/// </summary>
public sealed class Ll2List<TDto>
{
    internal Ll2List(string path, string resource, Ll2ResourceClass resourceClass, Ll2Mode? defaultMode,
        IEnumerable<string> parameters, IEnumerable<string> orderingFields)
    {
        Path = path;
        Resource = resource;
        Class = resourceClass;
        DefaultMode = defaultMode;
        Parameters = parameters.ToHashSet(StringComparer.Ordinal);
        OrderingFields = orderingFields.ToHashSet(StringComparer.Ordinal);
    }

    internal string Path { get; }

    public string Resource { get; }

    public Ll2ResourceClass Class { get; }

    /// <summary>The <c>mode</c> every query sends unless it says otherwise; null for endpoints without modes.</summary>
    public Ll2Mode? DefaultMode { get; }

    public IReadOnlySet<string> Parameters { get; }

    public IReadOnlySet<string> OrderingFields { get; }

    /// <summary>A query of this list with no filters, no ordering and no paging.</summary>
    public Ll2ListQuery<TDto> Query() => new(this);
}

/// <summary>The LL2 list endpoints the gateway reads with filters, ordering and paging.</summary>
public static class Ll2Lists
{
    public static readonly Ll2List<DockingEventDto> DockingEvents = new("docking_events/", "docking_events", Ll2ResourceClass.ListPage,
        Ll2Mode.Normal,
        ["docking__gt", "docking__gte", "docking__lt", "docking__lte", "docking_location__id", "flight_vehicle_chaser__id",
            "space_station_target__id", "search"],
        ["docking", "departure"]);

    public static readonly Ll2List<SpaceStationDto> SpaceStations = new("space_stations/", "space_stations", Ll2ResourceClass.ReferenceTable,
        Ll2Mode.Detailed,
        ["name", "name__contains", "status", "type", "search"],
        ["docked_vehicles", "founded", "id", "name", "onboard_crew", "status", "type", "volume"]);

    public static readonly Ll2List<ExpeditionDto> Expeditions = new("expeditions/", "expeditions", Ll2ResourceClass.ListPage,
        Ll2Mode.Normal,
        ["space_station", "name", "start__gt", "start__gte", "start__lt", "start__lte", "end__gt", "end__gte",
            "end__lt", "end__lte", "crew__astronaut", "crew__astronaut__agency", "search"],
        ["id", "start", "end"]);

    // Every filter LL2 documents (the first-stage ones match no recorded landing: all are spacecraft landings).
    public static readonly Ll2List<LandingDto> Landings = new("landings/", "landings", Ll2ResourceClass.ListPage,
        Ll2Mode.Normal,
        ["attempt", "success", "firststage_launch__ids", "landing_location__ids", "landing_type__ids", "launcher__ids",
            "launcher_config__ids", "launcher_serial_numbers", "spacecraft__ids", "spacecraft_config__ids",
            "spacecraft_launch__ids", "search"],
        ["downrange_distance", "id"]);

    // The launches/ filters the gateway pushes down (the snapshot implements them over the recorded rows); the same
    // on launches/upcoming/ and launches/previous/, which LL2 documents with the same filters.
    private static readonly string[] LaunchParameters =
    [
        "id", "slug", "name", "launch_designator", "search",
        "net__gt", "net__gte", "net__lt", "net__lte",
        "window_start__gt", "window_start__gte", "window_start__lt", "window_start__lte",
        "window_end__gt", "window_end__gte", "window_end__lt", "window_end__lte",
        "last_updated__gte", "last_updated__lte",
        "status__ids", "lsp__id", "pad", "location__ids", "launcher_config__id",
        .. new[]
            {
                "orbital_launch_attempt_count", "location_launch_attempt_count", "pad_launch_attempt_count",
                "agency_launch_attempt_count", "orbital_launch_attempt_count_year",
                "location_launch_attempt_count_year", "pad_launch_attempt_count_year",
                "agency_launch_attempt_count_year",
            }
            .SelectMany(count => new[] { count, $"{count}__gte", $"{count}__lte" }),
    ];

    private static readonly string[] LaunchOrderings = ["id", "last_updated", "name", "net"];

    public static readonly Ll2List<LaunchDto> Launches = new("launches/", "launches", Ll2ResourceClass.ListPage,
        Ll2Mode.Normal, LaunchParameters, LaunchOrderings);

    /// <summary>LL2's upcoming launches: <c>net</c> from 24 hours ago (<c>hide_recent_previous=true</c>: from now).</summary>
    public static readonly Ll2List<LaunchDto> UpcomingLaunches = new("launches/upcoming/", "launches/upcoming",
        Ll2ResourceClass.ListPage, Ll2Mode.Normal, [.. LaunchParameters, "hide_recent_previous"], LaunchOrderings);

    /// <summary>LL2's previous launches: <c>net</c> before now.</summary>
    public static readonly Ll2List<LaunchDto> PreviousLaunches = new("launches/previous/", "launches/previous",
        Ll2ResourceClass.ListPage, Ll2Mode.Normal, LaunchParameters, LaunchOrderings);

    // LL2's spacecraft models (46 recorded): a reference table, read whole in one call like the station table.
    public static readonly Ll2List<SpacecraftConfigDto> SpacecraftConfigurations = new("spacecraft_configurations/",
        "spacecraft_configurations", Ll2ResourceClass.ReferenceTable, Ll2Mode.Normal,
        ["agency", "human_rated", "in_use", "name", "search"], ["name"]);

    // LL2 documents one filter and no search or ordering fields (the parameters exist, DRF ignores them).
    public static readonly Ll2List<SpacecraftFlightDto> SpacecraftFlights = new("spacecraft_flights/",
        "spacecraft_flights", Ll2ResourceClass.ListPage, Ll2Mode.Normal, ["spacecraft"], []);

    public static readonly Ll2List<SpacecraftDto> Spacecraft = new("spacecraft/", "spacecraft",
        Ll2ResourceClass.ListPage, Ll2Mode.Normal,
        ["in_space", "is_placeholder", "name", "spacecraft_config", "status", "search"],
        ["flights_count", "id", "mission_ends_count", "time_docked", "time_in_space"]);

    // The filters the gateway pushes down of those LL2 documents (no nationality: its semantics over 2.3.0's list of
    // countries are not documented).
    public static readonly Ll2List<AstronautDto> Astronauts = new("astronauts/", "astronauts",
        Ll2ResourceClass.ListPage, Ll2Mode.Normal,
        ["age", "age__gte", "age__lte", "agency_ids", "date_of_birth", "date_of_birth__gte", "date_of_birth__lte",
            "date_of_death", "date_of_death__gte", "date_of_death__lte", "first_flight__gt", "first_flight__gte",
            "first_flight__lt", "first_flight__lte", "flights_count", "flights_count__gte", "flights_count__lte",
            "has_flown", "in_space", "is_human", "landings_count", "landings_count__gte", "landings_count__lte",
            "last_flight__gt", "last_flight__gte", "last_flight__lt", "last_flight__lte", "status_ids", "type__id",
            "search"],
        ["age", "date_of_birth", "eva_time", "flights_count", "id", "landings_count", "last_flight", "name",
            "spacewalks_count", "status", "time_in_space"]);
}
