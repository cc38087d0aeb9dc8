using System.Net;

namespace DockingGraph.Gateway.Tests;

public sealed class TransportTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task GetWithQueryAndVariables()
    {
        var query = WebUtility.UrlEncode("query($n: Int) { dockingEvents(first: $n) { nodes { ll2Id } } }");
        var variables = WebUtility.UrlEncode("{\"n\": 2}");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={query}&variables={variables}");

        var answer = await fixture.SendAsync(request);

        Assert.Equal(200, answer.Status);
        Assert.Equal(2, answer.Data!["dockingEvents"]!["nodes"]!.AsArray().Count);
        Assert.Equal("application/json", answer.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("application/graphql-response+json", "application/graphql-response+json", 400)]
    [InlineData("application/json", "application/json", 200)]
    [InlineData("*/*", "application/json", 200)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", "application/graphql-response+json", 400)]
    public async Task ValidationErrorStatusFollowsTheNegotiatedMediaType(string accept, string mediaType, int status)
    {
        var answer = await fixture.PostAsync("{ noSuchRootField }", accept: accept);

        Assert.Equal(status, answer.Status);
        Assert.Equal(mediaType, answer.ContentType!.MediaType);
        Assert.Null(answer.Data);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", answer.FirstCode);
    }

    [Fact]
    public async Task UnacceptableAcceptIs406()
    {
        var answer = await fixture.PostAsync("{ dockingEvents { totalCount } }", accept: "text/html");

        Assert.Equal(406, answer.Status);
    }

    [Fact]
    public async Task InvalidVariablesJsonOnGetIs400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D&variables=%7Bnot-json");

        var answer = await fixture.SendAsync(request);

        Assert.Equal(400, answer.Status);
        Assert.Equal("INVALID_REQUEST", answer.FirstCode);
    }
}
