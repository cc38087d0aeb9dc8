using System.Text.Json.Nodes;
using DockingGraph.Snapshot.Faults;

namespace DockingGraph.Gateway.Tests.Mirror;

/// <summary>
/// Lookups of what the mirrored docking events embed (chaser flight 887 of event 642, its spacecraft 616 and launch
/// a556b963…, as recorded in the snapshot corpus): answered from the complete, fresh mirror for 0 calls, equal to
/// the answers of a gateway without the mirror (LL2's detail endpoints); fields the embedded form lacks still load
/// from LL2's detail; and, with the mirror past Mirror:MaxAge and LL2 refusing, answered stale instead of an error.
/// Gateway 0 mirrors; gateway 1 has no mirror. Cross-request cache off on both: every read is a logged call.
/// </summary>
public sealed class MirrorLookupTests
{
    private const string FlightDetail =
        "{ spacecraftFlight(id: 887) { ll2Id destination spacecraft { name } launch { name } " +
        "dockingEvents(first: 5) { nodes { ll2Id docking departure dockingLocation { name } } } } }";

    private const string Launch = "a556b963-0f36-4660-95a8-fdffdba653e2";

    private static readonly string[] Mirrored = [.. GatewayHost.NoCrossRequestCache, .. GatewayHost.MirrorOn];

    private static readonly string[] Plain = GatewayHost.NoCrossRequestCache;

    [Fact]
    public async Task AFlightDetailSpacecraftAndLaunchCostNoCallAndEqualLl2sDetails()
    {
        await using var set = await WarmAsync(Mirrored, Plain);
        string[] queries =
        [
            FlightDetail,
            "{ spacecraft(id: 616) { ll2Id name serialNumber timeInSpace status { name } " +
                "spacecraftConfig { name type { name } agency { name abbrev } } } }",
            $"{{ launch(id: \"{Launch}\") {{ ll2Id name slug net status {{ name }} pad {{ name }} " +
                "rocket { configuration { name } } } }",
        ];
        foreach (var query in queries)
        {
            set.Reset();
            var mirrored = await set.PostAsync(0, query, costReport: true);
            Assert.True(mirrored.Errors.Count == 0, mirrored.ToString());
            Assert.Empty(Ll2Calls(set));
            Assert.Equal(0, (int)mirrored.Body["extensions"]!["ll2"]!["calls"]!);
            Assert.True((int)mirrored.Body["extensions"]!["ll2"]!["cacheHits"]! >= 1, mirrored.ToString());
            Assert.Equal(0, (int)mirrored.Body["extensions"]!["operationCost"]!["estimatedLl2Calls"]!);

            var detail = await set.PostAsync(1, query);
            Assert.True(detail.Errors.Count == 0, detail.ToString());
            Assert.NotEmpty(Ll2Calls(set));
            Assert.Equal(detail.Data!.ToJsonString(), mirrored.Data!.ToJsonString());
        }
    }

    [Fact]
    public async Task NodesOfAFlightItsSpacecraftAndLaunchRoundTripFromTheMirror()
    {
        await using var set = await WarmAsync(Mirrored, Plain);
        var ids = await set.PostAsync(0, "{ spacecraftFlight(id: 887) { id spacecraft { id } launch { id } } }");
        var flight = (string)ids.Data!["spacecraftFlight"]!["id"]!;
        var spacecraft = (string)ids.Data!["spacecraftFlight"]!["spacecraft"]!["id"]!;
        var launch = (string)ids.Data!["spacecraftFlight"]!["launch"]!["id"]!;
        var query = $"{{ node(id: \"{flight}\") {{ id ... on SpacecraftFlight {{ ll2Id missionEnd " +
            "launch { name } } } " +
            $"nodes(ids: [\"{spacecraft}\", \"{launch}\"]) {{ id ... on Spacecraft {{ ll2Id name }} " +
            "... on Launch { uuid: ll2Id name net } } }";

        set.Reset();
        var mirrored = await set.PostAsync(0, query, costReport: true);
        Assert.True(mirrored.Errors.Count == 0, mirrored.ToString());
        Assert.Empty(Ll2Calls(set));
        Assert.Equal(flight, (string)mirrored.Data!["node"]!["id"]!);
        Assert.Equal(887, (int)mirrored.Data!["node"]!["ll2Id"]!);
        Assert.Equal(0, (int)mirrored.Body["extensions"]!["operationCost"]!["estimatedLl2Calls"]!);

        var detail = await set.PostAsync(1, query);
        Assert.True(detail.Errors.Count == 0, detail.ToString());
        Assert.Equal(3, Ll2Calls(set).Count);
        Assert.Equal(detail.Data!.ToJsonString(), mirrored.Data!.ToJsonString());
    }

    [Fact]
    public async Task WhatTheEmbeddedFormLacksStillLoadsFromLl2sDetailOnce()
    {
        await using var set = await WarmAsync(Mirrored, Plain);
        // crew: the mirror's flight (SpacecraftFlightNormal) has none; spacecraft flights: SpacecraftNormal has none.
        // The crew object is LL2's (its lists are null in every recording), not a null from reading the mirror again.
        var query = "{ spacecraftFlight(id: 887) { ll2Id launch { name } " +
            "crew { launchCrew { id } onboardCrew { id } } spacecraft { flights { ll2Id } } } " +
            "spacecraft(id: 616) { name flights { ll2Id destination } } }";

        set.Reset();
        var mirrored = await set.PostAsync(0, query, costReport: true);
        Assert.True(mirrored.Errors.Count == 0, mirrored.ToString());
        Assert.Equal(
            new Dictionary<string, int> { ["/2.3.0/spacecraft/616/"] = 1, ["/2.3.0/spacecraft_flights/887/"] = 1 },
            Ll2Calls(set).GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count()));
        var ll2 = mirrored.Body["extensions"]!["ll2"]!;
        Assert.Equal(2, (int)ll2["calls"]!);
        Assert.Equal(1, (int)ll2["cacheHits"]!); // the flight itself came from the mirror
        Assert.Equal("""{"launchCrew":null,"onboardCrew":null}""",
            mirrored.Data!["spacecraftFlight"]!["crew"]!.ToJsonString());
        Assert.NotEmpty(mirrored.Data!["spacecraft"]!["flights"]!.AsArray());
        // The estimate: crew 1, each spacecraft's flights 1 (it cannot know both spacecraft are 616), lookups 0.
        Assert.Equal(3, (int)mirrored.Body["extensions"]!["operationCost"]!["estimatedLl2Calls"]!);

        // A field only LL2's detailed serializer has below the flight (an agency's description: AgencyNormal, the
        // mirror holds AgencyMini) sends the lookup to the detail.
        set.Reset();
        var deep = await set.PostAsync(0,
            "{ spacecraftFlight(id: 887) { spacecraft { spacecraftConfig { agency { name description } } } } }");
        Assert.True(deep.Errors.Count == 0, deep.ToString());
        Assert.Equal(["/2.3.0/spacecraft_flights/887/"], Ll2Calls(set));

        var detail = await set.PostAsync(1, query);
        Assert.Equal(detail.Data!.ToJsonString(), mirrored.Data!.ToJsonString());
    }

    [Fact]
    public async Task AnIdTheMirrorLacksIsAskedOfLl2AndStaysNotFound()
    {
        await using var set = await WarmAsync(Mirrored);
        set.Reset();
        var answer = await set.PostAsync(0,
            "{ held: spacecraftFlight(id: 887) { ll2Id } missing: spacecraftFlight(id: 999999) { ll2Id } }");

        Assert.Equal(887, (int)answer.Data!["held"]!["ll2Id"]!);
        Assert.Null(answer.Data!["missing"]);
        Assert.Equal("NOT_FOUND", answer.FirstCode);
        Assert.Equal(["/2.3.0/spacecraft_flights/999999/"], Ll2Calls(set));
    }

    [Fact]
    public async Task PastMaxAgeWithTheBudgetSpentTheMirrorAnswersFlaggedStale()
    {
        // The fill spends the whole budget (a normal block for the first page, 3 detailed blocks); the recent
        // refresh is not due before MaxAge passes, so the budget stays spent.
        await using var set = await WarmAsync(
            [.. Mirrored, "--Ll2Budget:Calls", "4", "--Ll2Budget:Reserve", "0", "--Mirror:MaxAge", "00:30:00",
                "--Mirror:RecentRefresh", "02:00:00"],
            Plain);
        set.Clock!.Advance(TimeSpan.FromMinutes(40));
        set.Reset();
        var query = FlightDetail.TrimEnd('}') +
            $" dockingEvent(id: 642) {{ ll2Id docking }} launch(id: \"{Launch}\") {{ name net }} " +
            "dockingEvents(first: 3, order: [{ docking: DESC }]) { totalCount nodes { ll2Id } } }";

        var stale = await set.PostAsync(0, query);

        Assert.True(stale.Errors.Count == 0, stale.ToString());
        Assert.Empty(Ll2Calls(set));
        var ll2 = stale.Body["extensions"]!["ll2"]!;
        Assert.True((bool)ll2["stale"]!, stale.ToString());
        Assert.Equal(2400, (int)ll2["ageSeconds"]!);
        var fresh = await set.PostAsync(1, query);
        Assert.True(fresh.Errors.Count == 0, fresh.ToString());
        Assert.Equal(fresh.Data!.ToJsonString(), stale.Data!.ToJsonString());
    }

    [Fact]
    public async Task PastMaxAgeAnOutageIsAnsweredStaleButA404IsNotMasked()
    {
        await using var set = await WarmAsync(
            [.. Mirrored, "--Mirror:MaxAge", "00:30:00", "--Mirror:RecentRefresh", "02:00:00"]);
        set.Clock!.Advance(TimeSpan.FromMinutes(40));

        set.Reset();
        set.Upstream.Faults = new SnapshotFaults
        {
            ServerErrorRate = 1, ServerErrorStatus = 503, PathContains = "spacecraft_flights/",
        };
        var outage = await set.PostAsync(0, "{ spacecraftFlight(id: 887) { ll2Id launch { name } } }");
        Assert.True(outage.Errors.Count == 0, outage.ToString());
        Assert.Equal(887, (int)outage.Data!["spacecraftFlight"]!["ll2Id"]!);
        Assert.True((bool)outage.Body["extensions"]!["ll2"]!["stale"]!);
        Assert.Contains("/2.3.0/spacecraft_flights/887/", Ll2Calls(set));

        set.Upstream.Faults = new SnapshotFaults
        {
            ServerErrorRate = 1, ServerErrorStatus = 404, PathContains = "spacecraft_flights/",
        };
        var gone = await set.PostAsync(0, "{ spacecraftFlight(id: 887) { ll2Id } }");
        Assert.Equal("NOT_FOUND", gone.FirstCode);
        Assert.Null(gone.Data!["spacecraftFlight"]);
    }

    /// <summary>Gateways on a fake clock, gateway 0's mirror filled and answering, the log cleared.</summary>
    private static async Task<MirrorGateways> WarmAsync(params string[][] gateways)
    {
        var set = await MirrorGateways.StartAsync(true, gateways);
        await set.PostAsync(0, "{ dockingEvents(first: 1) { totalCount } }");
        await set.WaitUntilAnsweringAsync(0);
        await set.CallsSettledAsync(4);
        set.Reset();
        return set;
    }

    // Every LL2 call but the free api-throttle/ (readiness probes read it).
    private static List<string> Ll2Calls(MirrorGateways set) =>
        set.Requests.Entries.Select(e => e.Path).Where(p => !p.Contains("api-throttle", StringComparison.Ordinal))
            .ToList();
}
