using System.Diagnostics;
using System.Diagnostics.Metrics;
using DockingGraph.LaunchLibrary.Pipeline;

namespace DockingGraph.LaunchLibrary.Caching;

/// <summary>
/// What the cross-request cache answered: an activity per read and a counter (<c>ll2.cache</c>); what the refresh
/// scheduler did: refreshes by result, the keys due but left for lack of budget, the keys whose demand is tracked.
/// </summary>
internal static class Ll2CacheTelemetry
{
    public const string Tag = "ll2.cache";

    private static readonly Meter Meter = new(Ll2Telemetry.Name);

    private static readonly Counter<long> Reads = Meter.CreateCounter<long>("dockinggraph.ll2.cache.reads",
        description: "Reads that reached the cross-request cache, by ll2.cache: hit, stale or miss (an LL2 call).");

    private static readonly Counter<long> Refreshes = Meter.CreateCounter<long>("dockinggraph.ll2.cache.refreshes",
        description: "Background refreshes the scheduler started, by result: refreshed, failed, notsent, skipped.");

    private static long _queued = -1;
    private static long _tracked = -1;

    static Ll2CacheTelemetry()
    {
        Meter.CreateObservableGauge("dockinggraph.ll2.cache.refresh.queue",
            () => Interlocked.Read(ref _queued) is var queued and >= 0 ? new[] { new Measurement<long>(queued) } : [],
            description: "Keys in demand, stale or about to be, left unrefreshed by the last tick (budget spent).");
        Meter.CreateObservableGauge("dockinggraph.ll2.cache.demand.keys",
            () => Interlocked.Read(ref _tracked) is var keys and >= 0 ? new[] { new Measurement<long>(keys) } : [],
            description: "Cache keys whose demand is tracked for the refresh scheduler.");
    }

    public static Activity? Start(Ll2Read read)
    {
        var activity = Ll2Telemetry.Source.StartActivity($"LL2 cache {read.Resource}");
        activity?.SetTag("ll2.path", read.Path);
        return activity;
    }

    public static void Result(Activity? activity, Ll2Read read, string result)
    {
        activity?.SetTag(Tag, result);
        Reads.Add(1, new KeyValuePair<string, object?>(Tag, result),
            new KeyValuePair<string, object?>("resource", read.Resource));
    }

    public static void Refresh(Ll2RefreshResult result) =>
        Refreshes.Add(1, new KeyValuePair<string, object?>("result", result.ToString().ToLowerInvariant()));

    public static void Queue(int queued, int tracked)
    {
        Interlocked.Exchange(ref _queued, queued);
        Interlocked.Exchange(ref _tracked, tracked);
    }
}
