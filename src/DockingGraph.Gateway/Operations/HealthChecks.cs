using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using DockingGraph.LaunchLibrary;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DockingGraph.Gateway.Operations;

/// <summary>Readiness of LL2 (or the embedded snapshot): <c>api-throttle/</c>, which LL2 does not count against the quota.</summary>
public sealed class Ll2HealthCheck(LaunchLibraryClient client) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var budget = await client.GetApiThrottleAsync(cancellationToken);
            var left = Math.Max(0, budget.YourRequestLimit - budget.CurrentUse);
            Ll2Telemetry.Budget(left);
            var data = new Dictionary<string, object>
            {
                ["limit"] = budget.YourRequestLimit,
                ["used"] = budget.CurrentUse,
                ["left"] = left,
                ["nextUseSeconds"] = budget.NextUseSecs,
            };
            return budget.NextUseSecs > 0
                ? HealthCheckResult.Degraded($"LL2 answers but the call budget is spent for {budget.NextUseSecs} s.", data: data)
                : HealthCheckResult.Healthy("LL2 answers.", data);
        }
        catch (LaunchLibraryException e)
        {
            return HealthCheckResult.Unhealthy($"LL2 is not usable: {e.Message}");
        }
    }
}

/// <summary>Readiness of Redis when <c>Redis:Configuration</c> (host:port) is set: a RESP PING over TCP.</summary>
public sealed class RedisHealthCheck(IConfiguration configuration) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var endpoint = configuration["Redis:Configuration"]!.Split(',')[0];
        var (host, port) = endpoint.LastIndexOf(':') is var colon and > 0 ? (endpoint[..colon], int.Parse(endpoint[(colon + 1)..])) : (endpoint, 6379);
        try
        {
            using var tcp = new TcpClient();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await tcp.ConnectAsync(host, port, timeout.Token);
            var stream = tcp.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), timeout.Token);
            var buffer = new byte[64];
            var read = await stream.ReadAsync(buffer, timeout.Token);
            var answer = Encoding.ASCII.GetString(buffer, 0, read);
            return answer.StartsWith("+PONG", StringComparison.Ordinal)
                ? HealthCheckResult.Healthy($"Redis at {host}:{port} answers PING.")
                : HealthCheckResult.Unhealthy($"Redis at {host}:{port} answered '{answer.Trim()}'.");
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or IOException)
        {
            return HealthCheckResult.Unhealthy($"Redis at {host}:{port} is not reachable: {e.Message}");
        }
    }
}

public static class HealthEndpoints
{
    /// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: LL2 (and Redis when configured) answer.</summary>
    public static void MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = WriteAsync });
    }

    public static IServiceCollection AddGatewayHealthChecks(this IServiceCollection services, IConfiguration configuration)
    {
        var checks = services.AddHealthChecks().AddCheck<Ll2HealthCheck>("ll2", tags: ["ready"]);
        if (!string.IsNullOrWhiteSpace(configuration["Redis:Configuration"]))
        {
            checks.AddCheck<RedisHealthCheck>("redis", tags: ["ready"]);
        }

        return services;
    }

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        return http.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        }, JsonSerializerOptions.Web));
    }
}
