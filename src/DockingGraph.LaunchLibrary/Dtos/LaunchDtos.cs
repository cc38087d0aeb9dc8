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
    public int? Probability { get; init; }
    public string? Failreason { get; init; }
    public AgencyDto? LaunchServiceProvider { get; init; }
    public RocketDto? Rocket { get; init; }
    public MissionDto? Mission { get; init; }
    public PadDto? Pad { get; init; }
    public bool? WebcastLive { get; init; }
}

public sealed record RocketDto
{
    public int Id { get; init; }
    public LauncherConfigDto? Configuration { get; init; }
}

public sealed record LauncherConfigDto
{
    public int Id { get; init; }
    public string? Url { get; init; }
    public string? Name { get; init; }
    public string? FullName { get; init; }
    public string? Variant { get; init; }
}

public sealed record MissionDto
{
    public int Id { get; init; }
    public string? Name { get; init; }
    public string? Type { get; init; }
    public string? Description { get; init; }
    public OrbitDto? Orbit { get; init; }
}

public sealed record OrbitDto
{
    public int Id { get; init; }
    public string? Name { get; init; }
    public string? Abbrev { get; init; }
}

public sealed record PadDto
{
    public int Id { get; init; }
    public string? Url { get; init; }
    public string? Name { get; init; }
    public bool? Active { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public CountryDto? Country { get; init; }
    public PadLocationDto? Location { get; init; }
}

public sealed record PadLocationDto
{
    public int Id { get; init; }
    public string? Url { get; init; }
    public string? Name { get; init; }
    public string? TimezoneName { get; init; }
}
