using DockingGraph.Gateway.DataLoading;
using DockingGraph.LaunchLibrary.Pipeline;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.DockingEvents.Mirror;

/// <summary>
/// A by-id lookup answered from the complete, fresh mirror when it holds the id (no call; a hit in the cost
/// report), else LL2's detail endpoint, and when LL2 refuses or fails that read, the mirror past its age (stale).
/// The mirror's objects are the forms LL2 embeds in a detailed docking event: a lookup may use this loader only
/// where that form carries what the selection reads (<see cref="MirrorSelection"/>); fields loaded later
/// (<c>FieldOrLoad</c>) go through the node type's detail-only loader, never through this one.
/// </summary>
public abstract class MirrorFirstByIdDataLoader<TValue>(DockingEventsMirror mirror, MirrorFallback fallback,
    Ll2RequestTally tally, IOptions<DataLoadingOptions> options, string noun)
    : DetailByIdDataLoader<TValue>(options, noun)
    where TValue : class
{
    protected sealed override Task<TValue> FetchDetailAsync(int key, CancellationToken cancellationToken)
    {
        if (mirror.Fresh(out var age) is { } held && Held(held, key) is { } value)
        {
            tally.CacheHit(age, stale: false);
            MirrorTelemetry.Answered();
            return Task.FromResult(value);
        }

        return fallback.ReadAsync(() => ReadDetailAsync(key, cancellationToken), stale => Held(stale, key));
    }

    /// <summary>The object the mirror holds for <paramref name="key"/>, or null.</summary>
    protected abstract TValue? Held(MirroredEvents held, int key);

    /// <summary>LL2's detail read of one id.</summary>
    protected abstract Task<TValue> ReadDetailAsync(int key, CancellationToken cancellationToken);
}
