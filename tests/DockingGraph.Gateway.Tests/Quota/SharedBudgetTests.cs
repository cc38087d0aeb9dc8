using DockingGraph.LaunchLibrary.Quota;
using DockingGraph.Snapshot.Faults;
using DockingGraph.Snapshot.Hosting;

namespace DockingGraph.Gateway.Tests.Quota;

/// <summary>Two replicas sharing one redis-server spend one budget; LL2 itself never has to say 429.</summary>
public sealed class SharedBudgetTests
{
    private const string ApiThrottle = "/2.3.0/api-throttle/";

    [Fact]
    public async Task TwentyDistinctQueriesOnTwoReplicasMakeAtMostFiveCalls()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        await using var snapshot = await SnapshotServer.StartAsync();
        snapshot.Upstream.Faults = new SnapshotFaults { ThrottleAfter = 5 };
        string[] settings = ["--Redis:Configuration", redis.Configuration, "--Ll2Budget:Calls", "5",
            "--Ll2Budget:SyncWithApiThrottle", "true", "--Ll2Budget:Replicas", "2"];
        await using var a = await QuotaGateway.StartAsync(snapshot.BaseAddress.ToString(), settings);
        await using var b = await QuotaGateway.StartAsync(snapshot.BaseAddress.ToString(), settings);

        var answers = await Task.WhenAll(Enumerable.Range(1, 20)
            .Select(size => (size % 2 == 0 ? a : b).PostAsync(QuotaGateway.Page(size))));

        var calls = snapshot.Upstream.Requests.Entries.Where(e => e.Path != ApiThrottle).ToList();
        Assert.Equal(5, calls.Count);
        Assert.All(calls, call => Assert.Equal(200, call.Status));
        Assert.Equal(5, answers.Count(answer => answer.Errors.Count == 0));
        var refused = answers.Where(answer => answer.Errors.Count > 0).ToList();
        Assert.Equal(15, refused.Count);
        Assert.All(refused, answer =>
        {
            Assert.Equal(200, answer.Status);
            Assert.Equal("UPSTREAM_RATE_LIMITED", answer.FirstCode);
            Assert.InRange((int)answer.Errors[0]!["extensions"]!["retryAfter"]!, 3500, 3600);
        });
        Assert.Equal(0, a.Service<ILl2QuotaStatus>().Remaining);
        Assert.DoesNotContain(a.Warnings.Concat(b.Warnings), w => w.Contains("Redis", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ApiThrottleReportingASmallerLimitWinsAndTheStartupLineSaysSo()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        await using var snapshot = await SnapshotServer.StartAsync();
        snapshot.Upstream.Faults = new SnapshotFaults { ThrottleAfter = 4 };
        await using var gateway = await QuotaGateway.StartAsync(snapshot.BaseAddress.ToString(),
            ["--Redis:Configuration", redis.Configuration, "--Ll2Budget:Calls", "10",
                "--Ll2Budget:SyncWithApiThrottle", "true"]);

        var answers = new List<GraphQLAnswer>();
        for (var size = 1; size <= 6; size++)
        {
            answers.Add(await gateway.PostAsync(QuotaGateway.Page(size)));
        }

        var status = gateway.Service<ILl2QuotaStatus>();
        Assert.Equal((4, "LL2 api-throttle", 0), (status.Limit, status.Source, status.Remaining));
        Assert.Equal(1, snapshot.Upstream.Requests.CountPath(ApiThrottle));
        Assert.Equal(4, snapshot.Upstream.Requests.CountPath("/2.3.0/docking_events/"));
        Assert.DoesNotContain(snapshot.Upstream.Requests.Entries, e => e.Status == 429);
        Assert.Equal(["UPSTREAM_RATE_LIMITED", "UPSTREAM_RATE_LIMITED"], answers.Skip(4).Select(a => a.FirstCode));
        var line = Assert.Single(gateway.Logs, l => l.Message.StartsWith("Upstream: ", StringComparison.Ordinal)).Message;
        Assert.Contains("Cache: memory + Redis.", line);
        Assert.Contains("LL2 budget: 4 calls per 01:00:00 (LL2 api-throttle), 3 kept for requests, shared by the " +
            "replicas through Redis.", line);
    }
}
