using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace DockingGraph.Gateway.Tests;

/// <summary>The IDE route, and Banana Cake Pop itself in headless Chromium, against the gateway as README runs it.</summary>
public sealed class BananaCakePopTests(EmbeddedGatewayFixture fixture) : IClassFixture<EmbeddedGatewayFixture>
{
    [Fact]
    public async Task ABrowserGetOfGraphqlIsRedirectedToTheIde()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?x=1");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");

        using var response = await fixture.Http.SendAsync(request);

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

        using var page = await fixture.Http.SendAsync(html);
        using var refused = await fixture.Http.SendAsync(json);

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
        var config = JsonNode.Parse(await fixture.Http.GetStringAsync("/graphql/bcp-config.json"))!;

        Assert.Equal("DockingGraph", (string?)config["title"]);
        Assert.Equal("/graphql", (string?)config["endpoint"]);
        Assert.Contains("dockingEvents", (string?)config["graphQLDocument"]);
        Assert.True((bool)config["disableTelemetry"]!);

        var example = await fixture.Http.PostAsJsonAsync("/graphql", new { query = (string)config["graphQLDocument"]! });
        Assert.Contains("\"dockingEvents\"", await example.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheIdeRunsTheExampleInHeadlessChromiumWithoutLeavingTheGateway()
    {
        var screenshot = Path.Combine(NodeTool.WebFolder, "screenshots", "banana-cake-pop.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        File.Delete(screenshot);

        var (exitCode, summary, output) = await NodeTool.RunAsync("ide.mjs", fixture.Origin, screenshot);

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
