using DockingGraph.Gateway.DataLoading;
using DockingGraph.Gateway.Errors;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Flights;

/// <summary>
/// LL2's spacecraft configurations, detailed, by id: any number of keys is the whole table (46 rows, one call; LL2
/// has no multi-id filter on spacecraft_configurations/), the table a local evaluation joins.
/// </summary>
public sealed class SpacecraftConfigByIdDataLoader(LaunchLibraryClient ll2, IOptions<DataLoadingOptions> options)
    : BatchDataLoader<int, SpacecraftConfigDto>(options)
{
    protected override async Task<BatchResult<int, SpacecraftConfigDto>> FetchAsync(IReadOnlyList<int> keys,
        CancellationToken cancellationToken)
    {
        var configurations = await UpstreamErrors.CallAsync(() =>
            ll2.GetAllSpacecraftConfigurationsAsync(cancellationToken));
        return BatchResult<int, SpacecraftConfigDto>.Of(configurations.ToDictionary(c => c.Id));
    }
}
