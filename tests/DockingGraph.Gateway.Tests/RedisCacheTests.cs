using System.Text;

namespace DockingGraph.Gateway.Tests;

/// <summary>The cache's L2 in a real redis-server shared by two gateways (replicas), exact LL2 call counts.</summary>
public sealed class RedisCacheTests
{
    private const string Page = "{ dockingEvents(first: 2) { totalCount nodes { ll2Id docking } } }";

    private const string ApiKey = "5c1e0f4b9a7d2e83c6b1a0f9e8d7c6b5a4f3e2d1";

    [Fact]
    public async Task ASecondGatewayWithAnEmptyMemoryCacheSpendsNoCall()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        await using var harness = await CacheHarness.StartAsync(gateways: 2, redis);

        var first = await harness.PostAsync(Page, gateway: 0);
        await WaitForEntriesAsync(redis, 1);
        var second = await harness.PostAsync(Page, gateway: 1);

        Assert.Equal(1, harness.Requests.Count);
        Assert.Equal(first.Data!.ToJsonString(), second.Data!.ToJsonString());
        Assert.Equal(0, (int)second.Ll2()!["calls"]!);
        Assert.Equal(1, (int)second.Ll2()!["cacheHits"]!);
    }

    [Fact]
    public async Task TwentyStaleRequestsOnEachOfTwoGatewaysMakeOneRefreshCall()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        await using var harness = await CacheHarness.StartAsync(gateways: 2, redis);
        await harness.PostAsync(Page, gateway: 0);
        await WaitForEntriesAsync(redis, 1);
        await harness.PostAsync(Page, gateway: 1);
        harness.Clock.Advance(TimeSpan.FromMinutes(6));
        // A slow LL2, so that all forty arrive while the refresh is under way.
        harness.Reset(new DockingGraph.Snapshot.Faults.SnapshotFaults { LatencyMilliseconds = 1000 });

        var stale = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => harness.PostAsync(Page, gateway: i % 2)));
        harness.Clock.Advance(TimeSpan.FromSeconds(30)); // Cache:RefreshTick: both schedulers look
        var refreshCalls = await harness.CallsSettledAsync(1);
        harness.Reset();
        // Past the lock's short hold, a gateway whose L1 is still stale finds the refreshed entry in Redis.
        await Task.Delay(2500);
        await harness.PostAsync(Page, gateway: 1);
        await harness.PostAsync(Page, gateway: 0);
        harness.Clock.Advance(TimeSpan.FromSeconds(30));
        var afterwards = await harness.CallsSettledAsync(0);
        var fresh = await harness.PostAsync(Page, gateway: 1);

        Assert.All(stale, answer => Assert.True(answer.IsStale(), answer.ToString()));
        Assert.Equal(1, refreshCalls);
        Assert.Equal(0, afterwards);
        Assert.False(fresh.IsStale(), fresh.ToString());
    }

    [Fact]
    public async Task WithRedisStoppedTheGatewayAnswersFromMemoryAndLl2AndRecoversWhenItReturns()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        await using var harness = await CacheHarness.StartAsync(gateways: 1, redis);
        await harness.PostAsync(Page);
        await WaitForEntriesAsync(redis, 1);

        await redis.StopAsync();
        var fromMemory = await harness.PostAsync(Page);
        var fromLl2 = await harness.PostAsync("{ dockingEvents(first: 3) { totalCount } }");
        await redis.RestartAsync();
        GraphQLAnswer? afterReturn = null;
        for (var i = 0; i < 100 && (await redis.EntriesAsync("*ll2:*/*")).Count == 0; i++)
        {
            afterReturn = await harness.PostAsync($"{{ dockingEvents(first: {10 + i}) {{ totalCount }} }}");
            await Task.Delay(100);
        }

        Assert.Equal(200, fromMemory.Status);
        Assert.True(fromMemory.Errors.Count == 0, fromMemory.ToString());
        Assert.Equal(1, (int)fromMemory.Ll2()!["cacheHits"]!);
        Assert.Equal(200, fromLl2.Status);
        Assert.True(fromLl2.Errors.Count == 0, fromLl2.ToString());
        Assert.Equal(1, (int)fromLl2.Ll2()!["calls"]!);
        Assert.NotNull(afterReturn);
        Assert.True(afterReturn.Errors.Count == 0, afterReturn.ToString());
        Assert.NotEmpty(await redis.EntriesAsync("*ll2:*/*"));
    }

    [Fact]
    public async Task TheApiKeyIsInNoRedisKeyNorValue()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        await using var harness = await CacheHarness.StartAsync(gateways: 1, redis, "--LaunchLibrary:ApiKey", ApiKey);

        await harness.PostAsync(Page);
        await harness.PostAsync("{ spaceStation(id: 4) { name } dockingLocations { name } }");
        var written = await WaitForEntriesAsync(redis, 3);
        harness.Clock.Advance(TimeSpan.FromHours(2));
        await harness.PostAsync(Page);
        harness.Clock.Advance(TimeSpan.FromSeconds(30)); // the scheduler refreshes the page the stale hit asked for
        await harness.CallsSettledAsync(4);
        written = await redis.EntriesAsync();

        Assert.Equal($"Token {ApiKey}", harness.Requests.Entries[0].Authorization);
        Assert.True(written.Count >= 3);
        Assert.All(written, entry =>
        {
            Assert.DoesNotContain(ApiKey, entry.Key, StringComparison.Ordinal);
            Assert.DoesNotContain(ApiKey, Encoding.UTF8.GetString(entry.Value), StringComparison.Ordinal);
        });
    }

    // HybridCache returns before its L2 write lands (STACK-NOTES §5): poll Redis itself.
    private static async Task<List<(string Key, byte[] Value)>> WaitForEntriesAsync(RedisServerProcess redis, int count)
    {
        var entries = await redis.EntriesAsync("*ll2:*/*");
        for (var i = 0; i < 100 && entries.Count < count; i++)
        {
            await Task.Delay(50);
            entries = await redis.EntriesAsync("*ll2:*/*");
        }

        Assert.True(entries.Count >= count, $"{entries.Count} entries in Redis, expected {count}");
        return entries;
    }
}
