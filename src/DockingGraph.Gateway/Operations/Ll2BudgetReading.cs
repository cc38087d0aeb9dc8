using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Operations;

/// <summary>
/// The last reading of LL2's <c>api-throttle/</c>, shared by every readiness probe: at most one call per
/// <see cref="HealthOptions.Ll2CheckInterval"/>, probes that arrive meanwhile wait for it or take the cached result.
/// The budget figures go to the metrics, never into the anonymous readiness body.
/// </summary>
public sealed class Ll2BudgetReading(TimeProvider clock, IOptions<HealthOptions> options)
{
    private readonly Lock _gate = new();
    private Task<HealthCheckResult>? _reading;
    private DateTimeOffset _readAt;

    /// <summary>The figures of the last successful reading (for the metrics); null before one.</summary>
    public ApiThrottleDto? Last { get; private set; }

    public Task<HealthCheckResult> GetAsync(LaunchLibraryClient client)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (_reading is null || now - _readAt >= options.Value.Ll2CheckInterval)
            {
                (_reading, _readAt) = (ReadAsync(client), now);
            }

            return _reading;
        }
    }

    // Not the probe's token: the reading is shared, one probe giving up must not fail the others.
    private async Task<HealthCheckResult> ReadAsync(LaunchLibraryClient client)
    {
        try
        {
            var budget = await client.GetApiThrottleAsync(CancellationToken.None);
            Last = budget;
            Ll2Telemetry.Budget(Math.Max(0, budget.YourRequestLimit - budget.CurrentUse));
            return budget.NextUseSecs > 0
                ? HealthCheckResult.Degraded($"LL2 answers but the call budget is spent for {budget.NextUseSecs} s.")
                : HealthCheckResult.Healthy("LL2 answers.");
        }
        catch (LaunchLibraryException e)
        {
            return HealthCheckResult.Unhealthy($"LL2 is not usable: {e.Message}");
        }
    }
}
