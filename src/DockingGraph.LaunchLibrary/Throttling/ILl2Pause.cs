namespace DockingGraph.LaunchLibrary.Throttling;

/// <summary>
/// Whether LL2 calls are paused after a 429, and until when. In memory per process (<see cref="Ll2Pause"/>); a shared
/// store (Redis) can replace it so that every replica pauses together.
/// </summary>
public interface ILl2Pause
{
    /// <summary>The time left before LL2 may be called again; null when calls may go.</summary>
    ValueTask<TimeSpan?> RemainingAsync(CancellationToken cancellationToken = default);

    /// <summary>Pauses LL2 calls until <paramref name="until"/>; a pause in force that ends later wins.</summary>
    ValueTask PauseUntilAsync(DateTimeOffset until, CancellationToken cancellationToken = default);
}

/// <summary>The pause of this process: one instant, moved only forward.</summary>
public sealed class Ll2Pause(TimeProvider clock) : ILl2Pause
{
    private long _untilUtcTicks;

    public ValueTask<TimeSpan?> RemainingAsync(CancellationToken cancellationToken = default)
    {
        var left = new DateTimeOffset(Interlocked.Read(ref _untilUtcTicks), TimeSpan.Zero) - clock.GetUtcNow();
        return ValueTask.FromResult(left > TimeSpan.Zero ? left : (TimeSpan?)null);
    }

    public ValueTask PauseUntilAsync(DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        var ticks = until.UtcTicks;
        var seen = Interlocked.Read(ref _untilUtcTicks);
        while (ticks > seen)
        {
            var previous = Interlocked.CompareExchange(ref _untilUtcTicks, ticks, seen);
            if (previous == seen)
            {
                break;
            }

            seen = previous;
        }

        return ValueTask.CompletedTask;
    }
}
