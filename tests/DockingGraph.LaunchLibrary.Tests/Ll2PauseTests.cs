using System.Net;
using DockingGraph.Snapshot;
using DockingGraph.Snapshot.Faults;
using DockingGraph.Snapshot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DockingGraph.LaunchLibrary.Tests;

/// <summary>
/// The client's 429 pause against a standalone snapshot over 127.0.0.1. The snapshot and the client share one fake
/// clock, so LL2's window and the pause move together; the snapshot's request log counts what left the client.
/// </summary>
public sealed class Ll2PauseTests : IAsyncLifetime
{
    private const string StationsPath = "/2.3.0/space_stations/";
    private const string ApiThrottlePath = "/2.3.0/api-throttle/";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
    private RunningSnapshot _snapshot = null!;
    private LaunchLibraryClient _client = null!;

    private RequestLog Log => _snapshot.Upstream.Requests;

    public async Task InitializeAsync()
    {
        _snapshot = await SnapshotServer.StartAsync(new SnapshotUpstream(clock: _clock));
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["LaunchLibrary:BaseUrl"] = _snapshot.BaseAddress.ToString(),
                })
                .Build())
            .AddSingleton<TimeProvider>(_clock);
        services.AddLaunchLibraryClient();
        _client = services.BuildServiceProvider().GetRequiredService<LaunchLibraryClient>();
    }

    public async Task DisposeAsync() => await _snapshot.DisposeAsync();

    [Fact]
    public async Task RetryAfterPausesEveryCallUntilItHasPassed()
    {
        _snapshot.Upstream.Faults = new SnapshotFaults { ThrottleAfter = 0, ThrottleWindowSeconds = 120 };

        var real = await Assert.ThrowsAsync<LaunchLibraryException>(() => _client.GetSpaceStationsAsync());
        var paused = await Assert.ThrowsAsync<LaunchLibraryException>(() => _client.GetDockingLocationsAsync());
        _clock.Advance(TimeSpan.FromSeconds(119));
        var stillPaused = await Assert.ThrowsAsync<LaunchLibraryException>(() => _client.GetSpaceStationsAsync());

        Assert.Equal([(StationsPath, 429)], Log.Entries.Select(e => (e.Path, e.Status)));
        Assert.Equal(TimeSpan.FromSeconds(120), real.RetryAfter);
        Assert.Equal((LaunchLibraryErrorKind.Status, HttpStatusCode.TooManyRequests), (paused.Kind, paused.StatusCode));
        Assert.True(paused.IsThrottled);
        Assert.Equal(TimeSpan.FromSeconds(120), paused.RetryAfter);
        Assert.Equal(TimeSpan.FromSeconds(1), stillPaused.RetryAfter);

        _clock.Advance(TimeSpan.FromSeconds(1));
        _snapshot.Upstream.Faults = new SnapshotFaults();
        await _client.GetSpaceStationsAsync();

        Assert.Equal([(StationsPath, 429), (StationsPath, 200)], Log.Entries.Select(e => (e.Path, e.Status)));
    }

    [Fact]
    public async Task WithoutRetryAfterTheDetailTextSetsThePause()
    {
        _snapshot.Upstream.Faults = new SnapshotFaults { ThrottleAfter = 0,
            ThrottleWindowSeconds = 300, ThrottleRetryAfter = false };

        var real = await Assert.ThrowsAsync<LaunchLibraryException>(() => _client.GetSpaceStationsAsync());
        _clock.Advance(TimeSpan.FromSeconds(299));
        var paused = await Assert.ThrowsAsync<LaunchLibraryException>(() => _client.GetSpaceStationsAsync());
        _clock.Advance(TimeSpan.FromSeconds(1));
        _snapshot.Upstream.Faults = new SnapshotFaults();
        await _client.GetSpaceStationsAsync();

        Assert.Equal([(StationsPath, 429), (StationsPath, 200)], Log.Entries.Select(e => (e.Path, e.Status)));
        Assert.StartsWith("Request was throttled. Expected available in 300 seconds", real.Detail);
        Assert.Equal(TimeSpan.FromSeconds(300), real.RetryAfter);
        Assert.Equal(TimeSpan.FromSeconds(1), paused.RetryAfter);
    }

    [Fact]
    public async Task WithoutAnyWaitInTheAnswerApiThrottleSetsThePause()
    {
        _snapshot.Upstream.Faults = new SnapshotFaults { ThrottleAfter = 0,
            ThrottleWindowSeconds = 900, ThrottleWaitInDetail = false };

        var real = await Assert.ThrowsAsync<LaunchLibraryException>(() => _client.GetSpaceStationsAsync());
        _clock.Advance(TimeSpan.FromSeconds(899));
        var paused = await Assert.ThrowsAsync<LaunchLibraryException>(() => _client.GetSpaceStationsAsync());
        _clock.Advance(TimeSpan.FromSeconds(1));
        _snapshot.Upstream.Faults = new SnapshotFaults();
        await _client.GetSpaceStationsAsync();

        Assert.Equal(
            [(StationsPath, 429), (ApiThrottlePath, 200), (StationsPath, 200)],
            Log.Entries.Select(e => (e.Path, e.Status)));
        Assert.Equal("Request was throttled.", real.Detail);
        Assert.Equal(TimeSpan.FromSeconds(900), real.RetryAfter);
        Assert.Equal(TimeSpan.FromSeconds(1), paused.RetryAfter);
    }

    [Fact]
    public async Task ApiThrottleStillAnswersDuringThePause()
    {
        _snapshot.Upstream.Faults = new SnapshotFaults { ThrottleAfter = 0 };
        await Assert.ThrowsAsync<LaunchLibraryException>(() => _client.GetSpaceStationsAsync());

        var budget = await _client.GetApiThrottleAsync();

        Assert.Equal([(StationsPath, 429), (ApiThrottlePath, 200)], Log.Entries.Select(e => (e.Path, e.Status)));
        Assert.Equal(3600, budget.NextUseSecs);
    }
}
