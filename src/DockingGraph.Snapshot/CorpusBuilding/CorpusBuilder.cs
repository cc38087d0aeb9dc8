using System.Text.Json.Nodes;
using DockingGraph.Snapshot.Shapes;

namespace DockingGraph.Snapshot.CorpusBuilding;

/// <summary>
/// Builds the snapshot corpus from the recorded LL2 files in shared/ll2 (see Corpus/PROVENANCE.md). Pure: the same
/// inputs give byte-identical outputs, which a test checks.
/// </summary>
public static class CorpusBuilder
{
    public const string SeedFile = "seed/docking_events.page1.lldev.2.3.0.json";
    public const string StationsFile = "recorded/tilo-spacestations.json";
    public const string HistoricalEventsFile = "recorded/colbad2-docking.json";
    public const string ExpeditionsFile = "recorded/colbad2-expeditions.json";
    public const string ConfigurationsFile = "recorded/tilo-spacecrafts.json";
    public const string OpenApiFile = "openapi/ll_2.3.0.json";

    public static readonly string[] ServedShapes =
    [
        "DockingEventEndpointNormal", "DockingEventEndpointDetailed", "DockingEventForChaserNormal",
        "SpaceStationMini", "SpaceStationEndpoint", "SpaceStationDetailedEndpoint", "DockingLocation",
        "SpacecraftFlightNormal", "SpacecraftFlightDetailed", "SpacecraftNormal", "SpacecraftEndpointDetailed",
        "LaunchBasic", "LaunchNormal", "LaunchDetailed", "ExpeditionNormal", "ExpeditionDetailed", "APIThrottle",
        "LandingEndpointList", "LandingEndpointNormal", "LandingEndpointDetailed", "SpacecraftConfigNormal",
        "SpacecraftConfigDetailed",
    ];

    /// <summary>Returns file name → content for every file of the Corpus folder.</summary>
    public static IReadOnlyDictionary<string, string> Build(string ll2Directory)
    {
        JsonNode Read(string relative) => CorpusJson.Read(Path.Combine(ll2Directory, relative));

        var shapes = ShapeCatalogJson.FromOpenApi(Read(OpenApiFile).AsObject(), ServedShapes);
        var stations = new RecordedStations(Read(StationsFile).AsArray(), shapes);
        var configurations = Read(ConfigurationsFile).AsArray().Select(c => c!.AsObject()).ToDictionary(c => (int)c["id"]!);

        var seed = Read(SeedFile)["results"]!.AsArray().Select(e => e!.AsObject()).ToList();
        var docked = CurrentlyDocked(stations).ToList();
        var converter = new HistoricalEventConverter(stations, configurations);
        var historical = Read(HistoricalEventsFile)["results"]!.AsArray().Select(e => converter.Convert(e!.AsObject())).ToList();

        var events = seed.Concat(docked).Concat(historical)
            .Select(e => shapes.Project(e, "DockingEventEndpointDetailed"))
            .OrderBy(e => (int)e["id"]!)
            .ToList();
        var duplicate = events.GroupBy(e => (int)e["id"]!).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"Docking event {duplicate.Key} is recorded twice.");
        }

        // LL2's whole spacecraft_configurations/ table as recorded (detailed), what the list and detail endpoints serve.
        var configurationTable = configurations.Values.OrderBy(c => (int)c["id"]!)
            .Select(c => shapes.Project(c, "SpacecraftConfigDetailed")).ToList();
        var expeditions = ExpeditionConverter.Convert(Read(ExpeditionsFile)["results"]!.AsArray(), stations, shapes);
        var counts = new CorpusCounts(seed.Count, docked.Count, historical.Count, converter.ContradictedLocations, events, stations.All, expeditions)
        {
            Configurations = configurationTable.Count,
        };

        return new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["docking_events.json"] = CorpusJson.Write(new JsonArray(events.ToArray<JsonNode>())),
            ["space_stations.json"] = CorpusJson.Write(new JsonArray(stations.All.Select(s => s.DeepClone()).ToArray())),
            ["expeditions.json"] = CorpusJson.Write(new JsonArray(expeditions.ToArray<JsonNode>())),
            ["spacecraft_configurations.json"] =
                CorpusJson.Write(new JsonArray(configurationTable.ToArray<JsonNode>())),
            ["schemas.json"] = CorpusJson.Write(ShapeCatalogJson.ToCompact(shapes)),
            ["PROVENANCE.md"] = CorpusProvenance.Write(ll2Directory, counts),
        };
    }

    /// <summary>The 8 events recorded inside the stations file (`docking_location[].currently_docked`).</summary>
    private static IEnumerable<JsonObject> CurrentlyDocked(RecordedStations stations)
    {
        foreach (var station in stations.All)
        {
            foreach (var location in station["docking_location"]!.AsArray().Select(l => l!.AsObject()))
            {
                if (location["currently_docked"] is not JsonObject docked)
                {
                    continue;
                }

                var mini = stations.Mini(station);
                var result = docked.DeepClone().AsObject();
                result["docking_location"] = new JsonObject
                {
                    ["id"] = location["id"]?.DeepClone(),
                    ["name"] = location["name"]?.DeepClone(),
                    ["spacestation"] = mini.DeepClone(),
                    ["spacecraft"] = null,
                    ["payload"] = null,
                };
                result["space_station_target"] = mini;
                yield return result;
            }
        }
    }
}
