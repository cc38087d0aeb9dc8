using DockingGraph.Gateway.DataLoading;
using DockingGraph.Gateway.DockingEvents.Mirror;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Pipeline;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.DockingEvents;

/// <summary>
/// One docking event from the complete, fresh mirror (it holds detailed events: every field), else
/// <c>docking_events/{id}/</c> (always the detailed shape): LL2 has no multi-id filter for events. An id the
/// mirror lacks is asked of LL2: it may be newer than the mirror's last refresh.
/// </summary>
public sealed class DockingEventByIdDataLoader(LaunchLibraryClient ll2, DockingEventsMirror mirror,
    Ll2RequestTally tally, IOptions<DataLoadingOptions> options)
    : DetailByIdDataLoader<DockingEventDto>(options, "docking event")
{
    protected override Task<DockingEventDto> FetchDetailAsync(int key, CancellationToken cancellationToken)
    {
        if (mirror.TryGet(key, out var age) is { } held)
        {
            tally.CacheHit(age, stale: false);
            MirrorTelemetry.Answered();
            return Task.FromResult(held);
        }

        return ll2.GetDockingEventAsync(key, cancellationToken);
    }
}
