using System.Text.Json.Nodes;

namespace DockingGraph.Snapshot.CorpusBuilding;

/// <summary>Figures the provenance file reports, computed from the built corpus itself.</summary>
internal sealed record CorpusCounts(
    int Seed,
    int CurrentlyDocked,
    int Historical,
    int ContradictedLocations,
    IReadOnlyList<JsonObject> Events,
    IReadOnlyList<JsonObject> Stations,
    IReadOnlyList<JsonObject> Expeditions)
{
    /// <summary>Rows of the served spacecraft_configurations/ table.</summary>
    public int Configurations { get; init; }

    public string FirstDocking => Events.Min(e => (string)e["docking"]!)!;

    public string LastDocking => Events.Max(e => (string)e["docking"]!)!;

    public IEnumerable<(string Station, int Events)> EventsPerStation =>
        Events.GroupBy(e => (string?)e["space_station_target"]?["name"] ?? "(none)")
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(g => g.Item2)
            .ThenBy(g => g.Key, StringComparer.Ordinal);

    public int Distinct(string path) =>
        Events.Select(e => path.Split('.').Aggregate((JsonNode?)e, (n, p) => n?[p])?.ToJsonString())
            .Where(v => v is not null)
            .Distinct()
            .Count();
}
