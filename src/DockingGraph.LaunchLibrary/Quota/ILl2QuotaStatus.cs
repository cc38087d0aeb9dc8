namespace DockingGraph.LaunchLibrary.Quota;

/// <summary>What the quota governor knows of LL2's budget, for cost reports, health and the startup line.</summary>
public interface ILl2QuotaStatus
{
    /// <summary>Calls left in the current window (all replicas together when shared); null before the first reading.</summary>
    int? Remaining { get; }

    /// <summary>The budget per window in force: the smaller of the configured and LL2's reported limit.</summary>
    int Limit { get; }

    /// <summary>Where <see cref="Limit"/> comes from, e.g. "configured" or "LL2 api-throttle".</summary>
    string Source { get; }
}
