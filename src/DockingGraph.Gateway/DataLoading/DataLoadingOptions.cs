namespace DockingGraph.Gateway.DataLoading;

/// <summary>The <c>DataLoading</c> configuration section.</summary>
public sealed class DataLoadingOptions
{
    public const string SectionName = "DataLoading";

    /// <summary>
    /// Concurrent LL2 calls per loader where LL2 has no multi-id filter (flights, spacecraft, nested pages).
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(1, 64)]
    public int MaxParallelism { get; set; } = 4;
}
