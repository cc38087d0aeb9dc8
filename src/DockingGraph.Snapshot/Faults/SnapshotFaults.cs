namespace DockingGraph.Snapshot.Faults;

/// <summary>
/// Fault injection knobs. Replace the whole record (<c>upstream.Faults = new() { … }</c>, or
/// <c>PUT /_snapshot/faults</c> standalone); the default injects nothing.
/// </summary>
public sealed record SnapshotFaults
{
    /// <summary>Added to every LL2 request before it is answered (timeouts are this plus a client timeout).</summary>
    public int LatencyMilliseconds { get; init; }

    /// <summary>
    /// LL2's rate limit: the call after this many counted calls in the window answers 429. Null: unlimited (as lldev).
    /// </summary>
    public int? ThrottleAfter { get; init; }

    /// <summary>LL2's throttle window (`limit_frequency_secs`), 3600 on the free tier.</summary>
    public int ThrottleWindowSeconds { get; init; } = 3600;

    /// <summary>
    /// A 429 carries <c>Retry-After</c>. DRF's default exception handler sets it; whether LL2's own handler keeps it
    /// has not been observed, so false answers without it.
    /// </summary>
    public bool ThrottleRetryAfter { get; init; } = true;

    /// <summary>
    /// A 429's detail names the wait ("Expected available in N seconds."). False: DRF's text for a throttle whose
    /// wait is unknown, "Request was throttled.", which DRF sends without <c>Retry-After</c> either.
    /// </summary>
    public bool ThrottleWaitInDetail { get; init; } = true;

    /// <summary>
    /// Share of requests (0–1) answered with <see cref="ServerErrorStatus"/>; drawn from a seeded generator, so
    /// repeatable.
    /// </summary>
    public double ServerErrorRate { get; init; }

    public int ServerErrorStatus { get; init; } = 500;

    /// <summary>A 200 answer whose JSON body is cut in half.</summary>
    public bool MalformedBody { get; init; }

    /// <summary>When set, faults apply only to paths containing this text (e.g. "spacecraft/").</summary>
    public string? PathContains { get; init; }

    public int Seed { get; init; } = 1;

    public bool AppliesTo(string path) => PathContains is null || path.Contains(PathContains, StringComparison.Ordinal);
}
