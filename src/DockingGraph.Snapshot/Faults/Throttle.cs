namespace DockingGraph.Snapshot.Faults;

/// <summary>
/// LL2's per-ident call budget in a fixed window. 429s are not counted (DRF records only allowed calls).
/// </summary>
public sealed class Throttle(TimeProvider clock)
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _windowStart;
    private int _used;

    /// <summary>
    /// The calls counted in the window in force: 0 once it has passed, though no call has opened the next one yet
    /// (DRF counts the history within the window; a count kept from an expired window would read as a spent budget
    /// to a client that syncs with <c>api-throttle/</c>, and it would never call again to reset it).
    /// </summary>
    public int Used(SnapshotFaults faults)
    {
        lock (_gate)
        {
            return Expired(faults) ? 0 : _used;
        }
    }

    /// <summary>Counts one call, or returns the seconds to wait when the budget is spent.</summary>
    public int? TryAcquire(SnapshotFaults faults)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            var window = TimeSpan.FromSeconds(faults.ThrottleWindowSeconds);
            if (_windowStart is null || now - _windowStart >= window)
            {
                (_windowStart, _used) = (now, 0);
            }

            if (faults.ThrottleAfter is { } limit && _used >= limit)
            {
                return Math.Max(1, (int)Math.Ceiling((_windowStart.Value + window - now).TotalSeconds));
            }

            _used++;
            return null;
        }
    }

    public int SecondsUntilAvailable(SnapshotFaults faults)
    {
        lock (_gate)
        {
            if (faults.ThrottleAfter is not { } limit || _used < limit || _windowStart is null || Expired(faults))
            {
                return 0;
            }

            return Math.Max(0, (int)Math.Ceiling((_windowStart.Value + TimeSpan.FromSeconds(faults.ThrottleWindowSeconds) - clock.GetUtcNow()).TotalSeconds));
        }
    }

    private bool Expired(SnapshotFaults faults) =>
        _windowStart is not { } start || clock.GetUtcNow() - start >= TimeSpan.FromSeconds(faults.ThrottleWindowSeconds);

    public void Reset()
    {
        lock (_gate)
        {
            (_windowStart, _used) = (null, 0);
        }
    }
}
