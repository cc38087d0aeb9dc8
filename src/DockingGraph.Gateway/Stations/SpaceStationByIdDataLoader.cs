using DockingGraph.Gateway.DataLoading;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Stations;

/// <summary>LL2 has 15 stations and no multi-id filter: any number of station keys is the whole detailed table, one call.</summary>
public sealed class SpaceStationByIdDataLoader(Ll2Requests ll2, IOptions<DataLoadingOptions> options) : BatchDataLoader<int, SpaceStationDto>(options)
{
    protected override async Task<BatchResult<int, SpaceStationDto>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        var stations = await ll2.GetAllAsync<SpaceStationDto>(offset => Ll2Paths.SpaceStations(Ll2Mode.Detailed, 100, offset), cancellationToken);
        return BatchResult<int, SpaceStationDto>.Of(stations.ToDictionary(s => s.Id));
    }

    protected override async Task<SpaceStationDto?> FetchOneAsync(int key, CancellationToken cancellationToken) =>
        await ll2.GetAsync<SpaceStationDto>(Ll2Paths.SpaceStation(key), cancellationToken, $"LL2 has no space station {key}.");
}
