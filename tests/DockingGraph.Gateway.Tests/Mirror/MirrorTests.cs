namespace DockingGraph.Gateway.Tests.Mirror;

/// <summary>
/// The docking-events mirror on a gateway with a fake clock (cross-request cache off, so every block read is an LL2
/// call the snapshot logs): filled on first use, then every dockingEvents query answered locally for 0 calls,
/// refreshed from the newest blocks, pushed down again when too old.
/// </summary>
public sealed class MirrorTests
{
    private static readonly string[] Mirrored =
        [.. GatewayHost.NoCrossRequestCache, .. GatewayHost.MirrorOn];

    [Fact]
    public async Task FirstUseFillsTheMirrorThenEveryQueryCostsNoCall()
    {
        await using var set = await MirrorGateways.StartAsync(true, Mirrored);
        var first = await set.PostAsync(0, "{ dockingEvents(first: 3) { totalCount nodes { ll2Id } } }");
        await set.WaitUntilAnsweringAsync(0);

        Assert.Empty(first.Errors);
        // The first page is pushed down (one normal block); the fill reads the 260 events as 3 detailed blocks.
        Assert.Equal(4, await set.CallsSettledAsync(4));
        Assert.Equal(
            ["limit=100&mode=detailed&offset=0&ordering=docking%2Cdeparture",
                "limit=100&mode=detailed&offset=100&ordering=docking%2Cdeparture",
                "limit=100&mode=detailed&offset=200&ordering=docking%2Cdeparture",
                "limit=100&mode=normal&offset=0&ordering=docking%2Cdeparture"],
            set.EventCalls.Select(e => e.Query).Order(StringComparer.Ordinal));

        set.Reset();
        string[] queries =
        [
            "{ dockingEvents(first: 3) { totalCount nodes { ll2Id } } }",
            "{ dockingEvents(last: 7, search: \"soyuz\", order: [{ departure: DESC }]) { totalCount " +
                "nodes { ll2Id } } }",
            "{ dockingEvents(where: { docking: { gte: \"2010-01-01T00:00:00Z\" } }) { totalCount edges { cursor } } }",
            "{ spaceStations(first: 100) { nodes { dockingEvents(first: 3) { totalCount nodes { ll2Id } } } } }",
            "{ dockingEvents(first: 2) { nodes { flightVehicleChaser { launch { net pad { name } } } } } }",
        ];
        foreach (var query in queries)
        {
            var answer = await set.PostAsync(0, query);
            Assert.True(answer.Errors.Count == 0, $"{query}: {answer}");
        }

        // Stations come from their table (one call); not one docking-events call.
        Assert.Equal(0, set.Requests.CountPath("/2.3.0/docking_events/"));
        var state = (await set.MirrorStateAsync(0))!;
        Assert.True((bool)state["complete"]!);
        Assert.Equal(260, (int)state["events"]!);
        Assert.Equal(0, (double)state["ageSeconds"]!);
        Assert.Equal(3540, (double)state["nextRefreshSeconds"]!);
    }

    [Fact]
    public async Task TheNewestBlocksAreReadAgainEachRecentRefreshAndOneOlderBlockIsCycled()
    {
        await using var set = await MirrorGateways.StartAsync(true, Mirrored);
        await set.PostAsync(0, "{ dockingEvents(first: 3) { totalCount } }");
        await set.WaitUntilAnsweringAsync(0);
        await set.CallsSettledAsync(4);
        set.Reset();

        set.Clock!.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(3, await set.CallsSettledAsync(3));
        Assert.Equal(
            ["limit=100&mode=detailed&offset=0&ordering=-departure",
                "limit=100&mode=detailed&offset=0&ordering=-docking",
                "limit=100&mode=detailed&offset=0&ordering=docking%2Cdeparture"],
            set.EventCalls.Select(e => e.Query).Order(StringComparer.Ordinal));

        set.Reset();
        var answer = await set.PostAsync(0, "{ dockingEvents(first: 3) { totalCount } }");
        Assert.Equal(260, (int)answer.Data!["dockingEvents"]!["totalCount"]!);
        Assert.Empty(set.EventCalls);
        Assert.Equal(0, (double)(await set.MirrorStateAsync(0))!["ageSeconds"]!);
    }

    [Fact]
    public async Task TheCycledBlockBringsLl2sCorrectionOfAnOldEventPastTheCachedCopy()
    {
        // With the cross-request cache: the block read at the fill is a stale entry by the cycle.
        await using var set = await MirrorGateways.StartAsync(true, GatewayHost.MirrorOn);
        await set.PostAsync(0, "{ dockingEvents(first: 3) { totalCount } }");
        await set.WaitUntilAnsweringAsync(0);
        await set.CallsSettledAsync(4);
        set.Reset();

        // The oldest event (block 0 of docking,departure; in neither recent block) is corrected in LL2.
        var oldest = set.Upstream.Corpus.DockingEvents.MinBy(e => (DateTimeOffset)e["docking"]!)!;
        var id = (int)oldest["id"]!;
        var departure = oldest["departure"]?.DeepClone();
        oldest["departure"] = "1971-06-29T00:00:00Z";
        try
        {
            set.Clock!.Advance(TimeSpan.FromMinutes(59));
            Assert.Equal(3, await set.CallsSettledAsync(3));
            var answer = await set.PostAsync(0, $"{{ dockingEvent(id: {id}) {{ departure }} }}");
            Assert.Equal(DateTimeOffset.Parse("1971-06-29T00:00:00Z"),
                DateTimeOffset.Parse((string)answer.Data!["dockingEvent"]!["departure"]!));
        }
        finally
        {
            oldest["departure"] = departure;
        }
    }

    [Fact]
    public async Task AMirrorOlderThanMaxAgeIsNotUsedAndAnIdleOneIsNotRefreshed()
    {
        await using var set = await MirrorGateways.StartAsync(true,
            [.. Mirrored, "--Mirror:MaxAge", "00:30:00", "--Mirror:RecentRefresh", "02:00:00"]);
        await set.PostAsync(0, "{ dockingEvents(first: 3) { totalCount } }");
        await set.WaitUntilAnsweringAsync(0);
        await set.CallsSettledAsync(4);
        set.Reset();

        // Idle for 3 h: no demand in the last RecentRefresh, so nothing was read.
        set.Clock!.Advance(TimeSpan.FromHours(3));
        Assert.Equal(0, await set.CallsSettledAsync(0));
        Assert.False((bool)(await set.MirrorStateAsync(0))!["answering"]!);

        // Asked again: this page goes to LL2, and the mirror's newest blocks are read (2) with one cycled block.
        var answer = await set.PostAsync(0, "{ dockingEvents(first: 3) { totalCount } }");
        Assert.Equal(260, (int)answer.Data!["dockingEvents"]!["totalCount"]!);
        Assert.Equal(4, await set.CallsSettledAsync(4));
        await set.WaitUntilAnsweringAsync(0);
    }
}
