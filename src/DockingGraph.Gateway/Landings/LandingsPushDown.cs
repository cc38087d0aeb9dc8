using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;

namespace DockingGraph.Gateway.Landings;

/// <summary>
/// What LL2's <c>landings/</c> can execute of <c>where</c> and <c>order</c>. LL2's <c>__ids</c> filters take a list;
/// one id is sent (the operation inputs offer <c>eq</c>). <c>attempt</c>/<c>success</c> wait for a Boolean
/// operation input; the first-stage filters are left out: no recorded landing is a first stage's.
/// </summary>
public static class LandingsPushDown
{
    public static readonly PushDownTable<LandingDto> Table =
        new PushDownTable<LandingDto>(Ll2Lists.Landings, "landings", "landings")
            .Filter(new LookupId("landingLocation", "landing_location__ids", "→ landing_location__ids"))
            .Filter(new LookupId("type", "landing_type__ids", "→ landing_type__ids (LL2's landing type id)"))
            .Filter(new LandingFlightFilter())
            .Sort("id", "id", "LL2's landing id.")
            .Sort("downrangeDistance", "downrange_distance")
            .OrderByDefault("id")
            .BreakTiesBy("id");
}

public sealed class LandingFilterInputGraphType()
    : PushDownFilterInputGraphType<LandingDto, LandingFilterInputGraphType>("LandingFilterInput",
        "Filters LL2 can execute on landings. Conditions combine with AND.", LandingsPushDown.Table);

public sealed class LandingSortInputGraphType() : PushDownSortInputGraphType<LandingDto>("LandingSortInput",
    LandingsPushDown.Table);

public sealed class LandingsConnectionGraphType()
    : Data.Paging.ConnectionGraphType<LandingGraphType, LandingsEdgeGraphType, LandingDto>("LandingsConnection");

public sealed class LandingsEdgeGraphType() : Data.Paging.EdgeGraphType<LandingGraphType, LandingDto>("LandingsEdge");
