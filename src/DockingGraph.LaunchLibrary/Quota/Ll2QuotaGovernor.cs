using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Pipeline;
using DockingGraph.LaunchLibrary.Throttling;
using Microsoft.Extensions.Options;

namespace DockingGraph.LaunchLibrary.Quota;

/// <summary>
/// The stage in front of every LL2 call (below memo and cache): a call leaves only when the budget allows it, else it
/// fails at once with the 429 error LL2 would send, <see cref="LaunchLibraryException.RetryAfter"/> = when the
/// window frees a call. Background reads stop <see cref="Ll2BudgetOptions.Reserve"/> calls early; client reads
/// leave the calls held for a due demanded refresh (<see cref="Ll2RefreshHolds"/>), which may use the whole budget.
/// The budget is the smaller of the configured one and what LL2's <c>api-throttle/</c> reports
/// (<see cref="Synchronize"/>).
/// </summary>
public sealed class Ll2QuotaGovernor(
    ILl2BudgetLog log, TimeProvider clock, IOptions<Ll2BudgetOptions> options, Ll2RefreshHolds? holds = null)
    : ILl2Stage, ILl2QuotaStatus, ILl2RetryBudget
{
    public const string ConfiguredSource = "configured";
    public const string ApiThrottleSource = "LL2 api-throttle";

    private volatile ReportedBudget? _reported;
    private int _used = -1;

    public int Limit =>
        _reported is { Limit: var reported } && reported < options.Value.Calls ? reported : options.Value.Calls;

    public string Source => _reported is { Limit: var reported } && reported < options.Value.Calls
        ? ApiThrottleSource
        : ConfiguredSource;

    public int? Remaining => Volatile.Read(ref _used) is >= 0 and var used ? Math.Max(0, Limit - used) : null;

    /// <summary>The window in force: LL2's, when it reports a longer one than configured.</summary>
    public TimeSpan Window => _reported is { Window: var reported } && reported > options.Value.Window
        ? reported
        : options.Value.Window;

    /// <summary>False while the budget is this replica's local share because Redis is away.</summary>
    public bool IsShared => log.IsShared;

    public async Task<object> ReadAsync(Ll2Read read, Ll2ReadNext next, CancellationToken cancellationToken)
    {
        var take = await log.TryTakeAsync(Cap(read.Origin), clock.GetUtcNow(), Window);
        Observe(take.Used);
        if (!take.Taken)
        {
            Ll2Telemetry.BudgetRefused(read.Resource);
            throw Ll2Refusals.BudgetSpent(read.Path, Limit, Window, FreesWithinWindow(take.RetryAfter));
        }

        try
        {
            return await next(read, cancellationToken);
        }
        catch (LaunchLibraryException e) when (e.NotSent || e.Kind == LaunchLibraryErrorKind.RequestCapReached)
        {
            await log.RefundAsync(take.Ticket);
            Observe(Math.Max(0, take.Used - 1));
            throw;
        }
    }

    public async ValueTask<bool> TryTakeRetryAsync(Ll2ReadOrigin origin)
    {
        var take = await log.TryTakeAsync(Cap(origin), clock.GetUtcNow(), Window);
        Observe(take.Used);
        return take.Taken;
    }

    /// <summary>
    /// Takes LL2's reading in: its limit (when smaller) and window (when longer), and its <c>current_use</c> as a
    /// floor of the calls in the window: calls made by anyone else behind the same IP or key count too.
    /// </summary>
    public async Task Synchronize(ApiThrottleDto reading)
    {
        _reported = new ReportedBudget(
            reading.YourRequestLimit > 0 ? reading.YourRequestLimit : int.MaxValue,
            reading.LimitFrequencySecs > 0 ? TimeSpan.FromSeconds(reading.LimitFrequencySecs) : TimeSpan.Zero);
        Observe(await log.RaiseToAsync(reading.CurrentUse, clock.GetUtcNow(), Window));
    }

    // Each replica reads its clock before its take reaches the shared log, so a take stamped a few ms after this
    // reader's "now" makes the oldest call free in window + a few ms (3601 s after rounding up). No call counts for
    // longer than the window.
    private TimeSpan FreesWithinWindow(TimeSpan frees) =>
        frees < TimeSpan.Zero ? TimeSpan.Zero : frees > Window ? Window : frees;

    private int Cap(Ll2ReadOrigin origin) => origin switch
    {
        Ll2ReadOrigin.Background => Limit - options.Value.Reserve,
        Ll2ReadOrigin.Refresh => Limit,
        _ => Limit - (holds?.Held ?? 0),
    };

    private void Observe(int used)
    {
        Volatile.Write(ref _used, used);
        Ll2Telemetry.Budget(Math.Max(0, Limit - used));
    }

    private sealed record ReportedBudget(int Limit, TimeSpan Window);
}
