namespace DockingGraph.Gateway.Tests;

/// <summary>
/// The budget of a local answer: its blocks go through the LL2 client, so a repeat is answered by the
/// cross-request cache without a call; more blocks than Limits:MaxLl2CallsPerRequest are refused (FILTER_NOT_SUPPORTED,
/// saying why) once the first block has given the count, before any other block is read; and the validation estimate
/// (one block per local list) refuses before any call.
/// </summary>
public sealed class LocalListBudgetTests
{
    private const string NotActive =
        "{ spacecrafts(first: 3, where: { status: { id: { neq: 1 } } }) { totalCount nodes { ll2Id } } }";

    [Fact]
    public async Task ARepeatIsAnsweredByTheCrossRequestCacheWithoutACallWhateverThePage()
    {
        await using var harness = await CacheHarness.StartAsync();
        harness.Reset();

        var first = await harness.PostAsync(NotActive);
        var calls = harness.Requests.Count;
        var second = await harness.PostAsync(NotActive);
        var otherPage = await harness.PostAsync(
            "{ spacecrafts(last: 5, where: { status: { id: { neq: 1 } } }) { totalCount nodes { ll2Id } } }");

        Assert.True(first.Errors.Count == 0, first.ToString());
        Assert.Equal(3, calls);
        Assert.Equal(3, (int)first.Ll2()!["calls"]!);
        Assert.Equal(first.Data!.ToJsonString(), second.Data!.ToJsonString());
        Assert.Equal(0, (int)second.Ll2()!["calls"]!);
        Assert.Equal(3, (int)second.Ll2()!["cacheHits"]!);
        Assert.True(otherPage.Errors.Count == 0, otherPage.ToString());
        Assert.Equal(0, (int)otherPage.Ll2()!["calls"]!);
        Assert.Equal(3, harness.Requests.Count);
    }

    [Fact]
    public async Task MoreBlocksThanTheLimitAreRefusedAfterTheFirstAndARepeatCostsNoCall()
    {
        await using var harness = await CacheHarness.StartAsync(1, null, "--Limits:MaxLl2CallsPerRequest", "2");
        harness.Reset();

        var refused = await harness.PostAsync(NotActive);
        var afterFirst = harness.Requests.Entries.Select(e => e.PathAndQuery).ToList();
        var again = await harness.PostAsync(NotActive);
        var landings = await harness.PostAsync("{ landings(where: { type: { id: { neq: 4 } } }) { totalCount } }");

        Assert.Equal("FILTER_NOT_SUPPORTED", refused.FirstCode);
        var message = (string)refused.Errors[0]!["message"]!;
        Assert.Contains("LL2 cannot execute status.id.neq on spacecraft, and evaluating it here needs all 201 " +
            "spacecraft the rest of the where selects: 3 LL2 calls of 100 rows, while a request may make 2 " +
            "(Limits:MaxLl2CallsPerRequest)", message);
        Assert.Equal(3, (int)refused.Errors[0]!["extensions"]!["ll2CallsNeeded"]!);
        Assert.Equal(2, (int)refused.Errors[0]!["extensions"]!["limit"]!);
        Assert.Equal(["/2.3.0/spacecraft/?limit=100&mode=normal&offset=0&ordering=id"], afterFirst);
        Assert.Equal("FILTER_NOT_SUPPORTED", again.FirstCode);
        Assert.Equal(0, (int)again.Ll2()!["calls"]!);
        // Ten landings are one block: within the limit.
        Assert.True(landings.Errors.Count == 0, landings.ToString());
        Assert.Equal(1, (int)landings.Ll2()!["calls"]!);
        Assert.Equal(2, harness.Requests.Count);
    }

    [Fact]
    public async Task TheEstimateCountsAFirstBlockPerLocalListAndTheRuntimeCapTheRest()
    {
        await using var harness = await CacheHarness.StartAsync(1, null, "--Limits:MaxLl2CallsPerRequest", "2");
        harness.Reset();

        var answer = await harness.PostAsync("{ a: spacecrafts(where: { status: { id: { neq: 1 } } }) { totalCount } " +
            "b: launches(where: { slug: { neq: \"x\" } }) { totalCount } " +
            "c: expeditions(where: { spaceStation: { id: { nin: [4] } } }) { totalCount } }");

        Assert.Equal("QUERY_TOO_EXPENSIVE", answer.FirstCode);
        Assert.Contains("would make up to 3 LL2 calls", (string)answer.Errors[0]!["message"]!);
        Assert.Equal(0, harness.Requests.Count);

        // Within the estimate (two first blocks), each list within the limit (1 and 2 blocks): the runtime cap stops
        // the request at its second call and refuses the field that would make a third.
        var capped = await harness.PostAsync("{ a: landings(where: { type: { id: { neq: 4 } } }) { totalCount } " +
            "c: expeditions(where: { spaceStation: { id: { nin: [4] } } }) { totalCount } }");

        Assert.Equal(2, harness.Requests.Count);
        var error = Assert.Single(capped.Errors);
        Assert.Equal("QUERY_TOO_EXPENSIVE", (string)error!["extensions"]!["code"]!);
        Assert.Contains("reached its cap of LL2 calls", (string)error["message"]!);
        Assert.Single(capped.Data!.AsObject(), field => field.Value is not null);
    }
}
