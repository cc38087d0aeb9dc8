using System.Diagnostics;
using System.Diagnostics.Metrics;
using DockingGraph.LaunchLibrary.Throttling;

namespace DockingGraph.LaunchLibrary;

/// <summary>Traces and metrics of the gateway's LL2 use (source and meter "DockingGraph").</summary>
public static class Ll2Telemetry
{
    public const string Name = "DockingGraph";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Calls = Meter.CreateCounter<long>("dockinggraph.ll2.calls", description: "LL2 calls made, by resource and status.");

    private static readonly Counter<long> Lookups = Meter.CreateCounter<long>("dockinggraph.ll2.cache.lookups", description: "LL2 reads by result: hit (served from the request's memo) or miss (an LL2 call).");

    private static readonly Counter<long> Throttled = Meter.CreateCounter<long>("dockinggraph.ll2.throttled", description: "429 answers from LL2.");

    private static readonly Counter<long> Paused = Meter.CreateCounter<long>(
        "dockinggraph.ll2.paused", description: "LL2 calls not sent: the pause after a 429 was in force.");

    private static readonly Counter<long> BudgetRefusals = Meter.CreateCounter<long>(
        "dockinggraph.ll2.budget.refused", description: "LL2 calls not sent: the quota governor's budget was spent.");

    // Every LL2 read gets an activity, recorded or not: the 429 pause marks it when it refuses the call (an
    // activity is the one context that flows from Ll2Requests down to the HTTP handler).
    private static readonly ActivityListener Marks = new()
    {
        ShouldListenTo = source => source.Name == Name,
        Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.PropagationData,
    };

    private static long _budgetLeft = -1;

    static Ll2Telemetry()
    {
        ActivitySource.AddActivityListener(Marks);
        Meter.CreateObservableGauge("dockinggraph.ll2.budget.remaining", () => Interlocked.Read(ref _budgetLeft) is var left and >= 0 ? new[] { new Measurement<long>(left) } : [],
            description: "LL2 calls left in the current window, from the last api-throttle reading.");
    }

    public static void Lookup(bool hit) => Lookups.Add(1, new KeyValuePair<string, object?>("result", hit ? "hit" : "miss"));

    /// <summary>Counts one LL2 call; a call the 429 pause refused (it never left) counts as paused instead.</summary>
    public static void Call(string resource, int? status)
    {
        if (status == 429 && Activity.Current?.GetTagItem(Ll2PauseHandler.PausedTag) is true)
        {
            Paused.Add(1, new KeyValuePair<string, object?>("resource", resource));
            return;
        }

        Calls.Add(1, new KeyValuePair<string, object?>("resource", resource), new KeyValuePair<string, object?>("status", status?.ToString() ?? "none"));
        if (status == 429)
        {
            Throttled.Add(1);
        }
    }

    public static void BudgetRefused(string resource) =>
        BudgetRefusals.Add(1, new KeyValuePair<string, object?>("resource", resource));

    public static void Budget(int left) => Interlocked.Exchange(ref _budgetLeft, left);
}
