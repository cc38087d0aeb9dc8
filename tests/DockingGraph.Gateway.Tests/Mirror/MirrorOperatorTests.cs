using System.Text;
using System.Text.Json.Nodes;
using DockingGraph.Gateway.DockingEvents;
using DockingGraph.Gateway.DockingEvents.Mirror;

namespace DockingGraph.Gateway.Tests.Mirror;

/// <summary>
/// Hot Chocolate's operators LL2 cannot execute on docking events (departure, id, neq/in/nin/n…, multi-branch or):
/// answered from the complete mirror for 0 calls; with the mirror off or not yet complete fetched within budget as
/// the mirror's own three blocks, with the mirror's answer. Lookups and the LL2 estimate use the mirror too.
/// </summary>
public sealed class MirrorOperatorTests
{
    private static readonly string[] Mirrored = [.. GatewayHost.NoCrossRequestCache, .. GatewayHost.MirrorOn];

    // The snapshot's events without departure: the 8 the station records list as currently docked, and 14 recorded
    // without a departure (2020 and 2025 events LL2's recording left open). LL2's semantics: all 22 are null.
    private static readonly int[] CurrentlyDocked = [634, 635, 636, 637, 638, 639, 641, 642];
    private const int WithoutDeparture = 22;

    private const string DockedNow =
        "{ dockingEvents(first: 100, where: { departure: { eq: null } }) { totalCount nodes { ll2Id departure } } }";

    private const string TwoStations =
        "{ dockingEvents(first: 100, where: { spaceStationTarget: { id: { in: [5, 18] } } }) " +
        "{ totalCount nodes { spaceStationTarget { ll2Id } } } }";

    private const string OrOfTwoStations =
        "{ dockingEvents(first: 100, where: { or: [{ spaceStationTarget: { id: { eq: 5 } } }, " +
        "{ spaceStationTarget: { id: { eq: 18 } } }] }) { totalCount nodes { spaceStationTarget { ll2Id } } } }";

    private const string NotTheIss =
        "{ dockingEvents(where: { spaceStationTarget: { id: { neq: 4 } } }) { totalCount } }";

    [Fact]
    public async Task DockedNowTwoStationsOrAndNeqAreAnsweredFromTheMirrorWithoutCalls()
    {
        await using var set = await WarmAsync();

        var docked = await set.PostAsync(0, DockedNow);
        var twoStations = await set.PostAsync(0, TwoStations);
        var or = await set.PostAsync(0, OrOfTwoStations);
        var notIss = await set.PostAsync(0, NotTheIss);
        var departedLately = await set.PostAsync(0, "{ dockingEvents(where: { departure: { neq: null, " +
            "gte: \"2025-01-01T00:00:00Z\" }, docking: { nin: [\"2025-02-01T00:00:00Z\"] } }) { totalCount } }");

        Assert.Empty(set.EventCalls);
        foreach (var answer in new[] { docked, twoStations, or, notIss, departedLately })
        {
            Assert.True(answer.Errors.Count == 0, answer.ToString());
        }

        Assert.Equal(WithoutDeparture, Total(docked));
        var dockedIds = Nodes(docked).Select(n => (int)n!["ll2Id"]!).ToList();
        Assert.All(Nodes(docked), n => Assert.Null(n!["departure"]));
        Assert.Superset(CurrentlyDocked.ToHashSet(), dockedIds.ToHashSet());
        // Station 5 (Mir) has 39 events, station 18 (Tiangong) 6 in the snapshot.
        Assert.Equal(45, Total(twoStations));
        Assert.All(Nodes(twoStations), n => Assert.Contains((int)n!["spaceStationTarget"]!["ll2Id"]!, new[] { 5, 18 }));
        Assert.Equal(twoStations.Data!.ToJsonString(), or.Data!.ToJsonString());
        // Every event without a target station is excluded too (Hot Chocolate's null check on the related object).
        Assert.Equal(260 - 171 - 0, Total(notIss));
        Assert.True(Total(departedLately) > 0);
    }

    [Fact]
    public async Task OperationLevelOrAndAndAreAnsweredFromTheMirrorAsTheirRootForms()
    {
        await using var set = await WarmAsync();

        var or = await set.PostAsync(0, "{ dockingEvents(first: 100, where: { spaceStationTarget: { id: { or: " +
            "[{ eq: 5 }, { eq: 18 }] } } }) { totalCount nodes { spaceStationTarget { ll2Id } } } }");
        var twoStations = await set.PostAsync(0, TwoStations);
        var andDates = await set.PostAsync(0, "{ dockingEvents(first: 100, where: { docking: { gte: " +
            "\"2010-01-01T00:00:00Z\", and: [{ lt: \"2020-01-01T00:00:00Z\" }, { or: [{ eq: null }, " +
            "{ neq: \"2015-01-01T00:00:00Z\" }] }] } }) { totalCount nodes { ll2Id } } }");
        var rootAnd = await set.PostAsync(0, "{ dockingEvents(first: 100, where: { docking: { gte: " +
            "\"2010-01-01T00:00:00Z\", lt: \"2020-01-01T00:00:00Z\" } }) { totalCount nodes { ll2Id } } }");

        Assert.Empty(set.EventCalls);
        Assert.True(or.Errors.Count == 0 && andDates.Errors.Count == 0, or + " " + andDates);
        Assert.Equal(twoStations.Data!.ToJsonString(), or.Data!.ToJsonString());
        Assert.Equal(45, Total(or));
        Assert.Equal(rootAnd.Data!.ToJsonString(), andDates.Data!.ToJsonString());
        Assert.True(Total(andDates) > 10, andDates.ToString());
    }

    [Fact]
    public async Task TheLocalAnswerPagesTheWholeFilteredSet()
    {
        await using var set = await WarmAsync();

        var first = await set.PostAsync(0, "{ dockingEvents(first: 10, where: { departure: { eq: null } }, " +
            "order: [{ docking: DESC }]) { totalCount edges { cursor node { ll2Id } } pageInfo { hasNextPage } } }");
        var cursor = (string)first.Data!["dockingEvents"]!["edges"]!.AsArray()[^1]!["cursor"]!;
        var second = await set.PostAsync(0, "query($c: String) { dockingEvents(first: 20, after: $c, where: " +
            "{ departure: { eq: null } }, order: [{ docking: DESC }]) { totalCount nodes { ll2Id } " +
            "pageInfo { hasNextPage } } }", new { c = cursor });

        var otherWhere = await set.PostAsync(0, "query($c: String) { dockingEvents(after: $c, where: " +
            "{ departure: { neq: null } }, order: [{ docking: DESC }]) { totalCount } }", new { c = cursor });

        Assert.Empty(set.EventCalls);
        // Cursors are bound to the locally evaluated where too.
        Assert.Equal("INVALID_CURSOR", otherWhere.FirstCode);
        Assert.Equal(WithoutDeparture, Total(first));
        Assert.True((bool)first.Data!["dockingEvents"]!["pageInfo"]!["hasNextPage"]!);
        Assert.Equal(642, (int)first.Data!["dockingEvents"]!["edges"]!.AsArray()[0]!["node"]!["ll2Id"]!);
        Assert.Equal(WithoutDeparture - 10, Nodes(second).Count);
        Assert.False((bool)second.Data!["dockingEvents"]!["pageInfo"]!["hasNextPage"]!);
    }

    [Fact]
    public async Task NestedEdgesAndTheEventIdFilterAreAnsweredFromTheMirror()
    {
        await using var set = await WarmAsync();
        var ids = new[] { "RG9ja2luZ0V2ZW50OjYyMg==", "639" }; // DockingEvent:622, plain 639

        var nested = await set.PostAsync(0, "{ spaceStation(id: 18) { dockingEvents(where: { departure: " +
            "{ eq: null } }) { totalCount } } }");
        var byId = await set.PostAsync(0, "query($ids: [ID]) { dockingEvents(where: { id: { in: $ids } }) " +
            "{ totalCount nodes { ll2Id } } }", new { ids });

        Assert.Empty(set.EventCalls);
        Assert.True(nested.Errors.Count == 0, nested.ToString());
        Assert.Equal(5, (int)nested.Data!["spaceStation"]!["dockingEvents"]!["totalCount"]!);
        Assert.Equal([622, 639], Nodes(byId).Select(n => (int)n!["ll2Id"]!));
    }

    [Fact]
    public async Task AnLl2ExecutableWhereIsStillPushedDownWhenTheMirrorIsOff()
    {
        await using var set = await MirrorGateways.StartAsync(false, GatewayHost.NoCrossRequestCache);

        var answer = await set.PostAsync(0, "{ dockingEvents(first: 3, where: { or: [{ spaceStationTarget: " +
            "{ id: { eq: 4 } } }], docking: { gte: \"2010-01-01T00:00:00Z\" } }) { totalCount } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(
            ["docking__gte=2010-01-01T00%3A00%3A00Z&limit=3&mode=normal&offset=0&ordering=docking%2Cdeparture" +
                "&space_station_target__id=4"],
            set.EventCalls.Select(e => e.Query));
    }

    [Theory]
    [InlineData(DockedNow, "departure.eq: null")]
    [InlineData(TwoStations, "spaceStationTarget.id.in")]
    [InlineData(OrOfTwoStations, "or (2 branches)")]
    [InlineData(NotTheIss, "spaceStationTarget.id.neq")]
    [InlineData("{ dockingEvents(where: { spaceStationTarget: { id: { and: [{ eq: 4 }] } } }) { totalCount } }",
        "spaceStationTarget.id.and")]
    [InlineData("{ dockingEvents(where: { docking: { or: [{ gte: \"2010-01-01T00:00:00Z\" }] } }) { totalCount } }",
        "docking.or")]
    [InlineData("{ dockingEvents(where: { docking: { ngt: \"2010-01-01T00:00:00Z\" } }) { totalCount } }",
        "docking.ngt")]
    public async Task WithTheMirrorOffTheyAreFetchedAsTheMirrorsBlocksAndAnswerAsTheMirror(string query,
        string lacking)
    {
        await using var set = await MirrorGateways.StartAsync(false, Mirrored, GatewayHost.NoCrossRequestCache);
        await set.PostAsync(0, "{ dockingEvents(first: 1) { totalCount } }");
        await set.WaitUntilAnsweringAsync(0);
        await set.CallsSettledAsync(4);
        var mirrored = await set.PostAsync(0, query);
        var fillBlocks = set.EventCalls.Where(e => e.Query.Contains("mode=detailed", StringComparison.Ordinal)
            && e.Query.EndsWith("ordering=docking%2Cdeparture", StringComparison.Ordinal))
            .Select(e => e.Query).Distinct().Order(StringComparer.Ordinal).ToList();
        set.Reset();

        var fetched = await set.PostAsync(1, query);

        Assert.True(fetched.Errors.Count == 0, lacking + " " + fetched);
        Assert.Equal(mirrored.Data!.ToJsonString(), fetched.Data!.ToJsonString());
        // All 260 events: the same three aligned blocks (URL, mode, ordering) the mirror's fill reads.
        string[] blocks =
        [
            "limit=100&mode=detailed&offset=0&ordering=docking%2Cdeparture",
            "limit=100&mode=detailed&offset=100&ordering=docking%2Cdeparture",
            "limit=100&mode=detailed&offset=200&ordering=docking%2Cdeparture",
        ];
        Assert.Equal(blocks, set.EventCalls.Select(e => e.Query));
        Assert.Equal(blocks, fillBlocks);
    }

    [Fact]
    public async Task WhileTheMirrorIsFillingTheyAreFetchedWithinBudget()
    {
        await using var set = await MirrorGateways.StartAsync(true, Mirrored);

        var answer = await set.PostAsync(0, DockedNow);

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(WithoutDeparture, Total(answer));
        await set.WaitUntilAnsweringAsync(0);
        Assert.Equal(answer.Data!.ToJsonString(), (await set.PostAsync(0, DockedNow)).Data!.ToJsonString());
    }

    [Fact]
    public async Task ExpeditionsAnswerTheOperatorsLl2LacksOverTheirBlocksAndStationsOverTheirTable()
    {
        await using var set = await WarmAsync();

        // No mirror of expeditions: every expedition is read in blocks of 100 and in is evaluated over them.
        var expeditions = await set.PostAsync(0,
            "{ both: expeditions(where: { spaceStation: { id: { in: [4, 5] } } }) { totalCount } " +
            "four: expeditions(where: { spaceStation: { id: { eq: 4 } } }) { totalCount } " +
            "five: expeditions(where: { spaceStation: { id: { eq: 5 } } }) { totalCount } }");
        Assert.True(expeditions.Errors.Count == 0, expeditions.ToString());
        Assert.Equal((int)expeditions.Data!["four"]!["totalCount"]! + (int)expeditions.Data["five"]!["totalCount"]!,
            (int)expeditions.Data["both"]!["totalCount"]!);
        Assert.True((int)expeditions.Data["both"]!["totalCount"]! > 0);
        Assert.Equal(["offset=0", "offset=100"], set.Requests.Entries
            .Where(e => e.Path == "/2.3.0/expeditions/"
                && e.PathAndQuery.Contains("limit=100&", StringComparison.Ordinal))
            .Select(e => e.PathAndQuery.Split('&').Single(p => p.StartsWith("offset=", StringComparison.Ordinal))));

        // LL2's station table is read whole in one call: neq is evaluated over it instead of refused.
        var stations = await set.PostAsync(0, "{ notActive: spaceStations(where: { status: { id: { neq: 1 } } }) " +
            "{ totalCount } active: spaceStations(where: { status: { id: { eq: 1 } } }) { totalCount } " +
            "all: spaceStations { totalCount } }");
        Assert.True(stations.Errors.Count == 0, stations.ToString());
        Assert.Equal((int)stations.Data!["all"]!["totalCount"]! - (int)stations.Data["active"]!["totalCount"]!,
            (int)stations.Data["notActive"]!["totalCount"]!);
        Assert.True((int)stations.Data["notActive"]!["totalCount"]! > 0);
    }

    [Fact]
    public async Task DockingEventLookupsComeFromTheMirror()
    {
        await using var set = await WarmAsync();
        var node = Convert.ToBase64String(Encoding.UTF8.GetBytes("DockingEvent:639"));

        var byId = await set.PostAsync(0, "{ dockingEvent(id: 622) { ll2Id docking spaceStationTarget { name } " +
            "flightVehicleChaser { launch { net } } } }");
        var byNode = await set.PostAsync(0,
            $"{{ node(id: \"{node}\") {{ ... on DockingEvent {{ ll2Id departure }} }} }}");

        Assert.True(byId.Errors.Count == 0, byId.ToString());
        Assert.True(byNode.Errors.Count == 0, byNode.ToString());
        Assert.Equal(622, (int)byId.Data!["dockingEvent"]!["ll2Id"]!);
        Assert.Equal(639, (int)byNode.Data!["node"]!["ll2Id"]!);
        Assert.Equal(0, set.Requests.CountPath("/2.3.0/docking_events/622/"));
        Assert.Equal(0, set.Requests.CountPath("/2.3.0/docking_events/639/"));
        Assert.Empty(set.EventCalls);
    }

    [Fact]
    public async Task TheEstimateCountsNoCallForWhatTheMirrorAnswers()
    {
        // 50 docking locations × a page each: over the default 25 LL2 calls per request while the mirror is cold.
        const string query = "{ dockingLocations { name dockingEvents(first: 2) { totalCount } } }";
        await using var set = await MirrorGateways.StartAsync(true, Mirrored);

        var cold = await set.PostAsync(0, query);
        await set.PostAsync(0, "{ dockingEvents(first: 1) { totalCount } }");
        await set.WaitUntilAnsweringAsync(0);
        await set.CallsSettledAsync(4);
        set.Reset();
        var warm = await set.PostAsync(0, query, costReport: true);
        var lookups = await set.PostAsync(0, "{ dockingEvent(id: 622) { ll2Id } node(id: " +
            "\"RG9ja2luZ0V2ZW50OjYzOQ==\") { id } }", costReport: true);

        Assert.Equal("QUERY_TOO_EXPENSIVE", cold.FirstCode);
        Assert.True(warm.Errors.Count == 0, warm.ToString());
        // The docking-locations table is the one call left in the estimate; the 50 pages cost nothing.
        Assert.Equal(1, (int)warm.Body["extensions"]!["operationCost"]!["estimatedLl2Calls"]!);
        Assert.Equal(0, (int)lookups.Body["extensions"]!["operationCost"]!["estimatedLl2Calls"]!);
        Assert.Empty(set.EventCalls);
    }

    [Fact]
    public void TheLocalEvaluatorKnowsEveryFilterThePushDownTableDeclares() =>
        Assert.Equal(DockingEventsPushDown.Table.Filters.Select(f => f.Name).Order(StringComparer.Ordinal),
            LocalWhere.FieldNames.Order(StringComparer.Ordinal));

    private static async Task<MirrorGateways> WarmAsync()
    {
        var set = await MirrorGateways.StartAsync(true, Mirrored);
        await set.PostAsync(0, "{ dockingEvents(first: 1) { totalCount } }");
        await set.WaitUntilAnsweringAsync(0);
        await set.CallsSettledAsync(4);
        set.Reset();
        return set;
    }

    private static int Total(GraphQLAnswer answer) => (int)answer.Data!["dockingEvents"]!["totalCount"]!;

    private static List<JsonNode?> Nodes(GraphQLAnswer answer) =>
        [.. answer.Data!["dockingEvents"]!["nodes"]!.AsArray()];
}
