using DockingGraph.Snapshot.Faults;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// A failed loader fetch nulls only the fields that waited on it, each with a coded error and its path.
/// </summary>
public sealed class LoaderFailureTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task StationTableFailureNullsOnlyStationFields()
    {
        fixture.Reset();
        fixture.Upstream.Faults = new SnapshotFaults { ServerErrorRate = 1, PathContains = "/space_stations/" };

        var answer = await fixture.PostAsync("{ dockingEvents(first: 3) { nodes { ll2Id spaceStationTarget { name orbit } } } }");

        Assert.Equal(200, answer.Status);
        var nodes = answer.Data!["dockingEvents"]!["nodes"]!.AsArray();
        Assert.All(nodes, n => Assert.NotNull((string?)n!["spaceStationTarget"]!["name"]));
        Assert.All(nodes, n => Assert.Null(n!["spaceStationTarget"]!["orbit"]));
        Assert.Equal(3, answer.Errors.Count);
        Assert.All(answer.Errors, e => Assert.Equal("UPSTREAM_UNAVAILABLE", (string?)e!["extensions"]!["code"]));
        Assert.Equal(
            ["""["dockingEvents","nodes",0,"spaceStationTarget","orbit"]""", """["dockingEvents","nodes",1,"spaceStationTarget","orbit"]""", """["dockingEvents","nodes",2,"spaceStationTarget","orbit"]"""],
            answer.Errors.Select(e => e!["path"]!.ToJsonString()).Order());
        Assert.Equal(1, fixture.Requests.CountPath("/2.3.0/space_stations/"));
    }

    [Fact]
    public async Task NotFoundForOneIdFailsOnlyThatField()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync("{ a: spacecraft(id: 474) { name } b: spacecraft(id: 999999) { name } c: spacecraftFlight(id: \"U3BhY2VjcmFmdEZsaWdodDo4Nzc=\") { destination } }");

        Assert.Equal(200, answer.Status);
        Assert.Equal("Cargo Dragon C209", (string?)answer.Data!["a"]!["name"]);
        Assert.Null(answer.Data["b"]);
        Assert.Equal("ISS", (string?)answer.Data["c"]!["destination"]);
        var error = Assert.Single(answer.Errors);
        Assert.Equal("NOT_FOUND", (string?)error!["extensions"]!["code"]);
        Assert.Equal("""["b"]""", error["path"]!.ToJsonString());
    }
}

public sealed class LoaderTimeoutTests(ShortTimeoutGatewayFixture fixture) : IClassFixture<ShortTimeoutGatewayFixture>
{
    [Fact]
    public async Task ATimedOutFlightFetchLeavesTheRestIntact()
    {
        fixture.Reset();
        fixture.Upstream.Faults = new SnapshotFaults { LatencyMilliseconds = 2500, PathContains = "/spacecraft_flights/" };

        var answer = await fixture.PostAsync("{ spacecraftFlight(id: 877) { crew { launchCrew { id } } } dockingEvent(id: 622) { ll2Id } }");

        Assert.Equal(200, answer.Status);
        Assert.Null(answer.Data!["spacecraftFlight"]);
        Assert.Equal(622, (int)answer.Data["dockingEvent"]!["ll2Id"]!);
        Assert.Equal("UPSTREAM_UNAVAILABLE", answer.FirstCode);
        Assert.Contains("did not answer in time", (string?)answer.Errors[0]!["message"]);
    }
}
