namespace DockingGraph.Gateway.Tests.Mirror;

/// <summary>
/// Mirror:EarlyRefresh (opt-in) at 20 minutes: with calls to spare beyond the reserve for two refreshes, the recent refresh runs once the
/// mirror is 20 minutes old instead of waiting for the hour; with the budget tight it waits for the due refresh.
/// </summary>
public sealed class MirrorEarlyRefreshTests
{
    private static readonly string[] Early = [.. GatewayHost.MirrorOn, "--Mirror:EarlyRefresh", "00:20:00"];

    private const string Page = "{ dockingEvents(first: 3) { totalCount } }";

    private static readonly string[] RecentReads =
        ["limit=100&mode=detailed&offset=0&ordering=-departure", "limit=100&mode=detailed&offset=0&ordering=-docking"];

    [Fact]
    public async Task SpareBudgetRefreshesTheMirrorAfterTwentyMinutes()
    {
        await using var set = await MirrorGateways.StartAsync(true,
            [.. Early, "--Ll2Budget:Calls", "15", "--Ll2Budget:Reserve", "3"]);
        await FillAsync(set);

        set.Clock!.Advance(TimeSpan.FromMinutes(19));
        await set.PostAsync(0, Page);
        Assert.Equal(0, await set.CallsSettledAsync(0));

        set.Clock.Advance(TimeSpan.FromMinutes(2));
        await set.PostAsync(0, Page);
        Assert.Equal(2, await set.CallsSettledAsync(2));
        Assert.Equal(RecentReads, set.EventCalls.Select(e => e.Query).Order(StringComparer.Ordinal));
        var age = (await set.PostAsync(0, Page)).Body["extensions"]?["ll2"]?["ageSeconds"];
        Assert.True((double?)age < 60, $"mirror age after the early refresh: {age}");
    }

    [Fact]
    public async Task ATightBudgetWaitsForTheDueRefresh()
    {
        // 4 fill calls of 9, reserve 3: 2 left beyond the reserve, fewer than two refreshes.
        await using var set = await MirrorGateways.StartAsync(true,
            [.. Early, "--Ll2Budget:Calls", "9", "--Ll2Budget:Reserve", "3"]);
        await FillAsync(set);

        set.Clock!.Advance(TimeSpan.FromMinutes(30));
        await set.PostAsync(0, Page);
        Assert.Equal(0, await set.CallsSettledAsync(0));
    }

    private static async Task FillAsync(MirrorGateways set)
    {
        await set.PostAsync(0, Page);
        await set.WaitUntilAnsweringAsync(0);
        Assert.Equal(4, await set.CallsSettledAsync(4));
        set.Reset();
    }
}
