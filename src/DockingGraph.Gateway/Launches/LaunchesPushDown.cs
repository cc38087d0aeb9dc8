using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;

namespace DockingGraph.Gateway.Launches;

/// <summary>
/// What LL2's <c>launches/</c> can execute of <c>where</c> and <c>order</c>, of what the snapshot implements.
/// </summary>
public static class LaunchesPushDown
{
    public static readonly PushDownTable<LaunchDto> Table =
        new PushDownTable<LaunchDto>(Ll2Lists.Launches, "launches", "launches")
            .Filter(new LaunchIdEquals())
            .Filter(new ExactText("slug", "slug"))
            .Sort("id", "id", "LL2's launch UUID.")
            .Sort("name", "name")
            .Sort("net", "net")
            .OrderByDefault("net", "id")
            .BreakTiesBy("id");
}

public sealed class LaunchFilterInputGraphType()
    : PushDownFilterInputGraphType<LaunchDto, LaunchFilterInputGraphType>("LaunchFilterInput",
        "Filters LL2 can execute on launches. Conditions combine with AND.", LaunchesPushDown.Table);

public sealed class LaunchSortInputGraphType() : PushDownSortInputGraphType<LaunchDto>("LaunchSortInput",
    LaunchesPushDown.Table);

public sealed class LaunchesConnectionGraphType()
    : Data.Paging.ConnectionGraphType<LaunchGraphType, LaunchesEdgeGraphType, LaunchDto>("LaunchesConnection");

public sealed class LaunchesEdgeGraphType() : Data.Paging.EdgeGraphType<LaunchGraphType, LaunchDto>("LaunchesEdge");
