using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DockingGraph.Snapshot;
using DockingGraph.Snapshot.Faults;
using DockingGraph.Snapshot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DockingGraph.Gateway.Tests.Mirror;

/// <summary>
/// One standalone snapshot and gateways against it on 127.0.0.1, each started with its own arguments (after
/// <see cref="GatewayHost.TestDefaults"/>, which keep the mirror and aligned blocks off), optionally on one
/// <see cref="FakeTimeProvider"/>. A fresh set per test class or test: the mirror is state.
/// </summary>
public sealed class MirrorGateways : IAsyncDisposable
{
    private readonly List<GatewayHost> _gateways = [];
    private readonly List<HttpClient> _clients = [];
    private RunningSnapshot _snapshot = null!;

    public FakeTimeProvider? Clock { get; private set; }

    public SnapshotUpstream Upstream => _snapshot.Upstream;

    public RequestLog Requests => Upstream.Requests;

    /// <summary>The docking-events calls logged (readiness probes also read the free api-throttle/).</summary>
    public IReadOnlyList<RecordedRequest> EventCalls =>
        Requests.Entries.Where(e => e.Path == "/2.3.0/docking_events/").ToList();

    public static async Task<MirrorGateways> StartAsync(bool fakeClock, params string[][] gateways)
    {
        var set = new MirrorGateways
        {
            Clock = fakeClock ? new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero)) : null,
        };
        set._snapshot = await SnapshotServer.StartAsync(new SnapshotUpstream(clock: set.Clock));
        foreach (var arguments in gateways)
        {
            var gateway = await GatewayHost.StartAsync(
                ["--LaunchLibrary:BaseUrl", set._snapshot.BaseAddress.ToString(), .. arguments],
                set.Clock is { } clock ? services => services.AddSingleton<TimeProvider>(clock) : null);
            set._gateways.Add(gateway);
            set._clients.Add(new HttpClient { BaseAddress = new Uri(gateway.Url), Timeout = TimeSpan.FromSeconds(60) });
        }

        return set;
    }

    public IServiceProvider Services(int gateway) => _gateways[gateway].Services;

    /// <param name="costReport">Ask for <c>extensions.operationCost</c> (the LL2 estimate) with the answer.</param>
    public async Task<GraphQLAnswer> PostAsync(int gateway, string query, object? variables = null,
        bool costReport = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8,
                "application/json"),
        };
        request.Headers.Add("GraphQL-LL2-Cost", "report");
        if (costReport)
        {
            request.Headers.Add("GraphQL-Cost", "report");
        }
        using var response = await _clients[gateway].SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLAnswer((int)response.StatusCode, response.Content.Headers.ContentType,
            JsonNode.Parse(text)!, response);
    }

    /// <summary>The mirror's readiness data on one gateway (null without a mirror check).</summary>
    public async Task<JsonNode?> MirrorStateAsync(int gateway) =>
        JsonNode.Parse(await _clients[gateway].GetStringAsync("/health/ready"))!["checks"]?["mirror"]?["data"];

    /// <summary>Waits until the gateway's mirror answers (it fills in the background after first use).</summary>
    public async Task WaitUntilAnsweringAsync(int gateway)
    {
        for (var i = 0; i < 400; i++)
        {
            if ((bool?)(await MirrorStateAsync(gateway))?["answering"] == true)
            {
                return;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException("The docking-events mirror did not become complete.");
    }

    /// <summary>Waits until the snapshot has seen <paramref name="calls"/> docking-events calls, then a little
    /// longer for any extra.</summary>
    public async Task<int> CallsSettledAsync(int calls, int settleMilliseconds = 300)
    {
        for (var i = 0; i < 400 && EventCalls.Count < calls; i++)
        {
            await Task.Delay(25);
        }

        await Task.Delay(settleMilliseconds);
        return EventCalls.Count;
    }

    public void Reset()
    {
        Upstream.Faults = new SnapshotFaults();
        Requests.Clear();
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
