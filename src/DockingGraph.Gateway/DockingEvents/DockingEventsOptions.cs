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
}

public enum ChaserUpgrades
{
    DetailedMode,
    Loaders,
}
