using DockingGraph.Gateway.DataLoading;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Stations;

/// <summary>LL2 filters expeditions by one station at a time (<c>space_station=</c>): one call per station, bounded in parallel.</summary>
public sealed class ExpeditionsByStationDataLoader(Ll2Requests ll2, IOptions<DataLoadingOptions> options) : BatchDataLoader<int, IReadOnlyList<ExpeditionDto>>(options)
{
    protected override Task<BatchResult<int, IReadOnlyList<ExpeditionDto>>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken) =>
        BatchResult<int, IReadOnlyList<ExpeditionDto>>.PerKeyAsync(keys, Options.MaxParallelism, FetchStationAsync, cancellationToken);

    protected override async Task<IReadOnlyList<ExpeditionDto>?> FetchOneAsync(int key, CancellationToken cancellationToken) =>
        await FetchStationAsync(key, cancellationToken);

    private async Task<IReadOnlyList<ExpeditionDto>> FetchStationAsync(int station, CancellationToken cancellationToken) =>
        await ll2.GetAllAsync<ExpeditionDto>(offset => Ll2Paths.Expeditions(station, 100, offset), cancellationToken);
}
