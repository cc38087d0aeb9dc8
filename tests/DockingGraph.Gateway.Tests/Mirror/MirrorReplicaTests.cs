using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using DockingGraph.Snapshot.Faults;
using DockingGraph.Snapshot.Hosting;
using Xunit.Abstractions;

namespace DockingGraph.Gateway.Tests.Mirror;

/// <summary>
/// Two gateway processes (real replicas: own memory, own refresher) sharing one redis-server and one snapshot. Each
/// mirror block is read from LL2 by one of them (the block's lease) and taken from Redis by the other, so two
/// replicas cost the docking-events calls of one. The snapshot answers docking events after 2 s, so the replicas'
/// reads of a block overlap: without the lease both would call LL2.
/// </summary>
public sealed class MirrorReplicaTests(ITestOutputHelper output)
{
    private const string EventsPath = "/2.3.0/docking_events/";

    private const string Page = "{ dockingEvents(first: 3) { totalCount } }";

    // Recent refresh due 19 s (RecentRefresh less a tick) after the newest blocks' data; list entries live 10 s,
    // so a replica's copy from the last refresh is stale at the next, and a holder's fresh one serves the other.
    private static Dictionary<string, string> Settings(string snapshot, string redis) => new()
    {
        ["LaunchLibrary:BaseUrl"] = snapshot,
        ["Redis:Configuration"] = redis,
        ["Mirror:DockingEvents"] = "true",
        ["DockingEvents:AlignedBlocks"] = "true",
        ["Mirror:RecentRefresh"] = "00:00:20",
        ["Mirror:Tick"] = "00:00:01",
        ["Cache:ListTtl"] = "00:00:10",
        ["Logging:LogLevel:Default"] = "Information",
    };

    [Fact]
    public async Task TwoGatewayProcessesFillAndRefreshTheMirrorForTheCallsOfOne()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        await using var snapshot = await SnapshotServer.StartAsync();
        snapshot.Upstream.Faults = new SnapshotFaults { LatencyMilliseconds = 2000, PathContains = "docking_events/" };
        var settings = Settings(snapshot.BaseAddress.ToString(), redis.Configuration);
        // One after the other: a start that fails leaves no process the test does not dispose.
        await using var a = await GatewayProcess.StartAsync(settings);
        await using var b = await GatewayProcess.StartAsync(settings);
        try
        {
            await RunAsync(snapshot, redis, a, b);
        }
        catch
        {
            output.WriteLine($"--- gateway A ---\n{a.Output}\n--- gateway B ---\n{b.Output}");
            throw;
        }
    }

    private static async Task RunAsync(RunningSnapshot snapshot, RedisServerProcess redis, GatewayProcess a,
        GatewayProcess b)
    {
        // Fill. A's first page is pushed down (one normal block) and wakes A's mirror; once that page is in Redis, B's
        // is answered from it and wakes B's mirror while A is still reading its three detailed blocks.
        var first = await a.PostAsync(Page);
        Assert.Equal(1, Calls(first));
        await UntilAsync(async () => (await redis.EntriesAsync("*mode=normal*")).Count == 1, "A's page in Redis");
        var second = await b.PostAsync(Page);
        Assert.Equal((0, 1), (Calls(second), (int)second["extensions"]!["ll2"]!["cacheHits"]!));
        await UntilAsync(async () => await AnsweringAsync(a) && await AnsweringAsync(b), "both mirrors answer");
        await Task.Delay(TimeSpan.FromSeconds(3)); // past the lease holds: a duplicate read would have been made
        Assert.Equal(
            ["limit=100&mode=detailed&offset=0&ordering=docking%2Cdeparture",
                "limit=100&mode=detailed&offset=100&ordering=docking%2Cdeparture",
                "limit=100&mode=detailed&offset=200&ordering=docking%2Cdeparture",
                "limit=100&mode=normal&offset=0&ordering=docking%2Cdeparture"],
            EventQueries(snapshot));

        // Both answer from their own mirror; the pings (each second, to both) keep them in demand and wake both
        // refreshers at the same moment when the refresh is due.
        snapshot.Upstream.Requests.Clear();
        using var stop = new CancellationTokenSource();
        var pings = new ConcurrentQueue<JsonNode>();
        var pinging = PingAsync([a, b], pings, stop.Token);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Empty(EventQueries(snapshot));

        // Two recent refreshes due on both replicas: each costs 2 calls in total, not 4 (and the cycled oldest block,
        // read once through the lease). The first page a client
        // asked for (a normal block) is in demand too: the cache's refresh scheduler refreshes it, then it is idle
        // (nobody read it since: the mirror answers). Demand is per process: at most once per replica.
        var clientPageRefreshes = 0;
        for (var round = 1; round <= 2; round++)
        {
            await UntilAsync(async () => (await a.MirrorStateAsync())["ageSeconds"]!.GetValue<double>() >= 15,
                $"refresh {round} near");
            clientPageRefreshes += EventQueries(snapshot).Count(q => q.Contains("mode=normal"));
            snapshot.Upstream.Requests.Clear();
            await UntilAsync(async () => await RefreshedAsync(a) && await RefreshedAsync(b), $"refresh {round}");
            await Task.Delay(TimeSpan.FromSeconds(4));
            var queries = EventQueries(snapshot);
            clientPageRefreshes += queries.Count(q => q.Contains("mode=normal"));
            Assert.Equal(
                ["limit=100&mode=detailed&offset=0&ordering=-departure",
                    "limit=100&mode=detailed&offset=0&ordering=-docking",
                    // The cycle reads the oldest block past its cached copy: block 0, then block 1.
                    $"limit=100&mode=detailed&offset={(round - 1) * 100}&ordering=docking%2Cdeparture"],
                queries.Where(q => !q.Contains("mode=normal")));
        }

        Assert.True(clientPageRefreshes <= 2, $"the client's first page was refreshed {clientPageRefreshes} times");

        await stop.CancelAsync();
        await pinging;
        Assert.NotEmpty(pings);
        Assert.All(pings, ping =>
        {
            Assert.Null(ping["errors"]);
            Assert.Equal(260, (int)ping["data"]!["dockingEvents"]!["totalCount"]!);
            Assert.Equal(0, Calls(ping));
        });
        Assert.DoesNotContain(snapshot.Upstream.Requests.Entries, e => e.Status != 200);
        foreach (var gateway in new[] { a, b })
        {
            var state = await gateway.MirrorStateAsync();
            Assert.Equal((true, 260), ((bool)state["complete"]!, (int)state["events"]!));
        }
    }

    private static int Calls(JsonNode answer) => (int)answer["extensions"]!["ll2"]!["calls"]!;

    private static List<string> EventQueries(RunningSnapshot snapshot) =>
        snapshot.Upstream.Requests.Entries.Where(e => e.Path == EventsPath).Select(e => e.Query)
            .Order(StringComparer.Ordinal).ToList();

    private static async Task<bool> AnsweringAsync(GatewayProcess gateway) =>
        (bool)(await gateway.MirrorStateAsync())["answering"]!;

    // Read again: before the refresh the age was past 15 s and growing (due at 19 s).
    private static async Task<bool> RefreshedAsync(GatewayProcess gateway) =>
        (await gateway.MirrorStateAsync())["ageSeconds"]!.GetValue<double>() < 13;

    private static async Task PingAsync(GatewayProcess[] gateways, ConcurrentQueue<JsonNode> pings,
        CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            foreach (var answer in await Task.WhenAll(gateways.Select(g => g.PostAsync(Page))))
            {
                pings.Enqueue(answer);
            }

            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        for (var i = 0; i < 1200; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Not within 120 s: {what}.");
    }
}
