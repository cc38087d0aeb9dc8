using DockingGraph.Snapshot.Faults;

namespace DockingGraph.Gateway.Tests;

/// <summary>After a 429 no LL2 call leaves the gateway until LL2's wait has passed; fields say when to retry.</summary>
public sealed class Ll2PauseTests(FakeClockGatewayFixture fixture) : IClassFixture<FakeClockGatewayFixture>
{
    // Eight spacecraft details: eight LL2 calls when nothing stops them.
    private const string EightCalls = """
        { a: spacecraft(id: 38) { name } b: spacecraft(id: 39) { name } c: spacecraft(id: 40) { name }
          d: spacecraft(id: 42) { name } e: spacecraft(id: 43) { name } f: spacecraft(id: 44) { name }
          g: spacecraft(id: 45) { name } h: spacecraft(id: 46) { name } }
        """;

    private static readonly string[] Aliases = ["a", "b", "c", "d", "e", "f", "g", "h"];

    [Fact]
    public async Task OneRequestMakesOneCallAnswered429AndThenNone()
    {
        fixture.Reset();
        fixture.Upstream.Faults = new SnapshotFaults { ThrottleAfter = 0 };

        var answer = await fixture.PostAsync(EightCalls);

        Assert.Equal(200, answer.Status);
        Assert.Equal(429, Assert.Single(fixture.Requests.Entries).Status);
        AssertRateLimited(answer, 3600);
    }

    [Fact]
    public async Task DuringThePauseARequestMakesNoCallAndSaysWhenToRetry()
    {
        fixture.Reset();
        fixture.Upstream.Faults = new SnapshotFaults { ThrottleAfter = 0 };
        await fixture.PostAsync(EightCalls);
        fixture.Requests.Clear();
        fixture.Upstream.Faults = new SnapshotFaults();

        fixture.Clock.Advance(TimeSpan.FromSeconds(1000));
        var paused = await fixture.PostAsync(EightCalls);
        var other = await fixture.PostAsync("{ dockingEvents(first: 1) { totalCount } }");

        Assert.Empty(fixture.Requests.Entries);
        AssertRateLimited(paused, 2600);
        Assert.Equal("UPSTREAM_RATE_LIMITED", other.FirstCode);
        Assert.Equal(2600, (int)other.Errors[0]!["extensions"]!["retryAfter"]!);
    }

    [Fact]
    public async Task AfterThePauseCallsResume()
    {
        fixture.Reset();
        fixture.Upstream.Faults = new SnapshotFaults { ThrottleAfter = 0 };
        await fixture.PostAsync(EightCalls);
        fixture.Upstream.Faults = new SnapshotFaults();
        fixture.Requests.Clear();

        fixture.Clock.Advance(TimeSpan.FromSeconds(3599));
        var before = await fixture.PostAsync(EightCalls);
        var callsBefore = fixture.Requests.Count;
        fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        var after = await fixture.PostAsync(EightCalls);

        Assert.Equal(0, callsBefore);
        AssertRateLimited(before, 1);
        Assert.True(after.Errors.Count == 0, after.ToString());
        Assert.All(Aliases, alias => Assert.NotNull(after.Data![alias]!["name"]));
        Assert.Equal(8, fixture.Requests.Count);
        Assert.All(fixture.Requests.Entries, e => Assert.Equal(200, e.Status));
    }

    [Fact]
    public async Task WithoutRetryAfterTheDetailTextSetsThePause()
    {
        fixture.Reset();
        fixture.Upstream.Faults = new SnapshotFaults { ThrottleAfter = 0,
            ThrottleWindowSeconds = 600, ThrottleRetryAfter = false };

        var first = await fixture.PostAsync(EightCalls);
        fixture.Clock.Advance(TimeSpan.FromSeconds(599));
        var second = await fixture.PostAsync(EightCalls);

        Assert.Equal([("/2.3.0/spacecraft/38/", 429)], fixture.Requests.Entries.Select(e => (e.Path, e.Status)));
        AssertRateLimited(first, 600);
        AssertRateLimited(second, 1);
    }

    [Fact]
    public async Task WithoutAnyWaitInThe429ApiThrottleSetsThePause()
    {
        fixture.Reset();
        fixture.Upstream.Faults = new SnapshotFaults { ThrottleAfter = 0,
            ThrottleWindowSeconds = 900, ThrottleWaitInDetail = false };

        var first = await fixture.PostAsync(EightCalls);
        fixture.Clock.Advance(TimeSpan.FromSeconds(899));
        var second = await fixture.PostAsync(EightCalls);

        Assert.Equal(
            [("/2.3.0/spacecraft/38/", 429), ("/2.3.0/api-throttle/", 200)],
            fixture.Requests.Entries.Select(e => (e.Path, e.Status)));
        AssertRateLimited(first, 900);
        AssertRateLimited(second, 1);
    }

    private static void AssertRateLimited(GraphQLAnswer answer, int retryAfter)
    {
        Assert.Equal(Aliases.Length, answer.Errors.Count);
        Assert.All(Aliases, alias => Assert.Null(answer.Data![alias]));
        Assert.All(answer.Errors, error =>
        {
            Assert.Equal("UPSTREAM_RATE_LIMITED", (string?)error!["extensions"]!["code"]);
            Assert.Equal(retryAfter, (int)error["extensions"]!["retryAfter"]!);
        });
    }
}
