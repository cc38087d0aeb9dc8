using DockingGraph.Gateway.DataLoading;
using DockingGraph.Gateway.Errors;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Stations;

/// <summary>
/// LL2 has 15 stations and no multi-id filter: any number of station keys is the whole detailed table, one call.
/// </summary>
public sealed class SpaceStationByIdDataLoader(LaunchLibraryClient ll2, IOptions<DataLoadingOptions> options)
    : BatchDataLoader<int, SpaceStationDto>(options)
{
    protected override async Task<BatchResult<int, SpaceStationDto>> FetchAsync(IReadOnlyList<int> keys,
        CancellationToken cancellationToken)
    {
        var stations = await UpstreamErrors.CallAsync(() =>
            ll2.GetAllSpaceStationsAsync(Ll2Mode.Detailed, cancellationToken));
        return BatchResult<int, SpaceStationDto>.Of(stations.ToDictionary(s => s.Id));
    }
}
