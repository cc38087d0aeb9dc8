namespace DockingGraph.LaunchLibrary.Queries;

/// <summary>Parameters of <c>space_stations/</c> that the gateway pushes down (all documented by LL2).</summary>
public sealed record SpaceStationsQuery : IPagedQuery<SpaceStationsQuery>
{
    private readonly int? _limit;

    public string? Name { get; init; }
    public string? NameContains { get; init; }
    public int? StatusId { get; init; }
    public int? TypeId { get; init; }
    public string? Search { get; init; }

    /// <summary>LL2 ordering fields, each optionally prefixed with '-': docked_vehicles, founded, id, name, onboard_crew, status, type, volume.</summary>
    public IReadOnlyList<string> Ordering { get; init; } = [];
    public Ll2Mode Mode { get; init; } = Ll2Mode.Detailed;
    public int? Offset { get; init; }

    public int? Limit
    {
        get => _limit;
        init => _limit = value is null or (>= 1 and <= DockingEventsQuery.MaxLimit) ? value : throw new ArgumentOutOfRangeException(nameof(Limit));
    }

    public static IReadOnlySet<string> OrderingFields => Ll2Lists.SpaceStations.OrderingFields;

    public SpaceStationsQuery WithPage(int limit, int offset) => this with { Limit = limit, Offset = offset };

    public SpaceStationsQuery Reversed() => this with { Ordering = Ordering.Select(o => o.StartsWith('-') ? o[1..] : $"-{o}").ToList() };

    /// <summary>The same query as a generic list query (what the client sends).</summary>
    public Ll2ListQuery<Dtos.SpaceStationDto> ToListQuery() => Ll2Lists.SpaceStations.Query()
        .Where("name", Name)
        .Where("name__contains", NameContains)
        .Where("status", StatusId)
        .Where("type", TypeId)
        .Where("search", Search)
        .OrderBy(Ordering) with { Mode = Mode, Limit = Limit, Offset = Offset };

    public string ToQueryString() => ToListQuery().ToQueryString();
}
