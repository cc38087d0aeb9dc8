namespace DockingGraph.LaunchLibrary.Dtos;

/// <summary>A docking event, <c>normal</c> or <c>detailed</c> (detailed upgrades only the three chaser fields).</summary>
public sealed record DockingEventDto
{
    public int Id { get; init; }
    public string? Url { get; init; }
    public DateTimeOffset? Docking { get; init; }
    public DateTimeOffset? Departure { get; init; }
    public DockingLocationDto? DockingLocation { get; init; }
    public SpaceStationDto? SpaceStationTarget { get; init; }
    public SpacecraftFlightDto? FlightVehicleTarget { get; init; }
    public PayloadFlightDto? PayloadFlightTarget { get; init; }
    public string? ResponseMode { get; init; }
    public SpacecraftFlightDto? FlightVehicleChaser { get; init; }
    public SpaceStationDto? SpaceStationChaser { get; init; }
    public PayloadFlightDto? PayloadFlightChaser { get; init; }
}

/// <summary><c>config/docking_locations/</c> rows and the location embedded in an event.</summary>
public sealed record DockingLocationDto
{
    public int Id { get; init; }
    public string? Name { get; init; }
    public SpaceStationDto? Spacestation { get; init; }
    public SpacecraftConfigDto? Spacecraft { get; init; }
    public PayloadDto? Payload { get; init; }

    /// <summary>Only inside a detailed station's <c>docking_location</c> list.</summary>
    public DockingEventDto? CurrentlyDocked { get; init; }
}
