using DockingGraph.Gateway.Errors;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.DataLoading;

/// <summary>
/// For LL2 resources without a multi-id filter (docking events, spacecraft flights, spacecraft): one detail call per
/// distinct id, a bounded number at a time; a 404 fails only that id's fields (NOT_FOUND).
/// </summary>
public abstract class DetailByIdDataLoader<TValue>(IOptions<DataLoadingOptions> options, string noun)
    : BatchDataLoader<int, TValue>(options)
{
    protected override Task<BatchResult<int, TValue>> FetchAsync(IReadOnlyList<int> keys,
        CancellationToken cancellationToken) =>
        BatchResult<int, TValue>.PerKeyAsync(keys, Options.MaxParallelism,
            (key, ct) =>
                UpstreamErrors.CallAsync(() => FetchDetailAsync(key, ct), $"LL2 has no {noun} {key}."),
                cancellationToken);

    /// <summary>The LL2 detail read of one id.</summary>
    protected abstract Task<TValue> FetchDetailAsync(int key, CancellationToken cancellationToken);
}
