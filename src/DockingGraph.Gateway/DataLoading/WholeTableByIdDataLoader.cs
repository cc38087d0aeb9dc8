using DockingGraph.Gateway.Errors;
using DockingGraph.LaunchLibrary;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.DataLoading;

/// <summary>
/// An LL2 reference table small enough to read whole (stations, docking locations, spacecraft configurations; LL2
/// has no multi-id filter on them): any number of keys is the whole table, one call, shared through the client's
/// memo and cache with every other reader of the table.
/// </summary>
public abstract class WholeTableByIdDataLoader<TDto>(LaunchLibraryClient ll2, IOptions<DataLoadingOptions> options,
    Func<LaunchLibraryClient, CancellationToken, Task<List<TDto>>> table, Func<TDto, int> id)
    : BatchDataLoader<int, TDto>(options)
{
    /// <summary>Every row of the table.</summary>
    public Task<List<TDto>> AllAsync(CancellationToken cancellationToken) =>
        UpstreamErrors.CallAsync(() => table(ll2, cancellationToken));

    protected override async Task<BatchResult<int, TDto>> FetchAsync(IReadOnlyList<int> keys,
        CancellationToken cancellationToken) =>
        BatchResult<int, TDto>.Of((await AllAsync(cancellationToken)).ToDictionary(id));
}
