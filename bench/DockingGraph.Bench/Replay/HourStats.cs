namespace DockingGraph.Bench.Replay;

/// <summary>What one simulated hour of the replay saw.</summary>
public sealed class HourStats
{
    public int Requests { get; set; }

    public int Calls { get; set; }

    public int Throttled { get; set; }

    public int Errors { get; set; }

    public int Stale { get; set; }

    public List<double> Ages { get; } = [];

    public List<double> ListAges { get; } = [];

    public static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];
    }
}
