using DockingGraph.Gateway.Schema.Relay;

namespace DockingGraph.Gateway.Tests;

/// <summary>Landings as nodes and a root list pushed down onto LL2's landings/, compared with LL2's answer.</summary>
public sealed class LandingTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task AFilteredOrderedPageIsOnePushedDownCallAndEqualsLl2sAnswer()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync(
            "{ landings(first: 3, where: { type: { id: { eq: 4 } } }, order: [{ id: DESC }]) " +
            "{ totalCount nodes { ll2Id success landingLocation { name } spacecraftFlight { ll2Id } } } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        var call = Assert.Single(fixture.Requests.Entries);
        Assert.Equal("/2.3.0/landings/?landing_type__ids=4&limit=3&mode=normal&offset=0&ordering=-id",
            call.PathAndQuery);
        var expected = await fixture.RestAsync("landings/?landing_type__ids=4&ordering=-id");
        var nodes = answer.Data!["landings"]!["nodes"]!.AsArray();
        Assert.Equal(expected.Take(3).Select(l => (int)l["id"]!), nodes.Select(n => (int)n!["ll2Id"]!));
        Assert.Equal(expected.Take(3).Select(l => (int)l["spacecraftflight"]!["id"]!),
            nodes.Select(n => (int)n!["spacecraftFlight"]!["ll2Id"]!));
        Assert.Equal(expected.Count, (int)answer.Data["landings"]!["totalCount"]!);
    }

    [Fact]
    public async Task LocationSpacecraftLaunchAndSearchArePushedDown()
    {
        var rows = await fixture.RestAsync("landings/?limit=100");
        var dragon = rows.Single(l => (int)l["id"]! == 1598);
        var spacecraft = (int)dragon["spacecraftflight"]!["spacecraft"]!["id"]!;
        var launch = (string)dragon["spacecraftflight"]!["launch"]!["id"]!;
        fixture.Reset();

        var answer = await fixture.PostAsync(
            "query($s: ID!, $l: ID!) { landings(search: \"Pacific\", where: { landingLocation: { id: { eq: 18 } }, " +
            "spacecraftFlight: { spacecraft: { id: { eq: $s } }, launch: { id: { eq: $l } } } }) { nodes { ll2Id } } }",
            new { s = GlobalId.Encode("Spacecraft", spacecraft), l = GlobalId.Encode("Launch", launch) });

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        var call = Assert.Single(fixture.Requests.Entries);
        Assert.Equal("/2.3.0/landings/?landing_location__ids=18&limit=10&mode=normal&offset=0&ordering=id" +
            $"&search=Pacific&spacecraft__ids={spacecraft}&spacecraft_launch__ids={launch}", call.PathAndQuery);
        Assert.Equal([1598], answer.Data!["landings"]!["nodes"]!.AsArray().Select(n => (int)n!["ll2Id"]!));
    }

    [Fact]
    public async Task TwoDifferentLocationsAreAnEmptyPageWithoutACall()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync("{ landings(where: { and: [{ landingLocation: { id: { eq: 18 } } }, " +
            "{ landingLocation: { id: { eq: 22 } } }] }) { totalCount nodes { id } } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(0, (int)answer.Data!["landings"]!["totalCount"]!);
        Assert.Equal(0, fixture.Requests.Count);
    }

    [Fact]
    public async Task ANullSpacecraftIdMatchesNoLandingOverOneBlock()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync(
            "{ landings(where: { spacecraftFlight: { spacecraft: { id: { eq: null } } } }) { totalCount } }");

        // Hot Chocolate: an id is never null, so eq null holds for no landing; LL2 has no null test: evaluated here.
        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(0, (int)answer.Data!["landings"]!["totalCount"]!);
        Assert.Equal("/2.3.0/landings/?limit=100&mode=normal&offset=0&ordering=id",
            Assert.Single(fixture.Requests.Entries).PathAndQuery);
    }

    [Fact]
    public async Task LandingRoundTripsThroughNodeAndItsRootField()
    {
        fixture.Reset();
        var byRoot = await fixture.PostAsync(
            "{ landing(id: 1598) { id ll2Id description spacecraftFlight { ll2Id landing { ll2Id } } } }");
        var id = (string)byRoot.Data!["landing"]!["id"]!;

        var byNode = await fixture.PostAsync(
            "query($id: ID!) { node(id: $id) { __typename id ... on Landing { ll2Id description } } }", new { id });

        Assert.True(byRoot.Errors.Count == 0 && byNode.Errors.Count == 0, byRoot + " " + byNode);
        Assert.Equal(GlobalId.Encode("Landing", 1598), id);
        Assert.Equal(877, (int)byRoot.Data["landing"]!["spacecraftFlight"]!["ll2Id"]!);
        Assert.Equal(1598, (int)byRoot.Data["landing"]!["spacecraftFlight"]!["landing"]!["ll2Id"]!);
        Assert.Equal("Landing", (string)byNode.Data!["node"]!["__typename"]!);
        Assert.Equal(byRoot.Data["landing"]!["description"]!.ToJsonString(),
            byNode.Data["node"]!["description"]!.ToJsonString());
        // The by-id loader is per request: one landings/1598/ call for each of the two requests.
        Assert.Equal(["/2.3.0/landings/1598/", "/2.3.0/landings/1598/"],
            fixture.Requests.Entries.Select(e => e.PathAndQuery));
    }

    [Fact]
    public async Task AnEmbeddedLandingReachesItsFlightWithOneDetailCallPerLanding()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync("{ dockingEvents(first: 3, search: \"Cargo Dragon C209\") " +
            "{ nodes { flightVehicleChaser { ll2Id landing { id spacecraftFlight { ll2Id } } } } } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        var flight = answer.Data!["dockingEvents"]!["nodes"]![0]!["flightVehicleChaser"]!;
        Assert.Equal((int)flight["ll2Id"]!, (int)flight["landing"]!["spacecraftFlight"]!["ll2Id"]!);
        Assert.Equal(2, fixture.Requests.Count);
        Assert.Contains(fixture.Requests.Entries, e => e.PathAndQuery == "/2.3.0/landings/1598/");
    }
}
