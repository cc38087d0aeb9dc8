using System.Net;

namespace DockingGraph.Gateway.Tests;

public sealed class HttpCachingTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task GetAnswersCarryTheShortestLifetimeTouchedAndAnETag()
    {
        using var stations = await GetAsync("{ spaceStations { totalCount } }");
        using var events = await GetAsync("{ spaceStations { totalCount } dockingEvents(first: 1) { totalCount } }");

        Assert.Equal("public, max-age=3600", stations.Headers.CacheControl?.ToString());
        Assert.Equal("public, max-age=300", events.Headers.CacheControl?.ToString());
        Assert.NotNull(events.Headers.ETag);
    }

    [Fact]
    public async Task IfNoneMatchGets304WithoutABody()
    {
        using var first = await GetAsync("{ dockingEvent(id: 622) { docking } }");
        fixture.Reset();

        using var again = await GetAsync("{ dockingEvent(id: 622) { docking } }", first.Headers.ETag!.ToString());

        Assert.Equal("public, max-age=900", first.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
    }

    [Fact]
    public async Task AnswersWithErrorsAreNotStored()
    {
        using var response = await GetAsync("{ dockingEvent(id: 999999) { docking } }");

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    private async Task<HttpResponseMessage> GetAsync(string query, string? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString(query)}");
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await fixture.Http.SendAsync(request);
    }
}
