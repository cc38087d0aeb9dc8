using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Pipeline;

namespace DockingGraph.Gateway.DockingEvents.Mirror;

/// <summary>
/// Stale-if-error for what the mirror holds: an LL2 read refused (budget, 429, pause, open circuit) or failed by an
/// outage (unreachable, timeout, 5xx, a malformed body) is answered from the complete mirror past its age, counted
/// in the cost report as a stale hit with its real age. A 404 or a rejected request (4xx) is never masked.
/// </summary>
public sealed class MirrorFallback(DockingEventsMirror mirror, Ll2RequestTally tally)
{
    public async Task<T> ReadAsync<T>(Func<Task<T>> read, Func<MirroredEvents, T?> held)
        where T : class
    {
        try
        {
            return await read();
        }
        catch (LaunchLibraryException e) when (IsRefusalOrOutage(e) && mirror.PastMaxAge(out var age) is { } stale
            && held(stale) is { } value)
        {
            Answered(age);
            return value;
        }
    }

    /// <summary>The stale-if-error answer was used: the cost report shows it stale, with its age.</summary>
    public void Answered(TimeSpan age)
    {
        tally.CacheHit(age, stale: true);
        MirrorTelemetry.Answered();
    }

    public static bool IsRefusalOrOutage(LaunchLibraryException e) =>
        e.NotSent || e.IsThrottled || e.Kind switch
        {
            LaunchLibraryErrorKind.Unavailable or LaunchLibraryErrorKind.Timeout
                or LaunchLibraryErrorKind.BadResponse => true,
            LaunchLibraryErrorKind.Status => e.StatusCode is { } status && (int)status >= 500,
            _ => false,
        };
}
