using DockingGraph.Gateway.DataLoading;
using DockingGraph.Gateway.Errors;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Stations;

/// <summary>
/// LL2 filters expeditions by one station at a time (<c>space_station=</c>): one call per station, bounded in parallel.
/// </summary>
public sealed class ExpeditionsByStationDataLoader(LaunchLibraryClient ll2, IOptions<DataLoadingOptions> options)
    : BatchDataLoader<int, IReadOnlyList<ExpeditionDto>>(options)
{
    protected override Task<BatchResult<int, IReadOnlyList<ExpeditionDto>>> FetchAsync(IReadOnlyList<int> keys,
        CancellationToken cancellationToken) =>
        BatchResult<int, IReadOnlyList<ExpeditionDto>>.PerKeyAsync(keys, Options.MaxParallelism,
            async (station, ct) =>
                (IReadOnlyList<ExpeditionDto>)await UpstreamErrors.CallAsync(() =>
                ll2.GetAllExpeditionsAsync(station, ct)),
            cancellationToken);
}
