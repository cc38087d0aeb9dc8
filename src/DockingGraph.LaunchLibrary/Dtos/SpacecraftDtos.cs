namespace DockingGraph.LaunchLibrary.Dtos;

/// <summary>A spacecraft flight: mini (in events), normal (detailed events) or detailed (<c>spacecraft_flights/{id}/</c>).</summary>
public sealed record SpacecraftFlightDto
{
    public int Id { get; init; }
    public string? Url { get; init; }
    public string? Destination { get; init; }
    public DateTimeOffset? MissionEnd { get; init; }
    public SpacecraftDto? Spacecraft { get; init; }
    public LaunchDto? Launch { get; init; }
    public LandingDto? Landing { get; init; }

    /// <summary>ISO 8601 duration text, e.g. <c>P33DT21H28M15S</c>.</summary>
    public string? Duration { get; init; }
    public string? TurnAroundTime { get; init; }
    public string? ResponseMode { get; init; }
    public IReadOnlyList<AstronautFlightDto>? LaunchCrew { get; init; }
    public IReadOnlyList<AstronautFlightDto>? OnboardCrew { get; init; }
    public IReadOnlyList<AstronautFlightDto>? LandingCrew { get; init; }
    public IReadOnlyList<DockingEventDto>? DockingEvents { get; init; }
}

/// <summary>A crew seat on a flight (no recording holds one; shape from LL2's OpenAPI).</summary>
public sealed record AstronautFlightDto
{
    public int Id { get; init; }
    public AstronautRoleDto? Role { get; init; }
    public AstronautDto? Astronaut { get; init; }
}

public sealed record AstronautRoleDto
{
    public int? Id { get; init; }
    public string? Role { get; init; }
    public int? Priority { get; init; }
}

/// <summary>
/// An astronaut: AstronautDetailed inside a crew seat (no recording holds one); the counts only on LL2's
/// <c>astronauts/</c> endpoint serializers.
/// </summary>
public sealed record AstronautDto
{
    public int Id { get; init; }
    public string? Url { get; init; }
    public string? Name { get; init; }
    public StatusDto? Status { get; init; }
    public AgencyDto? Agency { get; init; }
    public ImageDto? Image { get; init; }
    public string? ResponseMode { get; init; }
    public StatusDto? Type { get; init; }
    public bool? InSpace { get; init; }
    public string? TimeInSpace { get; init; }
    public string? EvaTime { get; init; }
    public int? Age { get; init; }
    public string? DateOfBirth { get; init; }
    public string? DateOfDeath { get; init; }
    public IReadOnlyList<CountryDto>? Nationality { get; init; }
    public string? Bio { get; init; }
    public string? Wiki { get; init; }
    public DateTimeOffset? LastFlight { get; init; }
    public DateTimeOffset? FirstFlight { get; init; }
    public IReadOnlyList<SocialMediaLinkDto>? SocialMediaLinks { get; init; }
    public int? FlightsCount { get; init; }
    public int? LandingsCount { get; init; }
    public int? SpacewalksCount { get; init; }
}

/// <summary>A spacecraft (the physical vehicle); detailed adds its <c>flights</c>.</summary>
public sealed record SpacecraftDto
{
    public string? ResponseMode { get; init; }
    public int Id { get; init; }
    public string? Url { get; init; }
    public string? Name { get; init; }
    public string? SerialNumber { get; init; }
    public bool? IsPlaceholder { get; init; }
    public ImageDto? Image { get; init; }
    public bool? InSpace { get; init; }
    public string? TimeInSpace { get; init; }
    public string? TimeDocked { get; init; }
    public int? FlightsCount { get; init; }
    public int? MissionEndsCount { get; init; }
    public StatusDto? Status { get; init; }
    public string? Description { get; init; }
    public SpacecraftConfigDto? SpacecraftConfig { get; init; }
    public string? FastestTurnaround { get; init; }
    public IReadOnlyList<SpacecraftFlightDto>? Flights { get; init; }
}

public sealed record SpacecraftConfigDto
{
    public string? ResponseMode { get; init; }
    public int Id { get; init; }
    public string? Url { get; init; }
    public string? Name { get; init; }
    public StatusDto? Type { get; init; }
    public AgencyDto? Agency { get; init; }
    public IReadOnlyList<SpacecraftFamilyDto>? Family { get; init; }
    public bool? InUse { get; init; }
    public ImageDto? Image { get; init; }

    // SpacecraftConfigDetailed only (a detailed spacecraft's configuration).
    public string? Capability { get; init; }
    public string? History { get; init; }
    public string? Details { get; init; }
    public string? MaidenFlight { get; init; }
    public double? Height { get; init; }
    public double? Diameter { get; init; }
    public bool? HumanRated { get; init; }
    public int? CrewCapacity { get; init; }
    public double? PayloadCapacity { get; init; }
    public double? PayloadReturnCapacity { get; init; }
    public string? FlightLife { get; init; }
    public string? WikiLink { get; init; }
    public string? InfoLink { get; init; }
    public int? SpacecraftFlown { get; init; }
    public int? TotalLaunchCount { get; init; }
    public int? SuccessfulLaunches { get; init; }
    public int? FailedLaunches { get; init; }
    public int? AttemptedLandings { get; init; }
    public int? SuccessfulLandings { get; init; }
    public int? FailedLandings { get; init; }
    public string? FastestTurnaround { get; init; }
}

public sealed record SpacecraftFamilyDto
{
    public string? ResponseMode { get; init; }
    public int Id { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }
    public AgencyDto? Manufacturer { get; init; }
    public SpacecraftFamilyDto? Parent { get; init; }
    public string? MaidenFlight { get; init; }

    // SpacecraftConfigFamilyDetailed only.
    public int? SpacecraftFlown { get; init; }
    public int? TotalLaunchCount { get; init; }
    public int? SuccessfulLaunches { get; init; }
    public int? FailedLaunches { get; init; }
    public int? AttemptedLandings { get; init; }
    public int? SuccessfulLandings { get; init; }
    public int? FailedLandings { get; init; }
}
