using System.Text;
using System.Text.Json.Nodes;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// Backward paging against a snapshot whose ties keep one order in both directions, as LL2 may (defect D), and
/// windows past either end of the list (defect E).
/// </summary>
public sealed class PagingTieAndEndTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Theory]
    [InlineData("dockingEvents", "[{ departure: ASC }]", 7)]
    [InlineData("dockingEvents", "[{ departure: DESC }]", 7)]
    [InlineData("spaceStations", "[{ onboardCrew: ASC }]", 4)]
    [InlineData("spaceStations", "[{ dockedVehicles: DESC }]", 4)]
    public async Task LastAndABackwardWalkAgreeWithTheForwardWalkDespiteTies(string field, string order, int size)
    {
        var forward = await ForwardAsync(field, order);

        var last = await PageAsync(field, $"last: {size}, order: {order}");
        var backward = new List<int>();
        string? before = null;
        while (true)
        {
            var page = await PageAsync(field, $"last: {size}, order: {order}{Before(before)}");
            backward.InsertRange(0, Ids(page));
            if (!(bool)page["pageInfo"]!["hasPreviousPage"]!)
            {
                break;
            }

            before = (string?)page["pageInfo"]!["startCursor"];
        }

        Assert.Equal(forward.TakeLast(size), Ids(last));
        Assert.Equal(forward, backward);
    }

    [Fact]
    public async Task APageAfterTheEndIsEmptyAndPromisesNoPageItCannotReach()
    {
        var shape = await ShapeAsync();

        var after = await PageAsync("dockingEvents", $"first: 5, after: \"{Cursor(shape, 5000)}\"");
        var before = await PageAsync("dockingEvents", $"last: 5, before: \"{Cursor(shape, 0)}\"");

        foreach (var page in new[] { after, before })
        {
            Assert.Empty(page["nodes"]!.AsArray());
            Assert.Equal("""{"hasNextPage":false,"hasPreviousPage":false,"startCursor":null,"endCursor":null}""",
                page["pageInfo"]!.ToJsonString());
            Assert.Equal(260, (int)page["totalCount"]!);
        }
    }

    [Fact]
    public async Task TheLargestOffsetIsRefusedWithoutACall()
    {
        var shape = await ShapeAsync();
        fixture.Reset();

        var answer = await fixture.PostAsync(
            $"{{ dockingEvents(after: \"{Cursor(shape, int.MaxValue)}\") {{ nodes {{ ll2Id }} }} }}");

        Assert.Equal("INVALID_CURSOR", answer.FirstCode);
        Assert.Equal(0, fixture.Requests.Count);
    }

    private async Task<string> ShapeAsync()
    {
        var page = await PageAsync("dockingEvents", "first: 1");
        var cursor = (string)page["pageInfo"]!["endCursor"]!;
        return Encoding.UTF8.GetString(Convert.FromBase64String(cursor)).Split(':')[0];
    }

    private static string Cursor(string shape, int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{shape}:{offset}"));

    private async Task<List<int>> ForwardAsync(string field, string order)
    {
        var seen = new List<int>();
        string? after = null;
        while (true)
        {
            var page = await PageAsync(field, $"first: 100, order: {order}{After(after)}");
            seen.AddRange(Ids(page));
            if (!(bool)page["pageInfo"]!["hasNextPage"]!)
            {
                return seen;
            }

            after = (string?)page["pageInfo"]!["endCursor"];
        }
    }

    private static string After(string? cursor) => cursor is null ? "" : $", after: \"{cursor}\"";

    private static string Before(string? cursor) => cursor is null ? "" : $", before: \"{cursor}\"";

    private static IEnumerable<int> Ids(JsonNode page) => page["nodes"]!.AsArray().Select(n => (int)n!["ll2Id"]!);

    private async Task<JsonNode> PageAsync(string field, string arguments)
    {
        var answer = await fixture.PostAsync($"{{ {field}({arguments}) {{ totalCount " +
            "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { ll2Id } } }");
        Assert.True(answer.Errors.Count == 0, answer.ToString());
        return answer.Data![field]!;
    }
}
