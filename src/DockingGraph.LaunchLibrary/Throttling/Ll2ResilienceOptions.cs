using System.ComponentModel.DataAnnotations;

namespace DockingGraph.LaunchLibrary.Throttling;

/// <summary>
/// The <c>Ll2Resilience</c> section. The per-attempt timeout is <c>LaunchLibrary:TimeoutSeconds</c>; a retry spends
/// budget, so there is at most one, for connection failures and timeouts only.
/// </summary>
public sealed class Ll2ResilienceOptions
{
    public const string SectionName = "Ll2Resilience";

    /// <summary>0 or 1: whether a call that could not connect or timed out is tried once more.</summary>
    [Range(0, 1)]
    public int MaxRetries { get; set; } = 1;

    /// <summary>The wait before the retry, jittered.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>All attempts of one call together, the retry's wait included.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(65);

    /// <summary>The circuit opens when this share of the calls sampled failed (connection, timeout, 5xx)…</summary>
    [Range(0.01, 1.0)]
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>…and at least this many calls were sampled…</summary>
    [Range(2, int.MaxValue)]
    public int BreakerMinimumThroughput { get; set; } = 10;

    /// <summary>…within this time.</summary>
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>While open, calls fail at once (UPSTREAM_UNAVAILABLE, no call) this long; then one probe goes.</summary>
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
