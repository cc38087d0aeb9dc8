namespace DockingGraph.Gateway.Tests;

/// <summary>Every lookup of a missing object says NOT_FOUND; an id LL2 cannot have costs no call (defect F).</summary>
public sealed class NotFoundTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Theory]
    [InlineData("{ spaceStation(id: 9999) { name } }", "spaceStation")]
    [InlineData("{ launch(id: \"00000000-0000-4000-8000-000000000000\") { name } }", "launch")]
    [InlineData("{ dockingEvent(id: 99999) { ll2Id } }", "dockingEvent")]
    [InlineData("{ node(id: \"U3BhY2VTdGF0aW9uOjk5OTk=\") { id } }", "node")]
    public async Task AMissingObjectIsNotFound(string query, string field)
    {
        fixture.Reset();

        var answer = await fixture.PostAsync(query);

        Assert.Equal("NOT_FOUND", answer.FirstCode);
        Assert.Equal(field, (string?)answer.Errors[0]!["path"]![0]);
        Assert.Null(answer.Data![field]);
    }

    [Fact]
    public async Task ANegativeNodeIdCostsNoCall()
    {
        fixture.Reset();
        var id = Convert.ToBase64String("DockingEvent:-1"u8.ToArray());

        var answer = await fixture.PostAsync($"{{ node(id: \"{id}\") {{ id }} }}");

        Assert.Equal("INVALID_ID", answer.FirstCode);
        Assert.Equal(0, fixture.Requests.Count);
    }
}
