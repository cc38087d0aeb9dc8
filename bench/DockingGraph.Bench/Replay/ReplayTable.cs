using DockingGraph.Snapshot.Faults;

namespace DockingGraph.Bench.Replay;

/// <summary>The replay's printed figures: per hour, per shape, in total, and the targets met or missed.</summary>
public static class ReplayTable
{
    public static void Print(HourStats[] hours, Dictionary<string, (int Requests, int Errors)> byShape,
        long cacheHits, long foregroundCalls, long mirrorAnswers, long listConnections, RequestLog log,
        TimeSpan elapsed)
    {
        Console.WriteLine();
        Console.WriteLine("| hour | requests | LL2 calls | 429s | errors | stale | age p50 (s) | age p99 (s) " +
            "| list age p50 (s) | list age p99 (s) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (var h = 0; h < hours.Length; h++)
        {
            var s = hours[h];
            Console.WriteLine($"| {h:00} | {s.Requests} | {s.Calls} | {s.Throttled} | {s.Errors} | {s.Stale} " +
                $"| {Median(s.Ages)} | {P99(s.Ages)} | {Median(s.ListAges)} | {P99(s.ListAges)} |");
        }

        var ages = hours.SelectMany(h => h.Ages).ToList();
        var listAges = hours.SelectMany(h => h.ListAges).ToList();
        var requests = hours.Sum(h => h.Requests);
        var errors = hours.Sum(h => h.Errors);
        Console.WriteLine($"| all | {requests} | {hours.Sum(h => h.Calls)} | {hours.Sum(h => h.Throttled)} " +
            $"| {errors} | {hours.Sum(h => h.Stale)} | {Median(ages)} | {P99(ages)} | {Median(listAges)} " +
            $"| {P99(listAges)} |");
        Console.WriteLine();
        Console.WriteLine("| shape | requests | with errors |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (shape, (n, e)) in byShape.OrderByDescending(p => p.Value.Requests))
        {
            Console.WriteLine($"| {shape} | {n} | {e} |");
        }

        Console.WriteLine();
        var reads = cacheHits + foregroundCalls;
        Console.WriteLine($"cache hit ratio (LL2 reads of requests answered by the cross-request cache): " +
            $"{Ratio(cacheHits, reads)} ({cacheHits} of {reads})");
        Console.WriteLine($"mirror answers per dockingEvents connection (pages and lookups, so above 100 % is possible): " +
            $"{Ratio(mirrorAnswers, listConnections)} ({mirrorAnswers} of {listConnections})");
        var byPath = log.Entries.Where(e => !e.Path.EndsWith("/api-throttle/", StringComparison.Ordinal))
            .GroupBy(e => e.Path).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}");
        Console.WriteLine($"LL2 calls by path: {string.Join(", ", byPath)}");
        Console.WriteLine($"wall time {elapsed:hh\\:mm\\:ss}");
        Console.WriteLine();
        var maxCalls = hours.Max(h => h.Calls);
        Console.WriteLine($"targets: max calls in an hour {maxCalls} (≤ 15: {Met(maxCalls <= 15)}); " +
            $"429s {hours.Sum(h => h.Throttled)} (0: {Met(hours.Sum(h => h.Throttled) == 0)}); " +
            $"without error {Ratio(requests - errors, requests)} " +
            $"(≥ 99 %: {Met(requests - errors >= 0.99 * requests)}); " +
            $"list age median {Median(listAges)} s (≤ 1800: {Met(Value(listAges, 0.5) <= 1800)}), " +
            $"p99 {P99(listAges)} s (≤ 7200: {Met(Value(listAges, 0.99) <= 7200)})");
    }

    private static string Median(List<double> values) => Format(Value(values, 0.5));

    private static string P99(List<double> values) => Format(Value(values, 0.99));

    private static double Value(List<double> values, double p) => HourStats.Percentile(values, p);

    private static string Format(double value) => double.IsNaN(value) ? "–" : value.ToString("0");

    private static string Ratio(long part, long whole) => whole == 0 ? "–" : $"{100.0 * part / whole:0.0} %";

    private static string Met(bool met) => met ? "met" : "MISSED";
}
