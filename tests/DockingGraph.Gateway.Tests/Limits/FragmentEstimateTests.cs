using static DockingGraph.Gateway.Tests.LocalFetchEstimateTests;

namespace DockingGraph.Gateway.Tests.Limits;

/// <summary>
/// A root list evaluated here (launches with slug.neq: all 253 launches, three blocks of 100) written inside a
/// named fragment or an inline fragment on Query is estimated by its blocks as if written directly
/// (Limits/LocalListCosts.Planned), against the real snapshot with exact LL2 calls; the same list written both
/// ways reads its blocks once, and a fragment cycle is refused without the estimate looping.
/// </summary>
public sealed class FragmentEstimateTests
{
    private const string Launches = "launches(where: { slug: { neq: \"x\" } }) { totalCount }";
    private const string Direct = "{ " + Launches + " }";
    private const string Named = "query { ...Lists } fragment Lists on Query { " + Launches + " }";
    private const string Inline = "{ ... on Query { " + Launches + " } }";
    private const string Nested = "query { ... { ...Lists } } fragment Lists on Query { ... on Query { " +
        Launches + " } }";
    private const string CountPage = "{ launches(first: 1) { totalCount } }";

    [Theory]
    [InlineData(Named)]
    [InlineData(Inline)]
    [InlineData(Nested)]
    public async Task InAFragmentColdTheFirstBlockAsALowerBoundThenExactlyTheUncachedBlocks(string query)
    {
        await using var harness = await CacheHarness.StartAsync();
        harness.Reset();

        var cold = await PostAsync(harness, query);
        var coldCalls = harness.Requests.Count;
        var repeat = await PostAsync(harness, query);

        Assert.True(cold.Errors.Count == 0, cold.ToString());
        Assert.Equal(253, (int)cold.Data!["launches"]!["totalCount"]!);
        Assert.Equal((1, true), Estimate(cold));
        Assert.Equal(3, coldCalls);
        Assert.Equal((0, false), Estimate(repeat));
        Assert.Equal(0, (int)repeat.Ll2()!["calls"]!);
        Assert.Equal(3, harness.Requests.Count);
    }

    [Theory]
    [InlineData(Direct)]
    [InlineData(Named)]
    [InlineData(Inline)]
    [InlineData(Nested)]
    [InlineData("query { ...Lists " + Launches + " } fragment Lists on Query { " + Launches + " }")]
    public async Task WithTheCountKnownItIsTheThreeBlocksWrittenAnyWay(string query)
    {
        await using var harness = await CacheHarness.StartAsync();
        harness.Reset();
        await PostAsync(harness, CountPage);
        harness.Reset();

        var known = await PostAsync(harness, query);

        Assert.True(known.Errors.Count == 0, known.ToString());
        Assert.Equal(253, (int)known.Data!["launches"]!["totalCount"]!);
        Assert.Equal((3, false), Estimate(known));
        Assert.Equal(3, (int)known.Ll2()!["calls"]!);
        Assert.Equal(3, harness.Requests.Count);
    }

    [Fact]
    public async Task AKnownCountOverTheLimitInAFragmentIsRefusedBeforeAnyCall()
    {
        await using var harness = await CacheHarness.StartAsync(1, null, "--Limits:MaxLl2CallsPerRequest", "3");
        harness.Reset();
        await PostAsync(harness, CountPage);
        harness.Reset();

        // Three blocks through the fragment and one spacecraft page: four calls, refused in validation.
        var answer = await PostAsync(harness, "query { ...Lists spacecrafts(first: 1) { totalCount } } " +
            "fragment Lists on Query { " + Launches + " }");

        Assert.Null(answer.Data);
        Assert.Equal("QUERY_TOO_EXPENSIVE", answer.FirstCode);
        Assert.Equal(4, (int)answer.Errors[0]!["extensions"]!["estimatedLl2Calls"]!);
        Assert.Equal(0, harness.Requests.Count);
    }

    [Fact]
    public async Task AFragmentCycleIsRefusedByValidationWithoutACall()
    {
        await using var harness = await CacheHarness.StartAsync();
        harness.Reset();

        var cycle = await PostAsync(harness, "query { ...A } fragment A on Query { ...B " + Launches + " } " +
            "fragment B on Query { ... on Query { ...A } }");
        var after = await PostAsync(harness, CountPage);

        Assert.Null(cycle.Data);
        Assert.Contains(cycle.Errors, e => ((string)e!["message"]!).Contains("Cannot spread fragment"));
        Assert.Equal(253, (int)after.Data!["launches"]!["totalCount"]!);
        Assert.Equal(1, harness.Requests.Count);
    }
}
