namespace DockingGraph.LaunchLibrary.Dtos;

// LL2 wire shapes (2.3.0). Every property is nullable: LL2's OpenAPI marks most fields required, but recorded data
// has nulls in them, and one DTO serves several serializer modes (normal/detailed) whose field sets differ.

/// <summary>LL2's list envelope.</summary>
public sealed record PageDto<T> : ICountedPage
{
    public int Count { get; init; }
    public string? Next { get; init; }
    public string? Previous { get; init; }
    public IReadOnlyList<T> Results { get; init; } = [];
}

/// <summary>Statuses and types: <c>{id, name}</c>, some with <c>abbrev</c> and <c>description</c>.</summary>
public sealed record StatusDto
{
    public int? Id { get; init; }
    public string? Name { get; init; }
    public string? Abbrev { get; init; }
    public string? Description { get; init; }
}

public sealed record ImageDto
{
    public int? Id { get; init; }
    public string? Name { get; init; }
    public string? ImageUrl { get; init; }
    public string? ThumbnailUrl { get; init; }
    public string? Credit { get; init; }
    public ImageLicenseDto? License { get; init; }
    public bool? SingleUse { get; init; }
    public IReadOnlyList<ImageVariantDto>? Variants { get; init; }
}

public sealed record ImageLicenseDto
{
    public int? Id { get; init; }
    public string? Name { get; init; }
    public int? Priority { get; init; }
    public string? Link { get; init; }
}

public sealed record ImageVariantDto
{
    public int? Id { get; init; }
    public StatusDto? Type { get; init; }
    public string? ImageUrl { get; init; }
}

public sealed record AgencyDto
{
    public string? ResponseMode { get; init; }

    /// <summary>
    /// The LL2 serializer that wrote this agency, where its place says it (a detailed launch's provider is
    /// AgencyDetailed): AgencyNormal and AgencyDetailed both write <c>response_mode: normal</c>. Not LL2 data.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? Serializer { get; init; }
    public int? Id { get; init; }
    public string? Url { get; init; }
    public string? Name { get; init; }
    public string? Abbrev { get; init; }
    public StatusDto? Type { get; init; }
    public bool? Featured { get; init; }
    public IReadOnlyList<CountryDto>? Country { get; init; }
    public string? Description { get; init; }
    public string? Administrator { get; init; }
    public int? FoundingYear { get; init; }
    public string? Launchers { get; init; }
    public string? Spacecraft { get; init; }
    public string? Parent { get; init; }
    public ImageDto? Image { get; init; }
    public ImageDto? Logo { get; init; }
    public ImageDto? SocialLogo { get; init; }

    // AgencyDetailed only (launch providers of detailed launches, mission agencies).
    public int? TotalLaunchCount { get; init; }
    public int? ConsecutiveSuccessfulLaunches { get; init; }
    public int? SuccessfulLaunches { get; init; }
    public int? FailedLaunches { get; init; }
    public int? PendingLaunches { get; init; }
    public int? ConsecutiveSuccessfulLandings { get; init; }
    public int? SuccessfulLandings { get; init; }
    public int? FailedLandings { get; init; }
    public int? AttemptedLandings { get; init; }
    public int? SuccessfulLandingsSpacecraft { get; init; }
    public int? FailedLandingsSpacecraft { get; init; }
    public int? AttemptedLandingsSpacecraft { get; init; }
    public int? SuccessfulLandingsPayload { get; init; }
    public int? FailedLandingsPayload { get; init; }
    public int? AttemptedLandingsPayload { get; init; }
    public string? InfoUrl { get; init; }
    public string? WikiUrl { get; init; }
    public IReadOnlyList<SocialMediaLinkDto>? SocialMediaLinks { get; init; }
}

public sealed record SocialMediaLinkDto
{
    public int? Id { get; init; }
    public SocialMediaDto? SocialMedia { get; init; }
    public string? Url { get; init; }
}

public sealed record SocialMediaDto
{
    public int? Id { get; init; }
    public string? Name { get; init; }
    public string? Url { get; init; }
    public ImageDto? Logo { get; init; }
}

/// <summary>A mission patch (LL2's <c>MissionPatch</c>).</summary>
public sealed record MissionPatchDto
{
    public int? Id { get; init; }
    public string? Name { get; init; }
    public int? Priority { get; init; }
    public string? ImageUrl { get; init; }
    public AgencyDto? Agency { get; init; }
    public string? ResponseMode { get; init; }
}

/// <summary>An information link (LL2's <c>InfoURL</c>).</summary>
public sealed record InfoUrlDto
{
    public int? Priority { get; init; }
    public string? Source { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? FeatureImage { get; init; }
    public string? Url { get; init; }
    public StatusDto? Type { get; init; }
    public LanguageDto? Language { get; init; }
}

/// <summary>A video link (LL2's <c>VidURL</c>).</summary>
public sealed record VidUrlDto
{
    public int? Priority { get; init; }
    public string? Source { get; init; }
    public string? Publisher { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? FeatureImage { get; init; }
    public string? Url { get; init; }
    public StatusDto? Type { get; init; }
    public LanguageDto? Language { get; init; }
    public DateTimeOffset? StartTime { get; init; }
    public DateTimeOffset? EndTime { get; init; }
    public bool? Live { get; init; }
}

public sealed record LanguageDto
{
    public int? Id { get; init; }
    public string? Name { get; init; }
    public string? Code { get; init; }
}

public sealed record CountryDto
{
    public int? Id { get; init; }
    public string? Name { get; init; }
    // Named explicitly: snake_case naming would not split the digit (alpha2_code).
    [System.Text.Json.Serialization.JsonPropertyName("alpha_2_code")]
    public string? Alpha2Code { get; init; }
    [System.Text.Json.Serialization.JsonPropertyName("alpha_3_code")]
    public string? Alpha3Code { get; init; }
    public string? NationalityName { get; init; }
    public string? NationalityNameComposed { get; init; }
}

/// <summary><c>api-throttle/</c>. LL2's OpenAPI says an array; LL2 answers one object: both are read.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Quota.Ll2ApiThrottleJson))]
public sealed record ApiThrottleDto
{
    public int YourRequestLimit { get; init; }
    public int LimitFrequencySecs { get; init; }
    public int CurrentUse { get; init; }
    public int NextUseSecs { get; init; }
    public string? Ident { get; init; }
}
