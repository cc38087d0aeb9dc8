using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;

namespace DockingGraph.Gateway.Stations;

/// <summary>What LL2's <c>space_stations/</c> can execute of <c>where</c> and <c>order</c>.</summary>
public static class SpaceStationsPushDown
{
    public static readonly PushDownTable<SpaceStationDto> Table =
        new PushDownTable<SpaceStationDto>(Ll2Lists.SpaceStations, "space stations", "spaceStations")
        .WithSingleBranchOr("LL2 executes a single branch; several are evaluated over LL2's whole station table " +
            "(the same one call).")
        .Filter(new StringMatch("name", "name"))
        .Filter(new LookupId("status", "status", "→ status (LL2 status id: 1 Active, 2 De-Orbited, …)"))
        .Filter(new LookupId("type", "type", "→ type (LL2 type id)"))
        .Sort("id", "id", "LL2's station id.")
        .Sort("name", "name")
        .Sort("founded", "founded")
        .Sort("volume", "volume")
        .Sort("onboardCrew", "onboard_crew")
        .Sort("dockedVehicles", "docked_vehicles")
        .OrderByDefault("id")
        .BreakTiesBy("id");
}

/// <summary>
/// Named apart from <c>SpaceStationFilterInput</c> (the id-only filter inside docking-event filters) so that neither
/// offers what its LL2 endpoint cannot do.
/// </summary>
public sealed class SpaceStationsFilterInputGraphType()
    : PushDownFilterInputGraphType<SpaceStationDto, SpaceStationsFilterInputGraphType>("SpaceStationsFilterInput",
        "Filters on space stations. Conditions combine with AND. What LL2 executes is pushed down; the rest " +
        "(Hot Chocolate's other operators, several or branches) is evaluated over LL2's whole station table, the " +
        "same one call.", SpaceStationsPushDown.Table);
