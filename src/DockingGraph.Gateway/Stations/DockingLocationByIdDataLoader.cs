using DockingGraph.Gateway.DataLoading;
using DockingGraph.Gateway.Errors;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Stations;

/// <summary>Docking locations are a small reference table (ids up to ~45): the whole table, one call.</summary>
public sealed class DockingLocationByIdDataLoader(LaunchLibraryClient ll2, IOptions<DataLoadingOptions> options)
    : BatchDataLoader<int, DockingLocationDto>(options)
{
    public Task<List<DockingLocationDto>> AllAsync(CancellationToken cancellationToken) =>
        UpstreamErrors.CallAsync(() => ll2.GetAllDockingLocationsAsync(cancellationToken));

    protected override async Task<BatchResult<int, DockingLocationDto>> FetchAsync(IReadOnlyList<int> keys,
        CancellationToken cancellationToken) =>
        BatchResult<int, DockingLocationDto>.Of((await AllAsync(cancellationToken)).ToDictionary(l => l.Id));
}
