using System.Diagnostics.Metrics;
using DockingGraph.Snapshot.Faults;

namespace DockingGraph.Gateway.Tests;

/// <summary>A call the pause refused never reached LL2: it counts as paused, not as a call. Runs alone (meters).</summary>
[Collection(nameof(OperationsTests))]
public sealed class Ll2PauseTelemetryTests(FakeClockGatewayFixture fixture) : IClassFixture<FakeClockGatewayFixture>
{
    [Fact]
    public async Task RefusedCallsAreCountedAsPausedNotAsCalls()
    {
        fixture.Reset();
        fixture.Upstream.Faults = new SnapshotFaults { ThrottleAfter = 0 };
        var counted = new List<(string Instrument, string Status)>();
        using var meters = new MeterListener();
        meters.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name is "dockinggraph.ll2.calls" or "dockinggraph.ll2.paused")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        meters.SetMeasurementEventCallback<long>((instrument, _, tags, _) =>
        {
            var status = tags.ToArray().FirstOrDefault(t => t.Key == "status").Value as string ?? "-";
            lock (counted)
            {
                counted.Add((instrument.Name, status));
            }
        });
        meters.Start();

        var answer = await fixture.PostAsync(
            "{ a: spacecraft(id: 38) { name } b: spacecraft(id: 39) { name } c: spacecraft(id: 40) { name } }");

        Assert.Equal(3, answer.Errors.Count);
        Assert.Equal(1, fixture.Requests.Count);
        Assert.Equal(
            [("dockinggraph.ll2.calls", "429"), ("dockinggraph.ll2.paused", "-"), ("dockinggraph.ll2.paused", "-")],
            counted.Order());
    }
}
