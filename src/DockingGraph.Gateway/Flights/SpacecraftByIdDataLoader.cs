using DockingGraph.Gateway.DataLoading;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Flights;

/// <summary>
/// <c>spacecraft/{id}/</c> only (LL2 has no multi-id filter for spacecraft): the loader a spacecraft's flights
/// load through, never the mirror, whose spacecraft lack them. Lookups: <see cref="SpacecraftLookupDataLoader"/>.
/// </summary>
public sealed class SpacecraftByIdDataLoader(LaunchLibraryClient ll2, IOptions<DataLoadingOptions> options)
    : DetailByIdDataLoader<SpacecraftDto>(options, "spacecraft")
{
    protected override Task<SpacecraftDto> FetchDetailAsync(int key, CancellationToken cancellationToken) =>
        ll2.GetSpacecraftAsync(key, cancellationToken);
}
