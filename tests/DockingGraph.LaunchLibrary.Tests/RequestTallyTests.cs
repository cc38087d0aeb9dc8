using DockingGraph.LaunchLibrary.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.LaunchLibrary.Tests;

/// <summary>The per-request tally on the client's pipeline: a cap on LL2 calls that holds whatever was estimated.</summary>
public sealed class RequestTallyTests(ClientFixture fixture) : IClassFixture<ClientFixture>
{
    [Fact]
    public async Task CallsStopAtTheCapAndMemoHitsDoNotCount()
    {
        fixture.Snapshot.Upstream.Requests.Clear();
        var settings = new Dictionary<string, string?> { ["LaunchLibrary:BaseUrl"] = fixture.Snapshot.BaseAddress.ToString() };
        var services = new ServiceCollection().AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLaunchLibraryClient();
        services.AddLl2Stage<Ll2RequestMemo>(ServiceLifetime.Scoped);
        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        var tally = scope.ServiceProvider.GetRequiredService<Ll2RequestTally>();
        tally.MaxCalls = 2;
        var client = scope.ServiceProvider.GetRequiredService<LaunchLibraryClient>();

        await client.GetSpacecraftAsync(474);
        await client.GetSpacecraftAsync(474);
        await client.GetDockingEventAsync(622);
        var refused = await Assert.ThrowsAsync<LaunchLibraryException>(() => client.GetDockingEventAsync(623));

        Assert.Equal(LaunchLibraryErrorKind.RequestCapReached, refused.Kind);
        Assert.Equal(2, refused.RequestCap);
        Assert.Equal((2, 1), (tally.Calls, tally.MemoHits));
        Assert.Equal(2, fixture.Snapshot.Upstream.Requests.Count);
    }
}
