namespace DockingGraph.Gateway.DockingEvents;

/// <summary>The <c>DockingEvents</c> configuration section.</summary>
public sealed class DockingEventsOptions
{
    public const string SectionName = "DockingEvents";

    /// <summary>
    /// How a chaser's full launch (net, pad, rocket, …) or full station is fetched. <c>DetailedMode</c> (default):
    /// the page itself is asked with mode=detailed, no extra call. <c>Loaders</c>: pages stay mode=normal and the
    /// launches come from launches/?id=… (one call per 100 launches), for when LL2's heavier detailed pages time out.
    /// </summary>
    public ChaserUpgrades ChaserUpgrades { get; set; } = ChaserUpgrades.DetailedMode;

    /// <summary>
    /// True (default): a page is read as the aligned blocks of 100 that hold it (<c>limit=100&amp;offset=100·k</c>,
    /// same filters, search and ordering) and sliced, so neighbouring pages share one call through the cache.
    /// False: each page is its own LL2 call with the page's own limit and offset.
    /// </summary>
    public bool AlignedBlocks { get; set; } = true;
}

public enum ChaserUpgrades
{
    DetailedMode,
    Loaders,
}
