using DockingGraph.Gateway.Data.Local;
using DockingGraph.Gateway.Data.Paging;
using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.Gateway.Data.Sorting;
using DockingGraph.Gateway.DataLoading;
using DockingGraph.Gateway.DockingEvents.Mirror;
using DockingGraph.Gateway.Errors;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using GraphQL.MicrosoftDI;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.DockingEvents;

/// <summary>
/// The <c>dockingEvents(first after last before search where order)</c> connection, at the root and on a parent
/// (station, docking location, chaser flight) whose id is pushed down as one more LL2 filter. One LL2 call per page.
/// </summary>
public static class DockingEventsField
{
    /// <summary>A parent whose id a nested dockingEvents field pushes down: its node type name and LL2 id.</summary>
    public sealed record Parent(string TypeName, int Ll2Id);

    // The mirror's fill ordering and mode: with no LL2 filter, the blocks read here are the mirror's own blocks.
    private static readonly string[] StableOrder = ["docking", "departure"];

    /// <summary>The aligned detailed blocks a local evaluation reads for LL2's part of the where and the search.</summary>
    internal static Ll2ListQuery<DockingEventDto> DetailedBlocks(WhereFold fold, string? search) =>
        fold.ApplyTo(DockingEventsPushDown.Table.List.Query())
            .Where("search", search)
            .OrderBy(StableOrder) with { Mode = Ll2Mode.Detailed };

    public static void AddDockingEventsField<TSource>(this ObjectGraphType<TSource> type, string description,
        Func<TSource, Parent>? parent = null) =>
        type.AddListField<TSource, DockingEventsConnectionGraphType, DockingEventFilterInputGraphType,
                DockingEventSortInputGraphType>("dockingEvents",
                description, "LL2's search: every word must appear in a location, spacecraft, payload or station name.",
                "Default: docking ascending, then departure ascending. Fields other than docking and departure " +
                "are evaluated here (see DockingEventSortInput).")
            .WithMetadata(LocalBlocks.PlannerMetadata, parent is null ? DockingEventsPlan.Planner : null)
            .Resolve()
            .WithServices<DockingEventPageByQueryDataLoader, IOptions<DockingEventsOptions>, DockingEventPages>()
            .Resolve((context, pages, options, mirrored) =>
                Resolve(context, parent?.Invoke(context.Source), pages, options.Value, mirrored));

    private static object Resolve(IResolveFieldContext context, Parent? parent, DockingEventPageByQueryDataLoader pages,
        DockingEventsOptions options, DockingEventPages mirrored)
    {
        var where = context.GetArgument<Dictionary<string, object?>?>("where");
        var order = DockingEventSorting.Sort.Keys(WrittenSortOrder.Read(context, "order"));
        if ((DockingEventsPushDown.Table.Ll2Lacks(where) ?? DockingEventSorting.Ll2Lacks(order)) is { } lacking)
        {
            return Local(context, parent, where, order, lacking, mirrored);
        }

        var (pager, contradiction) = DockingEventsPushDown.Table.Page(context, where,
            parent is null ? null : fold => RequireParent(fold, parent));
        if (contradiction)
        {
            return Connection<DockingEventDto>.Empty();
        }

        var detailed = DetailedModeSelection.IsNeeded(context, options.ChaserUpgrades);
        var request = pager.Request with { Mode = detailed ? Ll2Mode.Detailed : Ll2Mode.Normal };
        return pages.Load(request).Then(page => pager.ToConnection(page ?? new PageDto<DockingEventDto>()));
    }

    /// <summary>
    /// A <c>where</c> or an <c>order</c> LL2 cannot execute, evaluated here with Hot Chocolate's semantics, then
    /// counted and paged: over the mirrored collection while it is complete and fresh (no call); else over every
    /// event LL2's part of the <c>where</c> (and the parent's id, the search) selects, read as aligned blocks of 100
    /// in the mirror's ordering and mode (<see cref="LocalFetch.ReadAllAsync{TDto}"/>), within
    /// Limits:MaxLl2CallsPerRequest. An order on a station field the events do not embed adds the station table.
    /// </summary>
    private static IDataLoaderResult<Connection<DockingEventDto>> Local(IResolveFieldContext context, Parent? parent,
        IDictionary<string, object?>? where, List<LocalSort<DockingEventDto>.Key> order, string lacking,
        DockingEventPages mirrored)
    {
        var table = DockingEventsPushDown.Table;
        // A station field the events do not embed reads LL2's station table (one call, when the rows are there);
        // compiled here without it only to refuse a malformed where before any call.
        var joined = LocalWhere.NeedsStationTable(where);
        var (test, joins) = LocalJoins.Bind(() => joined
            ? LocalWhere.Compile(where, new Dictionary<int, SpaceStationDto>())
            : table.Local!.Compile(where));
        // A where that joins a table is evaluated once the table is read, after the rows are there.
        var deferred = joined || joins.Tables.Count > 0;
        Action<WhereFold>? requireParent = parent is null ? null : fold => RequireParent(fold, parent);
        var (pager, _) = table.Page(context, null, requireParent,
            LocalWhere.Canonical(where) + "#order:" + LocalSort<DockingEventDto>.Canonical(order));
        var keys = DockingEventSorting.WithTieBreakers(order);
        var services = context.RequestServices!;
        var ll2 = services.GetRequiredService<LaunchLibraryClient>();
        async Task<List<DockingEventDto>> MatchingAsync(IEnumerable<DockingEventDto> rows,
            CancellationToken cancellationToken)
        {
            var (match, tables) = joined ? await LocalWhere.CompileAsync(where, ll2, cancellationToken) : (test, joins);
            var all = rows as IReadOnlyList<DockingEventDto> ?? rows.ToList();
            await LocalJoins.ReadAsync(tables.Tables, all, match, [], ll2, cancellationToken);
            return all.Where(match).ToList();
        }

        if (mirrored.TryMatchAllLocally(pager.Query, deferred ? _ => true : test) is { } events)
        {
            return new Deferred<Connection<DockingEventDto>>(async cancellationToken =>
                await SortAndPageAsync(await MatchingAsync(events, cancellationToken), keys, pager, ll2,
                    cancellationToken));
        }

        var fold = table.FoldLl2Part(table.Split(where).Ll2);
        requireParent?.Invoke(fold);
        if (fold.IsContradiction)
        {
            return new Deferred<Connection<DockingEventDto>>(_ => Task.FromResult(Connection<DockingEventDto>.Empty()));
        }

        var blocks = DetailedBlocks(fold, context.GetArgument<string?>("search"));
        var detailed = services.GetRequiredService<DetailedBlockIndex>();
        var maxCalls = LocalFetch.MaxCalls(context);
        return new Deferred<Connection<DockingEventDto>>(async cancellationToken =>
        {
            var rows = await LocalFetch.ReadAllAsync(table, blocks, lacking, maxCalls, ll2, detailed.Read,
                cancellationToken);
            return await SortAndPageAsync(await MatchingAsync(rows, cancellationToken), keys, pager, ll2,
                cancellationToken);
        });
    }

    private static async Task<Connection<DockingEventDto>> SortAndPageAsync(List<DockingEventDto> events,
        List<LocalSort<DockingEventDto>.Key> keys, OffsetPager<Ll2ListQuery<DockingEventDto>> pager,
        LaunchLibraryClient ll2, CancellationToken cancellationToken)
    {
        await LocalJoins.ReadAsync([.. LocalSort<DockingEventDto>.Joins(keys)], events, null,
            keys.Select(k => k.Value), ll2, cancellationToken);
        Func<DockingEventDto, DockingEventDto>? view = null;
        if (DockingEventSorting.NeedsStationTable(keys))
        {
            var stations = await UpstreamErrors.CallAsync(() =>
                ll2.GetAllSpaceStationsAsync(Ll2Mode.Detailed, cancellationToken));
            view = DockingEventSorting.WithStations(stations);
        }

        return pager.ToConnectionOver(LocalSort<DockingEventDto>.Sort(events, keys, e => e.Id, view));
    }

    // Read when the loaders run, like the pushed-down pages: nothing of the field's context is used past the resolver.
    private sealed class Deferred<T>(Func<CancellationToken, Task<T>> run) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => run(cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }

    private static void RequireParent(WhereFold fold, Parent parent)
    {
        var filter = DockingEventsPushDown.Table.Filters.OfType<NodeIdEquals>()
            .Single(f => f.NodeType == parent.TypeName);
        fold.RequireValue(filter.Parameter, parent.Ll2Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
