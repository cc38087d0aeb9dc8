using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DockingGraph.Snapshot.Hosting;

namespace DockingGraph.Snapshot.Tests;

public sealed class RequestLogTests
{
    [Fact]
    public async Task LogCountsPerPathAndFullQueryAndIsReadableOverHttp()
    {
        await using var snapshot = await SnapshotServer.StartAsync();
        using var http = new HttpClient { BaseAddress = snapshot.Origin };

        await http.GetAsync("/2.3.0/docking_events/?limit=5&mode=detailed");
        await http.GetAsync("/2.3.0/docking_events/?limit=5&mode=detailed");
        await http.GetAsync("/2.3.0/space_stations/?mode=detailed&limit=100");
        var report = JsonNode.Parse(await http.GetStringAsync("/_snapshot/requests"))!;

        Assert.Equal(2, snapshot.Upstream.Requests.CountPath("/2.3.0/docking_events/"));
        Assert.Equal(3, (int)report["total"]!);
        Assert.Equal(2, (int)report["byPath"]!["/2.3.0/docking_events/"]!);
        Assert.Equal(2, (int)report["byPathAndQuery"]!["/2.3.0/docking_events/?limit=5&mode=detailed"]!);
        Assert.Equal(1, (int)report["byPathAndQuery"]!["/2.3.0/space_stations/?mode=detailed&limit=100"]!);

        await http.DeleteAsync("/_snapshot/requests");
        Assert.Equal(0, snapshot.Upstream.Requests.Count);
    }

    [Fact]
    public async Task FaultsCanBeSetOverHttp()
    {
        await using var snapshot = await SnapshotServer.StartAsync();
        using var http = new HttpClient { BaseAddress = snapshot.Origin };

        using var set = await http.PutAsJsonAsync("/_snapshot/faults", new { throttleAfter = 1 });
        using var first = await http.GetAsync("/2.3.0/docking_events/");
        using var second = await http.GetAsync("/2.3.0/docking_events/");
        using var bad = await http.PutAsync("/_snapshot/faults", new StringContent("{", System.Text.Encoding.UTF8, "application/json"));

        Assert.True(set.IsSuccessStatusCode);
        Assert.Equal(1, snapshot.Upstream.Faults.ThrottleAfter);
        Assert.Equal(200, (int)first.StatusCode);
        Assert.Equal(429, (int)second.StatusCode);
        Assert.Equal(400, (int)bad.StatusCode);
    }
}
