using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DockingGraph.Gateway.Answers;
using DockingGraph.Gateway.PersistedOperations;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// Whole answers from bytes (the product default, with the cross-request cache): an answer served from the store
/// carries <c>X-DockingGraph-Answer: stored</c>, which only the store's path sets (an executed answer never has it).
/// </summary>
public sealed class AnswerStoreTests
{
    // One LL2 call (a docking-event page: Cache:ListTtl, 5 min by default).
    private const string Page = "{ dockingEvents(first: 2) { totalCount nodes { ll2Id docking } } }";

    private static readonly string[] Production = ["--environment", "Production"];

    [Fact]
    public async Task ASecondIdenticalPostIsServedFromTheStoredBytesWithoutAnLl2Read()
    {
        await using var harness = await CacheHarness.StartAsync(arguments: Production);

        var first = await PostAsync(harness, new { query = Page });
        var second = await PostAsync(harness, new { query = Page });

        Assert.False(first.Stored, first.ToString());
        Assert.True(second.Stored, second.ToString());
        Assert.Equal(first.Text, second.Text);
        Assert.Equal(first.ContentType, second.ContentType);
        Assert.Equal(200, second.Status);
        Assert.Equal(1, harness.Requests.Count);
        Assert.Equal(1, harness.Services().GetRequiredService<AnswerStore>().Count);
    }

    [Fact]
    public async Task AStoredGetKeepsItsETagAndItsMaxAgeCountsDown()
    {
        await using var harness = await CacheHarness.StartAsync(arguments: Production);
        var url = $"/graphql?query={Uri.EscapeDataString(Page)}";

        using var cold = await harness.Client().GetAsync(url);
        harness.Clock.Advance(TimeSpan.FromMinutes(2));
        using var warm = await harness.Client().GetAsync(url);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(warm.Headers.ETag!);
        using var notModified = await harness.Client().SendAsync(conditional);

        Assert.False(cold.Headers.Contains(AnswerTelemetry.Header));
        Assert.Equal("stored", warm.Headers.GetValues(AnswerTelemetry.Header).Single());
        Assert.Equal("public, max-age=300", cold.Headers.CacheControl?.ToString());
        Assert.Equal("public, max-age=180", warm.Headers.CacheControl?.ToString());
        Assert.Equal(cold.Headers.ETag, warm.Headers.ETag);
        Assert.Equal("Accept", warm.Headers.Vary.Single());
        Assert.Equal(await cold.Content.ReadAsStringAsync(), await warm.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(1, harness.Requests.Count);
    }

    [Fact]
    public async Task PersistedDocumentsAndAutomaticPersistedQueriesAreStoredToo()
    {
        await using var harness = await CacheHarness.StartAsync(arguments: Production);
        var text = await File.ReadAllTextAsync(Path.Combine(SchemaTests.RepositoryRoot(), "src",
            "DockingGraph.Gateway", "persisted-operations", "LatestDockings.graphql"));
        var documentId = $"sha256:{PersistedOperationStore.Sha256(text)}";
        const string apq = "{ dockingEvents(first: 1) { totalCount } }";
        var hash = new { persistedQuery = new { version = 1, sha256Hash = PersistedOperationStore.Sha256(apq) } };

        var byId = await PostAsync(harness, new { documentId });
        var byIdAgain = await PostAsync(harness, new { documentId });
        var registered = await PostAsync(harness, new { query = apq, extensions = hash });
        var byHash = await PostAsync(harness, new { extensions = hash });
        var getById = await harness.Client().GetAsync($"/graphql?documentId={documentId}");
        var getByIdAgain = await harness.Client().GetAsync($"/graphql?documentId={documentId}");

        Assert.True(byId.Errors == 0, byId.ToString());
        Assert.False(byId.Stored);
        Assert.True(byIdAgain.Stored, byIdAgain.ToString());
        Assert.Equal(byId.Text, byIdAgain.Text);
        Assert.False(registered.Stored);
        Assert.True(byHash.Stored, byHash.ToString());
        Assert.Equal(registered.Text, byHash.Text);
        Assert.False(getById.Headers.Contains(AnswerTelemetry.Header));
        Assert.True(getByIdAgain.Headers.Contains(AnswerTelemetry.Header));
    }

    [Fact]
    public async Task DifferentVariablesOperationNamesOrMediaTypesAreNotShared()
    {
        await using var harness = await CacheHarness.StartAsync(arguments: Production);
        const string two = """
            query A($first: Int!) { dockingEvents(first: $first) { totalCount nodes { ll2Id } } }
            query B($first: Int!) { dockingEvents(first: $first) { nodes { ll2Id } } }
            """;

        var a2 = await PostAsync(harness, new { query = two, operationName = "A", variables = new { first = 2 } });
        var a3 = await PostAsync(harness, new { query = two, operationName = "A", variables = new { first = 3 } });
        var b2 = await PostAsync(harness, new { query = two, operationName = "B", variables = new { first = 2 } });
        var a2Strict = await PostAsync(harness, new { query = two, operationName = "A", variables = new { first = 2 } },
            accept: "application/graphql-response+json");
        var a2Again = await PostAsync(harness, new { query = two, operationName = "A", variables = new { first = 2 } });
        var a2StrictAgain = await PostAsync(harness,
            new { query = two, operationName = "A", variables = new { first = 2 } },
            accept: "application/graphql-response+json");

        Assert.All([a2, a3, b2, a2Strict], answer => Assert.False(answer.Stored, answer.ToString()));
        Assert.NotEqual(a2.Text, a3.Text);
        Assert.NotEqual(a2.Text, b2.Text);
        Assert.Equal("application/json", a2.ContentType);
        Assert.Equal("application/graphql-response+json", a2Strict.ContentType);
        Assert.True(a2Again.Stored);
        Assert.Equal("application/json", a2Again.ContentType);
        Assert.True(a2StrictAgain.Stored);
        Assert.Equal("application/graphql-response+json", a2StrictAgain.ContentType);
    }

    [Fact]
    public async Task AnswersWithErrorsOrACostReportAreNeverStored()
    {
        await using var harness = await CacheHarness.StartAsync(arguments: Production);
        const string missing = "{ dockingEvent(id: 999999) { ll2Id } }";
        const string invalid = "{ dockingEvents(first: 2) { noSuchField } }";

        var notFound = await PostAsync(harness, new { query = missing });
        var notFoundAgain = await PostAsync(harness, new { query = missing });
        var wrong = await PostAsync(harness, new { query = invalid });
        var wrongAgain = await PostAsync(harness, new { query = invalid });
        var ll2Report = await PostAsync(harness, new { query = Page }, header: ("GraphQL-LL2-Cost", "report"));
        var costReport = await PostAsync(harness, new { query = Page }, header: ("GraphQL-Cost", "report"));
        var plain = await PostAsync(harness, new { query = Page });
        var reportAfterStored = await PostAsync(harness, new { query = Page }, header: ("GraphQL-LL2-Cost", "report"));

        Assert.True(notFound.Errors > 0 && wrong.Errors > 0);
        Assert.All([notFound, notFoundAgain, wrong, wrongAgain, ll2Report, costReport, plain, reportAfterStored],
            answer => Assert.False(answer.Stored, answer.ToString()));
        Assert.NotNull(JsonNode.Parse(ll2Report.Text)!["extensions"]!["ll2"]!["calls"]);
        Assert.NotNull(JsonNode.Parse(costReport.Text)!["extensions"]!["operationCost"]);
        Assert.NotNull(JsonNode.Parse(reportAfterStored.Text)!["extensions"]!["ll2"]!["calls"]);
        Assert.Equal(1, harness.Services().GetRequiredService<AnswerStore>().Count); // plain's, nothing else
    }

    [Fact]
    public async Task PastTheLifetimeTheStaleAnswerIsExecutedAndNotStoredAndTheRefreshedOneIsStoredAgain()
    {
        await using var harness = await CacheHarness.StartAsync(arguments: Production);
        await PostAsync(harness, new { query = Page });
        var stored = await PostAsync(harness, new { query = Page });
        harness.Clock.Advance(TimeSpan.FromMinutes(6));
        harness.Reset();

        var stale = await PostAsync(harness, new { query = Page });
        harness.Clock.Advance(TimeSpan.FromSeconds(30)); // Cache:RefreshTick: the scheduler refreshes the stale page
        var refreshCalls = await harness.CallsSettledAsync(1);
        var staleAgain = JsonNode.Parse(stale.Text)!["extensions"]?["ll2"]?["stale"];
        var fresh = await PostAsync(harness, new { query = Page });
        var freshStored = await PostAsync(harness, new { query = Page });

        Assert.True(stored.Stored);
        Assert.False(stale.Stored, stale.ToString());
        Assert.True((bool?)staleAgain, stale.ToString());
        Assert.Equal(1, refreshCalls);
        Assert.False(fresh.Stored, fresh.ToString());
        Assert.Null(JsonNode.Parse(fresh.Text)!["extensions"]);
        Assert.True(freshStored.Stored, freshStored.ToString());
        Assert.Equal(1, harness.Requests.Count);
    }

    [Fact]
    public async Task AnLl2EntryWrittenAgainWithinTheAnswersLifetimeDropsTheAnswer()
    {
        await using var harness = await CacheHarness.StartAsync(arguments: Production);
        await PostAsync(harness, new { query = Page });
        var logged = harness.Requests.Entries.Single().PathAndQuery;
        var path = logged[logged.IndexOf("docking_events/", StringComparison.Ordinal)..];
        var stored = await PostAsync(harness, new { query = Page });

        // The entry leaves L1 (memory pressure, say); another operation on the same LL2 page reads it again.
        var cache = harness.Services().GetRequiredService<HybridCache>();
        await cache.RemoveAsync($"ll2:PageDto<DockingEventDto>:{path}");
        var other = await PostAsync(harness, new { query = $"query Other {Page}" });
        var afterRewrite = await PostAsync(harness, new { query = Page });
        var storedAgain = await PostAsync(harness, new { query = Page });

        Assert.True(stored.Stored);
        Assert.False(other.Stored);
        Assert.Equal(2, harness.Requests.Count); // the rewrite was a real read of that entry
        Assert.False(afterRewrite.Stored, afterRewrite.ToString());
        Assert.Equal(stored.Text, afterRewrite.Text);
        Assert.True(storedAgain.Stored);
        Assert.Equal(2, harness.Requests.Count);
    }

    [Fact]
    public async Task TheByteBudgetEvictsTheLeastRecentlyUsed()
    {
        // One docking-event page answer is a few hundred bytes: the budget holds one of these, not two.
        await using var harness = await CacheHarness.StartAsync(
            arguments: [.. Production, "--Cache:AnswersMaxBytes", "1500"]);
        var store = harness.Services().GetRequiredService<AnswerStore>();
        const string other = "{ dockingEvents(first: 3) { totalCount nodes { ll2Id docking } } }";

        await PostAsync(harness, new { query = Page });
        var afterOne = (store.Count, store.Bytes);
        await PostAsync(harness, new { query = other });
        var page = await PostAsync(harness, new { query = Page });
        var otherAgain = await PostAsync(harness, new { query = other });

        Assert.Equal(1, afterOne.Count);
        Assert.InRange(afterOne.Bytes, 751, 1500);
        Assert.False(page.Stored, "the first answer was evicted by the second");
        Assert.False(otherAgain.Stored, "and the second by the first again");
        Assert.Equal(1, store.Count);
        Assert.InRange(store.Bytes, 1, 1500);
    }

    [Theory]
    [InlineData("--Cache:Answers", "false")]
    [InlineData("--Cache:Enabled", "false")]
    public async Task OffWhenTheAnswerStoreOrTheCrossRequestCacheIsOff(string key, string value)
    {
        await using var harness = await CacheHarness.StartAsync(arguments: [.. Production, key, value]);

        await PostAsync(harness, new { query = Page });
        var second = await PostAsync(harness, new { query = Page });

        Assert.False(second.Stored);
        Assert.False(harness.Services().GetRequiredService<AnswerStore>().Enabled);
    }

    private static async Task<Exchange> PostAsync(CacheHarness harness, object body, string? accept = null,
        (string Name, string Value)? header = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        if (header is { } extra)
        {
            request.Headers.Add(extra.Name, extra.Value);
        }

        using var response = await harness.Client().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new Exchange((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, text,
            response.Headers.Contains(AnswerTelemetry.Header));
    }

    private sealed record Exchange(int Status, string? ContentType, string Text, bool Stored)
    {
        public int Errors => JsonNode.Parse(Text)!["errors"]?.AsArray().Count ?? 0;
    }
}
