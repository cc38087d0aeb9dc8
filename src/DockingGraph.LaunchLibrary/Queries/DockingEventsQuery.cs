namespace DockingGraph.LaunchLibrary.Queries;

/// <summary>
/// Parameters of <c>docking_events/</c>. Only what LL2 documents for that endpoint can be expressed (LL2 silently
/// ignores unknown parameters, so an undocumented filter would return unfiltered data without any error).
/// </summary>
public sealed record DockingEventsQuery : IPagedQuery<DockingEventsQuery>
{
    public const int MaxLimit = 100;

    private readonly int? _limit;
    private readonly int? _offset;

    public DateTimeOffset? DockingGt { get; init; }
    public DateTimeOffset? DockingGte { get; init; }
    public DateTimeOffset? DockingLt { get; init; }
    public DateTimeOffset? DockingLte { get; init; }
    public int? DockingLocationId { get; init; }
    public int? FlightVehicleChaserId { get; init; }
    public int? SpaceStationTargetId { get; init; }
    public string? Search { get; init; }
    public IReadOnlyList<DockingEventOrdering> Ordering { get; init; } = [];
    public Ll2Mode Mode { get; init; } = Ll2Mode.Normal;

    /// <summary>Page size, 1–100 (LL2 clamps larger values silently; this refuses them).</summary>
    public int? Limit
    {
        get => _limit;
        init => _limit = value is null or (>= 1 and <= MaxLimit) ? value : throw new ArgumentOutOfRangeException(nameof(Limit), value, $"LL2 pages hold 1 to {MaxLimit} results.");
    }

    public int? Offset
    {
        get => _offset;
        init => _offset = value is null or >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(Offset), value, "Offset cannot be negative.");
    }

    public DockingEventsQuery WithPage(int limit, int offset) => this with { Limit = limit, Offset = offset };

    public DockingEventsQuery Reversed() => this with { Ordering = Ordering.Select(o => o.Reverse()).ToList() };

    /// <summary>The same query as a generic list query (what the client sends).</summary>
    public Ll2ListQuery<Dtos.DockingEventDto> ToListQuery() => Ll2Lists.DockingEvents.Query()
        .Where("docking__gt", DockingGt)
        .Where("docking__gte", DockingGte)
        .Where("docking__lt", DockingLt)
        .Where("docking__lte", DockingLte)
        .Where("docking_location__id", DockingLocationId)
        .Where("flight_vehicle_chaser__id", FlightVehicleChaserId)
        .Where("space_station_target__id", SpaceStationTargetId)
        .Where("search", Search)
        .OrderBy(Ordering.Select(o => o.ToQueryValue())) with { Mode = Mode, Limit = Limit, Offset = Offset };

    /// <summary>The query string (no '?'), parameters sorted by name so equal queries give equal URLs.</summary>
    public string ToQueryString() => ToListQuery().ToQueryString();
}

/// <summary>LL2 documents ordering on <c>docking</c> and <c>departure</c> only.</summary>
public enum DockingEventOrdering
{
    DockingAscending,
    DockingDescending,
    DepartureAscending,
    DepartureDescending,
}

public static class DockingEventOrderingExtensions
{
    public static string ToQueryValue(this DockingEventOrdering ordering) => ordering switch
    {
        DockingEventOrdering.DockingAscending => "docking",
        DockingEventOrdering.DockingDescending => "-docking",
        DockingEventOrdering.DepartureAscending => "departure",
        _ => "-departure",
    };

    public static DockingEventOrdering Reverse(this DockingEventOrdering ordering) => ordering switch
    {
        DockingEventOrdering.DockingAscending => DockingEventOrdering.DockingDescending,
        DockingEventOrdering.DockingDescending => DockingEventOrdering.DockingAscending,
        DockingEventOrdering.DepartureAscending => DockingEventOrdering.DepartureDescending,
        _ => DockingEventOrdering.DepartureAscending,
    };
}
