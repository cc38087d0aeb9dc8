using System.Net;

namespace DockingGraph.LaunchLibrary.Throttling;

/// <summary>
/// The errors of calls that were refused before they left: the same <see cref="LaunchLibraryException"/> a real 429
/// or an unreachable LL2 maps to, so the gateway answers with the same codes (and a cache above can serve stale).
/// </summary>
public static class Ll2Refusals
{
    public static LaunchLibraryException Paused(string path, TimeSpan left) =>
        new(LaunchLibraryErrorKind.Status, path, HttpStatusCode.TooManyRequests,
            $"Not sent: LL2 calls are paused for {WholeSeconds(left).TotalSeconds:0} s after LL2 answered 429.",
            retryAfter: WholeSeconds(left)) { NotSent = true };

    public static LaunchLibraryException BudgetSpent(string path, int limit, TimeSpan window, TimeSpan frees) =>
        new(LaunchLibraryErrorKind.Status, path, HttpStatusCode.TooManyRequests,
            $"Not sent: the LL2 budget of {limit} calls per {window} is spent; a call frees in " +
            $"{WholeSeconds(frees).TotalSeconds:0} s.",
            retryAfter: WholeSeconds(frees)) { NotSent = true };

    public static LaunchLibraryException CircuitOpen(string path, Exception inner) =>
        new(LaunchLibraryErrorKind.Unavailable, path,
            detail: "Not sent: LL2 failed repeatedly, calls are held back for a while (circuit open).",
            inner: inner) { NotSent = true };

    /// <summary>Rounded up to a whole second, at least one: a client told "retry in 0 s" would retry at once.</summary>
    public static TimeSpan WholeSeconds(TimeSpan wait) =>
        TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(wait.TotalSeconds)));
}
