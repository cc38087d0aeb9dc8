using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace DockingGraph.Gateway.Tests;

public sealed class PersistedOperationTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private static readonly string Committed = File.ReadAllText(Path.Combine(SchemaTests.RepositoryRoot(), "src", "DockingGraph.Gateway", "persisted-operations", "LatestDockings.graphql"));
    private static readonly string CommittedHash = Sha256(Committed);

    [Fact]
    public async Task DocumentIdRunsTheCommittedDocument()
    {
        var answer = await PostAsync(new { documentId = $"sha256:{CommittedHash}", variables = new { first = 2 } });

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(2, answer.Data!["dockingEvents"]!["nodes"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("LatestDockings")]
    [InlineData(null)]
    public async Task HotChocolatesIdFormTakesTheFileNameOrTheHash(string? id)
    {
        var answer = await PostAsync(new { id = id ?? CommittedHash });

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(10, answer.Data!["dockingEvents"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task UnknownIdsAreNotFound()
    {
        var byId = await PostAsync(new { id = "NoSuchOperation" });
        var byDocumentId = await PostAsync(new { documentId = $"sha256:{new string('0', 64)}" });

        Assert.Equal(("PERSISTED_QUERY_NOT_FOUND", 400), (byId.FirstCode, byId.Status));
        Assert.Equal(400, byDocumentId.Status);
        Assert.NotEmpty(byDocumentId.Errors);
    }

    [Fact]
    public async Task AutomaticPersistedQueriesRegisterOnceThenRunByHash()
    {
        const string query = "{ dockingEvents(first: 1, search: \"Tianzhou\") { nodes { ll2Id } } }";
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = Sha256(query) } };

        var miss = await PostAsync(new { extensions });
        var register = await PostAsync(new { query, extensions });
        var hit = await PostAsync(new { extensions });
        var wrongHash = await PostAsync(new { query = "{ __typename }", extensions });

        Assert.Equal((200, "PERSISTED_QUERY_NOT_FOUND"), (miss.Status, miss.FirstCode));
        Assert.Equal(register.Data!.ToJsonString(), hit.Data!.ToJsonString());
        Assert.Equal("PERSISTED_QUERY_BAD_HASH", wrongHash.FirstCode);
    }

    private async Task<GraphQLAnswer> PostAsync(object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(body) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        return await fixture.SendAsync(request);
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

public sealed class OnlyPersistedGatewayFixture : GatewayFixture
{
    protected override IEnumerable<string> Arguments => ["--PersistedOperations:OnlyPersisted", "true"];
}

public sealed class OnlyPersistedTests(OnlyPersistedGatewayFixture fixture) : IClassFixture<OnlyPersistedGatewayFixture>
{
    [Fact]
    public async Task AdHocDocumentsAreRefusedAndPersistedOnesRun()
    {
        fixture.Reset();

        var adHoc = await fixture.PostAsync("{ dockingEvents { totalCount } }");
        var persisted = await fixture.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { id = "LatestDockings" }) });

        Assert.Equal((400, "PERSISTED_QUERY_ONLY"), (adHoc.Status, adHoc.FirstCode));
        Assert.True(persisted.Errors.Count == 0, persisted.ToString());
        Assert.Equal(1, fixture.Requests.Count);
    }
}
