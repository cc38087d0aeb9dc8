using DockingGraph.Gateway.Data.Paging;
using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.Gateway.Data.Sorting;
using DockingGraph.Gateway.DockingEvents;
using DockingGraph.Gateway.Errors;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace DockingGraph.Gateway.Flights;

/// <summary>
/// The list roots over LL2's <c>spacecraft_flights/</c>, <c>spacecraft/</c> and <c>astronauts/</c>. The spacecraft
/// list is <c>spacecrafts</c>: <c>spacecraft(id:)</c> keeps the one-object lookup, and Hot Chocolate names a list
/// field by the plural of its type (<c>Spacecraft</c> → <c>spacecrafts</c>), as a generated schema would.
/// </summary>
public static class FlightListQueries
{
    public static void AddFlightListQueries(this ObjectGraphType query)
    {
        query.Field<SpacecraftFlightsConnectionGraphType>("spacecraftFlights")
            .Description("Spacecraft flights, paged by LL2: one LL2 call per page (`last` without `before`: two, " +
                "the first reads the count). LL2 filters by spacecraft only; the other SpacecraftFlightFilterInput " +
                "fields are evaluated over the flights LL2's part selects. LL2 documents no search or ordering " +
                "fields for spacecraft_flights/, so there is no `search`, and without `order` pages follow LL2's " +
                "own order; an `order` is evaluated here.")
            .PagingArguments()
            .Argument<SpacecraftFlightFilterInputGraphType>("where")
            .Argument<ListGraphType<NonNullGraphType<SpacecraftFlightSortInputGraphType>>>("order",
                "LL2 documents no ordering field for spacecraft_flights/: any order is evaluated here over every " +
                "flight the where selects (read in blocks of 100 within Limits:MaxLl2CallsPerRequest), then by id.")
            .WithMetadata(Data.Local.LocalBlocks.PlannerMetadata, (Data.Local.LocalBlocksPlanner)(context =>
                LocalFlights(context) is { } local
                    ? Data.Local.LocalFetch.Plan(SpacecraftFlightsPushDown.Table, context, local.Where, local.Lacking,
                        null, local.Order)
                    : null))
            .Resolve()
            .WithService<LaunchLibraryClient>()
            .ResolveAsync(async (context, ll2) => await SpacecraftFlightsAsync(context, ll2));

        query.AddListField<object?, SpacecraftsConnectionGraphType, SpacecraftFilterInputGraphType,
                SpacecraftSortInputGraphType>("spacecrafts",
                "Spacecraft, filtered, searched, ordered and paged by LL2: one LL2 call per page. `spacecraft(id:)` " +
                "is the one-spacecraft lookup.",
                "LL2's search over the spacecraft name and its configuration's name.", "Default: ll2 id ascending.")
            .ResolveFromLl2(SpacecraftListPushDown.Table);

        query.AddListField<object?, AstronautsConnectionGraphType, AstronautFilterInputGraphType,
                AstronautSortInputGraphType>("astronauts",
                "Astronauts, filtered, searched, ordered and paged by LL2: one LL2 call per page.",
                "LL2's search over the name, the agency's name and abbreviation and the nationality name.",
                "Default: ll2 id ascending.")
            .ResolveFromLl2(AstronautListPushDown.Table);
    }

    private sealed record LocalCall(IDictionary<string, object?> Where, string Lacking,
        IReadOnlyList<LocalSort<SpacecraftFlightDto>.Key>? Order);

    // No search argument; without an order, the table's where alone in LL2's own order. Null: pushed down.
    private static LocalCall? LocalFlights(IResolveFieldContext context)
    {
        // No search argument; without an order, the table's where alone in LL2's own order.
        var where = context.GetArgument<Dictionary<string, object?>?>("where");
        var order = SpacecraftFlightSorting.Sort.Keys(WrittenSortOrder.Read(context, "order"));
        var sortLacks = order.Count > 0 ? OrderLacking.Of(order[0].Path) : null;
        return (SpacecraftFlightsPushDown.Table.Ll2Lacks(where) ?? sortLacks) is { } lacking
            ? new LocalCall(where ?? new Dictionary<string, object?>(), lacking, sortLacks is null ? null : order)
            : null;
    }

    /// <summary>
    /// Without an ordering LL2 cannot read the list backwards, so <c>last</c> without <c>before</c> first reads the
    /// count (the first <c>last</c> rows, which are the answer when the list is that short), then the tail.
    /// </summary>
    private static async Task<Connection<SpacecraftFlightDto>> SpacecraftFlightsAsync(IResolveFieldContext context,
        LaunchLibraryClient ll2)
    {
        if (LocalFlights(context) is { } local)
        {
            return await Data.Local.LocalFetch.AnswerAsync(SpacecraftFlightsPushDown.Table, context, local.Where,
                local.Lacking, ll2, null, local.Order, f => f.Id);
        }

        var where = context.GetArgument<Dictionary<string, object?>?>("where");
        var fold = SpacecraftFlightsPushDown.Table.Fold(where);
        var arguments = PagingArguments.From(context);
        var pager = new OffsetPager<LaunchLibrary.Queries.Ll2ListQuery<SpacecraftFlightDto>>(
            fold.ApplyTo(SpacecraftFlightsPushDown.Table.List.Query()), arguments);
        if (fold.IsContradiction)
        {
            return Connection<SpacecraftFlightDto>.Empty();
        }

        var page = await UpstreamErrors.CallAsync(() => ll2.GetPageAsync(pager.Request, context.CancellationToken));
        if (arguments.Last is null || arguments.Before is not null)
        {
            return pager.ToConnection(page);
        }

        var toEnd = new OffsetPager<LaunchLibrary.Queries.Ll2ListQuery<SpacecraftFlightDto>>(pager.Query,
            arguments with { Before = PagingCursor.Encode(pager.Shape, page.Count) });
        var tail = toEnd.Request;
        if (tail.Offset == 0 && tail.Limit <= pager.Request.Limit)
        {
            return toEnd.ToConnection(page);
        }

        return toEnd.ToConnection(
            await UpstreamErrors.CallAsync(() => ll2.GetPageAsync(tail, context.CancellationToken)));
    }
}
