using DockingGraph.Gateway.Schema.Relay;
using GraphQL;
using GraphQL.Types;

namespace DockingGraph.Gateway.Flights;

public static class FlightQueries
{
    public static void AddFlightQueries(this ObjectGraphType query)
    {
        query.Field<SpacecraftFlightGraphType>("spacecraftFlight")
            .Description("One spacecraft flight by global id or LL2 number: LL2's flight detail, or the docking-events " +
                "mirror's chaser flight when it holds what is selected (crews always come from the detail).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(context => SpacecraftFlightGraphType.LookupFlight(context,
                GlobalId.ParseInt(context.GetArgument<string>("id"), "SpacecraftFlight")!.Value));

        query.Field<SpacecraftGraphType>("spacecraft")
            .Description("One spacecraft by global id or LL2 number: LL2's spacecraft detail, or the docking-events " +
                "mirror's when it holds what is selected (its flights always come from the detail).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(context => SpacecraftGraphType.LookupSpacecraft(context,
                GlobalId.ParseInt(context.GetArgument<string>("id"), "Spacecraft")!.Value));
    }
}
