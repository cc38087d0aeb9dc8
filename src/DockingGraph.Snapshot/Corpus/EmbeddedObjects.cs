using System.Text.Json.Nodes;
using DockingGraph.Snapshot.Rest;
using DockingGraph.Snapshot.Shapes;

namespace DockingGraph.Snapshot.Corpus;

/// <summary>
/// LL2 objects the recordings hold only inside docking events. Each is the richest embedded copy (most non-null
/// fields; ties: the later event), with the relations LL2 computes (a flight's docking events, a spacecraft's
/// flights) computed from the corpus.
/// </summary>
internal static class EmbeddedObjects
{
    public static List<JsonObject> DockingLocations(IReadOnlyList<JsonObject> events, IReadOnlyList<JsonObject> stations, ShapeCatalog shapes)
    {
        var fromEvents = events.Select(e => e["docking_location"] as JsonObject).OfType<JsonObject>();
        var fromStations = stations.SelectMany(station => station["docking_location"]!.AsArray().Select(l => new JsonObject
        {
            ["id"] = l!["id"]?.DeepClone(),
            ["name"] = l["name"]?.DeepClone(),
            ["spacestation"] = shapes.Project(station, "SpaceStationMini"),
        }));
        return Richest(fromEvents.Concat(fromStations));
    }

    public static List<JsonObject> SpacecraftFlights(IReadOnlyList<JsonObject> events, ShapeCatalog shapes)
    {
        var flights = Richest(events.SelectMany(e => new[] { e["flight_vehicle_chaser"], e["flight_vehicle_target"] }).OfType<JsonObject>());
        foreach (var flight in flights)
        {
            var id = JsonPath.Number(flight, "id");
            flight["docking_events"] = new JsonArray(events
                .Where(e => JsonPath.Number(e, "flight_vehicle_chaser.id") == id || JsonPath.Number(e, "flight_vehicle_target.id") == id)
                .OrderBy(e => JsonPath.Instant(e, "docking"))
                .Select(e => (JsonNode)shapes.Project(e, "DockingEventForChaserNormal"))
                .ToArray());
        }

        return flights;
    }

    /// <summary>
    /// The spacecraft the flights embed. Their configurations are embedded as SpacecraftConfigNormal; a spacecraft's
    /// detail embeds SpacecraftConfigDetailed, so the recorded configuration table's fields of the same id are added
    /// (the normal fields stay as embedded: a normal answer is unchanged).
    /// </summary>
    public static List<JsonObject> Spacecraft(IReadOnlyList<JsonObject> flights, IReadOnlyList<JsonObject> configurations)
    {
        var table = configurations.ToDictionary(c => (int)c["id"]!);
        var spacecraft = Richest(flights.Select(f => f["spacecraft"] as JsonObject).OfType<JsonObject>());
        foreach (var craft in spacecraft)
        {
            if (craft["spacecraft_config"] is JsonObject config
                && table.TryGetValue((int)config["id"]!, out var detailed))
            {
                foreach (var (field, value) in detailed.Where(pair => !config.ContainsKey(pair.Key)).ToList())
                {
                    config[field] = value?.DeepClone();
                }
            }

            var id = JsonPath.Number(craft, "id");
            craft["flights"] = new JsonArray(flights
                .Where(f => JsonPath.Number(f, "spacecraft.id") == id)
                .OrderBy(f => JsonPath.Number(f, "id"))
                .Select(f => f.DeepClone())
                .ToArray());
        }

        return spacecraft;
    }

    /// <summary>
    /// The landings flights embed (with their LL2 ids), as <c>landings/</c> rows: the flight is the landing's
    /// <c>spacecraftflight</c>; these are spacecraft landings, so <c>firststage</c> and <c>payloadflight</c> are null.
    /// </summary>
    public static List<JsonObject> Landings(IReadOnlyList<JsonObject> flights) =>
        flights.Where(f => f["landing"] is JsonObject landing && landing["id"] is not null)
            .Select(f =>
            {
                var landing = f["landing"]!.DeepClone().AsObject();
                landing["firststage"] = null;
                landing["spacecraftflight"] = f.DeepClone();
                landing["payloadflight"] = null;
                return landing;
            })
            .OrderBy(l => JsonPath.Number(l, "id"))
            .ToList();

    public static List<JsonObject> Launches(IReadOnlyList<JsonObject> flights) =>
        Richest(flights.Select(f => f["launch"] as JsonObject).OfType<JsonObject>());

    private static List<JsonObject> Richest(IEnumerable<JsonObject> copies) =>
        copies.Select((copy, index) => (copy, index))
            .GroupBy(c => JsonPath.Text(c.copy, "id")!)
            .Select(g => g.OrderByDescending(c => Known(c.copy)).ThenByDescending(c => c.index).First().copy.DeepClone().AsObject())
            .OrderBy(o => JsonPath.Number(o, "id") ?? 0)
            .ThenBy(o => JsonPath.Text(o, "id"), StringComparer.Ordinal)
            .ToList();

    private static int Known(JsonNode? node) => node switch
    {
        JsonObject o => o.Sum(p => p.Value is null ? 0 : 1 + Known(p.Value)),
        JsonArray a => a.Sum(Known),
        _ => 0,
    };
}
