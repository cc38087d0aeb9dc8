using DockingGraph.Gateway.DataLoading;
using DockingGraph.Gateway.DockingEvents.Mirror;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Pipeline;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Flights;

/// <summary>
/// <c>spacecraft(id:)</c> and its <c>node</c> when <see cref="MirrorSelection.Spacecraft"/> suffices: the
/// spacecraft of a mirrored chaser flight (LL2's SpacecraftNormal, no flights), else <c>spacecraft/{id}/</c>.
/// </summary>
public sealed class SpacecraftLookupDataLoader(LaunchLibraryClient ll2, DockingEventsMirror mirror,
    MirrorFallback fallback, Ll2RequestTally tally, IOptions<DataLoadingOptions> options)
    : MirrorFirstByIdDataLoader<SpacecraftDto>(mirror, fallback, tally, options, "spacecraft")
{
    protected override SpacecraftDto? Held(MirroredEvents held, int key) => held.Spacecraft.GetValueOrDefault(key);

    protected override Task<SpacecraftDto> ReadDetailAsync(int key, CancellationToken cancellationToken) =>
        ll2.GetSpacecraftAsync(key, cancellationToken);
}
