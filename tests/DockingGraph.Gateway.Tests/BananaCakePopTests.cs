using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;

namespace DockingGraph.Gateway.Tests;

/// <summary>The IDE route, and Banana Cake Pop itself in headless Chromium, against the gateway as README runs it.</summary>
public sealed class BananaCakePopTests : IAsyncLifetime
{
    private WebApplication _gateway = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _gateway = GatewayApp.Create(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default", "Warning"]);
        await _gateway.StartAsync();
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(_gateway.Urls.Single()) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _gateway.DisposeAsync();
    }

    [Fact]
    public async Task ABrowserGetOfGraphqlIsRedirectedToTheIde()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?x=1");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/graphql/?x=1", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task TheIdeIsServedOnlyToHtmlClientsWithAnOfflinePolicy()
    {
        using var html = new HttpRequestMessage(HttpMethod.Get, "/graphql/");
        html.Headers.Accept.ParseAdd("text/html");
        using var json = new HttpRequestMessage(HttpMethod.Get, "/graphql/");
        json.Headers.Accept.ParseAdd("application/json");

        using var page = await _http.SendAsync(html);
        using var refused = await _http.SendAsync(json);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("static/js/main.", await page.Content.ReadAsStringAsync());
        Assert.Contains("connect-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(HttpStatusCode.NotAcceptable, refused.StatusCode);
        Assert.Equal("application/json", refused.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ConfigNamesTheGatewayItsEndpointAndAnExampleAndTurnsTelemetryOff()
    {
        var config = JsonNode.Parse(await _http.GetStringAsync("/graphql/bcp-config.json"))!;

        Assert.Equal("DockingGraph", (string?)config["title"]);
        Assert.Equal("/graphql", (string?)config["endpoint"]);
        Assert.Contains("dockingEvents", (string?)config["graphQLDocument"]);
        Assert.True((bool)config["disableTelemetry"]!);

        var example = await _http.PostAsJsonAsync("/graphql", new { query = (string)config["graphQLDocument"]! });
        Assert.Contains("\"dockingEvents\"", await example.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheIdeRunsTheExampleInHeadlessChromiumWithoutLeavingTheGateway()
    {
        var screenshot = Path.Combine(NodeTool.WebFolder, "screenshots", "banana-cake-pop.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        File.Delete(screenshot);

        var (exitCode, summary, output) = await NodeTool.RunAsync("ide.mjs", _gateway.Urls.Single(), screenshot);

        Assert.True(exitCode == 0, output);
        Assert.True((bool)summary["resultPaneShowsEvent"]!);
        Assert.Empty(summary["outside"]!.AsArray());
        Assert.True(new FileInfo(screenshot).Length > 10_000);
    }
}

internal static class HttpClientJsonExtensions
{
    public static Task<HttpResponseMessage> PostAsJsonAsync(this HttpClient http, string path, object body) =>
        System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(http, path, body);
}
