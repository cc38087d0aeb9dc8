using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DockingGraph.Gateway.PersistedOperations;

namespace DockingGraph.Gateway.Tests;

/// <summary>The APQ store is bounded by bytes as well as by entries, evicting the least recently used.</summary>
public sealed class AutomaticPersistedQueriesTests
{
    private static string Document(char fill, int characters) => "{ __typename } #" + new string(fill, characters - 16);

    [Fact]
    public void TheLeastRecentlyUsedGoWhenTheBytesRunOut()
    {
        var size = AutomaticPersistedQueries.SizeOf("a", Document('a', 1000));
        var store = new AutomaticPersistedQueries(capacity: 100, maxBytes: 3 * size);
        store.Remember("a", Document('a', 1000));
        store.Remember("b", Document('b', 1000));
        store.Remember("c", Document('c', 1000));
        Assert.NotNull(store.Find("a"));

        store.Remember("d", Document('d', 1000));

        Assert.Null(store.Find("b"));
        Assert.NotNull(store.Find("a"));
        Assert.NotNull(store.Find("c"));
        Assert.NotNull(store.Find("d"));
        Assert.Equal((3, 3 * size), (store.Count, store.Bytes));
    }

    [Fact]
    public void TheCountIsStillCapped()
    {
        var store = new AutomaticPersistedQueries(capacity: 2, maxBytes: long.MaxValue);

        foreach (var hash in new[] { "a", "b", "c" })
        {
            store.Remember(hash, Document(hash[0], 100));
        }

        Assert.Equal(2, store.Count);
        Assert.Null(store.Find("a"));
    }

    [Fact]
    public void ADocumentOverTheWholeBudgetIsNotStoredAndEvictsNothing()
    {
        var store = new AutomaticPersistedQueries(capacity: 100, maxBytes: 10_000);
        store.Remember("small", Document('s', 100));

        var kept = store.Remember("huge", Document('h', 10_000));

        Assert.False(kept);
        Assert.Null(store.Find("huge"));
        Assert.NotNull(store.Find("small"));
    }

    [Fact]
    public void ARegistrationTwiceCountsOnce()
    {
        var store = new AutomaticPersistedQueries(capacity: 100, maxBytes: 1_000_000);

        store.Remember("a", Document('a', 500));
        store.Remember("a", Document('a', 500));

        Assert.Equal((1, AutomaticPersistedQueries.SizeOf("a", Document('a', 500))), (store.Count, store.Bytes));
    }

    [Fact]
    public async Task ConcurrentRegistrationsStayWithinTheBudget()
    {
        const long budget = 200_000;
        var store = new AutomaticPersistedQueries(capacity: 1000, maxBytes: budget);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            for (var i = 0; i < 2000; i++)
            {
                var hash = $"{worker}-{i % 300}";
                store.Remember(hash, Document('x', 1000 + (i % 7) * 100));
                store.Find($"{(worker + 1) % 8}-{i % 300}");
            }
        })));

        Assert.InRange(store.Bytes, 1, budget);
        Assert.InRange(store.Count, 1, 1000);
    }
}

/// <summary>Over HTTP: a registration over the APQ byte budget still runs, but is not remembered.</summary>
public sealed class AutomaticPersistedQueryBudgetTests(RaisedLimitsGatewayFixture fixture)
    : IClassFixture<RaisedLimitsGatewayFixture>
{
    [Fact]
    public async Task RegistrationsPastTheByteBudgetEvictTheOldestAndAHugeOneIsNotKept()
    {
        // Three documents of 40 000 bytes each in a budget of 100 000: the first is evicted by the third.
        var documents = new[] { 'a', 'b', 'c' }.Select(c => "{ __typename } #" + new string(c, 20_000)).ToList();
        var huge = "{ __typename } #" + new string('h', RaisedLimitsGatewayFixture.AutomaticMaxBytes);
        foreach (var document in documents.Append(huge))
        {
            var registered = await PostAsync(document, includeQuery: true);
            Assert.Equal("Query", (string?)registered["data"]?["__typename"] ?? registered.ToJsonString());
        }

        var first = await PostAsync(documents[0], includeQuery: false);
        var third = await PostAsync(documents[2], includeQuery: false);
        var hugeAgain = await PostAsync(huge, includeQuery: false);

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", (string?)first["errors"]?[0]?["extensions"]?["code"]);
        Assert.Equal("Query", (string?)third["data"]?["__typename"]);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", (string?)hugeAgain["errors"]?[0]?["extensions"]?["code"]);
    }

    private async Task<JsonNode> PostAsync(string document, bool includeQuery)
    {
        var persistedQuery = new { version = 1, sha256Hash = PersistedOperationStore.Sha256(document) };
        var extensions = new { persistedQuery };
        using var response = await fixture.Http.PostAsJsonAsync(
            "/graphql", includeQuery ? new { query = document, extensions } : (object)new { extensions });
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
