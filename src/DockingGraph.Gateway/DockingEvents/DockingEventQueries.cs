using DockingGraph.Gateway.DataLoading;
using DockingGraph.Gateway.Schema.Relay;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.Gateway.DockingEvents;

public static class DockingEventQueries
{
    public static void AddDockingEventQueries(this ObjectGraphType query)
    {
        query.AddDockingEventsField("Docking events, filtered, searched, ordered and paged by LL2 itself: one LL2 call per page.");

        query.Field<DockingEventGraphType>("dockingEvent")
            .Description("One docking event by global id or LL2 number (LL2's detail endpoint, always the detailed shape).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context =>
            {
                var id = GlobalId.ParseInt(context.GetArgument<string>("id"), "DockingEvent")!.Value;
                return await context.RequestServices!.GetRequiredService<Ll2Requests>()
                    .GetAsync<DockingEventDto>(Ll2Paths.DockingEvent(id), context.CancellationToken, $"LL2 has no docking event {id}.");
            });
    }
}
