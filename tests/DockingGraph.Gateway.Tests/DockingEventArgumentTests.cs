using System.Text.Json.Nodes;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// Each argument of dockingEvents: the exact LL2 query string it became, and the result LL2 gives for it.
/// </summary>
public sealed class DockingEventArgumentTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private const string Fields = "totalCount nodes { ll2Id docking departure dockingLocation { ll2Id name } spaceStationTarget { ll2Id name } flightVehicleChaser { ll2Id spacecraft { name } } }";

    [Theory]
    [InlineData("{ docking: { gte: \"2020-01-01T00:00:00Z\", lt: \"2024-06-01T12:30:00+02:00\" } }", "docking__gte=2020-01-01T00%3A00%3A00Z&docking__lt=2024-06-01T10%3A30%3A00Z&limit=10&mode=normal&offset=0&ordering=docking%2Cdeparture")]
    [InlineData("{ docking: { gt: \"2010-05-01T00:00:00Z\", lte: \"2011-01-01T00:00:00Z\" } }", "docking__gt=2010-05-01T00%3A00%3A00Z&docking__lte=2011-01-01T00%3A00%3A00Z&limit=10&mode=normal&offset=0&ordering=docking%2Cdeparture")]
    [InlineData("{ docking: { eq: \"2025-04-22T12:40:00Z\" } }", "docking__gte=2025-04-22T12%3A40%3A00Z&docking__lte=2025-04-22T12%3A40%3A00Z&limit=10&mode=normal&offset=0&ordering=docking%2Cdeparture")]
    [InlineData("{ dockingLocation: { id: { eq: 21 } } }", "docking_location__id=21&limit=10&mode=normal&offset=0&ordering=docking%2Cdeparture")]
    [InlineData("{ dockingLocation: { id: { eq: \"RG9ja2luZ0xvY2F0aW9uOjIx\" } } }", "docking_location__id=21&limit=10&mode=normal&offset=0&ordering=docking%2Cdeparture")]
    [InlineData("{ flightVehicleChaser: { id: { eq: \"877\" } } }", "flight_vehicle_chaser__id=877&limit=10&mode=normal&offset=0&ordering=docking%2Cdeparture")]
    [InlineData("{ spaceStationTarget: { id: { eq: \"U3BhY2VTdGF0aW9uOjE4\" } } }", "limit=10&mode=normal&offset=0&ordering=docking%2Cdeparture&space_station_target__id=18")]
    [InlineData("{ and: [{ docking: { gt: \"2000-01-01T00:00:00Z\" } }, { docking: { gt: \"2005-01-01T00:00:00Z\" }, spaceStationTarget: { id: { eq: 4 } } }] }", "docking__gt=2005-01-01T00%3A00%3A00Z&limit=10&mode=normal&offset=0&ordering=docking%2Cdeparture&space_station_target__id=4")]
    [InlineData("{ or: [{ spaceStationTarget: { id: { eq: 5 } } }] }", "limit=10&mode=normal&offset=0&ordering=docking%2Cdeparture&space_station_target__id=5")]
    public async Task WhereIsPushedDownAsLl2Filters(string where, string expectedQuery)
    {
        fixture.Reset();

        var answer = await fixture.PostAsync($"{{ dockingEvents(where: {where}) {{ {Fields} }} }}");

        Assert.True(answer.Status == 200 && answer.Errors.Count == 0, answer.ToString());
        var sent = Assert.Single(fixture.Requests.Entries);
        Assert.Equal("/2.3.0/docking_events/", sent.Path);
        Assert.Equal(expectedQuery, sent.Query);
        await AssertSameAsRestAsync(answer, expectedQuery);
    }

    [Theory]
    [InlineData("[{ docking: DESC }]", "ordering=-docking%2Cdeparture")]
    [InlineData("[{ departure: ASC }]", "ordering=departure%2Cdocking")]
    [InlineData("[{ departure: DESC }, { docking: ASC }]", "ordering=-departure%2Cdocking")]
    public async Task OrderIsPushedDown(string order, string expectedOrdering)
    {
        fixture.Reset();

        var answer = await fixture.PostAsync($"{{ dockingEvents(first: 25, order: {order}) {{ {Fields} }} }}");

        var sent = Assert.Single(fixture.Requests.Entries);
        Assert.Equal($"limit=25&mode=normal&offset=0&{expectedOrdering}", sent.Query);
        await AssertSameAsRestAsync(answer, sent.Query);
    }

    [Fact]
    public async Task SearchIsOneEncodedParameter()
    {
        fixture.Reset();

        var injected = await fixture.PostAsync($"{{ dockingEvents(search: \"Soyuz&limit=1000\") {{ {Fields} }} }}");
        var plain = await fixture.PostAsync($"{{ dockingEvents(search: \"soyuz tm\", first: 30) {{ {Fields} }} }}");

        Assert.Equal("limit=10&mode=normal&offset=0&ordering=docking%2Cdeparture&search=Soyuz%26limit%3D1000", fixture.Requests.Entries[0].Query);
        Assert.Equal(0, (int)injected.Data!["dockingEvents"]!["totalCount"]!);
        Assert.Equal("limit=30&mode=normal&offset=0&ordering=docking%2Cdeparture&search=soyuz%20tm", fixture.Requests.Entries[1].Query);
        await AssertSameAsRestAsync(plain, fixture.Requests.Entries[1].Query);
    }

    [Fact]
    public async Task ContradictingConditionsGiveAnEmptyPageWithoutAnUpstreamCall()
    {
        fixture.Reset();

        var stations = await fixture.PostAsync("{ dockingEvents(where: { and: [{ spaceStationTarget: { id: { eq: 4 } } }, { spaceStationTarget: { id: { eq: 5 } } }] }) { totalCount nodes { ll2Id } pageInfo { hasNextPage } } }");
        var dates = await fixture.PostAsync("{ dockingEvents(where: { docking: { gt: \"2020-01-01T00:00:00Z\", lte: \"2019-01-01T00:00:00Z\" } }) { totalCount nodes { ll2Id } } }");

        Assert.Equal("""{"totalCount":0,"nodes":[],"pageInfo":{"hasNextPage":false}}""", stations.Data!["dockingEvents"]!.ToJsonString());
        Assert.Equal(0, (int)dates.Data!["dockingEvents"]!["totalCount"]!);
        Assert.Equal(0, fixture.Requests.Count);
    }

    [Fact]
    public async Task OrIsEvaluatedOverTheBlocksNotFannedOut()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync("{ dockingEvents(where: { or: [{ spaceStationTarget: { id: { eq: 4 } } }, { spaceStationTarget: { id: { eq: 5 } } }] }) { totalCount } }");

        Assert.Equal(200, answer.Status);
        Assert.True(answer.Errors.Count == 0, answer.ToString());
        // ISS 171 + Mir 39: every event read as the mirror's blocks (fewer when the cache still holds some), no
        // per-branch page.
        Assert.Equal(210, (int)answer.Data!["dockingEvents"]!["totalCount"]!);
        Assert.InRange(fixture.Requests.Count, 0, 3);
        Assert.All(fixture.Requests.Entries, e => Assert.Matches(
            @"^/2\.3\.0/docking_events/\?limit=100&mode=detailed&offset=(0|100|200)&ordering=docking%2Cdeparture$",
            e.PathAndQuery));
    }

    [Theory]
    [InlineData("flightVehicleChaser { launch { net status { name } } }", "detailed")]
    [InlineData("flightVehicleChaser { launch { name url } }", "normal")]
    [InlineData("spaceStationChaser { orbit }", "detailed")]
    [InlineData("spaceStationTarget { name } flightVehicleTarget { launch { net } }", "normal")]
    [InlineData("...F } } } } fragment F on DockingEvent { flightVehicleChaser { ... on SpacecraftFlight { launch { pad { name } } } } }", "detailed")]
    public async Task DetailedModeOnlyWhenAChaserUpgradeIsSelected(string selection, string mode)
    {
        fixture.Reset();
        var document = selection.StartsWith("...")
            ? $"{{ dockingEvents(first: 3) {{ edges {{ node {{ {selection}"
            : $"{{ dockingEvents(first: 3) {{ nodes {{ ll2Id {selection} }} }} }}";

        var answer = await fixture.PostAsync(document);

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal($"limit=3&mode={mode}&offset=0&ordering=docking%2Cdeparture", Assert.Single(fixture.Requests.Entries).Query);
    }

    [Fact]
    public async Task DetailedModeCarriesTheChasersFullLaunch()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync("{ dockingEvents(search: \"Tianzhou-10\") { nodes { flightVehicleChaser { launch { name net rocket { configuration { fullName } } pad { name location { name } } mission { name orbit { abbrev } } status { abbrev } } } } } }");

        var launch = answer.Data!["dockingEvents"]!["nodes"]![0]!["flightVehicleChaser"]!["launch"]!;
        Assert.Equal("2026-05-11T00:14:32Z", (string?)launch["net"]);
        Assert.Equal("Long March 7", (string?)launch["rocket"]!["configuration"]!["fullName"]);
        Assert.Equal("LEO", (string?)launch["mission"]!["orbit"]!["abbrev"]);
        Assert.EndsWith("mode=detailed&offset=0&ordering=docking%2Cdeparture&search=Tianzhou-10", Assert.Single(fixture.Requests.Entries).Query);
    }

    [Fact]
    public async Task AnySelectionWithinAPageIsOneUpstreamCall()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync("""
            { dockingEvents(first: 50, order: [{ docking: DESC }]) {
                totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { id ll2Id docking departure
                  dockingLocation { id name spaceStation { id name image { imageUrl license { name } } } spacecraft { name } payload { name } }
                  spaceStationTarget { id name image { thumbnailUrl } }
                  flightVehicleChaser { id destination missionEnd duration turnAroundTime
                    spacecraft { id name serialNumber status { name } timeInSpace spacecraftConfig { name type { name } agency { name abbrev type { name } } family { name manufacturer { name } parent { name } maidenFlight } image { name } } }
                    launch { id ll2Id name net pad { name } }
                    landing { success description type { abbrev } landingLocation { name celestialBody { name type { name } mass lengthOfDay } } } }
                  spaceStationChaser { name } payloadFlightChaser { amount payload { name } } flightVehicleTarget { id } payloadFlightTarget { id } } }
                nodes { ll2Id } } }
            """);

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(50, answer.Data!["dockingEvents"]!["edges"]!.AsArray().Count);
        Assert.Equal(1, fixture.Requests.Count);
    }

    private async Task AssertSameAsRestAsync(GraphQLAnswer answer, string query)
    {
        var page = JsonNode.Parse(await fixture.Rest.GetStringAsync($"docking_events/?{query}"))!;
        var nodes = answer.Data!["dockingEvents"]!["nodes"]!.AsArray();
        var rest = page["results"]!.AsArray();

        Assert.Equal((int)page["count"]!, (int)answer.Data["dockingEvents"]!["totalCount"]!);
        Assert.Equal(rest.Select(r => (int)r!["id"]!), nodes.Select(n => (int)n!["ll2Id"]!));
        foreach (var (node, row) in nodes.Zip(rest))
        {
            Assert.Equal(DateTimeOffset.Parse((string)row!["docking"]!), DateTimeOffset.Parse((string)node!["docking"]!));
            Assert.Equal((string?)row["docking_location"]?["name"], (string?)node["dockingLocation"]?["name"]);
            Assert.Equal((string?)row["space_station_target"]?["name"], (string?)node["spaceStationTarget"]?["name"]);
            Assert.Equal((string?)row["flight_vehicle_chaser"]?["spacecraft"]?["name"], (string?)node["flightVehicleChaser"]?["spacecraft"]?["name"]);
        }
    }
}
