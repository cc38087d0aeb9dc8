namespace DockingGraph.Gateway.Tests.Mirror;

/// <summary>
/// <c>DockingEvents:AlignedBlocks</c> (the product default) with the cross-request cache on and the mirror off: a
/// page is read as the aligned blocks of 100 that hold it, counted from the snapshot's request log.
/// </summary>
public sealed class AlignedBlockTests
{
    private static readonly string[] BlocksOnly =
        ["--DockingEvents:AlignedBlocks", "true", "--Mirror:DockingEvents", "false"];

    private const string Page = """
        query($after: String) { dockingEvents(first: 10, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } nodes { ll2Id docking } } }
        """;

    [Fact]
    public async Task TenPagesOfTenCostOneCall()
    {
        await using var set = await MirrorGateways.StartAsync(false, BlocksOnly);
        string? after = null;
        var ids = new List<int>();
        for (var page = 0; page < 10; page++)
        {
            var answer = await set.PostAsync(0, Page, new { after });
            Assert.Empty(answer.Errors);
            var connection = answer.Data!["dockingEvents"]!;
            Assert.Equal(260, (int)connection["totalCount"]!);
            ids.AddRange(connection["nodes"]!.AsArray().Select(n => (int)n!["ll2Id"]!));
            after = (string?)connection["pageInfo"]!["endCursor"];
        }

        Assert.Equal(100, ids.Distinct().Count());
        var call = Assert.Single(set.Requests.Entries);
        Assert.Equal("/2.3.0/docking_events/", call.Path);
        Assert.Equal("limit=100&mode=normal&offset=0&ordering=docking%2Cdeparture", call.Query);
    }

    [Fact]
    public async Task APageAcrossABlockBoundaryReadsBothBlocks()
    {
        await using var set = await MirrorGateways.StartAsync(false, BlocksOnly);
        var first = await set.PostAsync(0, "{ dockingEvents(first: 95) { pageInfo { endCursor } } }");
        var cursor = (string?)first.Data!["dockingEvents"]!["pageInfo"]!["endCursor"];
        var across = await set.PostAsync(0, Page, new { after = cursor });

        Assert.Empty(across.Errors);
        Assert.Equal(10, across.Data!["dockingEvents"]!["nodes"]!.AsArray().Count);
        Assert.Equal(["offset=0", "offset=100"],
            set.Requests.Entries.Select(e => e.Query.Split('&').Single(p => p.StartsWith("offset="))));
    }

    [Fact]
    public async Task LastWithoutBeforeReadsTheReversedBlockAtOffsetZero()
    {
        await using var set = await MirrorGateways.StartAsync(false, BlocksOnly);
        var last = await set.PostAsync(0, "{ dockingEvents(last: 3) { totalCount pageInfo { hasPreviousPage } " +
            "nodes { ll2Id } } }");
        var all = await set.PostAsync(0, "{ a: dockingEvents(first: 100, after: null) { nodes { ll2Id } } " +
            "b: dockingEvents(first: 100, order: [{ docking: DESC }, { departure: DESC }]) { nodes { ll2Id } } }");

        Assert.Empty(last.Errors);
        Assert.Equal(260, (int)last.Data!["dockingEvents"]!["totalCount"]!);
        Assert.True((bool)last.Data!["dockingEvents"]!["pageInfo"]!["hasPreviousPage"]!);
        var newestFirst = all.Data!["b"]!["nodes"]!.AsArray().Select(n => (int)n!["ll2Id"]!).Take(3).Reverse();
        Assert.Equal(newestFirst, last.Data!["dockingEvents"]!["nodes"]!.AsArray().Select(n => (int)n!["ll2Id"]!));
        // The reversed block serves both the last page and the descending page: two blocks, two calls.
        Assert.Equal(
            ["limit=100&mode=normal&offset=0&ordering=-docking%2C-departure",
                "limit=100&mode=normal&offset=0&ordering=docking%2Cdeparture"],
            set.Requests.Entries.Select(e => e.Query).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ADetailedBlockAnswersANormalSelection()
    {
        await using var set = await MirrorGateways.StartAsync(false, BlocksOnly);
        const string Detailed = """
            { dockingEvents(first: 5, where: { spaceStationTarget: { id: { eq: 4 } } }) {
              nodes { ll2Id flightVehicleChaser { launch { name net } } } } }
            """;
        const string Normal = """
            { dockingEvents(first: 5, after: null, where: { spaceStationTarget: { id: { eq: 4 } } }) {
              nodes { ll2Id flightVehicleChaser { launch { name } } } } }
            """;
        var detailed = await set.PostAsync(0, Detailed);
        var normal = await set.PostAsync(0, Normal);

        Assert.Empty(detailed.Errors);
        Assert.Empty(normal.Errors);
        Assert.True(set.Requests.Count == 1,
            string.Join(", ", set.Requests.Entries.Select(e => $"{e.PathAndQuery} {e.Status}")));
        Assert.Contains("mode=detailed", set.Requests.Entries[0].Query);
        static IEnumerable<string?> Names(GraphQLAnswer answer) => answer.Data!["dockingEvents"]!["nodes"]!.AsArray()
            .Select(n => (string?)n!["flightVehicleChaser"]?["launch"]?["name"]);
        Assert.Equal(Names(detailed), Names(normal));
    }
}
