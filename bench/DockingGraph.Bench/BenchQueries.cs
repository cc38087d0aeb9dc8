namespace DockingGraph.Bench;

/// <summary>The queries of the README's call-cost table.</summary>
public static class BenchQueries
{
    private const string Embedded = """
        ll2Id docking departure dockingLocation { name spaceStation { name } } spaceStationTarget { id name }
        flightVehicleChaser { destination spacecraft { name serialNumber spacecraftConfig { name } } launch { name } landing { success type { name } } }
        """;

    private const string Station = "spaceStationTarget { orbit owners { name } onboardCrew dockedVehicles }";

    private const string Launch = "flightVehicleChaser { launch { pad { name } rocket { configuration { fullName } } } }";

    public static readonly (string Name, string Query)[] All =
    [
        ("50 events, embedded fields", $"{{ dockingEvents(first: 50) {{ nodes {{ {Embedded} }} }} }}"),
        ("+ target station orbit/owners/crew", $"{{ dockingEvents(first: 50) {{ nodes {{ {Embedded} {Station} }} }} }}"),
        ("+ chaser launch pad/rocket", $"{{ dockingEvents(first: 50) {{ nodes {{ {Embedded} {Station} {Launch} }} }} }}"),
        ("2 aliased identical pages", $"{{ a: dockingEvents(first: 50) {{ nodes {{ {Embedded} }} }} b: dockingEvents(first: 50) {{ nodes {{ {Embedded} }} }} }}"),
        ("spaceStations { dockingEvents(first: 3) }", "{ spaceStations(first: 100) { nodes { name dockingEvents(first: 3) { nodes { ll2Id docking } } } } }"),
    ];
}
