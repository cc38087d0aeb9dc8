using DockingGraph.Gateway.DataLoading;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Stations;

/// <summary>
/// LL2 has 15 stations and no multi-id filter: any number of station keys is the whole detailed table, one call.
/// </summary>
public sealed class SpaceStationByIdDataLoader(LaunchLibraryClient ll2, IOptions<DataLoadingOptions> options)
    : WholeTableByIdDataLoader<SpaceStationDto>(ll2, options,
        (client, cancellationToken) => client.GetAllSpaceStationsAsync(Ll2Mode.Detailed, cancellationToken),
        s => s.Id);
