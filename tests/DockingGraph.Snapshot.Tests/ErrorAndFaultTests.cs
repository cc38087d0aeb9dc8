using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using DockingGraph.Snapshot.Faults;
using DockingGraph.Snapshot.Hosting;

namespace DockingGraph.Snapshot.Tests;

/// <summary>Each test starts its own snapshot, because faults and the throttle are per snapshot.</summary>
public sealed class ErrorAndFaultTests
{
    [Theory]
    [InlineData("docking_events/999999/")]
    [InlineData("docking_events/abc/")]
    [InlineData("space_stations/99/")]
    [InlineData("spacecraft_flights/1/")]
    [InlineData("launches/00000000-0000-0000-0000-000000000000/")]
    [InlineData("no_such_endpoint/")]
    public async Task MissingObjectsAnswer404NotFound(string relative)
    {
        await using var snapshot = await SnapshotServer.StartAsync();
        using var http = new HttpClient { BaseAddress = snapshot.BaseAddress };

        using var response = await http.GetAsync(relative);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("""{"detail":"Not found."}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ThrottledAfterTheBudgetWithLl2sBodyAndRetryAfter()
    {
        await using var snapshot = await SnapshotServer.StartAsync();
        snapshot.Upstream.Faults = new SnapshotFaults { ThrottleAfter = 3 };
        using var http = new HttpClient { BaseAddress = snapshot.BaseAddress };

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var ok = await http.GetAsync("docking_events/");
            statuses.Add(ok.StatusCode);
        }

        using var throttled = await http.GetAsync("docking_events/");
        var body = JsonNode.Parse(await throttled.Content.ReadAsStringAsync())!;
        var budget = JsonNode.Parse(await http.GetStringAsync("api-throttle/"))!;

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        var wait = (int)throttled.Headers.RetryAfter!.Delta!.Value.TotalSeconds;
        Assert.InRange(wait, 3590, 3600);
        Assert.Equal($"Request was throttled. Expected available in {wait} seconds.", (string?)body["detail"]);
        Assert.Equal(3, (int)budget["current_use"]!);
        Assert.Equal(3, (int)budget["your_request_limit"]!);
        Assert.InRange((int)budget["next_use_secs"]!, 3590, 3600);
    }

    [Fact]
    public async Task ApiThrottleCountsNothingOnceTheWindowHasPassedWithoutACall()
    {
        // A count kept from an expired window reads as a spent budget to a client that syncs with api-throttle/:
        // it would never call again, so the window would never reset (the day replay stalled on it).
        await using var snapshot = await SnapshotServer.StartAsync();
        snapshot.Upstream.Faults = new SnapshotFaults { ThrottleAfter = 2, ThrottleWindowSeconds = 1 };
        using var http = new HttpClient { BaseAddress = snapshot.BaseAddress };
        for (var i = 0; i < 2; i++)
        {
            using var ok = await http.GetAsync("docking_events/");
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        var spent = JsonNode.Parse(await http.GetStringAsync("api-throttle/"))!;
        await Task.Delay(TimeSpan.FromMilliseconds(1200));
        var passed = JsonNode.Parse(await http.GetStringAsync("api-throttle/"))!;

        Assert.Equal((2, true), ((int)spent["current_use"]!, (int)spent["next_use_secs"]! >= 0));
        Assert.Equal((0, 0), ((int)passed["current_use"]!, (int)passed["next_use_secs"]!));
    }

    [Fact]
    public async Task ServerErrorRateAnswersDjangosHtmlErrorPage()
    {
        await using var snapshot = await SnapshotServer.StartAsync();
        snapshot.Upstream.Faults = new SnapshotFaults { ServerErrorRate = 1, ServerErrorStatus = 503 };
        using var http = new HttpClient { BaseAddress = snapshot.BaseAddress };

        using var response = await http.GetAsync("docking_events/");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task PartialServerErrorRateIsRepeatableForASeed()
    {
        async Task<List<int>> RunAsync()
        {
            await using var snapshot = await SnapshotServer.StartAsync();
            snapshot.Upstream.Faults = new SnapshotFaults { ServerErrorRate = 0.5, Seed = 7 };
            using var http = new HttpClient { BaseAddress = snapshot.BaseAddress };
            var statuses = new List<int>();
            for (var i = 0; i < 20; i++)
            {
                using var response = await http.GetAsync("space_stations/");
                statuses.Add((int)response.StatusCode);
            }

            return statuses;
        }

        var first = await RunAsync();

        Assert.Contains(200, first);
        Assert.Contains(500, first);
        Assert.Equal(first, await RunAsync());
    }

    [Fact]
    public async Task MalformedBodyIsNotJson()
    {
        await using var snapshot = await SnapshotServer.StartAsync();
        snapshot.Upstream.Faults = new SnapshotFaults { MalformedBody = true };
        using var http = new HttpClient { BaseAddress = snapshot.BaseAddress };

        var body = await http.GetStringAsync("docking_events/");

        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(body));
    }

    [Fact]
    public async Task FaultsCanTargetOnePath()
    {
        await using var snapshot = await SnapshotServer.StartAsync();
        snapshot.Upstream.Faults = new SnapshotFaults { ServerErrorRate = 1, PathContains = "/spacecraft/" };
        using var http = new HttpClient { BaseAddress = snapshot.BaseAddress };

        using var spacecraft = await http.GetAsync("spacecraft/474/");
        using var events = await http.GetAsync("docking_events/");

        Assert.Equal(HttpStatusCode.InternalServerError, spacecraft.StatusCode);
        Assert.Equal(HttpStatusCode.OK, events.StatusCode);
    }

    [Fact]
    public async Task LatencyDelaysTheAnswerPastAClientTimeout()
    {
        await using var snapshot = await SnapshotServer.StartAsync();
        snapshot.Upstream.Faults = new SnapshotFaults { LatencyMilliseconds = 2000 };
        using var http = new HttpClient { BaseAddress = snapshot.BaseAddress, Timeout = TimeSpan.FromMilliseconds(200) };

        await Assert.ThrowsAnyAsync<TaskCanceledException>(() => http.GetAsync("docking_events/"));
    }

    [Fact]
    public async Task OnlyGetIsAllowedAndMissingSlashRedirects()
    {
        await using var snapshot = await SnapshotServer.StartAsync();
        using var http = new HttpClient { BaseAddress = snapshot.BaseAddress };

        using var post = await http.PostAsync("docking_events/", new StringContent("{}"));
        using var noSlash = await http.GetAsync("docking_events?limit=2");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal("""{"detail":"Method \"POST\" not allowed."}""", await post.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, noSlash.StatusCode);
        Assert.Equal(2, JsonNode.Parse(await noSlash.Content.ReadAsStringAsync())!["results"]!.AsArray().Count);
        Assert.Equal(["/2.3.0/docking_events/", "/2.3.0/docking_events", "/2.3.0/docking_events/"], snapshot.Upstream.Requests.Entries.Select(e => e.Path));
    }
}
