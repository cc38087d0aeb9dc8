using DockingGraph.LaunchLibrary.Quota;
using DockingGraph.Snapshot.Faults;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.Gateway.Tests.Mirror;

/// <summary>
/// Product budget (15 an hour, reserve 3) and cache: cold detail misses, each wanted by one request, spend every
/// call the window frees. The mirror's due refresh holds its 2 calls, so client reads stop short and the refresh
/// lands within the window instead of the mirror ageing out (what the day replay showed).
/// </summary>
public sealed class MirrorRefreshHoldTests
{
    // No early refresh: this is about the due one.
    private static readonly string[] ProductBudget =
    [
        .. GatewayHost.MirrorOn, "--Ll2Budget:Calls", "15", "--Ll2Budget:Reserve", "3",
        "--Mirror:EarlyRefresh", "01:00:00",
    ];

    [Fact]
    public async Task ADueMirrorRefreshGetsItsCallsAheadOfColdMisses()
    {
        await using var set = await MirrorGateways.StartAsync(true, ProductBudget);
        set.Upstream.Faults = new SnapshotFaults { ThrottleAfter = 15 };
        var holds = set.Services(0).GetRequiredService<Ll2RefreshHolds>();
        // Spacecraft details with their flights: cold misses the mirror cannot answer (it holds a chaser's
        // spacecraft without its flights).
        var ids = new Queue<int>(set.Upstream.Corpus.Spacecraft.Select(e => (int)e["id"]!));
        await set.PostAsync(0, "{ dockingEvents(first: 3) { totalCount } }");
        await set.WaitUntilAnsweringAsync(0);
        Assert.Equal(4, await set.CallsSettledAsync(4));

        set.Clock!.Advance(TimeSpan.FromMinutes(58));
        // Still asked for (an idle mirror is not refreshed), and answered locally.
        Assert.Empty((await set.PostAsync(0, "{ dockingEvents(first: 3) { totalCount } }")).Errors);
        Assert.Equal(11, await ColdMissesAsync(set, ids));

        // Due (one tick early): the refresh holds its calls, though none is left yet.
        set.Clock.Advance(TimeSpan.FromMinutes(1));
        await UntilAsync(() => holds.Held == 2);

        // The fill's 4 calls leave the window: client reads take 2 of them and leave 2 for the refresh.
        set.Clock.Advance(TimeSpan.FromSeconds(61));
        set.Requests.Clear();
        var missed = await ColdMissesAsync(set, ids);
        Assert.True(missed == 2, $"{missed} cold misses went to LL2; held {holds.Held}");

        set.Clock.Advance(TimeSpan.FromMinutes(1));
        await set.WaitUntilAnsweringAsync(0);
        Assert.Equal(
            ["limit=100&mode=detailed&offset=0&ordering=-departure",
                "limit=100&mode=detailed&offset=0&ordering=-docking"],
            set.EventCalls.Select(e => e.Query).Order(StringComparer.Ordinal));
        Assert.Equal(0, holds.Held);
        Assert.DoesNotContain(set.Requests.Entries, e => e.Status == 429);
        var page = await set.PostAsync(0, "{ dockingEvents(first: 3) { totalCount } }");
        Assert.Empty(page.Errors);
    }

    // Distinct spacecraft details, each a cold miss, until the budget refuses one; the number that went to LL2.
    private static async Task<int> ColdMissesAsync(MirrorGateways set, Queue<int> ids)
    {
        for (var sent = 0; ; sent++)
        {
            var answer = await set.PostAsync(0, $"{{ spacecraft(id: {ids.Dequeue()}) {{ ll2Id flights {{ ll2Id }} }} }}");
            if (answer.Errors.Count > 0)
            {
                Assert.Equal("UPSTREAM_RATE_LIMITED", (string?)answer.Errors[0]?["extensions"]?["code"]);
                return sent;
            }
        }
    }

    private static async Task UntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(condition());
    }
}
