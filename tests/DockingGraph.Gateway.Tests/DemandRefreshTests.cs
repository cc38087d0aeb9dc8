using DockingGraph.LaunchLibrary.Quota;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// Background refreshes by demand (<c>LaunchLibrary/Caching/Ll2RefreshScheduler</c>): exact LL2 calls by URL from
/// the snapshot's log, the scheduler ticking on the fake clock (<c>Cache:RefreshTick</c>, 30 s).
/// </summary>
public sealed class DemandRefreshTests
{
    // One LL2 call each, both reference tables (Cache:ReferenceTtl, 1 h).
    private const string Stations = "{ spaceStations(first: 2) { nodes { name } } }";
    private const string Locations = "{ dockingLocations { name } }";
    private const string StationTable = "/2.3.0/space_stations/";
    private const string LocationTable = "/2.3.0/config/docking_locations/";

    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(30);

    // A window longer than the tests, so no call ages out of it: the budget left is exactly what was not spent.
    private static string[] Budget(int calls) =>
        ["--Ll2Budget:Calls", $"{calls}", "--Ll2Budget:Reserve", "3", "--Ll2Budget:Window", "04:00:00"];

    [Fact]
    public async Task WithBudgetForOneRefreshTheMoreRequestedOfTwoStaleKeysGetsIt()
    {
        // 6 calls, 3 reserved, 2 spent by the misses: one call is left for the background.
        await using var harness = await CacheHarness.StartAsync(arguments: Budget(6));
        await PostAllAsync(harness, Locations, Locations);
        await PostAllAsync(harness, Stations, Stations, Stations, Stations, Stations);
        Assert.Equal([LocationTable, StationTable], Paths(harness));

        harness.Clock.Advance(TimeSpan.FromMinutes(61));
        // The less requested table is asked for first: first come, first served would give it the call.
        var staleLocations = await harness.PostAsync(Locations);
        await PostAllAsync(harness, Stations, Stations, Stations);
        await harness.CallsSettledAsync(3);
        harness.Clock.Advance(Tick);
        await harness.CallsSettledAsync(3);
        var stations = await harness.PostAsync(Stations);
        var locations = await harness.PostAsync(Locations);

        Assert.True(staleLocations.IsStale(), staleLocations.ToString());
        Assert.Equal([LocationTable, StationTable, StationTable], Paths(harness));
        Assert.False(stations.IsStale(), stations.ToString());
        Assert.True(locations.IsStale(), locations.ToString());
    }

    [Fact]
    public async Task OnlyAKeyAskedForWithinMaxStaleIsRefreshedAndAnIdleOneNever()
    {
        await using var harness = await CacheHarness.StartAsync(
            arguments: [.. Budget(100), "--Cache:MaxStale", "00:30:00"]);
        await PostAllAsync(harness, Locations, Locations, Stations, Stations);

        harness.Clock.Advance(TimeSpan.FromMinutes(40));
        var fresh = await harness.PostAsync(Stations);
        // 50 min: both past RefreshAhead (0.8 · 1 h); the locations were last asked for 50 min ago (> MaxStale).
        harness.Clock.Advance(TimeSpan.FromMinutes(10));
        var afterAhead = await harness.CallsSettledAsync(3);
        // 95 min: the station table was refreshed and nobody read it since (idle); the locations' entry is gone.
        for (var i = 0; i < 9; i++)
        {
            harness.Clock.Advance(TimeSpan.FromMinutes(5));
            await harness.CallsSettledAsync(3, settleMilliseconds: 100);
        }

        var idle = harness.Requests.Count;
        var locations = await harness.PostAsync(Locations);

        Assert.False(fresh.IsStale(), fresh.ToString());
        Assert.Equal(3, afterAhead);
        Assert.Equal(3, idle);
        Assert.Equal([LocationTable, StationTable, StationTable, LocationTable], Paths(harness));
        Assert.Equal(1, (int)locations.Ll2()!["calls"]!); // a miss a client waited for, not a refresh
    }

    [Fact]
    public async Task AHotKeyIsRefreshedBeforeItExpiresSoItsReadersNeverSeeItStale()
    {
        await using var harness = await CacheHarness.StartAsync(arguments: Budget(100));
        await harness.PostAsync(Stations);

        var answers = new List<(int Minute, GraphQLAnswer Answer)>();
        for (var minute = 5; minute <= 150; minute += 5)
        {
            harness.Clock.Advance(TimeSpan.FromMinutes(5));
            // Due from 48 min after each fetch (RefreshAhead 0.8 of 1 h): refreshed in the steps to 50, 100, 150.
            await harness.CallsSettledAsync(1 + minute / 50, settleMilliseconds: 100);
            answers.Add((minute, await harness.PostAsync(Stations)));
        }

        Assert.All(answers, a =>
        {
            Assert.True(a.Answer.Errors.Count == 0, a.Answer.ToString());
            Assert.False(a.Answer.IsStale(), $"minute {a.Minute}: {a.Answer}");
            Assert.InRange((int)a.Answer.Ll2()!["ageSeconds"]!, 0, 50 * 60);
        });
        Assert.Equal([StationTable, StationTable, StationTable, StationTable], Paths(harness));
    }

    [Fact]
    public async Task BackgroundRefreshesLeaveTheReserveAndTheMirrorsHeldCalls()
    {
        // 8 calls, 3 reserved; 3 spent by the misses.
        await using var harness = await CacheHarness.StartAsync(arguments: Budget(8));
        var spacecraft = $"{{ spacecraft(id: {(int)harness.Upstream.Corpus.Spacecraft[0]["id"]!}) {{ ll2Id }} }}";
        await PostAllAsync(harness, Stations, Stations, Stations, Stations);
        await PostAllAsync(harness, Locations, Locations, Locations);
        await PostAllAsync(harness, spacecraft, spacecraft);
        var quota = harness.Services().GetRequiredService<ILl2QuotaStatus>();
        var holds = harness.Services().GetRequiredService<Ll2RefreshHolds>();
        holds.Hold(2);

        // All three stale; 5 left, 3 reserved, 2 held: nothing for the background.
        harness.Clock.Advance(TimeSpan.FromMinutes(61));
        await PostAllAsync(harness, Stations, Locations, spacecraft);
        harness.Clock.Advance(Tick);
        var whileHeld = await harness.CallsSettledAsync(3);

        // Released: 2 beyond the reserve, for the two most requested keys; the third waits.
        holds.Release();
        harness.Clock.Advance(Tick);
        await harness.CallsSettledAsync(5);
        harness.Clock.Advance(Tick);
        var afterRelease = await harness.CallsSettledAsync(5);

        Assert.Equal(3, whileHeld);
        Assert.Equal(5, afterRelease);
        Assert.Equal([StationTable, LocationTable], Paths(harness).Skip(3));
        Assert.Equal(3, quota.Remaining);
        Assert.True((await harness.PostAsync(spacecraft)).IsStale());
    }

    private static async Task PostAllAsync(CacheHarness harness, params string[] queries)
    {
        foreach (var query in queries)
        {
            var answer = await harness.PostAsync(query);
            Assert.True(answer.Errors.Count == 0, answer.ToString());
        }
    }

    private static List<string> Paths(CacheHarness harness) => harness.Requests.Entries.Select(e => e.Path).ToList();
}
