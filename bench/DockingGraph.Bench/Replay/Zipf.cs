namespace DockingGraph.Bench.Replay;

/// <summary>Draws ranks 0…n-1 with weight 1/(rank+1)^s: a few arguments are asked often, most rarely.</summary>
public sealed class Zipf
{
    private readonly double[] _cumulative;
    private readonly Random _random;

    public Zipf(int n, Random random, double s = 1.1)
    {
        _random = random;
        _cumulative = new double[n];
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += 1 / Math.Pow(i + 1, s);
            _cumulative[i] = sum;
        }
    }

    public int Next()
    {
        var u = _random.NextDouble() * _cumulative[^1];
        var i = Array.BinarySearch(_cumulative, u);
        return i >= 0 ? i : ~i;
    }

    public T From<T>(IReadOnlyList<T> ranked) => ranked[Math.Min(Next(), ranked.Count - 1)];
}
