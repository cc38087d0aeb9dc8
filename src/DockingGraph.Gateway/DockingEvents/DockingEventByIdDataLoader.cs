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
/// mirror lacks is asked of LL2: it may be newer than the mirror's last refresh. LL2 refusing or failing that read,
/// the mirror past its age answers, flagged stale.
/// </summary>
public sealed class DockingEventByIdDataLoader(LaunchLibraryClient ll2, DockingEventsMirror mirror,
    MirrorFallback fallback, Ll2RequestTally tally, IOptions<DataLoadingOptions> options)
    : MirrorFirstByIdDataLoader<DockingEventDto>(mirror, fallback, tally, options, "docking event")
{
    protected override DockingEventDto? Held(MirroredEvents held, int key) => held.Event(key);

    protected override Task<DockingEventDto> ReadDetailAsync(int key, CancellationToken cancellationToken) =>
        ll2.GetDockingEventAsync(key, cancellationToken);
}
