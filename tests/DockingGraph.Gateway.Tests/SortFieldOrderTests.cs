using System.Text.Json.Nodes;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// Hot Chocolate applies the fields of one sort object in the order they are written, literal or variable (defect A).
/// </summary>
public sealed class SortFieldOrderTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Theory]
    [InlineData("{ departure: DESC, docking: ASC }", "ordering=-departure%2Cdocking")]
    [InlineData("{ docking: ASC, departure: DESC }", "ordering=docking%2C-departure")]
    [InlineData("[{ departure: DESC, docking: ASC }]", "ordering=-departure%2Cdocking")]
    [InlineData("[{ departure: $dir, docking: ASC }]", "ordering=-departure%2Cdocking")]
    public async Task LiteralSortObjectsKeepTheirWrittenFieldOrder(string order, string expected)
    {
        fixture.Reset();

        var variables = order.Contains("$dir") ? "($dir: SortEnumType)" : "";
        var answer = await fixture.PostAsync(
            $"query{variables} {{ dockingEvents(first: 5, order: {order}) {{ nodes {{ ll2Id }} }} }}",
            new { dir = "DESC" });

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal($"limit=5&mode=normal&offset=0&{expected}", Assert.Single(fixture.Requests.Entries).Query);
    }

    [Theory]
    [InlineData("""[{"departure":"DESC","docking":"ASC"}]""", "ordering=-departure%2Cdocking")]
    [InlineData("""[{"docking":"ASC","departure":"DESC"}]""", "ordering=docking%2C-departure")]
    [InlineData("""{"departure":"DESC","docking":"ASC"}""", "ordering=-departure%2Cdocking")]
    public async Task VariableSortObjectsKeepTheirWrittenFieldOrder(string order, string expected)
    {
        fixture.Reset();

        var answer = await fixture.PostAsync(
            "query($order: [DockingEventSortInput!]) { dockingEvents(first: 5, order: $order) { nodes { ll2Id } } }",
            new { order = JsonNode.Parse(order) });

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal($"limit=5&mode=normal&offset=0&{expected}", Assert.Single(fixture.Requests.Entries).Query);
    }

    [Fact]
    public async Task AVariableInsideTheListKeepsItsOrderToo()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync(
            "query($o: DockingEventSortInput!) { dockingEvents(first: 5, order: [$o]) { nodes { ll2Id } } }",
            new { o = JsonNode.Parse("""{"departure":"DESC","docking":"ASC"}""") });

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal("limit=5&mode=normal&offset=0&ordering=-departure%2Cdocking",
            Assert.Single(fixture.Requests.Entries).Query);
    }
}
