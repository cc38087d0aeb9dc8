namespace DockingGraph.Gateway.Tests;

/// <summary>The expeditions root list: the push-down recipe over a third LL2 endpoint, compared with LL2's answer.</summary>
public sealed class ExpeditionListTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task AStationsExpeditionsAreOnePushedDownCallAndEqualLl2sAnswer()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync(
            "{ expeditions(first: 5, where: { spaceStation: { id: { eq: 4 } } }, order: [{ start: DESC }]) { totalCount nodes { id name start } } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        var call = Assert.Single(fixture.Requests.Entries);
        Assert.Equal("/2.3.0/expeditions/?limit=5&mode=normal&offset=0&ordering=-start%2Cid&space_station=4", call.PathAndQuery);
        var expected = (await fixture.RestAsync("expeditions/?space_station=4&ordering=-start,id&limit=5")).Take(5).Select(e => (int)e["id"]!);
        Assert.Equal(expected, answer.Data!["expeditions"]!["nodes"]!.AsArray().Select(n => (int)n!["id"]!));
        Assert.True((int)answer.Data["expeditions"]!["totalCount"]! > 5);
    }

    [Fact]
    public async Task TwoDifferentStationsAreAnEmptyPageWithoutACall()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync(
            "{ expeditions(where: { and: [{ spaceStation: { id: { eq: 4 } } }, { spaceStation: { id: { eq: 18 } } }] }) { totalCount } }");

        Assert.Equal(0, (int)answer.Data!["expeditions"]!["totalCount"]!);
        Assert.Equal(0, fixture.Requests.Count);
    }
}
