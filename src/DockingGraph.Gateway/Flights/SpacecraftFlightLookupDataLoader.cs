using DockingGraph.Gateway.DataLoading;
using DockingGraph.Gateway.DockingEvents.Mirror;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Pipeline;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Flights;

/// <summary>
/// <c>spacecraftFlight(id:)</c> and its <c>node</c> when <see cref="MirrorSelection.SpacecraftFlight"/> suffices:
/// the chaser flight a mirrored docking event embeds (LL2's SpacecraftFlightNormal, no crews), else
/// <c>spacecraft_flights/{id}/</c>. Crews then load through <see cref="SpacecraftFlightByIdDataLoader"/> (detail only).
/// </summary>
public sealed class SpacecraftFlightLookupDataLoader(LaunchLibraryClient ll2, DockingEventsMirror mirror,
    MirrorFallback fallback, Ll2RequestTally tally, IOptions<DataLoadingOptions> options)
    : MirrorFirstByIdDataLoader<SpacecraftFlightDto>(mirror, fallback, tally, options, "spacecraft flight")
{
    protected override SpacecraftFlightDto? Held(MirroredEvents held, int key) => held.Flights.GetValueOrDefault(key);

    protected override Task<SpacecraftFlightDto> ReadDetailAsync(int key, CancellationToken cancellationToken) =>
        ll2.GetSpacecraftFlightAsync(key, cancellationToken);
}
