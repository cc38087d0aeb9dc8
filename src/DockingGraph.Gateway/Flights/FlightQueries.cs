using DockingGraph.Gateway.Schema.Relay;
using GraphQL;
using GraphQL.Types;
using GraphQL.MicrosoftDI;

namespace DockingGraph.Gateway.Flights;

public static class FlightQueries
{
    public static void AddFlightQueries(this ObjectGraphType query)
    {
        query.Field<SpacecraftFlightGraphType>("spacecraftFlight")
            .Description("One spacecraft flight by global id or LL2 number (LL2's flight detail, with crews).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve()
            .WithService<SpacecraftFlightByIdDataLoader>()
            .Resolve((context, flights) =>
                flights.Load(GlobalId.ParseInt(context.GetArgument<string>("id"), "SpacecraftFlight")!.Value));

        query.Field<SpacecraftGraphType>("spacecraft")
            .Description("One spacecraft by global id or LL2 number (LL2's spacecraft detail, with its flights).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve()
            .WithService<SpacecraftByIdDataLoader>()
            .Resolve((context, spacecraft) =>
                spacecraft.Load(GlobalId.ParseInt(context.GetArgument<string>("id"), "Spacecraft")!.Value));
    }
}
