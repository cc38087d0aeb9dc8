using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// The pre-execution LL2 estimate of a list evaluated here (Data/Local/LocalFetch), against the real snapshot with
/// exact LL2 calls: without a known count it is the first block and says it is a lower bound; once LL2 gave the
/// list's count (any page of the same list and filters, within Cache:ListTtl) it is exactly the blocks the cache does
/// not hold, and more blocks than Limits:MaxLl2CallsPerRequest are refused before any call. The local where is
/// <c>slug.neq</c>, which LL2 cannot execute: all 253 recorded launches, three blocks of 100.
/// </summary>
public sealed class LocalFetchEstimateTests
{
    private const string LocalWhere = "{ launches(where: { slug: { neq: \"x\" } }) { totalCount } }";
    private const string Block0 = "/2.3.0/launches/?limit=100&mode=normal&offset=0&ordering=net%2Cid";

    [Fact]
    public async Task ColdTheEstimateIsTheFirstBlockAsALowerBoundWarmExactlyTheUncachedBlocks()
    {
        await using var harness = await CacheHarness.StartAsync();
        harness.Reset();

        var cold = await PostAsync(harness, LocalWhere);
        var coldCalls = harness.Requests.Count;
        var warm = await PostAsync(harness, "{ launches(first: 5, where: { slug: { neq: \"x\" } }) { totalCount } }");

        Assert.True(cold.Errors.Count == 0, cold.ToString());
        Assert.Equal(253, (int)cold.Data!["launches"]!["totalCount"]!);
        Assert.Equal((1, true), Estimate(cold));
        Assert.Equal(3, coldCalls);
        Assert.Equal(3, (int)cold.Ll2()!["calls"]!);
        Assert.True(warm.Errors.Count == 0, warm.ToString());
        Assert.Equal((0, false), Estimate(warm));
        Assert.Equal(0, (int)warm.Ll2()!["calls"]!);
        Assert.Equal(3, harness.Requests.Count);
    }

    [Fact]
    public async Task ACountFromAnyPageOfTheListMakesTheEstimateExactAndACachedBlockIsFree()
    {
        await using var harness = await CacheHarness.StartAsync();
        harness.Reset();

        // A pushed-down page of the same list and filters gives the count (253) in one call.
        var page = await PostAsync(harness, "{ launches(first: 1) { totalCount } }");
        var known = await PostAsync(harness, LocalWhere);
        var afterKnown = harness.Requests.Count;

        Assert.Equal(253, (int)page.Data!["launches"]!["totalCount"]!);
        Assert.Equal((1, false), Estimate(page));
        Assert.True(known.Errors.Count == 0, known.ToString());
        Assert.Equal((3, false), Estimate(known));
        Assert.Equal(3, (int)known.Ll2()!["calls"]!);
        Assert.Equal(4, afterKnown);

        // upcomingLaunches' blocks are another list: the first of them held (read by a page of 100 at offset 0)
        // and the count known, the estimate is the two blocks left.
        await using var other = await CacheHarness.StartAsync();
        other.Reset();
        var first = await PostAsync(other, "{ launches(first: 100) { totalCount } }");
        var held = other.Requests.Entries.Select(e => e.PathAndQuery).ToList();
        var rest = await PostAsync(other, LocalWhere);

        Assert.True(first.Errors.Count == 0, first.ToString());
        Assert.Equal([Block0], held);
        Assert.Equal((2, false), Estimate(rest));
        Assert.Equal(2, (int)rest.Ll2()!["calls"]!);
        Assert.Equal(3, other.Requests.Count);
    }

    [Fact]
    public async Task AWarmCountRefusesBeforeAnyCallAColdOneAfterTheFirstBlockAndAnOldOneIsNotActedOn()
    {
        await using var harness = await CacheHarness.StartAsync(1, null, "--Limits:MaxLl2CallsPerRequest", "2");
        harness.Reset();

        var cold = await PostAsync(harness, LocalWhere);
        var coldPaths = harness.Requests.Entries.Select(e => e.PathAndQuery).ToList();

        Assert.Equal("FILTER_NOT_SUPPORTED", cold.FirstCode);
        Assert.Contains("needs all 253 launches the rest of the where selects: 3 LL2 calls of 100 rows, while a " +
            "request may make 2 (Limits:MaxLl2CallsPerRequest)", (string)cold.Errors[0]!["message"]!);
        Assert.Equal(3, (int)cold.Errors[0]!["extensions"]!["ll2CallsNeeded"]!);
        Assert.Equal([Block0], coldPaths);
        Assert.Equal((1, true), Estimate(cold));
        Assert.Equal(1, (int)cold.Ll2()!["calls"]!);

        // A fresh gateway that read the count from a pushed-down page of the same list and filters (one call).
        await using var known = await CacheHarness.StartAsync(1, null, "--Limits:MaxLl2CallsPerRequest", "2");
        known.Reset();
        var page = await PostAsync(known, "{ launches(first: 1) { totalCount } }");
        var warm = await PostAsync(known, LocalWhere);

        Assert.Equal(253, (int)page.Data!["launches"]!["totalCount"]!);
        Assert.Equal("FILTER_NOT_SUPPORTED", warm.FirstCode);
        Assert.Equal((string)cold.Errors[0]!["message"]!, (string)warm.Errors[0]!["message"]!);
        Assert.Equal(cold.Errors[0]!["extensions"]!.ToJsonString(), warm.Errors[0]!["extensions"]!.ToJsonString());
        Assert.Equal(0, (int)warm.Ll2()!["calls"]!);
        Assert.Equal((0, false), Estimate(warm));
        Assert.Equal(1, known.Requests.Count);

        // Past Cache:ListTtl (5 min) the count is not acted on: the first block is read, and its own count refuses.
        known.Clock.Advance(TimeSpan.FromMinutes(6));
        known.Reset();
        var old = await PostAsync(known, "{ launches(where: { slug: { neq: \"y\" } }) { totalCount } }");

        Assert.Equal("FILTER_NOT_SUPPORTED", old.FirstCode);
        Assert.Contains("needs all 253 launches", (string)old.Errors[0]!["message"]!);
        Assert.Equal((1, true), Estimate(old));
        Assert.Equal(1, (int)old.Ll2()!["calls"]!);
        Assert.Equal([Block0], known.Requests.Entries.Select(e => e.PathAndQuery).ToList());
    }

    [Fact]
    public async Task KnownBlocksWithTheRequestsOtherCallsOverTheLimitAreRefusedBeforeAnyCall()
    {
        await using var harness = await CacheHarness.StartAsync(1, null, "--Limits:MaxLl2CallsPerRequest", "3");
        harness.Reset();
        await PostAsync(harness, "{ launches(first: 1) { totalCount } }");
        harness.Reset();

        // Three blocks (within the limit alone) and one spacecraft page: four calls.
        var answer = await PostAsync(harness, "{ a: launches(where: { slug: { neq: \"x\" } }) { totalCount } " +
            "b: spacecrafts(first: 1) { totalCount } }");

        Assert.Null(answer.Data); // not executed: refused in validation, as the estimate before the arguments
        Assert.Equal("QUERY_TOO_EXPENSIVE", answer.FirstCode);
        Assert.Contains("would make up to 4 LL2 calls", (string)answer.Errors[0]!["message"]!);
        Assert.Equal(4, (int)answer.Errors[0]!["extensions"]!["estimatedLl2Calls"]!);
        Assert.Equal(0, harness.Requests.Count);
    }

    /// <summary>extensions.operationCost's LL2 estimate and its lower-bound flag.</summary>
    internal static (int Calls, bool LowerBound) Estimate(GraphQLAnswer answer)
    {
        var cost = answer.Body["extensions"]?["operationCost"] ?? throw new InvalidOperationException(
            $"no operationCost: {answer}");
        return ((int)cost["estimatedLl2Calls"]!, (bool)cost["estimatedLl2CallsIsLowerBound"]!);
    }

    /// <summary>POST with <c>GraphQL-Cost: report</c> and <c>GraphQL-LL2-Cost: report</c>.</summary>
    internal static async Task<GraphQLAnswer> PostAsync(CacheHarness harness, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("GraphQL-Cost", "report");
        request.Headers.Add("GraphQL-LL2-Cost", "report");
        using var response = await harness.Client().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLAnswer((int)response.StatusCode, response.Content.Headers.ContentType, JsonNode.Parse(text)!,
            response);
    }
}
