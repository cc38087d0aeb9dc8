namespace DockingGraph.Gateway.Tests;

/// <summary>The launches root list pushed down onto LL2's launches/, compared with LL2's answer.</summary>
public sealed class LaunchListTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task AnOrderedSearchedPageIsOnePushedDownCallAndEqualsLl2sAnswer()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync(
            "{ launches(first: 4, search: \"Soyuz\", order: [{ net: DESC }]) " +
            "{ totalCount nodes { ll2Id name net } } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        var call = Assert.Single(fixture.Requests.Entries);
        Assert.Equal("/2.3.0/launches/?limit=4&mode=normal&offset=0&ordering=-net%2Cid&search=Soyuz",
            call.PathAndQuery);
        var expected = await fixture.RestAsync("launches/?search=Soyuz&ordering=-net,id");
        Assert.Equal(expected.Take(4).Select(l => (string)l["id"]!),
            answer.Data!["launches"]!["nodes"]!.AsArray().Select(n => (string)n!["ll2Id"]!));
        Assert.Equal(expected.Count, (int)answer.Data["launches"]!["totalCount"]!);
        Assert.True(expected.Count > 4, $"{expected.Count} launches match");
    }

    [Fact]
    public async Task SlugAndIdArePushedDown()
    {
        var row = (await fixture.RestAsync("launches/?search=Soyuz&ordering=net,id")).First(l => l["slug"] is not null);
        fixture.Reset();

        var answer = await fixture.PostAsync(
            "query($slug: String!, $id: ID!) { launches(where: { slug: { eq: $slug }, id: { eq: $id } }) " +
            "{ nodes { ll2Id slug } } }", new { slug = (string)row["slug"]!, id = (string)row["id"]! });

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        var call = Assert.Single(fixture.Requests.Entries);
        Assert.Equal($"/2.3.0/launches/?id={row["id"]}&limit=10&mode=normal&offset=0&ordering=net%2Cid" +
            $"&slug={Uri.EscapeDataString((string)row["slug"]!)}", call.PathAndQuery);
        Assert.Equal([(string)row["id"]!],
            answer.Data!["launches"]!["nodes"]!.AsArray().Select(n => (string)n!["ll2Id"]!));
    }

    [Fact]
    public async Task TwoSlugsAreAnEmptyPageAndAContainsIsEvaluatedOverEveryLaunch()
    {
        var all = await fixture.RestAsync("launches/?limit=100");
        fixture.Reset();

        var empty = await fixture.PostAsync(
            "{ launches(where: { and: [{ slug: { eq: \"a\" } }, { slug: { eq: \"b\" } }] }) { totalCount } }");
        Assert.Equal(0, fixture.Requests.Count);
        var local = await fixture.PostAsync("{ launches(where: { slug: { contains: \"soyuz\" } }) { totalCount } }");

        Assert.Equal(0, (int)empty.Data!["launches"]!["totalCount"]!);
        Assert.True(local.Errors.Count == 0, local.ToString());
        var expected = all.Count(l => ((string?)l["slug"])?.Contains("soyuz", StringComparison.Ordinal) == true);
        Assert.Equal(expected, (int)local.Data!["launches"]!["totalCount"]!);
        Assert.True(expected > 0);
        // LL2 has no slug__contains: every launch is read, 100 per call.
        Assert.Equal((all.Count + 99) / 100, fixture.Requests.Count);
    }
}
