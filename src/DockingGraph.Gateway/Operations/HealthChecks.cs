using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Throttling;
using Microsoft.Extensions.Diagnostics.HealthChecks;

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
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.SectionName);
        services.AddSingleton<Ll2BudgetReading>();
        var checks = services.AddHealthChecks().AddCheck<Ll2HealthCheck>("ll2", tags: ["ready"]);
        if (!string.IsNullOrWhiteSpace(configuration["Redis:Configuration"]))
        {
            checks.AddCheck<RedisHealthCheck>("redis", tags: ["ready"]);
        }

        return services;
    }

    // Anonymous callers get the status of each check only: no budget figures, no hosts (descriptions are logged).
    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        return http.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString() }),
        }, JsonSerializerOptions.Web));
    }
}
