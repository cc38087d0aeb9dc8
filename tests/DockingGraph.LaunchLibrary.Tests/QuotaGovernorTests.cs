using System.Net;
using System.Text;
using DockingGraph.LaunchLibrary.Pipeline;
using DockingGraph.LaunchLibrary.Quota;
using DockingGraph.Snapshot.Faults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DockingGraph.LaunchLibrary.Tests;

/// <summary>The quota governor with the real registration, against a standalone snapshot (calls counted in its log).</summary>
public sealed class QuotaGovernorTests(ClientFixture fixture) : IClassFixture<ClientFixture>
{
    [Fact]
    public async Task BackgroundReadsStopAtTheReserveRequestReadsMayUseIt()
    {
        fixture.Snapshot.Upstream.Faults = new SnapshotFaults();
        fixture.Snapshot.Upstream.Requests.Clear();
        using var provider = Build(new() { ["Ll2Budget:Calls"] = "5", ["Ll2Budget:Reserve"] = "3" },
            services => services.AddLl2Stage<AsBackground>(ServiceLifetime.Singleton));
        var background = provider.GetRequiredService<AsBackground>();

        var outcomes = new List<string>();
        foreach (var (origin, id) in new[]
        {
            (Ll2ReadOrigin.Background, 100), (Ll2ReadOrigin.Background, 101), (Ll2ReadOrigin.Background, 102),
            (Ll2ReadOrigin.Request, 103), (Ll2ReadOrigin.Request, 104), (Ll2ReadOrigin.Request, 105),
            (Ll2ReadOrigin.Request, 106),
        })
        {
            background.Origin = origin;
            using var scope = provider.CreateScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<LaunchLibraryClient>().GetDockingEventAsync(id);
                outcomes.Add($"{origin} sent");
            }
            catch (LaunchLibraryException e) when (e.IsThrottled && e.NotSent)
            {
                Assert.InRange(e.RetryAfter!.Value.TotalSeconds, 3590, 3600);
                outcomes.Add($"{origin} refused");
            }
        }

        Assert.Equal(
            ["Background sent", "Background sent", "Background refused", "Request sent", "Request sent",
                "Request sent", "Request refused"],
            outcomes);
        Assert.Equal(5, fixture.Snapshot.Upstream.Requests.Count);
        Assert.Equal(0, provider.GetRequiredService<ILl2QuotaStatus>().Remaining);
    }

    [Theory]
    [InlineData("""{"your_request_limit": 4, "limit_frequency_secs": 3600, "current_use": 1, "next_use_secs": 0}""")]
    [InlineData("""[{"your_request_limit": 4, "limit_frequency_secs": 3600, "current_use": 1, "next_use_secs": 0}]""")]
    public async Task ApiThrottleAsAnObjectOrAnArraySetsASmallerLimitAndTheUseSoFar(string body)
    {
        var ll2 = new ApiThrottleOnly(body);
        using var provider = Build(new() { ["Ll2Budget:Calls"] = "15", ["LaunchLibrary:BaseUrl"] = "http://ll2.test/2.3.0/" },
            services => services.AddHttpClient("Ll2HttpTransport").ConfigurePrimaryHttpMessageHandler(() => ll2));

        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        var status = provider.GetRequiredService<ILl2QuotaStatus>();
        Assert.Equal((4, "LL2 api-throttle", 3), (status.Limit, status.Source, status.Remaining));
        Assert.Equal(["/2.3.0/api-throttle/"], ll2.Paths);
    }

    [Fact]
    public async Task ACallStampedAfterTheReadersClockStillFreesWithinTheWindow()
    {
        // Two replicas: one stamps its call at T + 5 ms, the other read its clock at T before that call reached the
        // shared log. The oldest call then frees in 3600.005 s, which must not be told as "retry in 3601 s".
        var clock = new SetClock { Now = new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero).AddMilliseconds(5) };
        var governor = new Ll2QuotaGovernor(new Ll2LocalBudgetLog(), clock,
            Microsoft.Extensions.Options.Options.Create(new Ll2BudgetOptions { Calls = 1 }));
        var read = new Ll2Read("docking_events/1/", Ll2ResourceClass.Detail, "docking_events", typeof(object));
        Ll2ReadNext sent = (_, _) => Task.FromResult<object>("sent");

        Assert.Equal("sent", await governor.ReadAsync(read, sent, CancellationToken.None));
        clock.Now = clock.Now.AddMilliseconds(-5);
        var refused = await Assert.ThrowsAsync<LaunchLibraryException>(() => governor.ReadAsync(read, sent, CancellationToken.None));

        Assert.True(refused.NotSent);
        Assert.Equal(TimeSpan.FromHours(1), refused.RetryAfter);
    }

    private ServiceProvider Build(Dictionary<string, string?> settings, Action<IServiceCollection> before)
    {
        settings.TryAdd("LaunchLibrary:BaseUrl", fixture.Snapshot.BaseAddress.ToString());
        settings["Ll2Budget:SyncWithApiThrottle"] = settings["LaunchLibrary:BaseUrl"]!.Contains("ll2.test") ? "true" : "false";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddLaunchLibraryClient();
        before(services);
        services.AddLl2Quota(configuration);
        return services.BuildServiceProvider();
    }

    /// <summary>A stage above the governor that marks reads as background refreshes (as the cache's refresh will).</summary>
    private sealed class AsBackground : ILl2Stage
    {
        public Ll2ReadOrigin Origin { get; set; }

        public Task<object> ReadAsync(Ll2Read read, Ll2ReadNext next, CancellationToken cancellationToken) =>
            next(read with { Origin = Origin }, cancellationToken);
    }

    private sealed class ApiThrottleOnly(string body) : HttpMessageHandler
    {
        public List<string> Paths { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (Paths)
            {
                Paths.Add(request.RequestUri!.AbsolutePath);
            }

            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            });
        }
    }

    private sealed class SetClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
