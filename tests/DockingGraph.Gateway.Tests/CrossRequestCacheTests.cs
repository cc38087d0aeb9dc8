using DockingGraph.Snapshot.Faults;

namespace DockingGraph.Gateway.Tests;

/// <summary>The cross-request cache on (the product default): exact LL2 call counts from the snapshot's log.</summary>
public sealed class CrossRequestCacheTests
{
    // One LL2 call (a docking-event page: Cache:ListTtl, 5 min by default).
    private const string Page = "{ dockingEvents(first: 2) { totalCount nodes { ll2Id docking } } }";

    private static readonly TimeSpan PastListTtl = TimeSpan.FromMinutes(6);

    // Cache:RefreshTick: stale hits add demand, the refresh scheduler's next tick refreshes.
    private static readonly TimeSpan RefreshTick = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task TheSameQueryTwiceWithinItsLifetimeSpendsNoSecondCall()
    {
        await using var harness = await CacheHarness.StartAsync();

        var first = await harness.PostAsync(Page);
        var firstCalls = harness.Requests.Count;
        harness.Clock.Advance(TimeSpan.FromMinutes(4));
        var second = await harness.PostAsync(Page);

        Assert.Equal(1, firstCalls);
        Assert.Equal(1, harness.Requests.Count);
        Assert.Equal(first.Data!.ToJsonString(), second.Data!.ToJsonString());
        Assert.Equal(1, (int)first.Ll2()!["calls"]!);
        Assert.Equal(0, (int)second.Ll2()!["calls"]!);
        Assert.Equal(1, (int)second.Ll2()!["cacheHits"]!);
        Assert.False(second.IsStale());
        Assert.Equal(240, (int)second.Ll2()!["ageSeconds"]!);
    }

    [Fact]
    public async Task PastItsLifetimeTheStaleAnswerComesAtOnceAndTheNextTickMakesOneBackgroundCall()
    {
        await using var harness = await CacheHarness.StartAsync();
        await harness.PostAsync(Page);
        harness.Clock.Advance(PastListTtl);
        // A slow LL2, so that all twenty arrive while the refresh is under way.
        harness.Reset(new SnapshotFaults { LatencyMilliseconds = 1000 });

        var stale = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => harness.PostAsync(Page)));
        var beforeTick = harness.Requests.Count;
        harness.Clock.Advance(RefreshTick);
        var refreshCalls = await harness.CallsSettledAsync(1);
        var fresh = await harness.PostAsync(Page);

        Assert.All(stale, answer =>
        {
            Assert.True(answer.Errors.Count == 0, answer.ToString());
            Assert.True(answer.IsStale(), answer.ToString());
            Assert.Equal(360, (int)answer.Ll2()!["ageSeconds"]!);
            Assert.Equal(0, (int)answer.Ll2()!["calls"]!);
        });
        Assert.Equal(0, beforeTick);
        Assert.Equal(1, refreshCalls);
        Assert.Equal(1, harness.Requests.Count);
        Assert.False(fresh.IsStale(), fresh.ToString());
        Assert.Equal(0, (int)fresh.Ll2()!["ageSeconds"]!);
    }

    [Fact]
    public async Task StaleDataIsReportedWithoutBeingAskedAndGetAnswersAreNotStored()
    {
        await using var harness = await CacheHarness.StartAsync(arguments: ["--environment", "Production"]);
        using var cold = await harness.GetAsync(Page);
        using var warm = await harness.GetAsync(Page);
        harness.Clock.Advance(PastListTtl);

        using var stale = await harness.GetAsync(Page);
        var body = System.Text.Json.Nodes.JsonNode.Parse(await stale.Content.ReadAsStringAsync())!;
        var plain = await harness.PostAsync(Page, report: false);

        Assert.Equal("public, max-age=300", cold.Headers.CacheControl?.ToString());
        Assert.Equal("public, max-age=300", warm.Headers.CacheControl?.ToString());
        Assert.Equal("no-store", stale.Headers.CacheControl?.ToString());
        Assert.Equal("""{"stale":true,"ageSeconds":360}""", body["extensions"]!["ll2"]!.ToJsonString());
        Assert.Null(System.Text.Json.Nodes.JsonNode.Parse(await warm.Content.ReadAsStringAsync())!["extensions"]);
        Assert.True(plain.Errors.Count == 0, plain.ToString());
    }

    [Fact]
    public async Task AFreshHitsMaxAgeDoesNotOutliveTheData()
    {
        await using var harness = await CacheHarness.StartAsync();
        using var cold = await harness.GetAsync(Page);
        harness.Clock.Advance(TimeSpan.FromMinutes(2));

        using var warm = await harness.GetAsync(Page);

        Assert.Equal("public, max-age=300", cold.Headers.CacheControl?.ToString());
        Assert.Equal("public, max-age=180", warm.Headers.CacheControl?.ToString());
    }

    public static TheoryData<string> Faults => ["5xx", "malformed", "timeout"];

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task WhenLl2FailsStaleDataIsServedAndAKeyNeverCachedGetsTheCodedError(string fault)
    {
        // No retry: this is about serving stale data, and a retried timeout would reach the snapshot's log late.
        await using var harness = await CacheHarness.StartAsync(
            arguments: ["--LaunchLibrary:TimeoutSeconds", "1", "--Ll2Resilience:MaxRetries", "0"]);
        await harness.PostAsync(Page);
        harness.Clock.Advance(PastListTtl);
        harness.Reset(fault switch
        {
            "5xx" => new SnapshotFaults { ServerErrorRate = 1 },
            "malformed" => new SnapshotFaults { MalformedBody = true },
            _ => new SnapshotFaults { LatencyMilliseconds = 3000 },
        });

        var stale = await harness.PostAsync(Page);
        harness.Clock.Advance(RefreshTick);
        var failedRefresh = await harness.CallsSettledAsync(1, settleMilliseconds: fault == "timeout" ? 2500 : 500);
        var again = await harness.PostAsync(Page);
        var never = await harness.PostAsync("{ dockingEvents(first: 3) { totalCount } }");

        Assert.Equal(200, stale.Status);
        Assert.True(stale.Errors.Count == 0, stale.ToString());
        Assert.True(stale.IsStale());
        Assert.True(fault == "timeout" || failedRefresh >= 1); // a call LL2 never answered is not in its log
        Assert.Equal(200, again.Status);
        Assert.True(again.IsStale(), again.ToString());
        Assert.Equal(stale.Data!.ToJsonString(), again.Data!.ToJsonString());
        Assert.Equal(200, never.Status);
        Assert.Null(never.Data!["dockingEvents"]);
        Assert.Equal(fault == "malformed" ? "UPSTREAM_BAD_RESPONSE" : "UPSTREAM_UNAVAILABLE", never.FirstCode);

        // The fault ends; past the refresh backoff (30 s) the scheduler's tick refreshes the key, and it lands.
        await Task.Delay(fault == "timeout" ? 3000 : 0); // the timed-out calls reach the log late
        harness.Reset();
        harness.Clock.Advance(TimeSpan.FromSeconds(31));
        await harness.PostAsync(Page);
        var recovered = await harness.CallsSettledAsync(1);
        var fresh = await harness.PostAsync(Page);
        Assert.Equal(1, recovered);
        Assert.False(fresh.IsStale(), $"{fresh} after {string.Join(", ", harness.Requests.Entries.Select(e => e.PathAndQuery))}");
    }

    [Fact]
    public async Task ANotFoundIsNeverCachedNorMasked()
    {
        await using var harness = await CacheHarness.StartAsync();

        var first = await harness.PostAsync("{ dockingEvent(id: 999999) { ll2Id } }");
        var second = await harness.PostAsync("{ dockingEvent(id: 999999) { ll2Id } }");

        Assert.Equal("NOT_FOUND", first.FirstCode);
        Assert.Equal("NOT_FOUND", second.FirstCode);
        Assert.Equal(2, harness.Requests.Count);
    }

    [Fact]
    public async Task WithTheCacheOffEveryRequestCallsAgainAndTheMemoStillSharesWithinOne()
    {
        await using var harness = await CacheHarness.StartAsync(arguments: ["--Cache:Enabled", "false"]);
        const string twice = "{ a: dockingEvents(first: 2) { totalCount } b: dockingEvents(first: 2) { totalCount } }";

        var first = await harness.PostAsync(twice);
        var afterFirst = harness.Requests.Count;
        var second = await harness.PostAsync(twice);

        Assert.True(first.Errors.Count == 0, first.ToString());
        Assert.Equal(1, afterFirst);
        Assert.Equal(2, harness.Requests.Count);
        Assert.Equal(0, (int)second.Ll2()!["cacheHits"]!);
        Assert.Equal(1, (int)second.Ll2()!["calls"]!);
    }
}
