using System.Net;
using System.Net.Sockets;
using DockingGraph.LaunchLibrary.Queries;
using DockingGraph.Snapshot.Faults;
using DockingGraph.Snapshot.Hosting;

namespace DockingGraph.LaunchLibrary.Tests;

public sealed class ErrorMappingTests
{
    [Fact]
    public async Task NotFoundCarriesStatusDetailAndPath()
    {
        await using var fixture = await StartAsync();

        var error = await Assert.ThrowsAsync<LaunchLibraryException>(() => fixture.CreateClient().GetDockingEventAsync(999999));

        Assert.Equal(LaunchLibraryErrorKind.Status, error.Kind);
        Assert.True(error.IsNotFound);
        Assert.Equal("Not found.", error.Detail);
        Assert.Equal("/2.3.0/docking_events/999999/", error.RequestPath);
        Assert.Equal("LL2 answered 404 NotFound for GET /2.3.0/docking_events/999999/: Not found.", error.Message);
    }

    [Fact]
    public async Task BadRequestCarriesLl2sFieldErrors()
    {
        await using var fixture = await StartAsync();
        var http = new HttpClient { BaseAddress = fixture.Snapshot.BaseAddress };

        var error = await Assert.ThrowsAsync<LaunchLibraryException>(() =>
            LaunchLibraryTransport.GetAsync<Dtos.PageDto<Dtos.DockingEventDto>>(http, "docking_events/?docking__gt=notadate", CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal(["Enter a valid date/time."], error.FieldErrors["docking__gt"]);
        Assert.Null(error.Detail);
        Assert.EndsWith("docking__gt: Enter a valid date/time.", error.Message);
    }

    [Fact]
    public async Task ThrottledCarriesRetryAfter()
    {
        await using var fixture = await StartAsync(new SnapshotFaults { ThrottleAfter = 1 });
        var client = fixture.CreateClient();
        await client.GetSpaceStationsAsync();

        var error = await Assert.ThrowsAsync<LaunchLibraryException>(() => client.GetSpaceStationsAsync());

        Assert.True(error.IsThrottled);
        Assert.InRange(error.RetryAfter!.Value.TotalSeconds, 3590, 3600);
        Assert.StartsWith("Request was throttled. Expected available in", error.Detail);
    }

    [Fact]
    public async Task HtmlServerErrorKeepsTheStatus()
    {
        await using var fixture = await StartAsync(new SnapshotFaults { ServerErrorRate = 1 });

        var error = await Assert.ThrowsAsync<LaunchLibraryException>(() => fixture.CreateClient().GetDockingLocationsAsync());

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Null(error.Detail);
        Assert.Equal("/2.3.0/config/docking_locations/?limit=100&offset=0", error.RequestPath);
    }

    [Fact]
    public async Task MalformedBodyIsABadResponseNotAJsonException()
    {
        await using var fixture = await StartAsync(new SnapshotFaults { MalformedBody = true });

        var error = await Assert.ThrowsAsync<LaunchLibraryException>(() => fixture.CreateClient().GetDockingEventsAsync(new DockingEventsQuery()));

        Assert.Equal(LaunchLibraryErrorKind.BadResponse, error.Kind);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(error.InnerException);
    }

    [Fact]
    public async Task TimeoutIsATimeoutAndCallerCancellationIsACancellation()
    {
        await using var fixture = await StartAsync(new SnapshotFaults { LatencyMilliseconds = 5000 });
        var client = fixture.CreateClient(timeoutSeconds: 1);

        var timeout = await Assert.ThrowsAsync<LaunchLibraryException>(() => client.GetSpaceStationAsync(4));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fixture.CreateClient().GetSpaceStationAsync(4, cancel.Token));

        Assert.Equal(LaunchLibraryErrorKind.Timeout, timeout.Kind);
    }

    [Fact]
    public async Task UnreachableUpstreamIsUnavailable()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var fixture = await StartAsync();

        var error = await Assert.ThrowsAsync<LaunchLibraryException>(() =>
            fixture.CreateClient(baseUrl: $"http://127.0.0.1:{port}/2.3.0").GetDockingEventAsync(1));

        Assert.Equal(LaunchLibraryErrorKind.Unavailable, error.Kind);
        Assert.Null(error.StatusCode);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    private static async Task<OwnedFixture> StartAsync(SnapshotFaults? faults = null)
    {
        var fixture = new OwnedFixture();
        await fixture.InitializeAsync();
        fixture.Snapshot.Upstream.Faults = faults ?? new SnapshotFaults();
        return fixture;
    }

    private sealed class OwnedFixture : IAsyncDisposable
    {
        private readonly ClientFixture _inner = new();

        public RunningSnapshot Snapshot => _inner.Snapshot;

        public Task InitializeAsync() => _inner.InitializeAsync();

        public LaunchLibraryClient CreateClient(string? baseUrl = null, int timeoutSeconds = 30) => _inner.CreateClient(baseUrl: baseUrl, timeoutSeconds: timeoutSeconds);

        public async ValueTask DisposeAsync() => await _inner.DisposeAsync();
    }
}
