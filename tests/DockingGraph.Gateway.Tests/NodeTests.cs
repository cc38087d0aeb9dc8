namespace DockingGraph.Gateway.Tests;

public sealed class NodeTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Theory]
    [InlineData("622")]
    [InlineData("RG9ja2luZ0V2ZW50OjYyMg==")]
    public async Task DockingEventByGlobalIdOrLl2Number(string id)
    {
        fixture.Reset();

        var answer = await fixture.PostAsync($"{{ dockingEvent(id: \"{id}\") {{ id ll2Id docking flightVehicleChaser {{ launch {{ name }} }} }} }}");

        Assert.Equal("""{"id":"RG9ja2luZ0V2ZW50OjYyMg==","ll2Id":622,"docking":"2025-04-22T12:40:00Z","flightVehicleChaser":{"launch":{"name":"Falcon 9 Block 5 | Dragon CRS-2 SpX-32"}}}""", answer.Data!["dockingEvent"]!.ToJsonString());
        Assert.Equal("/2.3.0/docking_events/622/", Assert.Single(fixture.Requests.Entries).Path);
    }

    [Fact]
    public async Task NodeRefetchesEveryNodeTypeFromItsGlobalId()
    {
        var page = await fixture.PostAsync("{ dockingEvents(first: 1, search: \"Cargo Dragon C209\") { nodes { id dockingLocation { id } spaceStationTarget { id } flightVehicleChaser { id spacecraft { id } launch { id } } } } }");
        var e = page.Data!["dockingEvents"]!["nodes"]![0]!;
        var ids = new[] { e["id"], e["dockingLocation"]!["id"], e["spaceStationTarget"]!["id"], e["flightVehicleChaser"]!["id"], e["flightVehicleChaser"]!["spacecraft"]!["id"], e["flightVehicleChaser"]!["launch"]!["id"] }
            .Select(i => (string)i!).ToList();

        var answer = await fixture.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }", new { ids });

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(["DockingEvent", "DockingLocation", "SpaceStation", "SpacecraftFlight", "Spacecraft", "Launch"], answer.Data!["nodes"]!.AsArray().Select(n => (string)n!["__typename"]!));
        Assert.Equal(ids, answer.Data["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
    }

    [Fact]
    public async Task NodesRefusesMoreThanFiftyIdsAndFlagsBadOnes()
    {
        fixture.Reset();
        var tooMany = Enumerable.Range(1, 51).Select(i => Schema.Relay.GlobalId.Encode("DockingEvent", i)).ToList();

        var refused = await fixture.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = tooMany });
        var mixed = await fixture.PostAsync("{ nodes(ids: [\"RG9ja2luZ0V2ZW50OjYyMg==\", \"bm9wZQ==\", \"RG9ja2luZ0V2ZW50Ojk5OTk5OQ==\"]) { id } }");

        Assert.Equal("TOO_MANY_IDS", refused.FirstCode);
        Assert.Equal("""[{"id":"RG9ja2luZ0V2ZW50OjYyMg=="},null,null]""", mixed.Data!["nodes"]!.ToJsonString());
        Assert.Equal(["INVALID_ID", "NOT_FOUND"], mixed.Errors.Select(e => (string)e!["extensions"]!["code"]!));
        Assert.Equal(["[\"nodes\",1]", "[\"nodes\",2]"], mixed.Errors.Select(e => e!["path"]!.ToJsonString()));
        Assert.Equal(2, fixture.Requests.Count);
    }
}

public sealed class NodeBatchingTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task FiveLaunchNodesAreOneLaunchesCall()
    {
        var page = await fixture.PostAsync("{ dockingEvents(first: 5, order: [{ docking: DESC }]) { nodes { flightVehicleChaser { launch { id } } } } }");
        var ids = page.Data!["dockingEvents"]!["nodes"]!.AsArray().Select(n => (string)n!["flightVehicleChaser"]!["launch"]!["id"]!).ToList();
        Assert.Equal(5, ids.Distinct().Count());
        fixture.Reset();

        var answer = await fixture.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Launch { name } } }", new { ids });

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(ids, answer.Data!["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
        Assert.All(answer.Data["nodes"]!.AsArray(), n => Assert.False(string.IsNullOrEmpty((string?)n!["name"])));
        var call = Assert.Single(fixture.Requests.Entries);
        Assert.StartsWith("/2.3.0/launches/?id=", call.PathAndQuery);
    }

    [Fact]
    public async Task NodeAndSpaceStationOnTheSameStationAreOneCall()
    {
        fixture.Reset();
        var station = Schema.Relay.GlobalId.Encode("SpaceStation", 4);

        var answer = await fixture.PostAsync($"{{ node(id: \"{station}\") {{ ... on SpaceStation {{ name }} }} spaceStation(id: 4) {{ name orbit }} }}");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal((string?)answer.Data!["spaceStation"]!["name"], (string?)answer.Data["node"]!["name"]);
        Assert.Equal("/2.3.0/space_stations/?limit=100&mode=detailed&offset=0", Assert.Single(fixture.Requests.Entries).PathAndQuery);
    }

    [Fact]
    public async Task NodesOfSeveralTypesBatchPerType()
    {
        fixture.Reset();
        var ids = new[] { ("SpaceStation", 4), ("DockingLocation", 2), ("SpaceStation", 18), ("DockingLocation", 5), ("SpaceStation", 4) }
            .Select(n => Schema.Relay.GlobalId.Encode(n.Item1, n.Item2)).ToList();

        var answer = await fixture.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }", new { ids });

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(ids, answer.Data!["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
        Assert.Equal(["/2.3.0/config/docking_locations/?limit=100&offset=0", "/2.3.0/space_stations/?limit=100&mode=detailed&offset=0"],
            fixture.Requests.Entries.Select(e => e.PathAndQuery).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task NegativeAndZeroNodeIdsAreRefusedWithoutACall()
    {
        fixture.Reset();
        var ids = new[] { "DockingEvent:-1", "SpaceStation:0", "Launch:not-a-uuid" }
            .Select(text => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text))).ToList();

        var answer = await fixture.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        Assert.Equal(["INVALID_ID", "INVALID_ID", "INVALID_ID"], answer.Errors.Select(e => (string)e!["extensions"]!["code"]!));
        Assert.Equal(0, fixture.Requests.Count);
    }
}
