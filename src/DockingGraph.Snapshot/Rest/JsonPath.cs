using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DockingGraph.Snapshot.Rest;

/// <summary>
/// Reads Django-style lookups (<c>docking_location.id</c>, arrays flattened) out of stored LL2 objects.
/// </summary>
public static class JsonPath
{
    public static IEnumerable<JsonNode> Values(JsonNode? node, string path)
    {
        IEnumerable<JsonNode?> current = [node];
        foreach (var segment in path.Split('.'))
        {
            current = current.SelectMany(n => n switch
            {
                JsonObject o => Flatten(o[segment]),
                _ => [],
            });
        }

        return current.Where(n => n is not null)!;
    }

    public static JsonNode? Value(JsonNode? node, string path) => Values(node, path).FirstOrDefault();

    public static string? Text(JsonNode? node, string path) =>
        Value(node, path) switch
        {
            JsonValue v when v.GetValueKind() == JsonValueKind.String => (string?)v,
            var other => other?.ToJsonString(),
        };

    public static double? Number(JsonNode? node, string path) =>
        Value(node, path) is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? v.GetValue<double>() : null;

    public static DateTimeOffset? Instant(JsonNode? node, string path) =>
        Text(node, path) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant
            : null;

    private static IEnumerable<JsonNode?> Flatten(JsonNode? node) => node is JsonArray a ? a.AsEnumerable() : new[] { node };
}
