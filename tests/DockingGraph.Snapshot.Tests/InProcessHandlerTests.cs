using System.Text.Json.Nodes;

namespace DockingGraph.Snapshot.Tests;

public sealed class InProcessHandlerTests(SnapshotFixture fixture) : IClassFixture<SnapshotFixture>
{
    [Fact]
    public async Task TheHandlerAnswersAsKestrelDoesAndLogsTheSameWay()
    {
        var upstream = new SnapshotUpstream();
        using var http = new HttpClient(new SnapshotHttpMessageHandler(upstream)) { BaseAddress = new Uri("http://snapshot.local/2.3.0/") };
        const string relative = "docking_events/?space_station_target__id=18&ordering=-docking&limit=3&mode=detailed";

        var inProcess = await http.GetStringAsync(relative);
        var overHttp = (await fixture.GetJsonAsync(relative)).ToJsonString();

        Assert.Equal(overHttp.Replace(fixture.Snapshot.BaseAddress.ToString(), "http://snapshot.local/2.3.0/"), JsonNode.Parse(inProcess)!.ToJsonString());
        var entry = Assert.Single(upstream.Requests.Entries);
        Assert.Equal("/2.3.0/docking_events/", entry.Path);
        Assert.Equal("space_station_target__id=18&ordering=-docking&limit=3&mode=detailed", entry.Query);
    }

    [Fact]
    public async Task TheHandlerReturnsLl2ErrorStatusesAndHeaders()
    {
        var upstream = new SnapshotUpstream { Faults = new Faults.SnapshotFaults { ThrottleAfter = 0 } };
        using var http = new HttpClient(new SnapshotHttpMessageHandler(upstream)) { BaseAddress = new Uri("http://snapshot.local/2.3.0/") };

        using var response = await http.GetAsync("docking_events/");

        Assert.Equal(429, (int)response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }
}
