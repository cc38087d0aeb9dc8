namespace DockingGraph.LaunchLibrary.Dtos;

/// <summary>A space station: mini (in events), normal or detailed (<c>space_stations/</c>).</summary>
public sealed record SpaceStationDto
{
    public int Id { get; init; }
    public string? Url { get; init; }
    public string? Name { get; init; }
    public ImageDto? Image { get; init; }
    public StatusDto? Status { get; init; }
    public string? Founded { get; init; }
    public string? Deorbited { get; init; }
    public string? Description { get; init; }
    public string? Orbit { get; init; }
    public StatusDto? Type { get; init; }
    public IReadOnlyList<AgencyDto>? Owners { get; init; }
    public string? ResponseMode { get; init; }
    public IReadOnlyList<ExpeditionDto>? ActiveExpeditions { get; init; }
    public double? Height { get; init; }
    public double? Width { get; init; }
    public double? Mass { get; init; }
    public double? Volume { get; init; }
    public int? OnboardCrew { get; init; }
    public int? DockedVehicles { get; init; }
    public IReadOnlyList<DockingLocationDto>? DockingLocation { get; init; }
    public IReadOnlyList<DockingEventDto>? ActiveDockingEvents { get; init; }
}

public sealed record ExpeditionDto
{
    public int Id { get; init; }
    public string? Url { get; init; }
    public string? Name { get; init; }
    public DateTimeOffset? Start { get; init; }
    public DateTimeOffset? End { get; init; }
    public string? ResponseMode { get; init; }
    public SpaceStationDto? Spacestation { get; init; }
    public IReadOnlyList<MissionPatchDto>? MissionPatches { get; init; }
    public IReadOnlyList<SpacewalkDto>? Spacewalks { get; init; }

    /// <summary>ExpeditionDetailed only.</summary>
    public IReadOnlyList<AstronautFlightDto>? Crew { get; init; }
}

/// <summary>A spacewalk (LL2's <c>SpacewalkList</c>).</summary>
public sealed record SpacewalkDto
{
    public string? ResponseMode { get; init; }
    public int Id { get; init; }
    public string? Url { get; init; }
    public string? Name { get; init; }
    public DateTimeOffset? Start { get; init; }
    public DateTimeOffset? End { get; init; }

    /// <summary>ISO 8601 duration text.</summary>
    public string? Duration { get; init; }
    public string? Location { get; init; }
}
