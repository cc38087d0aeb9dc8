namespace DockingGraph.Gateway.DataLoading;

/// <summary>The <c>DataLoading</c> configuration section.</summary>
public sealed class DataLoadingOptions
{
    public const string SectionName = "DataLoading";

    /// <summary>Concurrent LL2 calls per loader where LL2 has no multi-id filter (flights, spacecraft, nested pages).</summary>
    public int MaxParallelism { get; set; } = 4;
}
