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
