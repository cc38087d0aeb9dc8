using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DockingGraph.Snapshot.Rest;

/// <summary>
/// LL2's response bodies. URLs in recorded objects point at LL2; they are rewritten to the snapshot's own base.
/// </summary>
public static class Responses
{
    public const string ApiVersionPrefix = "/2.3.0/";

    /// <summary>The bases of URLs in recorded LL2 objects (production and dev).</summary>
    public static readonly IReadOnlyList<string> Ll2Bases = ["https://ll.thespacedevs.com/2.3.0/", "https://lldev.thespacedevs.com/2.3.0/"];

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static SnapshotResponse Json(int status, JsonNode body, SnapshotRequest request, IReadOnlyDictionary<string, string>? headers = null)
    {
        var text = body.ToJsonString(Compact);
        var ownBase = request.Origin + ApiVersionPrefix;
        foreach (var ll2Base in Ll2Bases)
        {
            text = text.Replace(ll2Base, ownBase, StringComparison.Ordinal);
        }

        var all = new Dictionary<string, string>(headers ?? new Dictionary<string, string>()) { ["Content-Type"] = SnapshotResponse.JsonContentType, ["Allow"] = "GET" };
        return new SnapshotResponse(status, text, all);
    }

    public static SnapshotResponse Detail(int status, string detail, SnapshotRequest request, IReadOnlyDictionary<string, string>? headers = null) =>
        Json(status, new JsonObject { ["detail"] = detail }, request, headers);

    public static SnapshotResponse NotFound(SnapshotRequest request) => Detail(404, "Not found.", request);
}
