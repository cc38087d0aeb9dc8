namespace DockingGraph.LaunchLibrary.Quota;

/// <summary>
/// The answer of a budget log to "may one more LL2 call go?": taken (with the ticket that refunds it) or refused
/// (with the time until the window frees a call). <see cref="Used"/> counts the calls in the window afterwards.
/// </summary>
public readonly record struct Ll2BudgetTake(bool Taken, int Used, TimeSpan RetryAfter, string Ticket)
{
    public static Ll2BudgetTake Refused(int used, TimeSpan retryAfter) => new(false, used, retryAfter, "");
}

/// <summary>
/// The calls made in LL2's sliding window (LL2's throttle is DRF's: a call counts for one window after it was made),
/// in this process or shared by every replica.
/// </summary>
public interface ILl2BudgetLog
{
    /// <summary>True while the log is shared through Redis; false for a local log or a Redis fallback.</summary>
    bool IsShared { get; }

    /// <summary>Takes one call when fewer than <paramref name="cap"/> were made in the window.</summary>
    ValueTask<Ll2BudgetTake> TryTakeAsync(int cap, DateTimeOffset now, TimeSpan window);

    /// <summary>Gives back a call that never left (the circuit was open, the 429 pause refused it).</summary>
    ValueTask RefundAsync(string ticket);

    /// <summary>At least <paramref name="used"/> calls in the window (LL2's <c>current_use</c>); the count.</summary>
    ValueTask<int> RaiseToAsync(int used, DateTimeOffset now, TimeSpan window);
}
