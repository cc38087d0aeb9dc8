using DockingGraph.Gateway.Data.Filtering;
using DockingGraph.Gateway.Data.Local;
using DockingGraph.Gateway.Flights;
using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.Gateway.Launches;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;

namespace DockingGraph.Gateway.Landings;

/// <summary>
/// What LL2's <c>landings/</c> can execute of <c>where</c> and <c>order</c>: every filter and ordering field its
/// OpenAPI entry documents. LL2's <c>__ids</c> filters take a list; one id is sent (<c>eq</c>; <c>in</c> is evaluated
/// here). The first-stage filters are pushed down only (the gateway reads no first stage from a row; no recorded
/// landing is a first stage's, so on the snapshot they match nothing). Every other field of <c>Landing</c> and every
/// operator LL2 lacks are evaluated over the landings LL2's part selects (their flight's spacecraft and launch
/// included).
/// </summary>
public static class LandingsPushDown
{
    public static readonly PushDownTable<LandingDto> Table =
        new PushDownTable<LandingDto>(Ll2Lists.Landings, "landings", "landings")
            .Filter(EvaluatedHere.Field("id", typeof(IdOperationFilterInputGraphType)))
            .Filter(EvaluatedHere.Field("url", typeof(StringOperationFilterInputGraphType)))
            .Filter(new BooleanEquals("attempt", "attempt"))
            .Filter(new BooleanEquals("success", "success"))
            .Filter(EvaluatedHere.Field("description", typeof(StringOperationFilterInputGraphType)))
            .Filter(EvaluatedHere.Field("downrangeDistance", typeof(FloatOperationFilterInputGraphType)))
            .Filter(new ObjectLookupId("landingLocation", "landing_location__ids",
                typeof(LandingLocationFilterInputGraphType),
                "→ landing_location__ids for id { eq }; the rest is evaluated here"))
            .Filter(new ObjectLookupId("type", "landing_type__ids", typeof(LandingTypeFilterInputGraphType),
                "→ landing_type__ids for id { eq } (LL2's landing type id); the rest is evaluated here"))
            .Filter(new LandingFlightFilter())
            .Filter(new LandingFirstStageFilter())
            .Filter(new MirrorOnly("payloadFlight", typeof(Payloads.PayloadFlightFilterInputGraphType),
                "Refused (FILTER_NOT_SUPPORTED, before any LL2 call): " + PayloadFlightNotEvaluated + "."))
            .Sort("id", "id", "LL2's landing id.")
            .Sort("downrangeDistance", "downrange_distance")
            .OrderByDefault("id")
            .BreakTiesBy("id")
            .SortedLocally(LandingSorting.Sort, l => l.Id)
            .EvaluatedLocally(LandingObjectFilters.LandingFields()
                .Nested("spacecraftFlight", SpacecraftFlightFilter.OfLanding, l => l.SpacecraftFlight)
                .NotCarried("firstStage", LandingFirstStageFilter.NotCarried)
                .NotCarried("payloadFlight", PayloadFlightNotEvaluated));

    public const string PayloadFlightNotEvaluated = "the gateway does not evaluate a landing's payload flight (not " +
        "built; no recorded landing is a payload's)";
}

public sealed class LandingFilterInputGraphType()
    : PushDownFilterInputGraphType<LandingDto, LandingFilterInputGraphType>("LandingFilterInput",
        "Filters on landings. Conditions combine with AND. What LL2 executes is pushed down; the rest is evaluated " +
        "here over every landing that part selects (read in blocks of 100, within Limits:MaxLl2CallsPerRequest).",
        LandingsPushDown.Table);

public sealed class LandingsConnectionGraphType()
    : Data.Paging.ConnectionGraphType<LandingGraphType, LandingsEdgeGraphType, LandingDto>("LandingsConnection");

public sealed class LandingsEdgeGraphType() : Data.Paging.EdgeGraphType<LandingGraphType, LandingDto>("LandingsEdge");
