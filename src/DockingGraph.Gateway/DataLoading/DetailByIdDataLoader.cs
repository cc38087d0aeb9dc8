using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.DataLoading;

/// <summary>
/// For LL2 resources without a multi-id filter (spacecraft flights, spacecraft): one detail call per distinct id,
/// a bounded number at a time; a 404 fails only that id's fields (NOT_FOUND).
/// </summary>
public abstract class DetailByIdDataLoader<TValue>(Ll2Requests ll2, IOptions<DataLoadingOptions> options, Func<int, string> path, string noun)
    : BatchDataLoader<int, TValue>(options)
{
    protected override Task<BatchResult<int, TValue>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken) =>
        BatchResult<int, TValue>.PerKeyAsync(keys, Options.MaxParallelism, FetchRequiredAsync, cancellationToken);

    protected override async Task<TValue?> FetchOneAsync(int key, CancellationToken cancellationToken) =>
        await FetchRequiredAsync(key, cancellationToken);

    private Task<TValue> FetchRequiredAsync(int key, CancellationToken cancellationToken) =>
        ll2.GetAsync<TValue>(path(key), cancellationToken, $"LL2 has no {noun} {key}.");
}
