using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DockingGraph.Gateway.DockingEvents.Mirror;

/// <summary>
/// The mirror on <c>/health/ready</c>: always Healthy (a cold or old mirror only means pages are pushed down to LL2,
/// as without it), with its state as data.
/// </summary>
public sealed class MirrorHealthCheck(DockingEventsMirror mirror) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context,
        CancellationToken cancellationToken = default)
    {
        var status = mirror.Status();
        var data = new Dictionary<string, object>
        {
            ["enabled"] = status.Enabled,
            ["complete"] = status.Complete,
            ["answering"] = status.Answering,
            ["events"] = status.Events,
        };
        if (status.AgeSeconds is { } age)
        {
            data["ageSeconds"] = Math.Round(age, 3);
        }

        if (status.NextRefreshSeconds is { } next)
        {
            data["nextRefreshSeconds"] = Math.Round(next, 3);
        }

        return Task.FromResult(HealthCheckResult.Healthy(
            status.Answering ? "The docking-events mirror answers." : "Docking-event pages go to LL2.", data));
    }
}
