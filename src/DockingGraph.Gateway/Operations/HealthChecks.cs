using System.Text.Json;
using DockingGraph.Gateway.DockingEvents.Mirror;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Throttling;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace DockingGraph.Gateway.Operations;

/// <summary>
/// Readiness of LL2 (or the embedded snapshot): <c>api-throttle/</c>, which LL2 does not count against the quota,
/// read at most once per <see cref="HealthOptions.Ll2CheckInterval"/>; Degraded while calls are paused after a 429.
/// </summary>
public sealed class Ll2HealthCheck(LaunchLibraryClient client, Ll2BudgetReading reading, ILl2Pause pause) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var result = await reading.GetAsync(client).WaitAsync(cancellationToken);
        return result.Status == HealthStatus.Healthy && await pause.RemainingAsync(cancellationToken) is { } left
            ? HealthCheckResult.Degraded($"LL2 calls are paused for {Math.Ceiling(left.TotalSeconds)} s after a 429.")
            : result;
    }
}

public static class HealthEndpoints
{
    /// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: LL2 (and Redis when configured, its PING
    /// through the shared connection) answer.</summary>
    public static void MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = WriteAsync });
    }

    public static IServiceCollection AddGatewayHealthChecks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.SectionName);
        services.AddSingleton<Ll2BudgetReading>();
        var checks = services.AddHealthChecks().AddCheck<Ll2HealthCheck>("ll2", tags: ["ready"]);
        if (!string.IsNullOrWhiteSpace(configuration["Redis:Configuration"]))
        {
            // Degraded, not Unhealthy: without Redis a replica still answers (L1 cache, its local share of the LL2
            // budget), and taking every replica out of rotation at once would turn a Redis outage into a full one.
            checks.AddRedis(provider => provider.GetRequiredService<IConnectionMultiplexer>(), "redis",
                HealthStatus.Degraded, ["ready"], TimeSpan.FromSeconds(2));
        }

        return services;
    }

    // Anonymous callers get the status of each check only: no budget figures, no hosts (descriptions are logged).
    // The docking-events mirror's state is the one exception, as data: whether it is complete, its age, the number
    // of LL2 events it holds and when it is refreshed are public facts about public data, with no budget figure.
    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        return http.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => Publishable(e.Key, e.Value)),
        }, JsonSerializerOptions.Web));
    }

    private static object Publishable(string check, HealthReportEntry entry) =>
        check == MirrorServiceCollectionExtensions.HealthCheckName
            ? new { status = entry.Status.ToString(), data = entry.Data }
            : new { status = entry.Status.ToString() };
}
