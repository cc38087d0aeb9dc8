namespace DockingGraph.Gateway.DataLoading;

/// <summary>The <c>DataLoading</c> configuration section.</summary>
public sealed class DataLoadingOptions
{
    public const string SectionName = "DataLoading";

    /// <summary>
    /// True (default): batch keys, memoize per request, fetch whole tables. False: the naive path, one upstream call
    /// per field and key, kept for the benchmark that shows what batching buys.
    /// </summary>
    public bool Batching { get; set; } = true;

    /// <summary>Concurrent LL2 calls per loader where LL2 has no multi-id filter (flights, spacecraft, nested pages).</summary>
    public int MaxParallelism { get; set; } = 4;
}
