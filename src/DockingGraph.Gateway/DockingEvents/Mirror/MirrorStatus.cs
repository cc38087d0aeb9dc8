namespace DockingGraph.Gateway.DockingEvents.Mirror;

/// <summary>
/// What the mirror holds, for readiness and metrics. Public data only (LL2's own event count, ages): no budget
/// figures, no hosts, so it is published to anonymous readiness callers.
/// </summary>
public sealed record MirrorStatus(
    bool Enabled,
    bool Complete,
    bool Answering,
    int Events,
    double? AgeSeconds,
    double? NextRefreshSeconds);
