using DockingGraph.Snapshot.Faults;

namespace DockingGraph.Bench.Replay;

/// <summary>Reads the snapshot's request log as it grows and books each LL2 call to the simulated hour.</summary>
public sealed class LogCursor(RequestLog log)
{
    private int _seen;

    public bool Grew => log.Count != _seen;

    /// <summary>Waits until no new LL2 request has arrived for a few milliseconds (background work landed).</summary>
    public async Task SettleAsync()
    {
        var quiet = 0;
        for (var last = log.Count; quiet < 4;)
        {
            await Task.Delay(2);
            var now = log.Count;
            quiet = now == last ? quiet + 1 : 0;
            last = now;
        }
    }

    public void Collect(HourStats[] hours, DateTimeOffset start, DateTimeOffset now)
    {
        var entries = log.Entries;
        var hour = hours[Math.Clamp((int)((now - start) / TimeSpan.FromHours(1)), 0, hours.Length - 1)];
        for (; _seen < entries.Count; _seen++)
        {
            var entry = entries[_seen];
            // api-throttle/ is free on LL2 too: it neither counts nor spends.
            if (entry.Path.EndsWith("/api-throttle/", StringComparison.Ordinal))
            {
                continue;
            }

            hour.Calls++;
            hour.Throttled += entry.Status == 429 ? 1 : 0;
        }
    }
}
