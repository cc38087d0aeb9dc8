using DockingGraph.Gateway.DataLoading;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Flights;

/// <summary>
/// LL2's spacecraft configurations, detailed, by id: any number of keys is the whole table (46 rows, one call), the
/// table a local evaluation joins (<see cref="SpacecraftConfigJoin"/>).
/// </summary>
public sealed class SpacecraftConfigByIdDataLoader(LaunchLibraryClient ll2, IOptions<DataLoadingOptions> options)
    : WholeTableByIdDataLoader<SpacecraftConfigDto>(ll2, options,
        (client, cancellationToken) => client.GetAllSpacecraftConfigurationsAsync(cancellationToken), c => c.Id);
