using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// Every field of the recorded seed page is reachable in the schema, camelCase, and answers with the recorded value.
/// </summary>
public sealed class SeedCoverageTests(EmbeddedGatewayFixture fixture) : IClassFixture<EmbeddedGatewayFixture>
{
    // LL2 field → GraphQL field where the name is not the plain camelCase (documented in README).
    private static readonly Dictionary<string, string?> Renamed = new()
    {
        ["spacestation"] = "spaceStation",
        ["response_mode"] = null,   // LL2's serializer marker, not data
        ["location"] = null,        // landing_location.location: null in every recording, shape unknown
    };

    [Fact]
    public async Task EverySeedFieldIsSelectableAndEqualsTheRecording()
    {
        var recordedFile = Path.Combine(SchemaTests.RepositoryRoot(), "tests", "DockingGraph.Snapshot.Tests", "Recorded", "docking_events.page1.lldev.2.3.0.json");
        var seed = JsonNode.Parse(File.ReadAllText(recordedFile))!["results"]!.AsArray().Select(e => e!.AsObject()).ToList();
        var tree = new JsonObject();
        foreach (var e in seed)
        {
            Merge(tree, e);
        }

        var schema = await SchemaAsync();
        var missing = new List<string>();
        var query = $"query($id: ID!) {{ dockingEvent(id: $id) {{ {Selection(tree, "DockingEvent", schema, missing)} }} }}";
        Assert.True(missing.Count == 0, "Seed fields without a GraphQL field: " + string.Join(", ", missing));
        foreach (var e in seed)
        {
            using var response = await fixture.Http.PostAsJsonAsync("/graphql", new { query, variables = new { id = $"{e["id"]}" } });
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.True(body["errors"] is null, body.ToJsonString());
            AssertSame(e, body["data"]!["dockingEvent"]!, "dockingEvent");
        }

        Assert.Equal(10, seed.Count);
    }

    private static void Merge(JsonObject tree, JsonObject value)
    {
        foreach (var (key, child) in value)
        {
            var element = child is JsonArray array ? array.OfType<JsonObject>().FirstOrDefault() : child as JsonObject;
            var node = tree[key] as JsonObject ?? (JsonObject)(tree[key] = new JsonObject());
            if (element is not null)
            {
                foreach (var item in child is JsonArray items ? items.OfType<JsonObject>() : [element])
                {
                    Merge(node, item);
                }
            }
        }
    }

    /// <summary>type name → (implements Node, field name → named field type and kind).</summary>
    private async Task<Dictionary<string, (bool IsNode, Dictionary<string, (string Type, string Kind)> Fields)>> SchemaAsync()
    {
        const string introspection = "{ __schema { types { name interfaces { name } fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }";
        using var response = await fixture.Http.PostAsJsonAsync("/graphql", new { query = introspection });
        var types = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["__schema"]!["types"]!.AsArray();
        return types.Where(t => t!["fields"] is JsonArray).ToDictionary(
            t => (string)t!["name"]!,
            t => (t!["interfaces"]!.AsArray().Any(i => (string?)i!["name"] == "Node"),
                  t["fields"]!.AsArray().ToDictionary(f => (string)f!["name"]!, f => Named(f!["type"]!))));

        static (string, string) Named(JsonNode type) => type["name"] is JsonValue name ? ((string)name!, (string)type["kind"]!) : Named(type["ofType"]!);
    }

    private static string Selection(JsonObject tree, string type, Dictionary<string, (bool IsNode, Dictionary<string, (string Type, string Kind)> Fields)> schema, List<string> missing)
    {
        var text = new StringBuilder();
        var (isNode, fields) = schema[type];
        foreach (var (key, child) in tree)
        {
            // A node's LL2 id is ll2Id (id is the global id); other types keep LL2's id.
            var name = key == "id" && isNode ? "ll2Id" : Name(key);
            if (name is null)
            {
                continue;
            }

            if (!fields.TryGetValue(name, out var field))
            {
                missing.Add($"{type}.{name}");
                continue;
            }

            text.Append(name);
            if (field.Kind is "OBJECT" or "INTERFACE")
            {
                text.Append(" { ").Append(child is JsonObject { Count: > 0 } nested ? Selection(nested, field.Type, schema, missing) : "__typename").Append(" }");
            }

            text.Append(' ');
        }

        return text.ToString();
    }

    private static string? Name(string ll2) =>
        Renamed.TryGetValue(ll2, out var renamed) ? renamed : string.Concat(ll2.Split('_').Select((part, i) => i == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));

    private static void AssertSame(JsonNode? recorded, JsonNode? served, string path)
    {
        switch (recorded)
        {
            case JsonObject o:
                foreach (var (key, child) in o)
                {
                    if (Name(key) is { } name)
                    {
                        var value = key == "id" && served?["ll2Id"] is { } ll2Id ? ll2Id : served?[name];
                        AssertSame(child, value, $"{path}.{name}");
                    }
                }

                break;
            case JsonArray a:
                var items = served!.AsArray();
                Assert.True(a.Count == items.Count, path);
                for (var i = 0; i < a.Count; i++)
                {
                    AssertSame(a[i], items[i], $"{path}[{i}]");
                }

                break;
            case null:
                Assert.True(served is null, $"{path}: recorded null, served {served?.ToJsonString()}");
                break;
            default:
                // URLs point at the upstream in use (here the embedded snapshot), as LL2's point at LL2.
                var expected = Snapshot.Rest.Responses.Ll2Bases.Aggregate(recorded.ToJsonString(), (json, ll2) => json.Replace(ll2, Upstream.UpstreamServiceCollectionExtensions.EmbeddedSnapshotBaseUrl, StringComparison.Ordinal));
                var actual = served?.ToJsonString();
                Assert.True(expected == actual || (double.TryParse(expected, out var x) && double.TryParse(actual, out var y) && x == y), $"{path}: recorded {expected}, served {actual}");
                break;
        }
    }
}
