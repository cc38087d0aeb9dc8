using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json.Nodes;
using DockingGraph.Snapshot.Faults;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// <c>/health/ready</c> reads LL2's <c>api-throttle/</c> at most once per <c>Health:Ll2CheckInterval</c> (30 s) and
/// tells anonymous callers statuses only. Process-wide meters are read, so this class runs alone.
/// </summary>
[Collection(nameof(OperationsTests))]
public sealed class ReadinessTests(FakeClockGatewayFixture fixture) : IClassFixture<FakeClockGatewayFixture>
{
    private const string ApiThrottlePath = "/2.3.0/api-throttle/";

    [Fact]
    public async Task HundredProbesMakeOneApiThrottleCallPerInterval()
    {
        fixture.Reset();

        var probes = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => fixture.Http.GetAsync("/health/ready")));
        var callsAtOnce = fixture.Requests.Count;
        fixture.Clock.Advance(TimeSpan.FromSeconds(29));
        await fixture.Http.GetAsync("/health/ready");
        var callsWithinTheInterval = fixture.Requests.Count;
        fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        await fixture.Http.GetAsync("/health/ready");

        Assert.All(probes, probe => Assert.Equal(HttpStatusCode.OK, probe.StatusCode));
        Assert.Equal(1, callsAtOnce);
        Assert.Equal(1, callsWithinTheInterval);
        Assert.Equal([ApiThrottlePath, ApiThrottlePath], fixture.Requests.Entries.Select(e => e.Path));
    }

    [Fact]
    public async Task TheBodyHasStatusesButNoBudgetFiguresWhichGoToTheMetrics()
    {
        fixture.Reset();
        fixture.Upstream.Faults = new SnapshotFaults { ThrottleAfter = 15 };
        await fixture.PostAsync("{ dockingEvents(first: 1) { totalCount } }");
        long? budget = null;
        using var meters = new MeterListener();
        meters.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "dockinggraph.ll2.budget.remaining")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        meters.SetMeasurementEventCallback<long>((_, value, _, _) => budget = value);
        meters.Start();

        var body = await fixture.Http.GetStringAsync("/health/ready");
        meters.RecordObservableInstruments();

        Assert.Equal("""{"status":"Healthy","checks":{"ll2":{"status":"Healthy"}}}""", body);
        Assert.Equal(14, budget);
        Assert.Equal(1, fixture.Requests.CountPath(ApiThrottlePath));
    }

    [Fact]
    public async Task ReadyIsDegradedWhileLl2CallsArePaused()
    {
        fixture.Reset();
        fixture.Upstream.Faults = new SnapshotFaults { ThrottleAfter = 0, ThrottleWindowSeconds = 60 };
        await fixture.PostAsync("{ dockingEvents(first: 1) { totalCount } }");
        fixture.Upstream.Faults = new SnapshotFaults();

        var paused = JsonNode.Parse(await fixture.Http.GetStringAsync("/health/ready"))!;
        fixture.Clock.Advance(TimeSpan.FromSeconds(60));
        var resumed = JsonNode.Parse(await fixture.Http.GetStringAsync("/health/ready"))!;

        Assert.Equal("Degraded", (string?)paused["checks"]!["ll2"]!["status"]);
        Assert.Equal("Healthy", (string?)resumed["checks"]!["ll2"]!["status"]);
        // api-throttle itself says the budget is free (the faults were lifted): Degraded comes from the pause.
        Assert.Equal([("/2.3.0/docking_events/", 429), (ApiThrottlePath, 200), (ApiThrottlePath, 200)],
            fixture.Requests.Entries.Select(e => (e.Path, e.Status)));
    }
}
