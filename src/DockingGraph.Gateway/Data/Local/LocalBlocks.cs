using DockingGraph.LaunchLibrary.Caching;
using DockingGraph.LaunchLibrary.Queries;
using GraphQL;

namespace DockingGraph.Gateway.Data.Local;

/// <summary>
/// The blocks a local evaluation would read (<see cref="LocalFetch"/>), estimated before anything is fetched.
/// </summary>
public interface ILocalBlocks
{
    Task<LocalBlocksEstimate> EstimateAsync(IServiceProvider services, CancellationToken cancellationToken);
}

/// <summary>What the blocks of one local evaluation will cost.</summary>
/// <param name="Count">The rows the blocks hold, known without a call; null: only the first block is counted.</param>
/// <param name="Blocks">Aligned blocks of 100 that hold them.</param>
/// <param name="Uncached">Of those, the blocks the cross-request cache would not answer: one call each.</param>
/// <param name="MaxCalls">Limits:MaxLl2CallsPerRequest: more blocks are refused before any call.</param>
/// <param name="Tables">Whole reference tables read after the blocks that the cache would not answer (the station
/// table, <see cref="JoinedBlocks"/>'s joins): one call each.</param>
public sealed record LocalBlocksEstimate(int? Count, int Blocks, int Uncached, int MaxCalls, int Tables = 0)
{
    /// <summary>
    /// The count is unknown: the first block is one call; the blocks it announces and the tables read after them are
    /// not counted (the first block may refuse them all).
    /// </summary>
    public bool IsLowerBound => Count is null;

    /// <summary>Refused by the field itself before any call (FILTER_NOT_SUPPORTED, SORT_NOT_SUPPORTED).</summary>
    public bool IsRefused => Count is not null && Blocks > MaxCalls;

    public int Calls => IsLowerBound ? 1 : IsRefused ? 0 : Uncached + Tables;
}

/// <summary>Local evaluations that read no block (a contradictory where answers empty).</summary>
public static class LocalBlocks
{
    public static readonly ILocalBlocks None = new NoBlocks();

    /// <summary>
    /// <paramref name="blocks"/>, then the whole table <paramref name="table"/> reads (its first page of 100), one
    /// call more unless the cross-request cache holds it; null: no table.
    /// </summary>
    public static ILocalBlocks WithTable<TDto>(ILocalBlocks blocks, Ll2ListQuery<TDto>? table) =>
        table is null ? blocks : new ThenTable<TDto>(blocks, table);

    /// <summary>Field metadata: the field's <see cref="LocalBlocksPlanner"/>.</summary>
    public const string PlannerMetadata = "DockingGraph.LocalBlocksPlanner";

    private sealed class NoBlocks : ILocalBlocks
    {
        public Task<LocalBlocksEstimate> EstimateAsync(IServiceProvider services,
            CancellationToken cancellationToken) =>
            Task.FromResult(new LocalBlocksEstimate(0, 0, 0, int.MaxValue));
    }

    private sealed class ThenTable<TDto>(ILocalBlocks blocks, Ll2ListQuery<TDto> table) : ILocalBlocks
    {
        public async Task<LocalBlocksEstimate> EstimateAsync(IServiceProvider services,
            CancellationToken cancellationToken)
        {
            var estimate = await blocks.EstimateAsync(services, cancellationToken);
            if (estimate.IsLowerBound || estimate.IsRefused)
            {
                return estimate;
            }

            var held = services.GetService<Ll2CachePeek>() is { } peek
                && await peek.HeldAsync(table, cancellationToken) is not null;
            return held ? estimate : estimate with { Tables = estimate.Tables + 1 };
        }
    }
}

/// <summary>
/// A root list's plan for its arguments: the blocks of its local evaluation, or null when it is pushed down (one
/// page, as estimated already) or refused before any call.
/// </summary>
public delegate ILocalBlocks? LocalBlocksPlanner(IResolveFieldContext context);

/// <summary>
/// The blocks of <paramref name="query"/>: the count comes from its first block when the cache holds it (the
/// count the evaluation itself would read), else from a count LL2 gave for the same list and filters within the
/// list's cache lifetime (<see cref="Ll2ListCounts"/>); each block the cache holds is free.
/// </summary>
public sealed class LocalBlocks<TDto>(Ll2ListQuery<TDto> query, int maxCalls) : ILocalBlocks
{
    public async Task<LocalBlocksEstimate> EstimateAsync(IServiceProvider services,
        CancellationToken cancellationToken)
    {
        var peek = services.GetService<Ll2CachePeek>();
        async Task<bool> HeldAsync(int block) => peek is not null
            && await peek.HeldAsync(query.WithPage(LocalFetch.BlockSize, block * LocalFetch.BlockSize),
                cancellationToken) is not null;

        var first = peek is null ? null
            : await peek.HeldAsync(query.WithPage(LocalFetch.BlockSize, 0), cancellationToken);
        if ((first ?? services.GetService<Ll2ListCounts>()?.Fresh(query))?.Count is not { } count)
        {
            return new LocalBlocksEstimate(null, 1, 1, maxCalls);
        }

        var blocks = LocalFetch.BlocksFor(count);
        var uncached = 0;
        for (var block = 0; block < blocks && blocks <= maxCalls; block++)
        {
            uncached += block == 0 ? (first is null ? 1 : 0) : await HeldAsync(block) ? 0 : 1;
        }

        return new LocalBlocksEstimate(count, blocks, uncached, maxCalls);
    }
}
