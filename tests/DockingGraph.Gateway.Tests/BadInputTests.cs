using System.Net.Http.Headers;
using System.Text;

namespace DockingGraph.Gateway.Tests;

/// <summary>Bad input gets its status and code, and none of it reaches LL2.</summary>
public sealed class BadInputTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Theory]
    [InlineData("{ dockingEvents(where: { docking: { gt: \"yesterday\" } }) { totalCount } }", 400, "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("{ dockingEvents(where: { docking: { gt: \"2020-01-01T00:00:00\" } }) { totalCount } }", 400, "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("{ dockingEvents { nodes { noSuchField } } }", 400, "FIELDS_ON_CORRECT_TYPE")]
    [InlineData("{ dockingEvents(where: { responseMode: { eq: \"x\" } }) { totalCount } }", 400, "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("{ dockingEvents(first: 1000) { totalCount } }", 200, "PAGE_SIZE_EXCEEDED")]
    [InlineData("{ dockingEvents(first: -1) { totalCount } }", 200, "INVALID_PAGING_ARGUMENTS")]
    [InlineData("{ dockingEvents(first: 2, last: 2) { totalCount } }", 200, "INVALID_PAGING_ARGUMENTS")]
    [InlineData("{ dockingEvents(after: \"bm90IGEgY3Vyc29y\") { totalCount } }", 200, "INVALID_CURSOR")]
    [InlineData("{ dockingEvents(before: \"%%%\") { totalCount } }", 200, "INVALID_CURSOR")]
    [InlineData("{ dockingEvents(where: { spaceStationTarget: { id: { eq: \"RG9ja2luZ0V2ZW50OjE=\" } } }) { totalCount } }", 200, "INVALID_ID")]
    [InlineData("{ dockingEvents { totalCount ", 400, "SYNTAX_ERROR")]
    public async Task RejectedWithStatusAndCodeWithoutAnUpstreamCall(string query, int status, string code)
    {
        fixture.Reset();

        var answer = await fixture.PostAsync(query);

        Assert.True(answer.Status == status, answer.ToString());
        Assert.Equal(code, answer.FirstCode);
        Assert.Equal(0, fixture.Requests.Count);
    }

    [Fact]
    public async Task InvalidDateTimeVariableIs400()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync("query($t: DateTime) { dockingEvents(where: { docking: { gt: $t } }) { totalCount } }", new { t = "2020-13-45" });

        Assert.Equal(400, answer.Status);
        Assert.Equal("INVALID_VALUE", answer.FirstCode);
        Assert.Equal(0, fixture.Requests.Count);
    }

    [Fact]
    public async Task ACursorFromAnotherQueryIsRefused()
    {
        var station = await fixture.PostAsync("{ dockingEvents(first: 2, where: { spaceStationTarget: { id: { eq: 4 } } }) { pageInfo { endCursor } } }");
        var cursor = (string)station.Data!["dockingEvents"]!["pageInfo"]!["endCursor"]!;
        fixture.Reset();

        var other = await fixture.PostAsync($"{{ dockingEvents(first: 2, after: \"{cursor}\", where: {{ spaceStationTarget: {{ id: {{ eq: 5 }} }} }}) {{ totalCount }} }}");

        Assert.Equal("INVALID_CURSOR", other.FirstCode);
        Assert.Equal(0, fixture.Requests.Count);
    }

    [Theory]
    [InlineData("{\"query\": \"{ dockingEvents { totalCount } }\"", "application/json", 400)]
    [InlineData("[{\"query\": \"{ dockingEvents { totalCount } }\"}]", "application/json", 400)]
    [InlineData("{\"variables\": {}}", "application/json", 400)]
    [InlineData("{\"query\": \"{ dockingEvents { totalCount } }\"}", "text/plain", 415)]
    [InlineData("query={ dockingEvents { totalCount } }", "application/x-www-form-urlencoded", 415)]
    public async Task MalformedRequestsAreRefused(string body, string contentType, int status)
    {
        fixture.Reset();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        var answer = await fixture.SendAsync(request);

        Assert.True(answer.Status == status, answer.ToString());
        Assert.NotEmpty((string?)answer.Errors[0]!["message"] ?? "");
        Assert.Equal(0, fixture.Requests.Count);
    }

    [Fact]
    public async Task OtherMethodsAre405()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };

        var answer = await fixture.SendAsync(request);

        Assert.Equal(405, answer.Status);
        Assert.Equal("GET, POST", answer.Response.Content.Headers.Allow.Count > 0 ? string.Join(", ", answer.Response.Content.Headers.Allow) : string.Join(", ", answer.Response.Headers.GetValues("Allow")));
    }
}
