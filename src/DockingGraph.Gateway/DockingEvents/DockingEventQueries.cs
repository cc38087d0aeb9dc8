using DockingGraph.Gateway.DockingEvents.Filtering;
using DockingGraph.Gateway.DockingEvents.Paging;
using DockingGraph.Gateway.DockingEvents.Sorting;
using DockingGraph.Gateway.Errors;
using DockingGraph.Gateway.Schema.Relay;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Queries;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.Gateway.DockingEvents;

public static class DockingEventQueries
{
    public static void AddDockingEventQueries(this ObjectGraphType query)
    {
        query.Field<DockingEventsConnectionGraphType>("dockingEvents")
            .Description("Docking events, filtered, searched, ordered and paged by LL2 itself: one LL2 call per page.")
            .Argument<IntGraphType>("first", "Returns the first _n_ elements from the list.")
            .Argument<StringGraphType>("after", "Returns the elements in the list that come after the specified cursor.")
            .Argument<IntGraphType>("last", "Returns the last _n_ elements from the list.")
            .Argument<StringGraphType>("before", "Returns the elements in the list that come before the specified cursor.")
            .Argument<StringGraphType>("search", "LL2's search: every word must appear in a location, spacecraft, payload or station name.")
            .Argument<DockingEventFilterInputGraphType>("where")
            .Argument<ListGraphType<NonNullGraphType<DockingEventSortInputGraphType>>>("order", "Default: docking ascending, then departure ascending.")
            .ResolveAsync(async context =>
            {
                var filter = DockingEventFilter.From(context.GetArgument<Dictionary<string, object?>?>("where"));
                var query = filter.ApplyTo(new DockingEventsQuery
                {
                    Search = context.GetArgument<string?>("search"),
                    Ordering = DockingEventSort.From(context.GetArgument<List<object?>?>("order")),
                });
                var pager = new DockingEventsPager(query, context.GetArgument<int?>("first"), context.GetArgument<string?>("after"),
                    context.GetArgument<int?>("last"), context.GetArgument<string?>("before"));
                if (filter.IsContradiction)
                {
                    return DockingEventsConnection.Empty;
                }

                var request = pager.Request with { Mode = DetailedModeSelection.IsNeeded(context) ? Ll2Mode.Detailed : Ll2Mode.Normal };
                var client = context.RequestServices!.GetRequiredService<LaunchLibraryClient>();
                var page = await UpstreamErrors.CallAsync(() => client.GetDockingEventsAsync(request, context.CancellationToken));
                return pager.ToConnection(page);
            });

        query.Field<DockingEventGraphType>("dockingEvent")
            .Description("One docking event by global id or LL2 number (LL2's detail endpoint, always the detailed shape).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context =>
            {
                var id = GlobalId.ParseInt(context.GetArgument<string>("id"), "DockingEvent")!.Value;
                var client = context.RequestServices!.GetRequiredService<LaunchLibraryClient>();
                return await UpstreamErrors.CallAsync(() => client.GetDockingEventAsync(id, context.CancellationToken), $"LL2 has no docking event {id}.");
            });
    }
}
