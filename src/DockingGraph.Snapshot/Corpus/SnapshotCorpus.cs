using System.Text.Json.Nodes;
using DockingGraph.Snapshot.Shapes;

namespace DockingGraph.Snapshot.Corpus;

/// <summary>
/// The committed corpus (built by `build-corpus`, embedded in this assembly) plus the LL2 objects it holds only as
/// embeddings (locations, flights, spacecraft, launches), derived once at load.
/// </summary>
public sealed class SnapshotCorpus
{
    private static readonly Lazy<SnapshotCorpus> Embedded = new(() => new SnapshotCorpus(Resource));
    private static readonly Lazy<ShapeCatalog> EmbeddedSerializers =
        new(() => ShapeCatalogJson.FromCompact(Resource("schemas.json").AsObject()));

    private SnapshotCorpus(Func<string, JsonNode> read)
    {
        Shapes = ShapeCatalogJson.FromCompact(read("schemas.json").AsObject());
        DockingEvents = Objects(read("docking_events.json"));
        SpaceStations = Objects(read("space_stations.json"));
        Expeditions = Objects(read("expeditions.json"));
        SpacecraftConfigurations = Objects(read("spacecraft_configurations.json"));
        DockingLocations = EmbeddedObjects.DockingLocations(DockingEvents, SpaceStations, Shapes);
        SpacecraftFlights = EmbeddedObjects.SpacecraftFlights(DockingEvents, Shapes);
        Spacecraft = EmbeddedObjects.Spacecraft(SpacecraftFlights, SpacecraftConfigurations);
        Launches = EmbeddedObjects.Launches(SpacecraftFlights);
        Landings = EmbeddedObjects.Landings(SpacecraftFlights);
    }

    /// <summary>The corpus compiled into this assembly; loaded once per process, never mutated.</summary>
    public static SnapshotCorpus Default => Embedded.Value;

    /// <summary>
    /// LL2's serializer field lists alone (schemas.json, from LL2's OpenAPI file), without the recorded objects: what
    /// a client of live LL2 needs to know which fields an embedded short form leaves out.
    /// </summary>
    public static ShapeCatalog Serializers => EmbeddedSerializers.Value;

    public ShapeCatalog Shapes { get; }

    public IReadOnlyList<JsonObject> DockingEvents { get; }

    public IReadOnlyList<JsonObject> SpaceStations { get; }

    public IReadOnlyList<JsonObject> Expeditions { get; }

    /// <summary>LL2's whole spacecraft_configurations/ table as recorded (SpacecraftConfigDetailed).</summary>
    public IReadOnlyList<JsonObject> SpacecraftConfigurations { get; }

    public IReadOnlyList<JsonObject> DockingLocations { get; }

    public IReadOnlyList<JsonObject> SpacecraftFlights { get; }

    public IReadOnlyList<JsonObject> Spacecraft { get; }

    public IReadOnlyList<JsonObject> Launches { get; }

    public IReadOnlyList<JsonObject> Landings { get; }

    private static JsonNode Resource(string name)
    {
        using var stream = typeof(SnapshotCorpus).Assembly.GetManifestResourceStream($"Corpus/{name}")
            ?? throw new InvalidOperationException($"Corpus/{name} is not embedded; run build-corpus.");
        return JsonNode.Parse(stream)!;
    }

    private static List<JsonObject> Objects(JsonNode array) => array.AsArray().Select(n => n!.AsObject()).ToList();
}
