using DockingGraph.Gateway.Schema.Relay;
using GraphQL;
using GraphQL.Types;
using GraphQL.MicrosoftDI;

namespace DockingGraph.Gateway.DockingEvents;

public static class DockingEventQueries
{
    public static void AddDockingEventQueries(this ObjectGraphType query)
    {
        query.AddDockingEventsField(
            "Docking events, filtered, searched, ordered and paged by LL2 itself: one LL2 call per page.");

        query.Field<DockingEventGraphType>("dockingEvent")
            .Description(
                "One docking event by global id or LL2 number, always the detailed shape: from the complete " +
                "docking-events mirror, else LL2's detail endpoint.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve()
            .WithService<DockingEventByIdDataLoader>()
            .Resolve((context, events) =>
                events.Load(GlobalId.ParseInt(context.GetArgument<string>("id"), "DockingEvent")!.Value));
    }
}
