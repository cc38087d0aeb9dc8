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
        ["space_station", "name", "start__gte", "start__lte", "end__gte", "end__lte", "search"],
        ["id", "start", "end"]);

    // Only the filters the gateway pushes down; LL2 documents more (first-stage ones) that no recorded landing has.
    public static readonly Ll2List<LandingDto> Landings = new("landings/", "landings", Ll2ResourceClass.ListPage,
        Ll2Mode.Normal,
        ["landing_location__ids", "landing_type__ids", "spacecraft__ids", "spacecraft_launch__ids", "search"],
        ["downrange_distance", "id"]);

    // The snapshot implements id (csv of UUIDs) and slug of LL2's many launches/ filters; only those are sent.
    public static readonly Ll2List<LaunchDto> Launches = new("launches/", "launches", Ll2ResourceClass.ListPage,
        Ll2Mode.Normal, ["id", "slug", "search"], ["id", "name", "net"]);
}
