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
/// The gateway and a standalone snapshot on 127.0.0.1 sharing one <see cref="FakeTimeProvider"/>: LL2's throttle
/// window, the gateway's 429 pause and its readiness cache move together when a test advances the clock. One LL2
/// call at a time (<c>DataLoading:MaxParallelism=1</c>), so a fan-out meets the pause after its first 429.
/// </summary>
public sealed class FakeClockGatewayFixture : IAsyncLifetime
{
    private RunningSnapshot? _snapshot;
    private GatewayHost? _gateway;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));

    public HttpClient Http { get; private set; } = null!;

    public SnapshotUpstream Upstream => _snapshot!.Upstream;

    public RequestLog Requests => Upstream.Requests;

    public async Task InitializeAsync()
    {
        _snapshot = await SnapshotServer.StartAsync(new SnapshotUpstream(clock: Clock));
        _gateway = await GatewayHost.StartAsync(
            [
                "--LaunchLibrary:BaseUrl", _snapshot.BaseAddress.ToString(), "--DataLoading:MaxParallelism", "1",
                .. GatewayHost.NoCrossRequestCache,
            ],
            services => services.AddSingleton<TimeProvider>(Clock));
        Http = new HttpClient { BaseAddress = new Uri(_gateway.Urls.Single()) };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        if (_snapshot is not null)
        {
            await _snapshot.DisposeAsync();
        }
    }

    /// <summary>A day later (any earlier pause and readiness reading are over), no faults, an empty log.</summary>
    public void Reset()
    {
        Clock.Advance(TimeSpan.FromDays(1));
        Upstream.Faults = new SnapshotFaults();
        Requests.Clear();
    }

    public async Task<GraphQLAnswer> PostAsync(string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonNode.Parse(text)!;
        return new GraphQLAnswer((int)response.StatusCode, response.Content.Headers.ContentType, body, response);
    }
}
