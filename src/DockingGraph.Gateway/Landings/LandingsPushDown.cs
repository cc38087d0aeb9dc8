using DockingGraph.Gateway.Data.Local;
using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.Gateway.Launches;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;

namespace DockingGraph.Gateway.Landings;

/// <summary>
/// What LL2's <c>landings/</c> can execute of <c>where</c> and <c>order</c>. LL2's <c>__ids</c> filters take a list;
/// one id is sent (the operation inputs offer <c>eq</c>). <c>attempt</c>/<c>success</c> wait for a Boolean
/// operation input; the first-stage filters are left out: no recorded landing is a first stage's. The other
/// operators are evaluated over the landings LL2's part selects (their flight's spacecraft and launch included).
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
            .BreakTiesBy("id")
            .EvaluatedLocally(new LocalWhere<LandingDto>("landing")
                .Lookup("landingLocation", l => l.LandingLocation?.Id)
                .Lookup("type", l => l.Type?.Id)
                .Nested("spacecraftFlight", new LocalWhere<SpacecraftFlightDto>("landed flight")
                    .Related("spacecraft", "Spacecraft", f => f.Spacecraft?.Id)
                    .RelatedKey("launch", LaunchesPushDown.Uuid, f => f.Launch?.Id), l => l.SpacecraftFlight));
}

public sealed class LandingFilterInputGraphType()
    : PushDownFilterInputGraphType<LandingDto, LandingFilterInputGraphType>("LandingFilterInput",
        "Filters on landings. Conditions combine with AND. What LL2 executes is pushed down; the rest is evaluated " +
        "here over every landing that part selects (read in blocks of 100, within Limits:MaxLl2CallsPerRequest).",
        LandingsPushDown.Table);

public sealed class LandingSortInputGraphType() : PushDownSortInputGraphType<LandingDto>("LandingSortInput",
    LandingsPushDown.Table);

public sealed class LandingsConnectionGraphType()
    : Data.Paging.ConnectionGraphType<LandingGraphType, LandingsEdgeGraphType, LandingDto>("LandingsConnection");

public sealed class LandingsEdgeGraphType() : Data.Paging.EdgeGraphType<LandingGraphType, LandingDto>("LandingsEdge");
