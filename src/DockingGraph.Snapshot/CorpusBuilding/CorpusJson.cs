using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DockingGraph.Snapshot.CorpusBuilding;

/// <summary>
/// The one JSON writer of the corpus: fixed indentation, "\n" line ends, UTF-8 text unescaped, so output is
/// byte-stable.
/// </summary>
public static class CorpusJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(JsonNode node) => node.ToJsonString(Options) + "\n";

    public static JsonNode Read(string path) =>
        JsonNode.Parse(File.ReadAllBytes(path)) ?? throw new InvalidDataException($"{path} holds no JSON.");
}
