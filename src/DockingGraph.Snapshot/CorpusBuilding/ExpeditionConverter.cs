using System.Text.Json.Nodes;
using DockingGraph.Snapshot.Shapes;

namespace DockingGraph.Snapshot.CorpusBuilding;

/// <summary>
/// Expeditions: the 137 recorded 2.1.0 `expedition` rows, plus the 2.3.0 stations' `active_expeditions` not among
/// them. The station comes from the recorded 2.3.0 stations file (ids are stable across versions).
/// </summary>
internal static class ExpeditionConverter
{
    public static List<JsonObject> Convert(JsonArray recorded, RecordedStations stations, ShapeCatalog shapes)
    {
        var result = new SortedDictionary<int, JsonObject>();
        foreach (var expedition in recorded.Select(e => e!.AsObject()))
        {
            var id = (int)expedition["id"]!;
            var stationId = (int)expedition["spacestation"]!["id"]!;
            var station = stations.ById(stationId)
                ?? throw new InvalidDataException($"2.1.0 expedition {id}: station {stationId} is not recorded in 2.3.0.");
            result[id] = Shape(expedition, id, station, shapes);
        }

        foreach (var station in stations.All)
        {
            foreach (var active in station["active_expeditions"]!.AsArray().Select(e => e!.AsObject()))
            {
                var id = (int)active["id"]!;
                if (!result.ContainsKey(id))
                {
                    result[id] = Shape(active, id, station, shapes);
                }
            }
        }

        return result.Values.ToList();
    }

    private static JsonObject Shape(JsonObject expedition, int id, JsonObject station, ShapeCatalog shapes)
    {
        var source = new JsonObject
        {
            ["id"] = id,
            ["url"] = Ll2Urls.For("expeditions", id),
            ["name"] = expedition["name"]?.DeepClone(),
            ["start"] = expedition["start"]?.DeepClone(),
            ["end"] = expedition["end"]?.DeepClone(),
            ["spacestation"] = station.DeepClone(),
        };
        return shapes.Project(source, "ExpeditionDetailed");
    }
}
