using DockingGraph.Snapshot;
using DockingGraph.Snapshot.Faults;
using DockingGraph.Snapshot.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace DockingGraph.Gateway.Tests.Quota;

/// <summary>One replica's 429 pauses both through Redis; time is a fake clock shared with the snapshot.</summary>
public sealed class SharedPauseTests
{
    [Fact]
    public async Task A429WithRetryAfter120StopsBothReplicasFor120Seconds()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
        await using var redis = await RedisServerProcess.StartAsync();
        await using var snapshot = await SnapshotServer.StartAsync(new SnapshotUpstream(clock: clock));
        string[] settings = ["--Redis:Configuration", redis.Configuration, "--DataLoading:MaxParallelism", "1"];
        await using var a = await QuotaGateway.StartAsync(snapshot.BaseAddress.ToString(), settings, clock);
        await using var b = await QuotaGateway.StartAsync(snapshot.BaseAddress.ToString(), settings, clock);
        var requests = snapshot.Upstream.Requests;
        snapshot.Upstream.Faults = new SnapshotFaults { ThrottleAfter = 0, ThrottleWindowSeconds = 120 };

        var throttled = await a.PostAsync(QuotaGateway.Page(1));
        snapshot.Upstream.Faults = new SnapshotFaults();
        var other = await b.PostAsync(QuotaGateway.Page(2));
        clock.Advance(TimeSpan.FromSeconds(119));
        var lastSecondA = await a.PostAsync(QuotaGateway.Page(3));
        var lastSecondB = await b.PostAsync(QuotaGateway.Page(4));
        var callsDuringThePause = requests.Entries.Select(e => (e.Path, e.Status)).ToList();
        clock.Advance(TimeSpan.FromSeconds(1));
        var resumedA = await a.PostAsync(QuotaGateway.Page(5));
        var resumedB = await b.PostAsync(QuotaGateway.Page(6));

        Assert.Equal([("/2.3.0/docking_events/", 429)], callsDuringThePause);
        Assert.Equal(3, requests.Count);
        AssertRateLimited(throttled, 120);
        AssertRateLimited(other, 120);
        AssertRateLimited(lastSecondA, 1);
        AssertRateLimited(lastSecondB, 1);
        Assert.True(resumedA.Errors.Count == 0, resumedA.ToString());
        Assert.True(resumedB.Errors.Count == 0, resumedB.ToString());
        Assert.DoesNotContain(a.Warnings.Concat(b.Warnings), w => w.Contains("Redis", StringComparison.Ordinal));
    }

    private static void AssertRateLimited(GraphQLAnswer answer, int retryAfter)
    {
        Assert.Equal(200, answer.Status);
        Assert.Equal("UPSTREAM_RATE_LIMITED", answer.FirstCode);
        Assert.Equal(retryAfter, (int)answer.Errors[0]!["extensions"]!["retryAfter"]!);
    }
}
