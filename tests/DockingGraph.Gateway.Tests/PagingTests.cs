using System.Text.Json.Nodes;

namespace DockingGraph.Gateway.Tests;

public sealed class PagingTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private const string Where = "where: { spaceStationTarget: { id: { eq: 4 } }, docking: { gte: \"2000-01-01T00:00:00Z\" } }";

    [Fact]
    public async Task ForwardWalkVisitsEveryEventOnceInOrder()
    {
        fixture.Reset();
        var expected = await ExpectedAsync();
        var seen = new List<int>();
        string? after = null;
        var calls = 0;
        while (true)
        {
            var page = await PageAsync($"first: 7{(after is null ? "" : $", after: \"{after}\"")}");
            calls++;
            seen.AddRange(page["nodes"]!.AsArray().Select(n => (int)n!["ll2Id"]!));
            Assert.Equal(expected.Count, (int)page["totalCount"]!);
            Assert.Equal(after is not null, (bool)page["pageInfo"]!["hasPreviousPage"]!);
            if (!(bool)page["pageInfo"]!["hasNextPage"]!)
            {
                break;
            }

            after = (string?)page["pageInfo"]!["endCursor"];
        }

        Assert.Equal(expected, seen);
        Assert.Equal(calls, fixture.Requests.Count);
        Assert.Equal("docking__gte=2000-01-01T00%3A00%3A00Z&limit=7&mode=normal&offset=14&ordering=docking%2Cdeparture&space_station_target__id=4", fixture.Requests.Entries[2].Query);
    }

    [Fact]
    public async Task BackwardWalkVisitsEveryEventOnceInOrder()
    {
        fixture.Reset();
        var expected = await ExpectedAsync();
        var seen = new List<int>();
        string? before = null;
        while (true)
        {
            var page = await PageAsync($"last: 6{(before is null ? "" : $", before: \"{before}\"")}");
            seen.InsertRange(0, page["nodes"]!.AsArray().Select(n => (int)n!["ll2Id"]!));
            Assert.Equal(before is not null, (bool)page["pageInfo"]!["hasNextPage"]!);
            if (!(bool)page["pageInfo"]!["hasPreviousPage"]!)
            {
                break;
            }

            before = (string?)page["pageInfo"]!["startCursor"];
        }

        Assert.Equal(expected, seen);
        // The first backward page reads the reversed order; later ones know their offsets from the cursor.
        Assert.Equal("docking__gte=2000-01-01T00%3A00%3A00Z&limit=6&mode=normal&offset=0&ordering=-docking%2C-departure&space_station_target__id=4", fixture.Requests.Entries[0].Query);
        Assert.EndsWith("ordering=docking%2Cdeparture&space_station_target__id=4", fixture.Requests.Entries[1].Query);
    }

    [Fact]
    public async Task CursorsOfBothDirectionsAgree()
    {
        var forward = await AllEdgesAsync();
        var backward = await PageAsync("last: 5");

        Assert.Equal(forward.TakeLast(5).Select(e => (string?)e["cursor"]), backward["edges"]!.AsArray().Select(e => (string?)e!["cursor"]));
    }

    [Fact]
    public async Task FirstWithBeforeAndLastWithAfterStayInsideTheirCursors()
    {
        var all = await AllEdgesAsync();
        string Cursor(int index) => (string)all[index]!["cursor"]!;

        var firstBefore = await PageAsync($"first: 10, after: \"{Cursor(2)}\", before: \"{Cursor(6)}\"");
        var lastAfter = await PageAsync($"last: 3, after: \"{Cursor(all.Count - 3)}\"");

        Assert.Equal(all.Skip(3).Take(3).Select(e => (int)e!["node"]!["ll2Id"]!), firstBefore["nodes"]!.AsArray().Select(n => (int)n!["ll2Id"]!));
        Assert.False((bool)firstBefore["pageInfo"]!["hasNextPage"]!);
        Assert.Equal(all.TakeLast(2).Select(e => (int)e!["node"]!["ll2Id"]!), lastAfter["nodes"]!.AsArray().Select(n => (int)n!["ll2Id"]!));
        Assert.False((bool)lastAfter["pageInfo"]!["hasPreviousPage"]!);
    }

    [Fact]
    public async Task DefaultPageIsTenAndTotalCountIsLl2sCount()
    {
        var page = await PageAsync("");

        Assert.Equal(10, page["nodes"]!.AsArray().Count);
        Assert.Equal((await ExpectedAsync()).Count, (int)page["totalCount"]!);
    }

    private async Task<JsonNode> PageAsync(string arguments)
    {
        var separator = arguments.Length > 0 ? ", " : "";
        var answer = await fixture.PostAsync($"{{ dockingEvents({arguments}{separator}{Where}) {{ totalCount pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} edges {{ cursor node {{ ll2Id }} }} nodes {{ ll2Id }} }} }}");
        Assert.True(answer.Errors.Count == 0, answer.ToString());
        return answer.Data!["dockingEvents"]!;
    }

    private async Task<List<JsonNode>> AllEdgesAsync()
    {
        var edges = new List<JsonNode>();
        string? after = null;
        do
        {
            var page = await PageAsync($"first: 100{(after is null ? "" : $", after: \"{after}\"")}");
            edges.AddRange(page["edges"]!.AsArray()!);
            after = (bool)page["pageInfo"]!["hasNextPage"]! ? (string?)page["pageInfo"]!["endCursor"] : null;
        }
        while (after is not null);

        return edges;
    }

    private async Task<List<int>> ExpectedAsync() =>
        (await fixture.RestAsync("docking_events/?space_station_target__id=4&docking__gte=2000-01-01T00:00:00Z&ordering=docking,departure&limit=100"))
            .Select(e => (int)e["id"]!).ToList();
}
