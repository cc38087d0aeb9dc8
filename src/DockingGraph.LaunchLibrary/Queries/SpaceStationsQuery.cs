using System.Globalization;

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

    public static readonly IReadOnlySet<string> OrderingFields = new HashSet<string> { "docked_vehicles", "founded", "id", "name", "onboard_crew", "status", "type", "volume" };

    public SpaceStationsQuery WithPage(int limit, int offset) => this with { Limit = limit, Offset = offset };

    public SpaceStationsQuery Reversed() => this with { Ordering = Ordering.Select(o => o.StartsWith('-') ? o[1..] : $"-{o}").ToList() };

    public string ToQueryString()
    {
        if (Ordering.FirstOrDefault(o => !OrderingFields.Contains(o.TrimStart('-'))) is { } unknown)
        {
            throw new ArgumentException($"LL2 cannot order space stations by '{unknown}'.", nameof(Ordering));
        }

        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["mode"] = Mode.ToQueryValue() };
        Add(parameters, "name", Name);
        Add(parameters, "name__contains", NameContains);
        Add(parameters, "status", StatusId?.ToString(CultureInfo.InvariantCulture));
        Add(parameters, "type", TypeId?.ToString(CultureInfo.InvariantCulture));
        Add(parameters, "search", Search);
        Add(parameters, "limit", Limit?.ToString(CultureInfo.InvariantCulture));
        Add(parameters, "offset", Offset?.ToString(CultureInfo.InvariantCulture));
        Add(parameters, "ordering", Ordering.Count > 0 ? string.Join(',', Ordering) : null);
        return QueryString.Join(parameters);
    }

    private static void Add(IDictionary<string, string> parameters, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            parameters[name] = value;
        }
    }
}
