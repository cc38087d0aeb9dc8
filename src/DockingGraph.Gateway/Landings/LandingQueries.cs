using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.Gateway.Schema.Relay;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace DockingGraph.Gateway.Landings;

public static class LandingQueries
{
    public static void AddLandingQueries(this ObjectGraphType query)
    {
        query.Field<LandingGraphType>("landing")
            .Description("One landing by global id or LL2 number (LL2's landing detail, with its flight).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve()
            .WithService<LandingByIdDataLoader>()
            .Resolve((context, landings) =>
                landings.Load(GlobalId.ParseInt(context.GetArgument<string>("id"), "Landing")!.Value));

        query.AddListField<object?, LandingsConnectionGraphType, LandingFilterInputGraphType,
                LandingSortInputGraphType>("landings",
                "Landings, filtered, searched, ordered and paged by LL2: one LL2 call per page.",
                "LL2's search over the landing location's name and abbreviation, the flight's launch name and the " +
                "spacecraft's name, serial number and configuration name (and first-stage names).",
                "Default: ll2 id ascending.")
            .ResolveFromLl2(LandingsPushDown.Table);
    }
}
