using DockingGraph.Gateway.Data.Local;
using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.Gateway.DockingEvents;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;

namespace DockingGraph.Gateway.Stations;

/// <summary>
/// What LL2's <c>expeditions/</c> can execute of <c>where</c> and <c>order</c>; the other operators are evaluated
/// over the expeditions LL2's part selects.
/// </summary>
public static class ExpeditionsPushDown
{
    public static readonly PushDownTable<ExpeditionDto> Table = new PushDownTable<ExpeditionDto>(Ll2Lists.Expeditions, "expeditions", "expeditions")
        .Filter(new NodeIdEquals("spaceStation", typeof(SpaceStationFilterInputGraphType), "space_station", "SpaceStation"))
        .Sort("id", "id")
        .Sort("start", "start")
        .Sort("end", "end")
        .OrderByDefault("start", "id")
        .BreakTiesBy("id")
        .EvaluatedLocally(new LocalWhere<ExpeditionDto>("expedition")
            .Related("spaceStation", "SpaceStation", e => e.Spacestation?.Id));
}

public sealed class ExpeditionFilterInputGraphType()
    : PushDownFilterInputGraphType<ExpeditionDto, ExpeditionFilterInputGraphType>("ExpeditionFilterInput",
        "Filters on expeditions. Conditions combine with AND. What LL2 executes is pushed down; the rest is " +
        "evaluated here over every expedition that part selects (read in blocks of 100, within " +
        "Limits:MaxLl2CallsPerRequest).", ExpeditionsPushDown.Table);

public sealed class ExpeditionSortInputGraphType() : PushDownSortInputGraphType<ExpeditionDto>("ExpeditionSortInput", ExpeditionsPushDown.Table);

public sealed class ExpeditionsConnectionGraphType()
    : Data.Paging.ConnectionGraphType<ExpeditionGraphType, ExpeditionsEdgeGraphType, ExpeditionDto>("ExpeditionsConnection");

public sealed class ExpeditionsEdgeGraphType() : Data.Paging.EdgeGraphType<ExpeditionGraphType, ExpeditionDto>("ExpeditionsEdge");
