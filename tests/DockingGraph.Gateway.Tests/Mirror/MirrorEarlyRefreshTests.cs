namespace DockingGraph.Gateway.Tests.Mirror;

/// <summary>
/// Mirror:EarlyRefresh: the recent refresh (block 0 of -docking and -departure) runs once the mirror is that old
/// instead of waiting for the hour, with its calls held; the old-block cycle waits for the due refresh.
/// </summary>
public sealed class MirrorEarlyRefreshTests
{
    private const string Page = "{ dockingEvents(first: 3) { totalCount } }";

    private static readonly string[] RecentReads =
        ["limit=100&mode=detailed&offset=0&ordering=-departure", "limit=100&mode=detailed&offset=0&ordering=-docking"];

    private static readonly string[] ProductBudget =
        [.. GatewayHost.MirrorOn, "--Ll2Budget:Calls", "15", "--Ll2Budget:Reserve", "3"];

    [Fact]
    public async Task ByDefaultTheMirrorIsReadAgainAtHalfAnHourWithoutTheCycle()
    {
        await using var set = await MirrorGateways.StartAsync(true, ProductBudget);
        await FillAsync(set);

        set.Clock!.Advance(TimeSpan.FromMinutes(29));
        await set.PostAsync(0, Page);
        Assert.Equal(0, await set.CallsSettledAsync(0));

        set.Clock.Advance(TimeSpan.FromMinutes(2));
        await set.PostAsync(0, Page);
        Assert.Equal(2, await set.CallsSettledAsync(2));
        Assert.Equal(RecentReads, set.EventCalls.Select(e => e.Query).Order(StringComparer.Ordinal));
        var age = (await set.PostAsync(0, Page)).Body["extensions"]?["ll2"]?["ageSeconds"];
        Assert.True((double?)age < 60, $"mirror age after the early refresh: {age}");

        // Early refreshes restart the due refresh's clock; the cycle keeps its own: an hour after the fill, the
        // next early refresh also reads the oldest block again.
        set.Reset();
        set.Clock.Advance(TimeSpan.FromMinutes(31));
        await set.PostAsync(0, Page);
        Assert.Equal(3, await set.CallsSettledAsync(3));
        Assert.Equal([.. RecentReads, "limit=100&mode=detailed&offset=0&ordering=docking%2Cdeparture"],
            set.EventCalls.Select(e => e.Query).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AConfiguredEarlyRefreshRunsAtItsAge()
    {
        await using var set = await MirrorGateways.StartAsync(true,
            [.. ProductBudget, "--Mirror:EarlyRefresh", "00:20:00"]);
        await FillAsync(set);

        set.Clock!.Advance(TimeSpan.FromMinutes(19));
        await set.PostAsync(0, Page);
        Assert.Equal(0, await set.CallsSettledAsync(0));

        set.Clock.Advance(TimeSpan.FromMinutes(2));
        await set.PostAsync(0, Page);
        Assert.Equal(2, await set.CallsSettledAsync(2));
        Assert.Equal(RecentReads, set.EventCalls.Select(e => e.Query).Order(StringComparer.Ordinal));
    }

    private static async Task FillAsync(MirrorGateways set)
    {
        await set.PostAsync(0, Page);
        await set.WaitUntilAnsweringAsync(0);
        Assert.Equal(4, await set.CallsSettledAsync(4));
        set.Reset();
    }
}
