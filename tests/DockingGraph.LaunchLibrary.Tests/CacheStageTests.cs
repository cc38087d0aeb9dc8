using System.Buffers;
using System.Text.Json;
using DockingGraph.LaunchLibrary.Caching;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Pipeline;
using DockingGraph.LaunchLibrary.Queries;
using DockingGraph.LaunchLibrary.Redis;
using DockingGraph.Snapshot.Faults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DockingGraph.LaunchLibrary.Tests;

/// <summary>The cache stage in the client's real pipeline (memo, cache, a stand-in for the quota governor, HTTP).</summary>
public sealed class CacheStageTests(ClientFixture fixture) : IClassFixture<ClientFixture>
{
    private const string Key = "0b5c3a9e1f7d4c2b8a6e5d4c3b2a1f0e9d8c7b6a";

    [Fact]
    public async Task AFreshEntryIsServedWithItsAgeAndCostsNoCall()
    {
        using var pipeline = Build();
        await pipeline.ReadAsync(c => c.GetSpaceStationAsync(4));
        pipeline.Clock.Advance(TimeSpan.FromMinutes(10));

        var (station, tally) = await pipeline.ReadAsync(c => c.GetSpaceStationAsync(4));

        Assert.Equal(4, station.Id);
        Assert.Equal(1, fixture.Snapshot.Upstream.Requests.Count);
        Assert.Equal((0, 1, false, TimeSpan.FromMinutes(10)), (tally.Calls, tally.CacheHits, tally.Stale, tally.OldestAge));
    }

    [Fact]
    public async Task AStaleEntryIsServedAtOnceAndRefreshedAfterTheRequestEndedWithoutItsTallyOrToken()
    {
        using var pipeline = Build();
        await pipeline.ReadAsync(c => c.GetSpaceStationAsync(4));
        pipeline.Clock.Advance(TimeSpan.FromMinutes(16));

        using var ended = new CancellationTokenSource();
        var (_, staleTally) = await pipeline.ReadAsync(c => c.GetSpaceStationAsync(4, ended.Token));
        ended.Cancel(); // the request is over (its scope is disposed too)
        await pipeline.Scheduler.TickAsync();
        var (_, freshTally) = await pipeline.ReadAsync(c => c.GetSpaceStationAsync(4));

        Assert.Equal((true, TimeSpan.FromMinutes(16)), (staleTally.Stale, staleTally.OldestAge));
        Assert.Equal(2, fixture.Snapshot.Upstream.Requests.Count);
        var background = Assert.Single(pipeline.Below.Reads, r => r.Origin == Ll2ReadOrigin.Background);
        Assert.Null(background.Tally);
        Assert.Equal((false, TimeSpan.Zero), (freshTally.Stale, freshTally.OldestAge));
    }

    [Fact]
    public async Task EveryFreshReadRecordsItsEntryVersionAndABackgroundRefreshMovesIt()
    {
        using var pipeline = Build();
        var versions = pipeline.Versions;
        var (_, missTally) = await pipeline.ReadAsync(c => c.GetSpaceStationAsync(4));
        pipeline.Clock.Advance(TimeSpan.FromMinutes(10));
        var (_, hitTally) = await pipeline.ReadAsync(c => c.GetSpaceStationAsync(4));
        var miss = Assert.Single(missTally.Entries);
        var hit = Assert.Single(hitTally.Entries);
        var freshUntil = new DateTimeOffset(2026, 11, 27, 12, 15, 0, TimeSpan.Zero); // fetched at 12:00, DetailTtl
        Assert.Equal((miss.Key, miss.Version, freshUntil), (hit.Key, hit.Version, hit.FreshUntil));
        Assert.True(versions.AreCurrent([hit]));

        pipeline.Clock.Advance(TimeSpan.FromMinutes(6));
        var (_, staleTally) = await pipeline.ReadAsync(c => c.GetSpaceStationAsync(4));
        await pipeline.Scheduler.TickAsync();

        Assert.True(staleTally.Stale);
        Assert.Empty(staleTally.Entries); // stale data is no foundation for a stored answer
        Assert.False(versions.AreCurrent([hit]), "the refresh replaced the entry the answer was made of");
        Assert.NotEqual(hit.Version, versions.Current(hit.Key));
    }

    [Fact]
    public async Task AGovernorRefusalLeavesTheStaleDataServedAndDelaysTheNextRefreshByItsRetryAfter()
    {
        using var pipeline = Build();
        await pipeline.ReadAsync(c => c.GetDockingLocationsAsync());
        pipeline.Clock.Advance(TimeSpan.FromHours(2));
        pipeline.Below.Refusal = new LaunchLibraryException(LaunchLibraryErrorKind.Status, "config/docking_locations/",
            System.Net.HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromMinutes(2));

        var (_, first) = await pipeline.ReadAsync(c => c.GetDockingLocationsAsync());
        await pipeline.Scheduler.TickAsync();
        pipeline.Clock.Advance(TimeSpan.FromMinutes(1));
        var (_, second) = await pipeline.ReadAsync(c => c.GetDockingLocationsAsync());
        await pipeline.Scheduler.TickAsync();
        var refusedWithinRetryAfter = pipeline.Below.Refused;
        pipeline.Clock.Advance(TimeSpan.FromMinutes(1.5));
        pipeline.Below.Refusal = null;
        await pipeline.ReadAsync(c => c.GetDockingLocationsAsync());
        await pipeline.Scheduler.TickAsync();

        Assert.True(first.Stale && second.Stale);
        Assert.Equal(1, refusedWithinRetryAfter);
        Assert.Equal(2, fixture.Snapshot.Upstream.Requests.Count);
    }

    [Fact]
    public async Task AFailedReadIsNeverStored()
    {
        using var pipeline = Build();
        fixture.Snapshot.Upstream.Faults = new SnapshotFaults { ServerErrorRate = 1 };
        await Assert.ThrowsAsync<LaunchLibraryException>(() => pipeline.ReadAsync(c => c.GetSpaceStationAsync(4)));
        await Assert.ThrowsAsync<LaunchLibraryException>(() => pipeline.ReadAsync(c => c.GetSpacecraftAsync(999999)));
        fixture.Snapshot.Upstream.Faults = new SnapshotFaults();

        await pipeline.ReadAsync(c => c.GetSpaceStationAsync(4));
        await Assert.ThrowsAsync<LaunchLibraryException>(() => pipeline.ReadAsync(c => c.GetSpacecraftAsync(999999)));
        await Assert.ThrowsAsync<LaunchLibraryException>(() => pipeline.ReadAsync(c => c.GetSpacecraftAsync(999999)));
        await pipeline.ReadAsync(c => c.GetSpaceStationAsync(4));

        Assert.Equal(5, fixture.Snapshot.Upstream.Requests.Count);
    }

    [Fact]
    public async Task TheCacheKeyIsThePathAndTypeAndNeverHoldsTheApiKey()
    {
        using var pipeline = Build(apiKey: Key);

        await pipeline.ReadAsync(c => c.GetDockingEventsAsync(new DockingEventsQuery { Limit = 3 }));
        await pipeline.ReadAsync(c => c.GetSpaceStationAsync(4));

        Assert.Equal($"Token {Key}", fixture.Snapshot.Upstream.Requests.Entries[0].Authorization);
        var keys = pipeline.Below.Reads.Select(Ll2CacheKey.For).ToList();
        Assert.Contains("ll2:SpaceStationDto:space_stations/4/", keys);
        Assert.Contains(keys, k => k.StartsWith("ll2:PageDto<DockingEventDto>:docking_events/?", StringComparison.Ordinal));
        Assert.All(keys, k => Assert.DoesNotContain(Key, k, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryDtoRoundTripsThroughTheCacheSerializer()
    {
        using var pipeline = Build();
        var (events, _) = await pipeline.ReadAsync(c =>
            c.GetDockingEventsAsync(new DockingEventsQuery { Limit = 20, Mode = Ll2Mode.Detailed }));
        var flight = events.Results.Select(e => e.FlightVehicleChaser).First(f => f?.Spacecraft is not null)!;
        var launchIds = events.Results.Select(e => e.FlightVehicleChaser?.Launch?.Id).OfType<Guid>().Take(3).ToList();

        await RoundTripsAsync(events);
        await RoundTripsAsync((await pipeline.ReadAsync(c => c.GetDockingEventAsync(events.Results[0].Id))).Value);
        await RoundTripsAsync((await pipeline.ReadAsync(c => c.GetSpaceStationsAsync(Ll2Mode.Detailed))).Value);
        await RoundTripsAsync((await pipeline.ReadAsync(c => c.GetSpaceStationAsync(4))).Value);
        await RoundTripsAsync((await pipeline.ReadAsync(c => c.GetDockingLocationsAsync())).Value);
        await RoundTripsAsync((await pipeline.ReadAsync(c => c.GetSpacecraftFlightAsync(flight.Id))).Value);
        await RoundTripsAsync((await pipeline.ReadAsync(c => c.GetSpacecraftAsync(flight.Spacecraft!.Id))).Value);
        await RoundTripsAsync((await pipeline.ReadAsync(c => c.GetLaunchesAsync(launchIds, LaunchesMode.Detailed))).Value);
        await RoundTripsAsync((await pipeline.ReadAsync(c => c.GetExpeditionsAsync(4))).Value);
    }

    private static Task RoundTripsAsync<T>(T value)
    {
        Assert.True(new Ll2CacheSerializerFactory().TryCreateSerializer<Ll2CacheEntry<T>>(out var serializer));
        var entry = new Ll2CacheEntry<T>(DateTimeOffset.UnixEpoch, value);
        var buffer = new ArrayBufferWriter<byte>();
        serializer.Serialize(entry, buffer);
        var back = serializer.Deserialize(new ReadOnlySequence<byte>(buffer.WrittenMemory));

        Assert.Equal(entry.FetchedAt, back.FetchedAt);
        Assert.Equal(JsonSerializer.Serialize(value, LaunchLibraryTransport.Json),
            JsonSerializer.Serialize(back.Value, LaunchLibraryTransport.Json));
        return Task.CompletedTask;
    }

    private CachedPipeline Build(string? apiKey = null)
    {
        fixture.Snapshot.Upstream.Requests.Clear();
        fixture.Snapshot.Upstream.Faults = new SnapshotFaults();
        var settings = new Dictionary<string, string?>
        {
            ["LaunchLibrary:BaseUrl"] = fixture.Snapshot.BaseAddress.ToString(),
            ["LaunchLibrary:ApiKey"] = apiKey,
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
        var below = new BelowStage();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(clock)
            .AddLogging();
        services.AddLaunchLibraryClient();
        services.AddLl2Redis(configuration);
        services.AddLl2Stage<Ll2RequestMemo>(ServiceLifetime.Scoped);
        services.AddLl2Cache(configuration);
        services.AddSingleton(below).AddLl2Stage<BelowStage>(ServiceLifetime.Singleton);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        return new CachedPipeline(provider, clock, below);
    }

    private sealed class CachedPipeline(ServiceProvider provider, FakeTimeProvider clock, BelowStage below) : IDisposable
    {
        public FakeTimeProvider Clock => clock;

        public BelowStage Below => below;

        public Ll2RefreshScheduler Scheduler => provider.GetRequiredService<Ll2RefreshScheduler>();

        public Ll2EntryVersions Versions => provider.GetRequiredService<Ll2EntryVersions>();

        /// <summary>One request: a scope of its own, ended before this returns.</summary>
        public async Task<(T Value, Ll2RequestTally Tally)> ReadAsync<T>(Func<LaunchLibraryClient, Task<T>> read)
        {
            await using var scope = provider.CreateAsyncScope();
            var value = await read(scope.ServiceProvider.GetRequiredService<LaunchLibraryClient>());
            return (value, scope.ServiceProvider.GetRequiredService<Ll2RequestTally>());
        }

        public void Dispose() => provider.Dispose();
    }

    /// <summary>Where the quota governor sits: sees every read that leaves the cache, and can refuse it.</summary>
    private sealed class BelowStage : ILl2Stage
    {
        private readonly List<Ll2Read> _reads = [];
        private int _refused;

        public LaunchLibraryException? Refusal { get; set; }

        public int Refused => Volatile.Read(ref _refused);

        public IReadOnlyList<Ll2Read> Reads
        {
            get { lock (_reads) { return _reads.ToList(); } }
        }

        public Task<object> ReadAsync(Ll2Read read, Ll2ReadNext next, CancellationToken cancellationToken)
        {
            lock (_reads)
            {
                _reads.Add(read);
            }

            if (Refusal is { } refusal)
            {
                Interlocked.Increment(ref _refused);
                throw refusal;
            }

            return next(read, cancellationToken);
        }
    }
}
