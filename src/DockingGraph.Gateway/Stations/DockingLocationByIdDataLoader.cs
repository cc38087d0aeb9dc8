using DockingGraph.Gateway.DataLoading;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Stations;

/// <summary>Docking locations are a small reference table (ids up to ~45): the whole table, one call.</summary>
public sealed class DockingLocationByIdDataLoader(LaunchLibraryClient ll2, IOptions<DataLoadingOptions> options)
    : WholeTableByIdDataLoader<DockingLocationDto>(ll2, options,
        (client, cancellationToken) => client.GetAllDockingLocationsAsync(cancellationToken), l => l.Id);
