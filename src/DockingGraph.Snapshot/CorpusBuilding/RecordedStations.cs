using System.Text.Json.Nodes;
using DockingGraph.Snapshot.Shapes;

namespace DockingGraph.Snapshot.CorpusBuilding;

/// <summary>The 15 recorded 2.3.0 stations and the docking locations they list.</summary>
internal sealed class RecordedStations
{
    private readonly ShapeCatalog _shapes;
    private readonly Dictionary<int, (string? Name, JsonObject Station)> _locations = [];

    public RecordedStations(JsonArray stations, ShapeCatalog shapes)
    {
        _shapes = shapes;
        All = stations.Select(s => s!.AsObject()).OrderBy(s => (int)s["id"]!).ToList();
        foreach (var station in All)
        {
            foreach (var location in station["docking_location"]!.AsArray())
            {
                _locations[(int)location!["id"]!] = ((string?)location["name"], station);
            }
        }
    }

    public IReadOnlyList<JsonObject> All { get; }

    public (string? Name, JsonObject Station)? Location(int id) =>
        _locations.TryGetValue(id, out var found) ? found : null;

    /// <summary>
    /// The station a 2.1.0 flight `destination` names ("Mir Space Station", "Tiangong-1", "ISS"), if recorded.
    /// </summary>
    public JsonObject? ByDestination(string? destination) =>
        destination is null ? null : All.FirstOrDefault(s => Normalize((string)s["name"]!) == Normalize(destination));

    private static string Normalize(string name)
    {
        var text = name.ToLowerInvariant().Replace('-', ' ').Trim();
        foreach (var suffix in new[] { " station in low earth orbit", " space station" })
        {
            text = text.EndsWith(suffix, StringComparison.Ordinal) ? text[..^suffix.Length] : text;
        }

        return text is "iss" or "international" ? "international" : text;
    }

    public JsonObject? ById(int id) => All.FirstOrDefault(s => (int)s["id"]! == id);

    public JsonObject Mini(JsonObject station) => _shapes.Project(station, "SpaceStationMini");
}
