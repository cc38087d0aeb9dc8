using DockingGraph.Gateway.DataLoading;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Stations;

/// <summary>Docking locations are a small reference table (ids up to ~45): the whole table, one call.</summary>
public sealed class DockingLocationByIdDataLoader(Ll2Requests ll2, IOptions<DataLoadingOptions> options) : BatchDataLoader<int, DockingLocationDto>(options)
{
    public Task<List<DockingLocationDto>> AllAsync(CancellationToken cancellationToken) =>
        ll2.GetAllAsync<DockingLocationDto>(offset => Ll2Paths.DockingLocations(100, offset), cancellationToken);

    protected override async Task<BatchResult<int, DockingLocationDto>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken) =>
        BatchResult<int, DockingLocationDto>.Of((await AllAsync(cancellationToken)).ToDictionary(l => l.Id));

    protected override async Task<DockingLocationDto?> FetchOneAsync(int key, CancellationToken cancellationToken) =>
        await ll2.GetAsync<DockingLocationDto>(Ll2Paths.DockingLocation(key), cancellationToken, $"LL2 has no docking location {key}.");
}
