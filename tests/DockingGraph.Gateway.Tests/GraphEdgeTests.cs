namespace DockingGraph.Gateway.Tests;

/// <summary>
/// Root lookups and per-parent dockingEvents edges: the parent's id pushed down, LL2's result returned.
/// </summary>
// A high LL2 cap: every docking location with its own page is ~33 LL2 calls, over the default
// Limits:MaxLl2CallsPerRequest.
public sealed class GraphEdgeTests(HighLl2CapGatewayFixture fixture) : IClassFixture<HighLl2CapGatewayFixture>
{
    [Fact]
    public async Task SpaceStationsPushDownWhereOrderAndSearch()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync("{ spaceStations(first: 5, search: \"salyut\", where: { name: { contains: \"Salyut\" }, status: { id: { eq: 2 } } }, order: [{ founded: DESC }]) { totalCount nodes { name founded } } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        var sent = Assert.Single(fixture.Requests.Entries);
        Assert.Equal("limit=5&mode=detailed&name__contains=Salyut&offset=0&ordering=-founded%2Cid&search=salyut&status=2", sent.Query);
        var rest = await fixture.RestAsync($"space_stations/?{sent.Query}");
        Assert.Equal(rest.Select(s => (string?)s["name"]).Take(5), answer.Data!["spaceStations"]!["nodes"]!.AsArray().Select(n => (string?)n!["name"]));
    }

    [Fact]
    public async Task ContradictingStationFiltersAreAnEmptyPageWithoutACall()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync("{ spaceStations(where: { and: [{ status: { id: { eq: 1 } } }, { status: { id: { eq: 2 } } }] }) { totalCount } }");

        Assert.Equal(0, (int)answer.Data!["spaceStations"]!["totalCount"]!);
        Assert.Equal(0, fixture.Requests.Count);
    }

    [Fact]
    public async Task DockingLocationAndFlightEdgesPushTheirIdDown()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync("""
            { spacecraftFlight(id: 877) { dockingEvents { totalCount nodes { ll2Id } } }
              dockingLocations { ll2Id dockingEvents(first: 1, where: { docking: { gte: "2025-01-01T00:00:00Z" } }) { totalCount } } }
            """);

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Contains(fixture.Requests.Entries, e => e.Query == "flight_vehicle_chaser__id=877&limit=10&mode=normal&offset=0&ordering=docking%2Cdeparture");
        var locations = answer.Data!["dockingLocations"]!.AsArray();
        Assert.Equal(locations.Count, fixture.Requests.Entries.Count(e => e.Query.Contains("docking_location__id=")));
        var zenith = locations.Single(l => (int)l!["ll2Id"]! == 30)!;
        var expected = await fixture.RestAsync("docking_events/?docking_location__id=30&docking__gte=2025-01-01T00:00:00Z&limit=100");
        Assert.Equal(expected.Count, (int)zenith["dockingEvents"]!["totalCount"]!);
        var flightEvents = await fixture.RestAsync("docking_events/?flight_vehicle_chaser__id=877&ordering=docking,departure&limit=100");
        Assert.Equal(flightEvents.Select(e => (int)e["id"]!), answer.Data["spacecraftFlight"]!["dockingEvents"]!["nodes"]!.AsArray().Select(n => (int)n!["ll2Id"]!));
        Assert.NotEmpty(flightEvents);
    }

    [Fact]
    public async Task ParentAndWhereDisagreeingIsAnEmptyPage()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync("{ spaceStation(id: 4) { dockingEvents(where: { spaceStationTarget: { id: { eq: 5 } } }) { totalCount } } }");

        Assert.Equal(0, (int)answer.Data!["spaceStation"]!["dockingEvents"]!["totalCount"]!);
        Assert.Equal(["/2.3.0/space_stations/"], fixture.Requests.Entries.Select(e => e.Path));
    }

    [Fact]
    public async Task LaunchByUuidOrGlobalId()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync("{ a: launch(id: \"6f25718d-40d8-4c74-be30-b70674a0dfb3\") { name } b: launch(id: \"TGF1bmNoOjZmMjU3MThkLTQwZDgtNGM3NC1iZTMwLWI3MDY3NGEwZGZiMw==\") { ll2Id } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal("Falcon 9 Block 5 | Dragon CRS-2 SpX-32", (string?)answer.Data!["a"]!["name"]);
        Assert.Equal("6f25718d-40d8-4c74-be30-b70674a0dfb3", (string?)answer.Data["b"]!["ll2Id"]);
        Assert.Equal(1, fixture.Requests.Count);
    }
}
