using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Pipeline;
using DockingGraph.LaunchLibrary.Queries;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.DockingEvents.Mirror;

/// <summary>
/// Where a docking-events page comes from: the mirror while it is complete and fresh (no call), else LL2 as aligned
/// blocks (<see cref="DockingEventsOptions.AlignedBlocks"/>), else LL2 with the page's own limit and offset.
/// </summary>
public sealed class DockingEventPages(DockingEventsMirror mirror, AlignedBlockReader blocks, LaunchLibraryClient ll2,
    Ll2RequestTally tally, IOptions<DockingEventsOptions> options)
{
    public Task<PageDto<DockingEventDto>> GetPageAsync(Ll2ListQuery<DockingEventDto> query,
        CancellationToken cancellationToken)
    {
        if (mirror.TryAnswer(query, out var age) is { } page)
        {
            // The answer's freshness (extensions.ll2.ageSeconds) covers the mirror's data like cached data.
            tally.CacheHit(age, stale: false);
            MirrorTelemetry.Answered();
            return Task.FromResult(page);
        }

        return options.Value.AlignedBlocks
            ? blocks.ReadAsync(query, cancellationToken)
            : ll2.GetPageAsync(query, cancellationToken);
    }
}
