namespace DockingGraph.Gateway.Limits;

/// <summary>What kind of LL2 call a schema field causes (README "What a query costs upstream", the loaders).</summary>
public enum Ll2CallKind
{
    /// <summary>No call: the value is in the parent's LL2 answer.</summary>
    None,

    /// <summary>One page per parent object and distinct argument set (root pages: the root is the one parent).</summary>
    PagePerParent,

    /// <summary>A whole reference table, once per request whatever the number of lookups.</summary>
    WholeTable,

    /// <summary>One detail call per parent object (deduplicated by key at run time; the estimate cannot know keys).</summary>
    PerParent,

    /// <summary>One slot in a launches/?id=… batch per parent object: ceil(n/100) calls.</summary>
    LaunchBatch,

    /// <summary>One call per distinct id argument (node, nodes, dockingEvent, spacecraft…).</summary>
    PerId,
}

/// <summary>What an object reached through a field carries already, so its loader-backed fields cost nothing.</summary>
public enum Ll2Origin
{
    /// <summary>A short form embedded in another answer: full fields are loaded.</summary>
    Embedded,

    /// <summary>A detail answer, a detailed page row or a table row: every field is there.</summary>
    Complete,

    /// <summary>A docking event on a page (mode=detailed when the selection reaches a chaser's full launch).</summary>
    EventOnPage,

    /// <summary>A docking event from LL2's detail endpoint (always detailed).</summary>
    EventDetail,

    /// <summary>A chaser flight of a detailed docking event: its launch is the full LaunchNormal.</summary>
    ChaserWithFullLaunch,
}

/// <param name="Kind">The call the field causes.</param>
/// <param name="Resource">Names the call (table, detail resource); with the arguments it keys deduplication.</param>
/// <param name="UnlessOrigin">The field causes no call when its object came from this origin.</param>
/// <param name="Weight">Field cost weight (Hot Chocolate: 10 for fields that resolve through I/O).</param>
public sealed record Ll2Call(Ll2CallKind Kind, string Resource, Ll2Origin? UnlessOrigin = null, int Weight = 10);

/// <summary>
/// Which schema fields cause which LL2 calls, which origin the objects they return have, and how long their lists
/// are assumed to be. Read by <see cref="OperationCostAnalyzer"/>; a new loader-backed field belongs here.
/// </summary>
public static class Ll2CallTable
{
    /// <summary>LL2 has 15 stations: per-station calls never exceed it (README: "16 for 15 stations").</summary>
    public const int Stations = 15;

    /// <summary>The page size when a connection gets neither first nor last (README: default 10).</summary>
    public const int DefaultPageSize = 10;

    /// <summary>LL2's largest page; a larger first/last is refused when resolved (PAGE_SIZE_EXCEEDED).</summary>
    public const int MaxPageSize = 100;

    /// <summary>Assumed length of a list without a slicing argument and without an entry in <see cref="ListSizes"/>.</summary>
    public const int DefaultListSize = 10;

    /// <summary>The LL2 resource the docking-events mirror holds whole: its pages cost no call while it answers.</summary>
    public const string MirroredResource = "docking_events";

    /// <summary>Ids per launches/?id=… call (LaunchByIdDataLoader).</summary>
    public const int LaunchBatchSize = 100;

    private static readonly string[] StationTableFields =
    [
        "status", "founded", "deorbited", "description", "orbit", "type", "owners", "height", "width", "mass", "volume",
        "onboardCrew", "dockedVehicles", "dockingLocations", "activeExpeditions", "activeDockingEvents",
    ];

    private static readonly string[] LaunchFullFields =
    [
        "slug", "launchDesignator", "status", "lastUpdated", "net", "netPrecision", "windowStart", "windowEnd", "image",
        "probability", "failreason", "launchServiceProvider", "rocket", "mission", "pad", "webcastLive",
        "infographic", "weatherConcerns", "hashtag", "program", "orbitalLaunchAttemptCount",
        "locationLaunchAttemptCount", "padLaunchAttemptCount", "agencyLaunchAttemptCount",
        "orbitalLaunchAttemptCountYear", "locationLaunchAttemptCountYear", "padLaunchAttemptCountYear",
        "agencyLaunchAttemptCountYear",
    ];

    // LaunchDetailed only: launches/?id=…&mode=detailed, also for a complete (LaunchNormal) launch; its batches of
    // 100 are counted together with the normal ones.
    private static readonly string[] LaunchDetailedOnlyFields =
        ["flightclubUrl", "updates", "infoUrls", "vidUrls", "timeline", "padTurnaround", "missionPatches"];

    private static readonly string[] SpacecraftConfigDetailedFields =
    [
        "capability", "history", "details", "maidenFlight", "height", "diameter", "humanRated", "crewCapacity",
        "payloadCapacity", "payloadReturnCapacity", "flightLife", "wikiLink", "infoLink", "spacecraftFlown",
        "totalLaunchCount", "successfulLaunches", "failedLaunches", "attemptedLandings", "successfulLandings",
        "failedLandings", "fastestTurnaround",
    ];

    public static readonly IReadOnlyDictionary<string, Ll2Call> Calls = Build();

    /// <summary>The origin of the object a field returns, when it is not <see cref="Ll2Origin.Embedded"/>.</summary>
    public static readonly IReadOnlyDictionary<string, Ll2Origin> ChildOrigins = new Dictionary<string, Ll2Origin>
    {
        ["Query.dockingEvents"] = Ll2Origin.EventOnPage,
        ["SpaceStation.dockingEvents"] = Ll2Origin.EventOnPage,
        ["DockingLocation.dockingEvents"] = Ll2Origin.EventOnPage,
        ["SpacecraftFlight.dockingEvents"] = Ll2Origin.EventOnPage,
        ["Query.dockingEvent"] = Ll2Origin.EventDetail,
        ["Query.spaceStations"] = Ll2Origin.Complete,
        ["Query.spaceStation"] = Ll2Origin.Complete,
        ["Query.spacecraftFlight"] = Ll2Origin.Complete,
        ["Query.spacecraft"] = Ll2Origin.Complete,
        ["Query.node"] = Ll2Origin.Complete,
        ["Query.nodes"] = Ll2Origin.Complete,
        ["Query.expeditions"] = Ll2Origin.Complete,
        ["Query.landings"] = Ll2Origin.Complete,
        ["Query.landing"] = Ll2Origin.Complete,
        ["Query.launches"] = Ll2Origin.Complete,
        ["Query.upcomingLaunches"] = Ll2Origin.Complete,
        ["Query.previousLaunches"] = Ll2Origin.Complete,
    };

    /// <summary>Assumed list lengths (upper bounds of the recorded data), where no argument gives it.</summary>
    public static readonly IReadOnlyDictionary<string, int> ListSizes = new Dictionary<string, int>
    {
        ["Query.dockingLocations"] = 50,
        ["SpaceStation.dockingLocations"] = 20,
        ["Spacecraft.flights"] = 20,
    };

    /// <summary>Rows a connection can hold whatever first/last say.</summary>
    public static readonly IReadOnlyDictionary<string, int> MaxRows = new Dictionary<string, int>
    {
        ["Query.spaceStations"] = Stations,
    };

    /// <summary>Distinct parents a per-parent call can have.</summary>
    public static readonly IReadOnlyDictionary<string, int> MaxParents = new Dictionary<string, int>
    {
        ["SpaceStation"] = Stations,
    };

    /// <summary>
    /// Fields the docking-events mirror answers while complete and fresh (0 calls): the events, and the chaser
    /// flights, spacecraft and launches they embed (<c>Launch.*</c>: the mirror's LaunchNormal holds them all).
    /// </summary>
    public static readonly IReadOnlySet<string> MirroredLookups = new[]
        {
            "Query.dockingEvent", "Query.spacecraftFlight", "Query.spacecraft", "Query.launch",
        }
        .Concat(LaunchFullFields.Select(field => $"Launch.{field}"))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Node types whose <c>node</c>/<c>nodes</c> ids the mirror answers while complete and fresh.</summary>
    public static readonly IReadOnlySet<string> MirroredNodeTypes =
        new HashSet<string>(["DockingEvent", "SpacecraftFlight", "Spacecraft", "Launch"], StringComparer.Ordinal);

    /// <summary>
    /// Origins while the mirror answers: its flight has no crews and its spacecraft no flights (SpacecraftFlightNormal,
    /// SpacecraftNormal), so those still cost their detail call.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, Ll2Origin> MirroredChildOrigins =
        new Dictionary<string, Ll2Origin>
        {
            ["Query.spacecraftFlight"] = Ll2Origin.Embedded,
            ["Query.spacecraft"] = Ll2Origin.Embedded,
        };

    /// <summary>The arguments that hold ids for <see cref="Ll2CallKind.PerId"/> fields.</summary>
    public static readonly IReadOnlyDictionary<string, string> IdArguments = new Dictionary<string, string>
    {
        ["Query.node"] = "id",
        ["Query.nodes"] = "ids",
        ["Query.dockingEvent"] = "id",
        ["Query.spacecraftFlight"] = "id",
        ["Query.spacecraft"] = "id",
        ["Query.launch"] = "id",
        ["Query.landing"] = "id",
    };

    /// <summary>Whether a field of <paramref name="parentType"/> is a connection page (sliced by first/last).</summary>
    public static bool IsConnection(string parentType, string field) =>
        Calls.TryGetValue($"{parentType}.{field}", out var call) && call.Kind == Ll2CallKind.PagePerParent;

    private static Dictionary<string, Ll2Call> Build()
    {
        var calls = new Dictionary<string, Ll2Call>
        {
            // A where or order LL2 cannot execute on the root docking events (DockingEvents/DockingEventsField) is
            // one page here (0 while the mirror answers); once the arguments are coerced, its planner
            // (DockingEventsPlan) replaces it, like the lists below: 0 while the mirror answers, else its blocks;
            // plus the station table for a where or order on station fields the events do not embed, uncached.
            // Nested (a station's, a location's, a flight's) it stays one page.
            ["Query.dockingEvents"] = new(Ll2CallKind.PagePerParent, "docking_events"),
            ["Query.spaceStations"] = new(Ll2CallKind.PagePerParent, "space_stations"),
            ["Query.expeditions"] = new(Ll2CallKind.PagePerParent, "expeditions"),
            ["Query.landings"] = new(Ll2CallKind.PagePerParent, "landings"),
            ["Query.launches"] = new(Ll2CallKind.PagePerParent, "launches"),
            ["Query.upcomingLaunches"] = new(Ll2CallKind.PagePerParent, "launches/upcoming"),
            ["Query.previousLaunches"] = new(Ll2CallKind.PagePerParent, "launches/previous"),
            // A where or order LL2 cannot execute on these root lists (Data/Local/LocalFetch) is one page here; once
            // the arguments are coerced, LocalListCosts replaces it with the blocks the cache does not hold when the
            // list's count is known without a call (Ll2ListCounts, the cached first block), else with the first
            // block, a lower bound (extensions.operationCost.estimatedLl2CallsIsLowerBound). More blocks than
            // Limits:MaxLl2CallsPerRequest are refused (FILTER_NOT_SUPPORTED) before any call when the count is
            // known, else before the second block; the runtime cap (QUERY_TOO_EXPENSIVE) bounds the rest.
            // spacecraftFlights' last without before is two calls (count, then the tail); the estimate counts the page.
            ["Query.spacecraftFlights"] = new(Ll2CallKind.PagePerParent, "spacecraft_flights"),
            ["Query.spacecrafts"] = new(Ll2CallKind.PagePerParent, "spacecraft"),
            ["Query.astronauts"] = new(Ll2CallKind.PagePerParent, "astronauts"),
            ["Query.landing"] = new(Ll2CallKind.PerId, "landings"),
            // A landing embedded in a flight lacks its flight: one landings/{id}/ per landing (no multi-id filter).
            ["Landing.spacecraftFlight"] = new(Ll2CallKind.PerParent, "landings", Ll2Origin.Complete),
            ["SpaceStation.dockingEvents"] = new(Ll2CallKind.PagePerParent, "docking_events"),
            ["DockingLocation.dockingEvents"] = new(Ll2CallKind.PagePerParent, "docking_events"),
            ["SpacecraftFlight.dockingEvents"] = new(Ll2CallKind.PagePerParent, "docking_events"),
            ["Query.spaceStation"] = new(Ll2CallKind.WholeTable, "space_stations"),
            ["Query.dockingLocations"] = new(Ll2CallKind.WholeTable, "config/docking_locations"),
            ["DockingLocation.currentlyDocked"] = new(Ll2CallKind.WholeTable, "space_stations", Weight: 1),
            ["Query.dockingEvent"] = new(Ll2CallKind.PerId, "docking_events"),
            ["Query.spacecraftFlight"] = new(Ll2CallKind.PerId, "spacecraft_flights"),
            ["Query.spacecraft"] = new(Ll2CallKind.PerId, "spacecraft"),
            ["Query.node"] = new(Ll2CallKind.PerId, "node"),
            ["Query.nodes"] = new(Ll2CallKind.PerId, "node"),
            ["Query.launch"] = new(Ll2CallKind.LaunchBatch, "launches"),
            ["SpaceStation.expeditions"] = new(Ll2CallKind.PerParent, "expeditions"),
            ["SpacecraftFlight.crew"] = new(Ll2CallKind.PerParent, "spacecraft_flights", Ll2Origin.Complete),
            ["Spacecraft.flights"] = new(Ll2CallKind.PerParent, "spacecraft", Ll2Origin.Complete),
            // A normal expedition's crew: its station's detailed expeditions (counted once: one station per query).
            ["Expedition.crew"] = new(Ll2CallKind.WholeTable, "expeditions?mode=detailed", Weight: 1),
        };

        // Embedded-or-loaded fields: part of the parent's cost (weight 1 or 0), the call is once per table / launch.
        foreach (var field in StationTableFields)
        {
            calls[$"SpaceStation.{field}"] = new(Ll2CallKind.WholeTable, "space_stations", Ll2Origin.Complete, Weight: 0);
        }

        // A normal spacecraft configuration's detailed-only fields: LL2's configuration table, once per request.
        foreach (var field in SpacecraftConfigDetailedFields)
        {
            calls[$"SpacecraftConfig.{field}"] = new(Ll2CallKind.WholeTable, "spacecraft_configurations", Weight: 0);
        }

        foreach (var field in LaunchFullFields)
        {
            calls[$"Launch.{field}"] = new(Ll2CallKind.LaunchBatch, "launches", Ll2Origin.Complete, Weight: 0);
        }

        foreach (var field in LaunchDetailedOnlyFields)
        {
            calls[$"Launch.{field}"] = new(Ll2CallKind.LaunchBatch, "launches", Weight: 0);
        }

        return calls;
    }
}
