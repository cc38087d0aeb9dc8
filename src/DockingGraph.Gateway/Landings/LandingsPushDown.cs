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
            .Filter(EvaluatedHere.Field("payloadFlight", typeof(Payloads.PayloadFlightFilterInputGraphType)))
            .Sort("id", "id", "LL2's landing id.")
            .Sort("downrangeDistance", "downrange_distance")
            .OrderByDefault("id")
            .BreakTiesBy("id")
            .SortedLocally(LandingSorting.Sort, l => l.Id)
            .EvaluatedLocally(LandingObjectFilters.LandingFields()
                .Nested("spacecraftFlight", SpacecraftFlightFilter.OfLanding, l => l.SpacecraftFlight)
                .NotCarried("firstStage", LandingFirstStageFilter.NotCarried)
                .Nested("payloadFlight", PayloadFlightOfLanding, l => l.PayloadFlight));

    public const string PayloadFlightLandingNotCarried = "a landing row embeds its payload flight as LL2's " +
        "PayloadFlightNormalSerializerNoLanding, without the landing (the landing is the row itself)";

    // A landing row's payload flight (PayloadFlightNormalSerializerNoLanding): its launch is LaunchNormal, its payload
    // PayloadNormal (evaluated by PayloadMini's fields). No recorded landing is a payload's: on the snapshot a
    // payloadFlight filter matches no row, as on LL2 for these rows.
    private static LocalWhere<PayloadFlightDto> PayloadFlightOfLanding => new LocalWhere<PayloadFlightDto>(
            "payload-flight")
        .Ints("id", f => f.Id)
        .Strings("url", f => f.Url)
        .Strings("destination", f => f.Destination)
        .Ints("amount", f => f.Amount)
        .Nested("payload", Payloads.PayloadFilter.Mini.Local, f => f.Payload)
        .Nested("launch", LaunchesPushDown.Local, f => f.Launch)
        .NotCarried("landing", PayloadFlightLandingNotCarried);
}

public sealed class LandingFilterInputGraphType()
    : PushDownFilterInputGraphType<LandingDto, LandingFilterInputGraphType>("LandingFilterInput",
        "Filters on landings. Conditions combine with AND. What LL2 executes is pushed down; the rest is evaluated " +
        "here over every landing that part selects (read in blocks of 100, within Limits:MaxLl2CallsPerRequest).",
        LandingsPushDown.Table);

public sealed class LandingsConnectionGraphType()
    : Data.Paging.ConnectionGraphType<LandingGraphType, LandingsEdgeGraphType, LandingDto>("LandingsConnection");

public sealed class LandingsEdgeGraphType() : Data.Paging.EdgeGraphType<LandingGraphType, LandingDto>("LandingsEdge");
