using System.ComponentModel.DataAnnotations;
using DockingGraph.LaunchLibrary.Pipeline;

namespace DockingGraph.LaunchLibrary.Caching;

/// <summary>
/// The <c>Cache</c> section: how long LL2 data is kept across requests, by resource class. The same lifetimes
/// bound the GET answers' Cache-Control max-age (one source of truth).
/// </summary>
public sealed class Ll2CacheOptions
{
    public const string SectionName = "Cache";

    /// <summary>False: every request reads LL2 again (the per-request memo still shares identical reads).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Stations, docking locations: reference tables that change rarely.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan ReferenceTtl { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Single objects: a docking event, flight, spacecraft, launch.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan DetailTtl { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Lists that grow: docking-event pages, expeditions, launches by id.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan ListTtl { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long past its lifetime an entry may still be served (refreshing, or LL2 failing).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan MaxStale { get; set; } = TimeSpan.FromHours(24);

    /// <summary>After a failed background refresh, the key is not refreshed again for this long (budget).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan RefreshBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the refresh scheduler looks for entries in demand that are stale or about to be.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RefreshTick { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The fraction of its lifetime after which an entry in demand may be refreshed: 0.8 refreshes a 1-hour
    /// station table from 48 minutes on, so its readers never see it stale; 1: only once stale.
    /// </summary>
    [Range(0.1, 1.0)]
    public double RefreshAhead { get; set; } = 0.8;

    /// <summary>How fast a key's request count fades: a request this long ago counts half as much as one now.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan DemandHalfLife { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Cache keys whose demand is tracked; past it the least demanded are forgotten (not refreshed).</summary>
    [Range(16, 1_000_000)]
    public int DemandKeys { get; set; } = 4096;

    public TimeSpan TtlFor(Ll2ResourceClass resourceClass) => resourceClass switch
    {
        Ll2ResourceClass.ReferenceTable => ReferenceTtl,
        Ll2ResourceClass.ListPage => ListTtl,
        _ => DetailTtl,
    };
}
