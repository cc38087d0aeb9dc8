using System.Globalization;
using DockingGraph.Gateway.Data.Local;
using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;

namespace DockingGraph.Gateway.Launches;

/// <summary>
/// What LL2's <c>launches/</c> can execute of <c>where</c> and <c>order</c>, of what the snapshot implements. The
/// other operators are evaluated over the launches LL2's part selects.
/// </summary>
public static class LaunchesPushDown
{
    /// <summary>A launch id operand (global id or LL2 UUID), for local evaluation.</summary>
    public static Guid Uuid(object id) => LaunchQueries.ParseId(Convert.ToString(id, CultureInfo.InvariantCulture)!);

    public static readonly PushDownTable<LaunchDto> Table =
        new PushDownTable<LaunchDto>(Ll2Lists.Launches, "launches", "launches")
            .Filter(new LaunchIdEquals())
            .Filter(new ExactText("slug", "slug"))
            .Sort("id", "id", "LL2's launch UUID.")
            .Sort("name", "name")
            .Sort("net", "net")
            .OrderByDefault("net", "id")
            .BreakTiesBy("id")
            .EvaluatedLocally(new LocalWhere<LaunchDto>("launch")
                .Key("id", Uuid, l => l.Id)
                .Strings("slug", l => l.Slug));
}

public sealed class LaunchFilterInputGraphType()
    : PushDownFilterInputGraphType<LaunchDto, LaunchFilterInputGraphType>("LaunchFilterInput",
        "Filters on launches. Conditions combine with AND. What LL2 executes is pushed down; the rest is evaluated " +
        "here over every launch that part selects (read in blocks of 100, within Limits:MaxLl2CallsPerRequest).",
        LaunchesPushDown.Table);

public sealed class LaunchSortInputGraphType() : PushDownSortInputGraphType<LaunchDto>("LaunchSortInput",
    LaunchesPushDown.Table);

public sealed class LaunchesConnectionGraphType()
    : Data.Paging.ConnectionGraphType<LaunchGraphType, LaunchesEdgeGraphType, LaunchDto>("LaunchesConnection");

public sealed class LaunchesEdgeGraphType() : Data.Paging.EdgeGraphType<LaunchGraphType, LaunchDto>("LaunchesEdge");
