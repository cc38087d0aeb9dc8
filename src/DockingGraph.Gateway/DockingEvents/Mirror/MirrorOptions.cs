using System.ComponentModel.DataAnnotations;

namespace DockingGraph.Gateway.DockingEvents.Mirror;

/// <summary>The <c>Mirror</c> section: the gateway's local copy of LL2's whole docking-events collection.</summary>
public sealed class MirrorOptions
{
    public const string SectionName = "Mirror";

    /// <summary>True (default): keep the collection and answer every dockingEvents page from it while fresh.</summary>
    public bool DockingEvents { get; set; } = true;

    /// <summary>How often the newest events (new dockings, departures of docked vehicles) are read again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RecentRefresh { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// With budget to spare (calls left beyond <c>Ll2Budget:Reserve</c> for two refreshes, so client reads keep
    /// room), the recent refresh runs once the mirror is this old instead of waiting for
    /// <see cref="RecentRefresh"/>: calls nobody else wants make list answers younger. Nothing is held for it.
    /// Off by default (an hour, the due refresh comes first): in the day replay it stalled LL2 reads (README).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan EarlyRefresh { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The mirror answers only while its newest events were read within this long; older, pages are pushed down
    /// to LL2 again. An hour: list data older than that is never served while budget remains.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How old a complete mirror may be and still answer when LL2 refuses or fails the read that would replace it
    /// (budget spent, 429, the pause or circuit, 5xx, timeout): stale-if-error, flagged stale. Never for a 404.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan MaxStale { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often the refresher looks at the mirror (it also wakes when a query finds it cold).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Tick { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// With the cache on Redis, how long a replica waits for another replica's read of the same block (whose
    /// answer it then takes from Redis) before it gives up until a later tick. Past the slowest LL2 call.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan LeaseWait { get; set; } = TimeSpan.FromSeconds(45);
}
