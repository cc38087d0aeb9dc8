namespace DockingGraph.LaunchLibrary.Dtos;

// LL2 wire shapes (2.3.0). Every property is nullable: LL2's OpenAPI marks most fields required, but recorded data
// has nulls in them, and one DTO serves several serializer modes (normal/detailed) whose field sets differ.

/// <summary>LL2's list envelope.</summary>
public sealed record PageDto<T>
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
    public ImageDto? Image { get; init; }
    public ImageDto? Logo { get; init; }
}

public sealed record CountryDto
{
    public int? Id { get; init; }
    public string? Name { get; init; }
    public string? Alpha2Code { get; init; }
    public string? Alpha3Code { get; init; }
    public string? NationalityName { get; init; }
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
