using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;

namespace DockingGraph.Gateway.Tests;

public sealed class CorsGatewayFixture : GatewayFixture
{
    // Every probe reads api-throttle here: the tests below change the budget between probes.
    protected override IEnumerable<string> Arguments =>
        ["--Cors:Origins:0", "http://localhost:3000", "--Health:Ll2CheckInterval", "00:00:00"];
}

/// <summary>Telemetry listeners are process-wide: this class runs alone, not beside other test classes.</summary>
[CollectionDefinition(nameof(OperationsTests), DisableParallelization = true)]
public sealed class OperationsCollection;

[Collection(nameof(OperationsTests))]
public sealed class OperationsTests(CorsGatewayFixture fixture) : IClassFixture<CorsGatewayFixture>
{
    [Fact]
    public async Task LiveAndReadyReportTheUpstreamWithoutSpendingQuota()
    {
        fixture.Reset();

        var live = await fixture.Http.GetAsync("/health/live");
        var ready = await fixture.Http.GetAsync("/health/ready");
        var report = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", (string?)report["checks"]!["ll2"]!["status"]);
        Assert.Equal(["/2.3.0/api-throttle/"], fixture.Requests.Entries.Select(e => e.Path));
    }

    [Fact]
    public async Task ReadyIsDegradedWhenTheBudgetIsSpent()
    {
        fixture.Reset();
        fixture.Upstream.Faults = new Snapshot.Faults.SnapshotFaults { ThrottleAfter = 1 };
        await fixture.PostAsync("{ dockingEvents(first: 1) { totalCount } }");

        var ready = JsonNode.Parse(await fixture.Http.GetStringAsync("/health/ready"))!;

        Assert.Equal("Degraded", (string?)ready["status"]);
        Assert.Equal("Degraded", (string?)ready["checks"]!["ll2"]!["status"]);
        Assert.Equal(["/2.3.0/docking_events/", "/2.3.0/api-throttle/"], fixture.Requests.Entries.Select(e => e.Path));
    }

    [Fact]
    public async Task CorsAllowsTheConfiguredOriginOnly()
    {
        async Task<HttpResponseMessage> PreflightAsync(string origin)
        {
            var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "POST");
            request.Headers.Add("Access-Control-Request-Headers", "content-type");
            return await fixture.Http.SendAsync(request);
        }

        using var allowed = await PreflightAsync("http://localhost:3000");
        using var other = await PreflightAsync("http://evil.example");

        Assert.Equal("http://localhost:3000", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task EveryLl2CallIsTracedAndMemoHitsAreCounted()
    {
        fixture.Reset();
        var activities = new List<Activity>();
        var lookups = new List<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "DockingGraph" or "GraphQL",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { lock (activities) { activities.Add(activity); } },
        };
        ActivitySource.AddActivityListener(listener);
        using var meters = new MeterListener();
        meters.InstrumentPublished = (instrument, l) => { if (instrument.Name == "dockinggraph.ll2.cache.lookups") { l.EnableMeasurementEvents(instrument); } };
        meters.SetMeasurementEventCallback<long>((_, _, tags, _) => { lock (lookups) { lookups.Add((string)tags.ToArray().Single(t => t.Key == "result").Value!); } });
        meters.Start();

        var answer = await fixture.PostAsync("{ a: dockingEvent(id: 100) { docking } b: dockingEvent(id: 100) { departure } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(1, fixture.Requests.Count);
        var ll2 = activities.Where(a => a.Source.Name == "DockingGraph" && a.GetTagItem("ll2.path") as string == "docking_events/100/").ToList();
        Assert.Equal("LL2 GET docking_events", Assert.Single(ll2).DisplayName);
        Assert.Equal("miss", ll2[0].GetTagItem("ll2.cache"));
        Assert.Contains(activities, a => a.Source.Name == "GraphQL");
        Assert.Equal(["hit", "miss"], lookups.Order());
    }
}

/// <summary>Readiness with a real redis-server (installed by .ci/run); the test fails where redis-server is missing.</summary>
public sealed class RedisReadinessTests : IAsyncLifetime
{
    private RedisServerProcess _redis = null!;
    private GatewayHost _gateway = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServerProcess.StartAsync();
        _gateway = await GatewayHost.StartAsync(["--Redis:Configuration", _redis.Configuration]);
        _http = new HttpClient { BaseAddress = new Uri(_gateway.Urls.Single()) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _gateway.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task ReadyChecksRedisAndIsDegradedWhenItStops()
    {
        var up = await _http.GetAsync("/health/ready");
        var upReport = JsonNode.Parse(await up.Content.ReadAsStringAsync())!;
        await _redis.StopAsync();
        var down = await _http.GetAsync("/health/ready");
        var downReport = JsonNode.Parse(await down.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, up.StatusCode);
        Assert.Equal("Healthy", (string?)upReport["checks"]!["redis"]!["status"]);
        // A replica without Redis still answers (memory cache, its local share of the budget): Degraded, not 503.
        Assert.Equal(HttpStatusCode.OK, down.StatusCode);
        Assert.Equal("Degraded", (string?)downReport["status"]);
        Assert.Equal("Degraded", (string?)downReport["checks"]!["redis"]!["status"]);
    }
}
