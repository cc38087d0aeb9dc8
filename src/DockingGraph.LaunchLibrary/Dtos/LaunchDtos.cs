namespace DockingGraph.LaunchLibrary.Dtos;

/// <summary>A launch: mini <c>{id, url, name}</c> in normal events, LaunchNormal in detailed ones and <c>launches/</c>.</summary>
public sealed record LaunchDto
{
    public Guid Id { get; init; }
    public string? Url { get; init; }
    public string? Name { get; init; }
    public string? ResponseMode { get; init; }
    public string? Slug { get; init; }
    public string? LaunchDesignator { get; init; }
    public StatusDto? Status { get; init; }
    public DateTimeOffset? LastUpdated { get; init; }
    public DateTimeOffset? Net { get; init; }
    public StatusDto? NetPrecision { get; init; }
    public DateTimeOffset? WindowEnd { get; init; }
    public DateTimeOffset? WindowStart { get; init; }
    public ImageDto? Image { get; init; }
    public string? Infographic { get; init; }
    public int? Probability { get; init; }
    public string? WeatherConcerns { get; init; }
    public string? Failreason { get; init; }
    public string? Hashtag { get; init; }
    public AgencyDto? LaunchServiceProvider { get; init; }
    public RocketDto? Rocket { get; init; }
    public MissionDto? Mission { get; init; }
    public PadDto? Pad { get; init; }
    public bool? WebcastLive { get; init; }
    public IReadOnlyList<ProgramDto>? Program { get; init; }
    public int? OrbitalLaunchAttemptCount { get; init; }
    public int? LocationLaunchAttemptCount { get; init; }
    public int? PadLaunchAttemptCount { get; init; }
    public int? AgencyLaunchAttemptCount { get; init; }
    public int? OrbitalLaunchAttemptCountYear { get; init; }
    public int? LocationLaunchAttemptCountYear { get; init; }
    public int? PadLaunchAttemptCountYear { get; init; }
    public int? AgencyLaunchAttemptCountYear { get; init; }

    // LaunchDetailed only.
    public string? FlightclubUrl { get; init; }
    public IReadOnlyList<LaunchUpdateDto>? Updates { get; init; }
    public IReadOnlyList<InfoUrlDto>? InfoUrls { get; init; }
    public IReadOnlyList<VidUrlDto>? VidUrls { get; init; }
    public IReadOnlyList<TimelineEventDto>? Timeline { get; init; }

    /// <summary>ISO 8601 duration text.</summary>
    public string? PadTurnaround { get; init; }
    public IReadOnlyList<MissionPatchDto>? MissionPatches { get; init; }
}

/// <summary>A program (LL2's <c>ProgramNormal</c>).</summary>
public sealed record ProgramDto
{
    public string? ResponseMode { get; init; }
    public int Id { get; init; }
    public string? Url { get; init; }
    public string? Name { get; init; }
    public ImageDto? Image { get; init; }
    public string? InfoUrl { get; init; }
    public string? WikiUrl { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<AgencyDto>? Agencies { get; init; }
    public DateTimeOffset? StartDate { get; init; }
    public DateTimeOffset? EndDate { get; init; }
    public IReadOnlyList<MissionPatchDto>? MissionPatches { get; init; }
    public StatusDto? Type { get; init; }
}

/// <summary>A launch's news update (LL2's <c>Update</c>).</summary>
public sealed record LaunchUpdateDto
{
    public int? Id { get; init; }
    public string? ProfileImage { get; init; }
    public string? Comment { get; init; }
    public string? InfoUrl { get; init; }
    public string? CreatedBy { get; init; }
    public DateTimeOffset? CreatedOn { get; init; }
}

/// <summary>One step of a launch's timeline (LL2's <c>TimelineEvent</c>).</summary>
public sealed record TimelineEventDto
{
    public TimelineEventTypeDto? Type { get; init; }

    /// <summary>ISO 8601 duration text relative to T-0.</summary>
    public string? RelativeTime { get; init; }
}

public sealed record TimelineEventTypeDto
{
    public int? Id { get; init; }
    public string? Abbrev { get; init; }
    public string? Description { get; init; }
}

/// <summary>RocketNormal (id, configuration list form) or RocketDetailed (with the stages and payloads).</summary>
public sealed record RocketDto
{
    public int Id { get; init; }
    public LauncherConfigDto? Configuration { get; init; }
    public IReadOnlyList<FirstStageDto>? LauncherStage { get; init; }
    public IReadOnlyList<SpacecraftFlightDto>? SpacecraftStage { get; init; }
    public IReadOnlyList<PayloadFlightDto>? Payloads { get; init; }
}

/// <summary>A launcher configuration: LauncherConfigList (normal launches) or LauncherConfigDetailed.</summary>
public sealed record LauncherConfigDto
{
    public string? ResponseMode { get; init; }
    public int Id { get; init; }
    public string? Url { get; init; }
    public string? Name { get; init; }
    public IReadOnlyList<LauncherConfigFamilyDto>? Families { get; init; }
    public string? FullName { get; init; }
    public string? Variant { get; init; }
    public bool? Active { get; init; }
    public bool? IsPlaceholder { get; init; }
    public AgencyDto? Manufacturer { get; init; }
    public IReadOnlyList<ProgramDto>? Program { get; init; }
    public bool? Reusable { get; init; }
    public ImageDto? Image { get; init; }
    public string? InfoUrl { get; init; }
    public string? WikiUrl { get; init; }
    public string? Description { get; init; }
    public string? Alias { get; init; }
    public int? MinStage { get; init; }
    public int? MaxStage { get; init; }
    public double? Length { get; init; }
    public double? Diameter { get; init; }
    public string? MaidenFlight { get; init; }
    public long? LaunchCost { get; init; }
    public double? LaunchMass { get; init; }
    public double? LeoCapacity { get; init; }
    public double? GtoCapacity { get; init; }
    public double? GeoCapacity { get; init; }
    public double? SsoCapacity { get; init; }
    public double? ToThrust { get; init; }
    public double? Apogee { get; init; }
    public int? TotalLaunchCount { get; init; }
    public int? ConsecutiveSuccessfulLaunches { get; init; }
    public int? SuccessfulLaunches { get; init; }
    public int? FailedLaunches { get; init; }
    public int? PendingLaunches { get; init; }
    public int? AttemptedLandings { get; init; }
    public int? SuccessfulLandings { get; init; }
    public int? FailedLandings { get; init; }
    public int? ConsecutiveSuccessfulLandings { get; init; }
    public string? FastestTurnaround { get; init; }
}

public sealed record LauncherConfigFamilyDto
{
    public string? ResponseMode { get; init; }
    public int Id { get; init; }
    public string? Name { get; init; }
}

/// <summary>A booster's flight (LL2's FirstStageNormal; no recording holds one).</summary>
public sealed record FirstStageDto
{
    public int Id { get; init; }
    public StatusDto? Type { get; init; }
    public bool? Reused { get; init; }
    public int? LauncherFlightNumber { get; init; }
    public LauncherDto? Launcher { get; init; }
    public DateTimeOffset? PreviousFlightDate { get; init; }
    public string? TurnAroundTime { get; init; }
    public LandingDto? Landing { get; init; }
    public LaunchDto? PreviousFlight { get; init; }
}

/// <summary>A booster (LL2's LauncherNormal).</summary>
public sealed record LauncherDto
{
    public string? ResponseMode { get; init; }
    public int Id { get; init; }
    public string? Url { get; init; }
    public bool? FlightProven { get; init; }
    public string? SerialNumber { get; init; }
    public bool? IsPlaceholder { get; init; }
    public StatusDto? Status { get; init; }
    public ImageDto? Image { get; init; }
    public string? Details { get; init; }
    public int? SuccessfulLandings { get; init; }
    public int? AttemptedLandings { get; init; }
    public int? Flights { get; init; }
    public DateTimeOffset? LastLaunchDate { get; init; }
    public DateTimeOffset? FirstLaunchDate { get; init; }
    public string? FastestTurnaround { get; init; }
}

public sealed record MissionDto
{
    public int Id { get; init; }
    public string? Name { get; init; }
    public string? Type { get; init; }
    public string? Description { get; init; }
    public ImageDto? Image { get; init; }
    public OrbitDto? Orbit { get; init; }
    public IReadOnlyList<AgencyDto>? Agencies { get; init; }
    public IReadOnlyList<InfoUrlDto>? InfoUrls { get; init; }
    public IReadOnlyList<VidUrlDto>? VidUrls { get; init; }
}

public sealed record OrbitDto
{
    public int Id { get; init; }
    public string? Name { get; init; }
    public string? Abbrev { get; init; }
    public CelestialBodyDto? CelestialBody { get; init; }
}

/// <summary>A launch pad (LL2's <c>Pad</c>: the same serializer in normal and detailed launches).</summary>
public sealed record PadDto
{
    public int Id { get; init; }
    public string? Url { get; init; }
    public bool? Active { get; init; }
    public IReadOnlyList<AgencyDto>? Agencies { get; init; }
    public string? Name { get; init; }
    public ImageDto? Image { get; init; }
    public string? Description { get; init; }
    public string? InfoUrl { get; init; }
    public string? WikiUrl { get; init; }
    public string? MapUrl { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public CountryDto? Country { get; init; }
    public string? MapImage { get; init; }
    public int? TotalLaunchCount { get; init; }
    public int? OrbitalLaunchAttemptCount { get; init; }
    public string? FastestTurnaround { get; init; }
    public PadLocationDto? Location { get; init; }
}

/// <summary>A pad's location (LL2's <c>Location</c>).</summary>
public sealed record PadLocationDto
{
    public string? ResponseMode { get; init; }
    public int Id { get; init; }
    public string? Url { get; init; }
    public string? Name { get; init; }
    public CelestialBodyDto? CelestialBody { get; init; }
    public bool? Active { get; init; }
    public CountryDto? Country { get; init; }
    public string? Description { get; init; }
    public ImageDto? Image { get; init; }
    public string? MapImage { get; init; }
    public double? Longitude { get; init; }
    public double? Latitude { get; init; }
    public string? TimezoneName { get; init; }
    public int? TotalLaunchCount { get; init; }
    public int? TotalLandingCount { get; init; }
}
