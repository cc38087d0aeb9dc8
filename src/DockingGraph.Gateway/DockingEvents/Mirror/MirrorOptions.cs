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
    /// The recent refresh runs once the mirror is this old, its 2 calls held as for the due one (the demand
    /// scheduler would otherwise take each call as it frees): the mirror answers most list requests, so its age is
    /// most of the list age served. The old-block cycle waits for the due refresh (<see cref="RecentRefresh"/>).
    /// Half an hour: the day replay's median list age is about 19 min instead of 33. ≥ RecentRefresh: off.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan EarlyRefresh { get; set; } = TimeSpan.FromMinutes(30);

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
