using System.ComponentModel.DataAnnotations;

namespace DockingGraph.LaunchLibrary.Quota;

/// <summary>The <c>Ll2Budget</c> section: how many LL2 calls the gateway (all replicas together) may make.</summary>
public sealed class Ll2BudgetOptions
{
    public const string SectionName = "Ll2Budget";

    /// <summary>Calls per <see cref="Window"/>; LL2's free tier allows 15 per hour per IP.</summary>
    [Range(1, int.MaxValue)]
    public int Calls { get; set; } = 15;

    /// <summary>LL2's throttle window: a call counts for this long after it was made (a sliding window).</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Calls kept for reads a client waits for: background refreshes stop this many calls early.</summary>
    [Range(0, int.MaxValue)]
    public int Reserve { get; set; } = 3;

    /// <summary>Read LL2's free <c>api-throttle/</c> at startup and then this often; 00:00:00: at startup only.</summary>
    public TimeSpan SyncInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>False: never read <c>api-throttle/</c>, the configured budget alone is in force.</summary>
    public bool SyncWithApiThrottle { get; set; } = true;

    /// <summary>
    /// Replicas sharing the budget through Redis. While Redis is unreachable each replica falls back to its share
    /// (<see cref="Calls"/> / <see cref="Replicas"/>), so together they still stay within the budget.
    /// </summary>
    [Range(1, 1000)]
    public int Replicas { get; set; } = 1;
}
