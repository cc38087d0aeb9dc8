using DockingGraph.Gateway.Data.Filtering;
using DockingGraph.Gateway.Data.Local;
using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;

namespace DockingGraph.Gateway.Flights;

/// <summary>
/// What LL2's <c>spacecraft_flights/</c> can execute: its one documented filter, <c>spacecraft</c>. LL2 documents no
/// search or ordering fields for it (the parameters exist and DRF ignores them), so the root offers neither. The
/// other fields are evaluated over the flights LL2's part selects.
/// </summary>
public static class SpacecraftFlightsPushDown
{
    private const string Fetched = "No LL2 filter: evaluated over the flights LL2's part of the where selects (read " +
        "in blocks of 100); nested, over the flight the row embeds.";

    public static readonly PushDownTable<SpacecraftFlightDto> Table =
        new PushDownTable<SpacecraftFlightDto>(Ll2Lists.SpacecraftFlights, "spacecraft flights", "spacecraftFlights")
            .Filter(new MirrorOnly("id", typeof(IdOperationFilterInputGraphType), Fetched))
            .Filter(new MirrorOnly("url", typeof(StringOperationFilterInputGraphType), Fetched))
            .Filter(new MirrorOnly("destination", typeof(StringOperationFilterInputGraphType), Fetched))
            .Filter(new MirrorOnly("missionEnd", typeof(DateTimeOperationFilterInputGraphType), Fetched))
            .Filter(new NodeIdEquals("spacecraft", typeof(SpacecraftFlightSpacecraftFilterInputGraphType),
                "spacecraft", "Spacecraft"))
            .Filter(new MirrorOnly("duration", typeof(TimeSpanOperationFilterInputGraphType), Fetched))
            .Filter(new MirrorOnly("turnAroundTime", typeof(TimeSpanOperationFilterInputGraphType), Fetched))
            .EvaluatedLocally(SpacecraftFlightFilter.Where);
}

/// <summary>
/// Which filter field reads which value of a flight. Every field is on each serializer a flight is embedded with
/// (a docking event's chaser and target: SpacecraftFlightMini/Normal), so nested filters need no join.
/// </summary>
public static class SpacecraftFlightFilter
{
    public static readonly LocalWhere<SpacecraftFlightDto> Where =
        new LocalWhere<SpacecraftFlightDto>("spacecraft-flight")
            .Id("id", "SpacecraftFlight", f => f.Id)
            .Strings("url", f => f.Url)
            .Strings("destination", f => f.Destination)
            .Dates("missionEnd", f => f.MissionEnd)
            .Related("spacecraft", "Spacecraft", f => f.Spacecraft?.Id)
            .Durations("duration", f => f.Duration)
            .Durations("turnAroundTime", f => f.TurnAroundTime);
}

public sealed class SpacecraftFlightSpacecraftFilterInputGraphType()
    : NodeIdFilterInputGraphType("SpacecraftFlightSpacecraftFilterInput");

/// <summary>
/// Hot Chocolate's one <c>SpacecraftFlightFilterInput</c>: the <c>spacecraftFlights</c> filter and the same input
/// wherever a flight nests (a docking event's chaser and target).
/// </summary>
public sealed class SpacecraftFlightFilterInputGraphType()
    : PushDownFilterInputGraphType<SpacecraftFlightDto, SpacecraftFlightFilterInputGraphType>(
        "SpacecraftFlightFilterInput", "Filters on spacecraft flights. Conditions combine with AND. On " +
        "spacecraftFlights what LL2 executes is pushed down and the rest is evaluated over every flight that part " +
        "selects (read in blocks of 100 in LL2's own order, within Limits:MaxLl2CallsPerRequest). Nested in a " +
        "docking event, the chaser's id is pushed down; everything else is evaluated over the flight the event " +
        "embeds.", SpacecraftFlightsPushDown.Table);
