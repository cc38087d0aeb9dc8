using DockingGraph.Gateway.Tests.Mirror;
using static DockingGraph.Gateway.Tests.LocalFetchEstimateTests;

namespace DockingGraph.Gateway.Tests.Limits;

/// <summary>
/// The pre-execution LL2 estimate of the root dockingEvents with a where LL2 cannot execute (departure.eq: null),
/// against the real snapshot with exact LL2 calls (DockingEvents/DockingEventsPlan). With the mirror off it reads
/// the 260 events as three detailed blocks of 100: cold the estimate is the first block and says it is a lower
/// bound, a cached repeat is free, a count LL2 gave lately makes it exact or refuses before any call. With the
/// mirror complete it costs nothing, but a where on a station field the events do not embed reads the station
/// table.
/// </summary>
public sealed class DockingEventsEstimateTests
{
    private const string DockedNow = "{ dockingEvents(where: { departure: { eq: null } }) { totalCount } }";
    private const string CountPage = "{ dockingEvents(first: 1) { totalCount } }";
    private const string StationTable = "/2.3.0/space_stations/?limit=100&mode=detailed&offset=0";

    // A station field the events' SpaceStationMini lacks: evaluated over LL2's station table.
    private const string DockedAtOldStations = "{ dockingEvents(where: { departure: { eq: null }, " +
        "spaceStationTarget: { founded: { lt: \"2000-01-01\" } } }) { totalCount } }";

    private static readonly string[] Blocks =
    [
        "/2.3.0/docking_events/?limit=100&mode=detailed&offset=0&ordering=docking%2Cdeparture",
        "/2.3.0/docking_events/?limit=100&mode=detailed&offset=100&ordering=docking%2Cdeparture",
        "/2.3.0/docking_events/?limit=100&mode=detailed&offset=200&ordering=docking%2Cdeparture",
    ];

    [Fact]
    public async Task MirrorOffColdTheFirstBlockAsALowerBoundThenThreeCallsAndACachedRepeatIsFree()
    {
        await using var harness = await CacheHarness.StartAsync();
        harness.Reset();

        var cold = await PostAsync(harness, DockedNow);
        var coldPaths = Paths(harness);
        var repeat = await PostAsync(harness, DockedNow);

        Assert.True(cold.Errors.Count == 0, cold.ToString());
        Assert.Equal(22, (int)cold.Data!["dockingEvents"]!["totalCount"]!);
        Assert.Equal((1, true), Estimate(cold));
        Assert.Equal(Blocks, coldPaths);
        Assert.Equal(3, (int)cold.Ll2()!["calls"]!);
        Assert.True(repeat.Errors.Count == 0, repeat.ToString());
        Assert.Equal((0, false), Estimate(repeat));
        Assert.Equal(0, (int)repeat.Ll2()!["calls"]!);
        Assert.Equal(3, harness.Requests.Count);
    }

    [Fact]
    public async Task ACountFromAPushedDownPageOfTheSameLl2PartMakesItExactlyTheThreeBlocks()
    {
        await using var harness = await CacheHarness.StartAsync();
        harness.Reset();

        var page = await PostAsync(harness, CountPage);
        harness.Reset();
        var known = await PostAsync(harness, DockedNow);

        Assert.Equal(260, (int)page.Data!["dockingEvents"]!["totalCount"]!);
        Assert.True(known.Errors.Count == 0, known.ToString());
        Assert.Equal((3, false), Estimate(known));
        Assert.Equal(3, (int)known.Ll2()!["calls"]!);
        Assert.Equal(Blocks, Paths(harness));
    }

    [Fact]
    public async Task AKnownCountOverTheLimitIsRefusedBeforeAnyCallAndEstimatedAsNone()
    {
        await using var harness = await CacheHarness.StartAsync(1, null, "--Limits:MaxLl2CallsPerRequest", "2");
        harness.Reset();
        await PostAsync(harness, CountPage);
        harness.Reset();

        var refused = await PostAsync(harness, DockedNow);

        Assert.Equal("FILTER_NOT_SUPPORTED", refused.FirstCode);
        Assert.Contains("needs all 260 docking events the rest of the where selects: 3 LL2 calls of 100 rows, " +
            "while a request may make 2 (Limits:MaxLl2CallsPerRequest)", (string)refused.Errors[0]!["message"]!);
        Assert.Equal((0, false), Estimate(refused));
        Assert.Equal(0, (int)refused.Ll2()!["calls"]!);
        Assert.Equal(0, harness.Requests.Count);
    }

    [Fact]
    public async Task AWhereOnStationFieldsTheEventsDoNotEmbedAddsTheStationTableUnlessItIsCached()
    {
        await using var harness = await CacheHarness.StartAsync();
        harness.Reset();
        await PostAsync(harness, CountPage);
        harness.Reset();

        var joined = await PostAsync(harness, DockedAtOldStations);
        var joinedPaths = Paths(harness);
        var again = await PostAsync(harness, DockedAtOldStations);

        Assert.True(joined.Errors.Count == 0, joined.ToString());
        Assert.Equal((4, false), Estimate(joined));
        Assert.Equal(4, (int)joined.Ll2()!["calls"]!);
        Assert.Equal([.. Blocks, StationTable], joinedPaths.Order(StringComparer.Ordinal));
        Assert.True(again.Errors.Count == 0, again.ToString());
        Assert.Equal(joined.Data!.ToJsonString(), again.Data!.ToJsonString());
        Assert.Equal((0, false), Estimate(again));
        Assert.Equal(0, (int)again.Ll2()!["calls"]!);
        Assert.Equal(4, harness.Requests.Count);
    }

    [Fact]
    public async Task WithTheMirrorCompleteItIsNoneExceptTheStationTableAWhereOrAnOrderJoins()
    {
        // No cross-request cache: the station table is a call each time it is read.
        await using var set = await MirrorGateways.StartAsync(true,
            [.. GatewayHost.NoCrossRequestCache, .. GatewayHost.MirrorOn]);
        var fill = await set.PostAsync(0, CountPage);
        await set.WaitUntilAnsweringAsync(0);
        Assert.Empty(fill.Errors);
        Assert.Equal(4, await set.CallsSettledAsync(4));
        set.Reset();

        var local = await set.PostAsync(0, DockedNow, costReport: true);
        var localCalls = set.Requests.Count;
        var joined = await set.PostAsync(0, DockedAtOldStations, costReport: true);
        var joinedPaths = set.Requests.Entries.Select(e => e.PathAndQuery).ToList();
        var ordered = await set.PostAsync(0, "{ dockingEvents(first: 3, order: [{ spaceStationTarget: " +
            "{ founded: ASC } }]) { nodes { ll2Id } } }", costReport: true);

        Assert.True(local.Errors.Count == 0, local.ToString());
        Assert.Equal(22, (int)local.Data!["dockingEvents"]!["totalCount"]!);
        Assert.Equal((0, false), Estimate(local));
        Assert.Equal(0, (int)local.Ll2()!["calls"]!);
        Assert.Equal(0, localCalls);
        Assert.True(joined.Errors.Count == 0, joined.ToString());
        Assert.Equal((1, false), Estimate(joined));
        Assert.Equal(1, (int)joined.Ll2()!["calls"]!);
        Assert.Equal([StationTable], joinedPaths);
        Assert.True(ordered.Errors.Count == 0, ordered.ToString());
        Assert.Equal((1, false), Estimate(ordered));
        Assert.Equal(1, (int)ordered.Ll2()!["calls"]!);
        Assert.Equal([StationTable, StationTable], set.Requests.Entries.Select(e => e.PathAndQuery));
    }

    private static List<string> Paths(CacheHarness harness) =>
        harness.Requests.Entries.Select(e => e.PathAndQuery).ToList();
}
