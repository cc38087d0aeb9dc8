using System.Text.Json.Nodes;

namespace DockingGraph.Snapshot.CorpusBuilding;

/// <summary>
/// Converts a 2.1.0 `docking_event` into the 2.3.0 shape. Only recorded facts are carried over; every 2.3.0 field
/// the 2.1.0 recording lacks stays null when the event is shaped through LL2's serializer.
/// </summary>
internal sealed class HistoricalEventConverter(RecordedStations stations, IReadOnlyDictionary<int, JsonObject> configurations)
{
    /// <summary>Events whose listed location station contradicted the flight's destination.</summary>
    public int ContradictedLocations { get; private set; }

    public JsonObject Convert(JsonObject recorded)
    {
        var id = (int)recorded["id"]!;
        var flight = recorded["flight_vehicle"]!.AsObject();
        var location = recorded["docking_location"]!.AsObject();
        var locationId = (int)location["id"]!;

        // 232 of 242 locations are listed by a recorded 2.3.0 station; the rest (Mir "Core forward") name their
        // station only through the flight's destination. 2.1.0 also reused a few generic "Forward" location ids
        // across stations (id 27 is "Salyut-1 forward" in 2.3.0 but served Salyut 7 and Tiangong dockings): where
        // the destination names a different recorded station, the destination wins and the 2.1.0 name is kept.
        var listed = stations.Location(locationId);
        var destination = stations.ByDestination((string?)flight["destination"]);
        var contradicted = listed is not null && destination is not null && !ReferenceEquals(listed.Value.Station, destination);
        if (contradicted)
        {
            ContradictedLocations++;
        }

        var station = (contradicted ? destination : listed?.Station ?? destination)
            ?? throw new InvalidDataException($"2.1.0 docking event {id}: no station for location {locationId}.");
        var locationName = listed is not null && !contradicted ? listed.Value.Name : (string?)location["name"];
        var stationMini = stations.Mini(station);

        return new JsonObject
        {
            ["id"] = id,
            ["url"] = Ll2Urls.For("docking_events", id),
            ["docking"] = recorded["docking"]?.DeepClone(),
            ["departure"] = recorded["departure"]?.DeepClone(),
            ["docking_location"] = new JsonObject
            {
                ["id"] = locationId,
                ["name"] = locationName,
                ["spacestation"] = stationMini.DeepClone(),
                ["spacecraft"] = null,
                ["payload"] = null,
            },
            ["space_station_target"] = stationMini.DeepClone(),
            ["flight_vehicle_chaser"] = ConvertFlight(flight, (string?)recorded["launch_id"]),
        };
    }

    private JsonObject ConvertFlight(JsonObject flight, string? launchId)
    {
        var flightId = (int)flight["id"]!;
        var spacecraft = flight["spacecraft"]!.AsObject();
        var configId = (int)spacecraft["spacecraft_config"]!["id"]!;
        var configuration = configurations.GetValueOrDefault(configId)
            ?? throw new InvalidDataException($"2.1.0 spacecraft config {configId} is not in the 2.3.0 configurations file.");

        return new JsonObject
        {
            ["id"] = flightId,
            ["url"] = Ll2Urls.For("spacecraft_flights", flightId),
            ["destination"] = flight["destination"]?.DeepClone(),
            ["mission_end"] = flight["mission_end"]?.DeepClone(),
            ["spacecraft"] = new JsonObject
            {
                ["id"] = spacecraft["id"]?.DeepClone(),
                ["url"] = Ll2Urls.For("spacecraft", (int)spacecraft["id"]!),
                ["name"] = spacecraft["name"]?.DeepClone(),
                ["serial_number"] = spacecraft["serial_number"]?.DeepClone(),
                ["status"] = spacecraft["status"]?.DeepClone(),
                ["description"] = spacecraft["description"]?.DeepClone(),
                ["spacecraft_config"] = configuration.DeepClone(),
            },
            ["launch"] = launchId is null ? null : new JsonObject
            {
                ["id"] = launchId,
                ["url"] = Ll2Urls.For("launches", launchId),
            },
        };
    }
}
