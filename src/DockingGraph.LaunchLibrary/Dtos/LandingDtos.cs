namespace DockingGraph.LaunchLibrary.Dtos;

public sealed record LandingDto
{
    public int Id { get; init; }
    public string? Url { get; init; }
    public bool? Attempt { get; init; }
    public bool? Success { get; init; }
    public string? Description { get; init; }
    public double? DownrangeDistance { get; init; }
    public LandingLocationDto? LandingLocation { get; init; }
    public StatusDto? Type { get; init; }

    /// <summary>Only the <c>landings/</c> serializers write it (<c>list</c>, <c>normal</c>, <c>detailed</c>).</summary>
    public string? ResponseMode { get; init; }

    /// <summary>The flight that landed, on <c>landings/</c> (LL2 spells it without an underscore).</summary>
    [System.Text.Json.Serialization.JsonPropertyName("spacecraftflight")]
    public SpacecraftFlightDto? SpacecraftFlight { get; init; }

    /// <summary>The booster that landed, on <c>landings/</c> (null in every recorded landing).</summary>
    [System.Text.Json.Serialization.JsonPropertyName("firststage")]
    public FirstStageDto? FirstStage { get; init; }

    /// <summary>The payload that landed, on <c>landings/</c> (null in every recorded landing).</summary>
    [System.Text.Json.Serialization.JsonPropertyName("payloadflight")]
    public PayloadFlightDto? PayloadFlight { get; init; }
}

public sealed record LandingLocationDto
{
    public int Id { get; init; }
    public string? Name { get; init; }
    public bool? Active { get; init; }
    public string? Abbrev { get; init; }
    public string? Description { get; init; }
    public double? Longitude { get; init; }
    public double? Latitude { get; init; }
    public ImageDto? Image { get; init; }
    public int? SuccessfulLandings { get; init; }
    public int? AttemptedLandings { get; init; }
    public int? FailedLandings { get; init; }
    public CelestialBodyDto? CelestialBody { get; init; }
}

public sealed record CelestialBodyDto
{
    public string? ResponseMode { get; init; }
    public int Id { get; init; }
    public string? Name { get; init; }
    public StatusDto? Type { get; init; }
    public double? Diameter { get; init; }
    public double? Mass { get; init; }
    public double? Gravity { get; init; }

    /// <summary>Python timedelta text, e.g. <c>1 00:00:00</c> (not ISO 8601, unlike LL2's other durations).</summary>
    public string? LengthOfDay { get; init; }
    public bool? Atmosphere { get; init; }
    public ImageDto? Image { get; init; }
    public string? Description { get; init; }
    public string? WikiUrl { get; init; }
}

/// <summary>Payload flights: no recording holds one, so the shape follows LL2's OpenAPI (PayloadFlightMini/Normal).</summary>
public sealed record PayloadFlightDto
{
    public string? ResponseMode { get; init; }
    public int Id { get; init; }
    public string? Url { get; init; }
    public string? Destination { get; init; }
    public int? Amount { get; init; }
    public PayloadDto? Payload { get; init; }
    public LaunchDto? Launch { get; init; }
    public LandingDto? Landing { get; init; }
}

public sealed record PayloadDto
{
    public int Id { get; init; }
    public string? Name { get; init; }
    public StatusDto? Type { get; init; }
    public AgencyDto? Manufacturer { get; init; }
    public AgencyDto? Operator { get; init; }
    public ImageDto? Image { get; init; }
}
