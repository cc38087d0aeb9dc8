using System.Globalization;

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

    /// <summary>The query string (no '?'), parameters sorted by name so equal queries give equal URLs.</summary>
    public string ToQueryString()
    {
        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["mode"] = Mode.ToQueryValue(),
        };
        AddInstant(parameters, "docking__gt", DockingGt);
        AddInstant(parameters, "docking__gte", DockingGte);
        AddInstant(parameters, "docking__lt", DockingLt);
        AddInstant(parameters, "docking__lte", DockingLte);
        Add(parameters, "docking_location__id", DockingLocationId);
        Add(parameters, "flight_vehicle_chaser__id", FlightVehicleChaserId);
        Add(parameters, "space_station_target__id", SpaceStationTargetId);
        Add(parameters, "limit", Limit);
        Add(parameters, "offset", Offset);
        if (!string.IsNullOrEmpty(Search))
        {
            parameters["search"] = Search;
        }

        if (Ordering.Count > 0)
        {
            parameters["ordering"] = string.Join(',', Ordering.Select(o => o.ToQueryValue()));
        }

        return QueryString.Join(parameters);
    }

    private static void AddInstant(IDictionary<string, string> parameters, string name, DateTimeOffset? value)
    {
        if (value is { } instant)
        {
            parameters[name] = QueryString.Instant(instant);
        }
    }

    private static void Add(IDictionary<string, string> parameters, string name, int? value)
    {
        if (value is { } number)
        {
            parameters[name] = number.ToString(CultureInfo.InvariantCulture);
        }
    }
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
