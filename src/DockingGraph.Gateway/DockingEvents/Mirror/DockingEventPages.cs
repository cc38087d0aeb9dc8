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
    Ll2RequestTally tally, MirrorFallback fallback, IOptions<DockingEventsOptions> options)
{
    public Task<PageDto<DockingEventDto>> GetPageAsync(Ll2ListQuery<DockingEventDto> query,
        CancellationToken cancellationToken)
    {
        if (TryAnswerLocally(query, null) is { } page)
        {
            return Task.FromResult(page);
        }

        return ReadOrStaleAsync(query, cancellationToken);
    }

    // LL2's read refused or failed: the complete mirror past its age answers (stale-if-error, flagged stale).
    private async Task<PageDto<DockingEventDto>> ReadOrStaleAsync(Ll2ListQuery<DockingEventDto> query,
        CancellationToken cancellationToken)
    {
        try
        {
            return options.Value.AlignedBlocks
                ? await blocks.ReadAsync(query, cancellationToken)
                : await ll2.GetPageAsync(query, cancellationToken);
        }
        catch (LaunchLibraryException e) when (MirrorFallback.IsRefusalOrOutage(e)
            && mirror.TryAnswerStale(query, out var age) is { } page)
        {
            fallback.Answered(age);
            return page;
        }
    }

    /// <summary>
    /// The page from the mirror, with <paramref name="where"/> (operators LL2 lacks) applied to the whole collection;
    /// null when the mirror is not complete and fresh.
    /// </summary>
    public PageDto<DockingEventDto>? TryAnswerLocally(Ll2ListQuery<DockingEventDto> query,
        Func<DockingEventDto, bool>? where)
    {
        if (mirror.TryAnswer(query, where, out var age) is not { } page)
        {
            return null;
        }

        // The answer's freshness (extensions.ll2.ageSeconds) covers the mirror's data like cached data.
        tally.CacheHit(age, stale: false);
        MirrorTelemetry.Answered();
        return page;
    }

    /// <summary>
    /// Every event the query and <paramref name="where"/> select, from the mirror (unpaged, for an order evaluated
    /// here); null when the mirror is not complete and fresh.
    /// </summary>
    public List<DockingEventDto>? TryMatchAllLocally(Ll2ListQuery<DockingEventDto> query,
        Func<DockingEventDto, bool> where)
    {
        if (mirror.TryMatchAll(query, where, out var age) is not { } events)
        {
            return null;
        }

        tally.CacheHit(age, stale: false);
        MirrorTelemetry.Answered();
        return events;
    }

    /// <summary>Why a page the mirror alone can answer cannot be answered now.</summary>
    public string MirrorUnavailable => mirror.Enabled
        ? "the docking-events mirror, which answers it, is not complete and fresh yet (it is being filled; retry in " +
            "a moment)"
        : "the docking-events mirror, which answers it, is off (Mirror:DockingEvents=false)";
}
