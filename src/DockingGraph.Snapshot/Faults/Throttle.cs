namespace DockingGraph.Snapshot.Faults;

/// <summary>
/// LL2's per-ident call budget in a fixed window. 429s are not counted (DRF records only allowed calls).
/// </summary>
public sealed class Throttle(TimeProvider clock)
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _windowStart;
    private int _used;

    public int Used
    {
        get { lock (_gate) { return _used; } }
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
            if (faults.ThrottleAfter is not { } limit || _used < limit || _windowStart is null)
            {
                return 0;
            }

            return Math.Max(0, (int)Math.Ceiling((_windowStart.Value + TimeSpan.FromSeconds(faults.ThrottleWindowSeconds) - clock.GetUtcNow()).TotalSeconds));
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            (_windowStart, _used) = (null, 0);
        }
    }
}
