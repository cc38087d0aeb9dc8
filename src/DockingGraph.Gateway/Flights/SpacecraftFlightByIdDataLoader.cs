using DockingGraph.Gateway.DataLoading;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Flights;

/// <summary>
/// <c>spacecraft_flights/{id}/</c> only (LL2 has no multi-id filter for flights): the loader crews load through,
/// never the mirror, whose flights lack them. Lookups go through <see cref="SpacecraftFlightLookupDataLoader"/>.
/// </summary>
public sealed class SpacecraftFlightByIdDataLoader(LaunchLibraryClient ll2, IOptions<DataLoadingOptions> options)
    : DetailByIdDataLoader<SpacecraftFlightDto>(options, "spacecraft flight")
{
    protected override Task<SpacecraftFlightDto> FetchDetailAsync(int key, CancellationToken cancellationToken) =>
        ll2.GetSpacecraftFlightAsync(key, cancellationToken);
}
