using DockingGraph.LaunchLibrary.Queries;

namespace DockingGraph.LaunchLibrary.Tests;

public sealed class ApiKeyTests(ClientFixture fixture) : IClassFixture<ClientFixture>
{
    private const string Key = "9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b";

    [Fact]
    public async Task TheKeyIsSentAsATokenHeaderOnlyWhenConfigured()
    {
        fixture.Snapshot.Upstream.Requests.Clear();

        await fixture.CreateClient(apiKey: Key).GetSpaceStationAsync(4);
        await fixture.CreateClient().GetSpaceStationAsync(4);

        var entries = fixture.Snapshot.Upstream.Requests.Entries;
        Assert.Equal([$"Token {Key}", null], entries.Select(e => e.Authorization));
    }

    [Fact]
    public async Task TheKeyIsNeverLoggedNorInAnErrorMessage()
    {
        var logs = new CapturedLogs();
        var client = fixture.CreateClient(logs, apiKey: Key);

        await client.GetDockingEventsAsync(new DockingEventsQuery { Limit = 1 });
        var error = await Assert.ThrowsAsync<LaunchLibraryException>(() => client.GetSpacecraftAsync(999999));

        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, line => line.Contains(Key, StringComparison.Ordinal));
        Assert.DoesNotContain(Key, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Key, error.RequestPath, StringComparison.Ordinal);
    }

    [Fact]
    public void OptionsNeverPrintTheKey()
    {
        var options = new LaunchLibraryOptions { BaseUrl = LaunchLibraryOptions.ProductionBaseUrl, ApiKey = Key };

        Assert.DoesNotContain(Key, options.ToString(), StringComparison.Ordinal);
    }
}
