using System.Text.Json.Nodes;

namespace DockingGraph.Gateway.Tests;

/// <summary>"What a query costs upstream": exact LL2 call counts from the snapshot's request log.</summary>
public sealed class CallCountTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    public const string EmbeddedFields = """
        ll2Id docking departure
        dockingLocation { name spaceStation { name } }
        spaceStationTarget { id name }
        flightVehicleChaser { destination spacecraft { name serialNumber spacecraftConfig { name } } launch { name } landing { success type { name } } }
        """;

    public const string StationFields = "spaceStationTarget { orbit owners { name abbrev } onboardCrew dockedVehicles mass }";

    [Fact]
    public async Task FiftyEventsWithWhatTheyEmbedAreOneCall()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync($"{{ dockingEvents(first: 50) {{ nodes {{ {EmbeddedFields} }} }} }}");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(50, answer.Data!["dockingEvents"]!["nodes"]!.AsArray().Count);
        Assert.Equal(["/2.3.0/docking_events/"], fixture.Requests.Entries.Select(e => e.Path));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(100)]
    public async Task StationOrbitOwnersAndCrewAreOneMoreCallWhateverTheNumberOfEvents(int first)
    {
        fixture.Reset();

        var answer = await fixture.PostAsync($"{{ dockingEvents(first: {first}, order: [{{ docking: DESC }}]) {{ nodes {{ {EmbeddedFields} {StationFields} }} }} }}");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        var iss = answer.Data!["dockingEvents"]!["nodes"]!.AsArray().First(n => (string?)n!["spaceStationTarget"]!["name"] == "International Space Station")!;
        Assert.Equal("Low Earth Orbit", (string?)iss["spaceStationTarget"]!["orbit"]);
        Assert.NotEmpty(iss["spaceStationTarget"]!["owners"]!.AsArray());
        Assert.Equal(
            [$"/2.3.0/docking_events/?limit={first}&mode=normal&offset=0&ordering=-docking%2Cdeparture", "/2.3.0/space_stations/?limit=100&mode=detailed&offset=0"],
            fixture.Requests.Entries.Select(e => e.PathAndQuery));
    }

    [Fact]
    public async Task ChaserLaunchPadAndRocketRideOnTheSamePageInDetailedMode()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync($"{{ dockingEvents(first: 50, order: [{{ docking: DESC }}]) {{ nodes {{ {EmbeddedFields} {StationFields} flightVehicleChaser {{ launch {{ pad {{ name }} rocket {{ configuration {{ fullName }} }} }} }} }} }} }}");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(["/2.3.0/docking_events/", "/2.3.0/space_stations/"], fixture.Requests.Entries.Select(e => e.Path));
        Assert.Contains("mode=detailed", fixture.Requests.Entries[0].Query);
    }

    [Fact]
    public async Task TwoAliasedFieldsWithTheSameArgumentsAreOneCall()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync("{ a: dockingEvents(first: 5, search: \"soyuz\") { nodes { ll2Id } } b: dockingEvents(first: 5, search: \"soyuz\") { totalCount nodes { docking } } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(5, answer.Data!["b"]!["nodes"]!.AsArray().Count);
        Assert.Equal(1, fixture.Requests.Count);
    }

    [Fact]
    public async Task StationsWithTheirDockingEventsAreOneCallPlusOnePerStation()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync("{ spaceStations(first: 100) { totalCount nodes { name orbit dockingEvents(first: 3, order: [{ docking: DESC }]) { totalCount nodes { ll2Id spaceStationTarget { name } } } } } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        var stations = answer.Data!["spaceStations"]!["nodes"]!.AsArray();
        Assert.Equal((int)answer.Data["spaceStations"]!["totalCount"]!, stations.Count);
        Assert.Equal(1 + stations.Count, fixture.Requests.Count);
        Assert.Equal(stations.Count, fixture.Requests.CountPath("/2.3.0/docking_events/"));
        Assert.All(stations, s => Assert.All(s!["dockingEvents"]!["nodes"]!.AsArray(), e => Assert.Equal((string?)s["name"], (string?)e!["spaceStationTarget"]!["name"])));
        Assert.Contains(fixture.Requests.Entries, e => e.Query == "limit=3&mode=normal&offset=0&ordering=-docking%2Cdeparture&space_station_target__id=4");
    }

    [Fact]
    public async Task EmbeddedDataNeverCausesACallEvenWhenLoaderBackedFieldsCouldLoad()
    {
        fixture.Reset();

        // A detailed chaser station and a station table row carry the fields: nothing to load.
        var answer = await fixture.PostAsync("{ spaceStations(first: 2) { nodes { orbit owners { name } mass dockingLocations { name } } } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(["/2.3.0/space_stations/"], fixture.Requests.Entries.Select(e => e.Path));
    }

    [Fact]
    public async Task CurrentlyDockedComesFromTheStationTable()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync("{ spaceStation(id: 18) { name dockingLocations { name currentlyDocked { docking departure flightVehicleChaser { spacecraft { name } } dockingLocation { name } } } } dockingLocations { ll2Id name currentlyDocked { ll2Id } } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        var docked = answer.Data!["spaceStation"]!["dockingLocations"]!.AsArray().Where(l => l!["currentlyDocked"] is JsonObject).ToList();
        Assert.Equal(2, docked.Count);
        Assert.All(docked, l => Assert.Equal((string?)l!["name"], (string?)l["currentlyDocked"]!["dockingLocation"]!["name"]));
        Assert.Equal(["/2.3.0/config/docking_locations/", "/2.3.0/space_stations/"], fixture.Requests.Entries.Select(e => e.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task FlightsSpacecraftAndExpeditionsAreDeduplicatedDetailCalls()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync("""
            { dockingEvents(first: 6, where: { spaceStationTarget: { id: { eq: 18 } } }) { nodes {
                flightVehicleChaser { crew { launchCrew { id } } spacecraft { flights { ll2Id } } }
                spaceStationTarget { expeditions { name } } } } }
            """);

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        var nodes = answer.Data!["dockingEvents"]!["nodes"]!.AsArray();
        var flights = nodes.Select(n => (int)n!["flightVehicleChaser"]!["spacecraft"]!["flights"]![0]!["ll2Id"]!).ToList();
        Assert.Equal(6, nodes.Count);
        Assert.Equal(nodes.Count, fixture.Requests.Entries.Count(e => e.Path.StartsWith("/2.3.0/spacecraft_flights/")));
        Assert.Equal(nodes.Count, fixture.Requests.Entries.Count(e => e.Path.StartsWith("/2.3.0/spacecraft/")));
        Assert.Equal(1, fixture.Requests.CountPath("/2.3.0/expeditions/"));
        Assert.Equal(fixture.Requests.Entries.Count, fixture.Requests.Entries.Select(e => e.PathAndQuery).Distinct().Count());
        Assert.Equal(nodes.Count, flights.Count);
    }
}

public sealed class LoaderModeCallCountTests(LoaderModeGatewayFixture fixture) : IClassFixture<LoaderModeGatewayFixture>
{
    [Fact]
    public async Task ChaserLaunchPadAndRocketCostOneCallPerHundredDistinctLaunches()
    {
        fixture.Reset();
        var first = await fixture.PostAsync("{ dockingEvents(first: 100) { pageInfo { endCursor } } }");
        var cursor = (string)first.Data!["dockingEvents"]!["pageInfo"]!["endCursor"]!;
        fixture.Reset();

        var answer = await fixture.PostAsync($$"""
            { a: dockingEvents(first: 100) { nodes { {{CallCountTests.EmbeddedFields}} {{CallCountTests.StationFields}} flightVehicleChaser { launch { id pad { name } rocket { configuration { fullName } } } } } }
              b: dockingEvents(first: 100, after: "{{cursor}}") { nodes { {{CallCountTests.EmbeddedFields}} {{CallCountTests.StationFields}} flightVehicleChaser { launch { id pad { name } rocket { configuration { fullName } } } } } } }
            """);

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        var launches = new[] { "a", "b" }.SelectMany(alias => answer.Data![alias]!["nodes"]!.AsArray())
            .Select(n => (string?)n!["flightVehicleChaser"]?["launch"]?["id"]).OfType<string>().Distinct().Count();
        Assert.True(launches > 100, $"{launches} distinct launches");
        Assert.Equal(2, fixture.Requests.CountPath("/2.3.0/docking_events/"));
        Assert.All(fixture.Requests.Entries.Where(e => e.Path == "/2.3.0/docking_events/"), e => Assert.Contains("mode=normal", e.Query));
        Assert.Equal(1, fixture.Requests.CountPath("/2.3.0/space_stations/"));
        Assert.Equal((launches + 99) / 100, fixture.Requests.CountPath("/2.3.0/launches/"));
        var perCall = fixture.Requests.Entries.Where(e => e.Path == "/2.3.0/launches/").Select(e => e.Query.Split("id=")[1].Split('&')[0].Split(',').Length).ToList();
        Assert.Equal(launches, perCall.Sum());
        Assert.All(perCall, ids => Assert.InRange(ids, 1, 100));
    }
}
