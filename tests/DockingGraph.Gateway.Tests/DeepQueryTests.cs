using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// Every depth the limits admit serializes: the answer of a deep query nests far more than System.Text.Json's default
/// 64 levels, which used to turn it into an empty HTTP 500 after its LL2 calls were spent.
/// </summary>
public sealed class DeepQueryTests(RaisedLimitsGatewayFixture fixture) : IClassFixture<RaisedLimitsGatewayFixture>
{
    // spaceStationTarget → dockingEvents → nodes: three field levels and four JSON levels per hop, and a real cycle
    // (the same station's page each time, so one memoized LL2 call).
    private const string Hop = "spaceStationTarget { dockingEvents(first: 1) { nodes { %s } } }";

    [Theory]
    [InlineData(16)]  // 50 field levels, 67 JSON levels: the first depth that used to answer 500
    [InlineData(20)]  // 62 field levels: the parser's own ceiling is 128 AST levels, about 63 field levels
    public async Task ADeepValidQueryAnswers200WithItsData(int hops)
    {
        fixture.Reset();
        var selection = "ll2Id";
        for (var hop = 0; hop < hops; hop++)
        {
            selection = Hop.Replace("%s", selection, StringComparison.Ordinal);
        }

        var query = $"{{ dockingEvent(id: 622) {{ {selection} }} }}";
        using var response = await fixture.Http.PostAsJsonAsync("/graphql", new { query });
        var text = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode == 200, $"{(int)response.StatusCode} '{text}'");
        var body = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 1024 })!;
        Assert.Null(body["errors"]);
        var node = body["data"]!["dockingEvent"]!;
        for (var hop = 0; hop < hops; hop++)
        {
            node = node["spaceStationTarget"]!["dockingEvents"]!["nodes"]![0]!;
        }

        Assert.NotNull((int?)node["ll2Id"]);
        Assert.True(JsonDepth(text) >= 4 * hops + 3, $"JSON depth {JsonDepth(text)}");
    }

    private static int JsonDepth(string json)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 1024 });
        var deepest = 0;
        while (reader.Read())
        {
            deepest = Math.Max(deepest, reader.CurrentDepth);
        }

        return deepest;
    }
}
