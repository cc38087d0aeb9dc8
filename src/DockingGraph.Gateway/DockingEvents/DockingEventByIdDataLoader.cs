using DockingGraph.Gateway.DataLoading;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.DockingEvents;

/// <summary><c>docking_events/{id}/</c> (always the detailed shape): LL2 has no multi-id filter for events.</summary>
public sealed class DockingEventByIdDataLoader(LaunchLibraryClient ll2, IOptions<DataLoadingOptions> options)
    : DetailByIdDataLoader<DockingEventDto>(options, "docking event")
{
    protected override Task<DockingEventDto> FetchDetailAsync(int key, CancellationToken cancellationToken) =>
        ll2.GetDockingEventAsync(key, cancellationToken);
}
