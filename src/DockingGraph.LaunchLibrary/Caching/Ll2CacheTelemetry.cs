using System.Diagnostics;
using System.Diagnostics.Metrics;
using DockingGraph.LaunchLibrary.Pipeline;

namespace DockingGraph.LaunchLibrary.Caching;

/// <summary>What the cross-request cache answered: an activity per read and a counter (<c>ll2.cache</c>).</summary>
internal static class Ll2CacheTelemetry
{
    public const string Tag = "ll2.cache";

    private static readonly Meter Meter = new(Ll2Telemetry.Name);

    private static readonly Counter<long> Reads = Meter.CreateCounter<long>("dockinggraph.ll2.cache.reads",
        description: "Reads that reached the cross-request cache, by ll2.cache: hit, stale or miss (an LL2 call).");

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
}
