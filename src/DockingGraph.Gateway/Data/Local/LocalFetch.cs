using DockingGraph.Gateway.Data.Paging;
using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.Gateway.Data.Sorting;
using DockingGraph.Gateway.Errors;
using DockingGraph.Gateway.Limits;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;
using GraphQL;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Data.Local;

/// <summary>
/// A <c>where</c> LL2 cannot execute, on a list with neither a mirror nor a whole reference table: LL2's part of it
/// (<see cref="PushDownTable{TDto}.Split"/>), the search and the ordering are pushed down, every row they select is
/// read in aligned blocks of 100 (<c>limit=100&amp;offset=100·k</c>, the table's ordering with its unique
/// tie-breaker, the list's mode) through the LL2 client, so the request memo and the cross-request cache serve
/// repeats; the rest is evaluated here with Hot Chocolate's semantics, then counted and paged as LL2 would.
/// The first block gives the count, hence the number of blocks: more than <c>Limits:MaxLl2CallsPerRequest</c> is
/// refused before any further block is read, or before any call when LL2 gave the count lately
/// (<see cref="LaunchLibraryClient.FreshCount{TDto}"/>). The blocks within it are bounded by the request's runtime
/// cap, which counts real calls only (a cached block is free) and refuses before a call past it
/// (QUERY_TOO_EXPENSIVE). <see cref="Plan{TDto}"/> gives the same blocks to the cost estimate before execution.
/// </summary>
public static class LocalFetch
{
    public const int BlockSize = Ll2ListQuery<object>.MaxLimit;

    public static async Task<Connection<TDto>> AnswerAsync<TDto>(PushDownTable<TDto> table,
        IResolveFieldContext context, IDictionary<string, object?> where, string lacking, LaunchLibraryClient ll2,
        Action<WhereFold>? parameters = null, IReadOnlyList<LocalSort<TDto>.Key>? order = null,
        Func<TDto, IComparable>? unique = null)
    {
        var (test, query, contradiction, joins) = Prepare(table, context, where, lacking, parameters, order);
        var condition = LocalWhere<TDto>.Canonical(where)
            + (order is null ? "" : "#order:" + LocalSort<TDto>.Canonical(order));
        var pager = new OffsetPager<Ll2ListQuery<TDto>>(query, PagingArguments.From(context), condition);
        if (contradiction)
        {
            return Connection<TDto>.Empty();
        }

        var rows = await ReadAllAsync(table, query, lacking, MaxCalls(context), ll2, null, context.CancellationToken);
        await LocalJoins.ReadAsync(joins.Tables, rows, test, [], ll2, context.CancellationToken);
        var matching = rows.Where(test).ToList();
        await LocalJoins.ReadAsync([.. LocalSort<TDto>.Joins(order ?? [])], matching, null,
            (order ?? []).Select(k => k.Value), ll2, context.CancellationToken);
        return pager.ToConnectionOver(order is null
            ? matching
            : LocalSort<TDto>.Sort(matching, order, unique ?? table.Unique ?? throw new InvalidOperationException(
                $"{table.FieldName} has no unique sort key.")));
    }

    /// <summary>
    /// The blocks <see cref="AnswerAsync{TDto}"/> would read for the same arguments, for the cost estimate before
    /// anything is fetched; null when the field is refused before any call (a where it cannot evaluate).
    /// </summary>
    public static ILocalBlocks? Plan<TDto>(PushDownTable<TDto> table, IResolveFieldContext context,
        IDictionary<string, object?> where, string lacking, Action<WhereFold>? parameters = null,
        IReadOnlyList<LocalSort<TDto>.Key>? order = null)
    {
        try
        {
            var (_, query, contradiction, joins) = Prepare(table, context, where, lacking, parameters, order);
            return contradiction ? LocalBlocks.None : new JoinedBlocks(new LocalBlocks<TDto>(query, MaxCalls(context)),
                [.. joins.Tables, .. LocalSort<TDto>.Joins(order ?? [])]);
        }
        catch (GatewayError)
        {
            return null;
        }
    }

    private static (Func<TDto, bool> Test, Ll2ListQuery<TDto> Query, bool IsContradiction, LocalJoins Joins)
        Prepare<TDto>(
        PushDownTable<TDto> table, IResolveFieldContext context, IDictionary<string, object?> where, string lacking,
        Action<WhereFold>? parameters, IReadOnlyList<LocalSort<TDto>.Key>? order)
    {
        var local = table.Local ?? throw new InvalidOperationException($"{table.FieldName} has no local evaluation.");
        var (ll2Part, localPart) = table.Split(where);
        Func<TDto, bool> test;
        LocalJoins joins;
        try
        {
            (test, joins) = LocalJoins.Bind(() => local.Compile(localPart));
        }
        catch (GatewayError e) when (e.Code == ErrorCodes.FilterNotSupported)
        {
            throw table.NotSupported($"LL2 cannot execute {lacking} on {table.Noun}; {e.Message}");
        }

        var fold = table.FoldLl2Part(ll2Part);
        parameters?.Invoke(fold);
        // spacecraftFlights has no search and no LL2 ordering (LL2 documents neither): its blocks are in LL2's order.
        // A local order reads the blocks in the table's default ordering (stable: it ends with the tie-breakers).
        var query = fold.ApplyTo(table.List.Query())
            .OrderBy(table.Ordering(Has(context, "order") && order is null
                ? WrittenSortOrder.Read(context, "order")
                : null));
        if (Has(context, "search"))
        {
            query = query.Where("search", context.GetArgument<string?>("search"));
        }

        // A field only LL2's detailed serializer writes: the same blocks, read detailed.
        if (joins.Tables.Concat(LocalSort<TDto>.Joins(order ?? [])).OfType<DetailedRows>().Any())
        {
            query = query with { Mode = Ll2Mode.Detailed };
        }

        return (test, query, fold.IsContradiction, joins);
    }

    /// <summary>Limits:MaxLl2CallsPerRequest: the most blocks one local answer may read.</summary>
    public static int MaxCalls(IResolveFieldContext context) =>
        ((IOptions<LimitsOptions>?)context.RequestServices?.GetService(typeof(IOptions<LimitsOptions>)))?.Value
        .MaxLl2CallsPerRequest ?? new LimitsOptions().MaxLl2CallsPerRequest;

    private static bool Has(IResolveFieldContext context, string argument) =>
        context.FieldDefinition.Arguments?.Find(argument) is not null;

    /// <summary>
    /// Every row <paramref name="query"/> selects (its filters, search, ordering and mode), read as the aligned blocks
    /// <c>limit=100&amp;offset=100·k</c>; <paramref name="read"/> is told each block read. Refused (before the second
    /// block) when the first block's count needs more than <paramref name="maxCalls"/> blocks, and before any call
    /// when a count LL2 gave for the same list and filters within the list's cache lifetime already says so.
    /// </summary>
    public static async Task<List<TDto>> ReadAllAsync<TDto>(PushDownTable<TDto> table, Ll2ListQuery<TDto> query,
        string lacking, int maxCalls, LaunchLibraryClient ll2, Action<Ll2ListQuery<TDto>>? read,
        CancellationToken cancellationToken)
    {
        // A count older than the list's cache lifetime is not acted on: the first block is read, its count decides.
        if (ll2.FreshCount(query) is { } known && BlocksFor(known.Count) > maxCalls)
        {
            throw TooManyBlocks(table, lacking, known.Count, maxCalls);
        }

        var first = await ReadBlockAsync(query.WithPage(BlockSize, 0), ll2, read, cancellationToken);
        var blocks = BlocksFor(first.Count);
        if (blocks > maxCalls)
        {
            throw TooManyBlocks(table, lacking, first.Count, maxCalls);
        }

        var rows = new List<TDto>(first.Results);
        for (var block = 1; block < blocks; block++)
        {
            var offset = block * BlockSize;
            var page = await ReadBlockAsync(query.WithPage(BlockSize, offset), ll2, read, cancellationToken);
            if (page.Count != first.Count)
            {
                throw Changed(table, first.Count, page.Count);
            }

            rows.AddRange(page.Results);
        }

        return rows.Count == first.Count ? rows : throw Changed(table, first.Count, rows.Count);
    }

    /// <summary>The aligned blocks of 100 holding <paramref name="count"/> rows (an empty list is one).</summary>
    public static int BlocksFor(int count) => Math.Max(1, (count + BlockSize - 1) / BlockSize);

    private static GatewayError TooManyBlocks<TDto>(PushDownTable<TDto> table, string lacking, int count,
        int maxCalls)
    {
        // Only an order LL2 cannot execute sent the list here.
        var bySort = OrderLacking.IsOrder(lacking);
        var blocks = BlocksFor(count);
        var refusal = table.NotSupported($"LL2 cannot execute {lacking} on {table.Noun}, and evaluating it here " +
            $"needs all {count} {table.Noun} the rest of the where selects: {blocks} LL2 calls of " +
            $"{BlockSize} rows, while a request may make {maxCalls} (Limits:MaxLl2CallsPerRequest). Narrow the " +
            "where with what LL2 executes" + (bySort ? ", or order by what LL2 orders by." : "."));
        return new GatewayError(bySort ? ErrorCodes.SortNotSupported : ErrorCodes.FilterNotSupported,
            refusal.Message, new Dictionary<string, object?>
        {
            ["ll2CallsNeeded"] = blocks, ["limit"] = maxCalls, ["rows"] = count,
        });
    }

    private static async Task<PageDto<TDto>> ReadBlockAsync<TDto>(Ll2ListQuery<TDto> block, LaunchLibraryClient ll2,
        Action<Ll2ListQuery<TDto>>? read, CancellationToken cancellationToken)
    {
        var page = await UpstreamErrors.CallAsync(() => ll2.GetPageAsync(block, cancellationToken));
        read?.Invoke(block);
        return page;
    }

    // Blocks of different ages (one cached, one fresh) or a list that changed between two reads: rows would be
    // missed or doubled, so nothing is answered.
    private static GatewayError Changed<TDto>(PushDownTable<TDto> table, int count, int other) =>
        new(ErrorCodes.UpstreamUnavailable, $"LL2's {table.Noun} changed while they were read in blocks of " +
            $"{BlockSize} (count {count}, then {other}); retry the request.");
}
