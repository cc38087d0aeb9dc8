using System.Text.Json.Nodes;
using DockingGraph.Snapshot.Faults;
using DockingGraph.Snapshot.Hosting;
using StackExchange.Redis;

namespace DockingGraph.Gateway.Tests.Quota;

/// <summary>Redis going away costs sharing, not answers: a local share of the budget, one warning, Degraded.</summary>
public sealed class RedisOutageTests
{
    [Fact]
    public async Task WithRedisStoppedTheGatewayKeepsToItsLocalShareAndRecovers()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        await using var snapshot = await SnapshotServer.StartAsync();
        await using var gateway = await QuotaGateway.StartAsync(snapshot.BaseAddress.ToString(),
            ["--Redis:Configuration", redis.Configuration, "--Ll2Budget:Calls", "10", "--Ll2Budget:Replicas", "2"]);
        var requests = snapshot.Upstream.Requests;

        var before = await gateway.PostAsync(QuotaGateway.Page(1));
        await redis.StopAsync();
        var during = new List<GraphQLAnswer>();
        for (var size = 2; size <= 8; size++)
        {
            during.Add(await gateway.PostAsync(QuotaGateway.Page(size)));
        }

        var ready = JsonNode.Parse(await gateway.Http.GetStringAsync("/health/ready"))!;
        var callsDuring = requests.CountPath("/2.3.0/docking_events/");
        await redis.RestartAsync();
        await WaitUntilReadyAsync(gateway);
        var after = await gateway.PostAsync(QuotaGateway.Page(9));

        Assert.True(before.Errors.Count == 0, before.ToString());
        Assert.All(during, answer => Assert.Equal(200, answer.Status));
        // The local share is 10 / 2 = 5 calls, one of which was made before Redis stopped.
        Assert.Equal(5, callsDuring);
        Assert.All(during.Take(4), answer => Assert.True(answer.Errors.Count == 0, answer.ToString()));
        Assert.All(during.Skip(4), answer => Assert.Equal("UPSTREAM_RATE_LIMITED", answer.FirstCode));
        Assert.Equal("Degraded", (string?)ready["status"]);
        Assert.Single(gateway.Warnings, w => w.StartsWith("Redis is unreachable", StringComparison.Ordinal));
        Assert.True(after.Errors.Count == 0, after.ToString());
        Assert.Equal(6, requests.CountPath("/2.3.0/docking_events/"));
        Assert.Contains(gateway.Logs, l => l.Message.StartsWith("Redis is back", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheApiKeyIsInNoRedisKeyOrValue()
    {
        const string apiKey = "ll2-secret-key-4d1f";
        await using var redis = await RedisServerProcess.StartAsync();
        await using var snapshot = await SnapshotServer.StartAsync();
        await using var gateway = await QuotaGateway.StartAsync(snapshot.BaseAddress.ToString(),
            ["--Redis:Configuration", redis.Configuration, "--LaunchLibrary:ApiKey", apiKey]);
        await gateway.PostAsync(QuotaGateway.Page(1));
        snapshot.Upstream.Faults = new SnapshotFaults { ThrottleAfter = 0 };
        await gateway.PostAsync(QuotaGateway.Page(2));

        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var server = connection.GetServer(redis.Configuration);
        var database = connection.GetDatabase();
        var written = new List<string>();
        foreach (var key in server.Keys(pattern: "*"))
        {
            written.Add(key!);
            written.AddRange(await database.KeyTypeAsync(key) switch
            {
                RedisType.SortedSet => (await database.SortedSetRangeByRankAsync(key)).Select(v => (string)v!),
                RedisType.String => [(string)(await database.StringGetAsync(key))!],
                RedisType.Hash => (await database.HashGetAllAsync(key)).Select(e => $"{e.Name}={e.Value}"),
                var other => [$"unexpected {other}"],
            });
        }

        Assert.Contains("dockinggraph:ll2:budget", written);
        Assert.Contains("dockinggraph:ll2:pause", written);
        Assert.All(written, text => Assert.DoesNotContain(apiKey, text));
        Assert.All(snapshot.Upstream.Requests.Entries, e => Assert.Equal($"Token {apiKey}", e.Authorization));
    }

    private static async Task WaitUntilReadyAsync(QuotaGateway gateway)
    {
        for (var i = 0; i < 300; i++)
        {
            var ready = JsonNode.Parse(await gateway.Http.GetStringAsync("/health/ready"))!;
            if ((string?)ready["status"] == "Healthy")
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The gateway did not reconnect to Redis within 30 s.");
    }
}
