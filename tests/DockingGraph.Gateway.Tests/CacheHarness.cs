using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DockingGraph.Snapshot;
using DockingGraph.Snapshot.Faults;
using DockingGraph.Snapshot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// One standalone snapshot and one or more gateways with the cross-request cache on (the product default), all on
/// one <see cref="FakeTimeProvider"/>; gateways share the Redis when one is given. A fresh set per test: cached
/// entries must not leak from one test into another's call counts.
/// </summary>
public sealed class CacheHarness : IAsyncDisposable
{
    private readonly List<GatewayHost> _gateways = [];
    private readonly List<HttpClient> _clients = [];
    private RunningSnapshot _snapshot = null!;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));

    public SnapshotUpstream Upstream => _snapshot.Upstream;

    public RequestLog Requests => Upstream.Requests;

    public HttpClient Client(int gateway = 0) => _clients[gateway];

    public IServiceProvider Services(int gateway = 0) => _gateways[gateway].Services;

    public static async Task<CacheHarness> StartAsync(int gateways = 1, RedisServerProcess? redis = null, params string[] arguments)
    {
        var harness = new CacheHarness();
        harness._snapshot = await SnapshotServer.StartAsync(new SnapshotUpstream(clock: harness.Clock));
        for (var i = 0; i < gateways; i++)
        {
            var gateway = await GatewayHost.StartAsync(
                [
                    "--LaunchLibrary:BaseUrl", harness._snapshot.BaseAddress.ToString(),
                    .. redis is null ? Array.Empty<string>() : ["--Redis:Configuration", redis.Configuration],
                    .. arguments,
                ],
                services => services.AddSingleton<TimeProvider>(harness.Clock));
            harness._gateways.Add(gateway);
            harness._clients.Add(new HttpClient { BaseAddress = new Uri(gateway.Url), Timeout = TimeSpan.FromSeconds(60) });
        }

        return harness;
    }

    public void Reset(SnapshotFaults? faults = null)
    {
        Upstream.Faults = faults ?? new SnapshotFaults();
        Requests.Clear();
    }

    /// <summary>POST with <c>GraphQL-LL2-Cost: report</c>, so every answer says what it spent.</summary>
    public async Task<GraphQLAnswer> PostAsync(string query, int gateway = 0, bool report = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        if (report)
        {
            request.Headers.Add("GraphQL-LL2-Cost", "report");
        }

        using var response = await _clients[gateway].SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLAnswer((int)response.StatusCode, response.Content.Headers.ContentType, JsonNode.Parse(text)!, response);
    }

    public async Task<HttpResponseMessage> GetAsync(string query, int gateway = 0) =>
        await _clients[gateway].GetAsync($"/graphql?query={Uri.EscapeDataString(query)}");

    /// <summary>Waits until the snapshot has seen <paramref name="calls"/> calls, then a little longer for any extra.</summary>
    public async Task<int> CallsSettledAsync(int calls, int settleMilliseconds = 500)
    {
        for (var i = 0; i < 200 && Requests.Count < calls; i++)
        {
            await Task.Delay(50);
        }

        await Task.Delay(settleMilliseconds);
        return Requests.Count;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        foreach (var gateway in _gateways)
        {
            await gateway.DisposeAsync();
        }

        await _snapshot.DisposeAsync();
    }
}

public static class Ll2Extensions
{
    public static JsonNode? Ll2(this GraphQLAnswer answer) => answer.Body["extensions"]?["ll2"];

    public static bool IsStale(this GraphQLAnswer answer) => (bool?)answer.Ll2()?["stale"] == true;
}
