using System.Collections.Immutable;
using System.Globalization;

namespace DockingGraph.LaunchLibrary.Queries;

/// <summary>
/// One query of an LL2 list: filter parameters, ordering, mode and page. Every part is checked against what LL2
/// documents for the list; the query string has its parameters sorted, so equal queries give equal URLs.
/// </summary>
public sealed record Ll2ListQuery<TDto> : IPagedQuery<Ll2ListQuery<TDto>>
{
    public const int MaxLimit = 100;

    private readonly int? _limit;
    private readonly int? _offset;

    internal Ll2ListQuery(Ll2List<TDto> list)
    {
        List = list;
        Mode = list.DefaultMode;
    }

    public Ll2List<TDto> List { get; }

    public ImmutableSortedDictionary<string, string> Filters { get; init; } = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    /// <summary>LL2 ordering fields, each optionally prefixed with '-'.</summary>
    public IReadOnlyList<string> Ordering { get; init; } = [];

    public Ll2Mode? Mode { get; init; }

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

    /// <summary>The query with one more LL2 filter parameter (an empty value removes it).</summary>
    public Ll2ListQuery<TDto> Where(string parameter, string? value)
    {
        if (!List.Parameters.Contains(parameter))
        {
            throw new ArgumentException($"LL2 documents no '{parameter}' filter on {List.Resource}.", nameof(parameter));
        }

        return this with { Filters = string.IsNullOrEmpty(value) ? Filters.Remove(parameter) : Filters.SetItem(parameter, value) };
    }

    public Ll2ListQuery<TDto> Where(string parameter, int? value) => Where(parameter, value?.ToString(CultureInfo.InvariantCulture));

    public Ll2ListQuery<TDto> Where(string parameter, DateTimeOffset? value) => Where(parameter, value is { } at ? QueryString.Instant(at) : null);

    public Ll2ListQuery<TDto> OrderBy(IEnumerable<string> ordering)
    {
        var fields = ordering.ToList();
        if (fields.FirstOrDefault(o => !List.OrderingFields.Contains(o.TrimStart('-'))) is { } unknown)
        {
            throw new ArgumentException($"LL2 cannot order {List.Resource} by '{unknown}'.", nameof(ordering));
        }

        return this with { Ordering = fields };
    }

    public Ll2ListQuery<TDto> WithPage(int limit, int offset) => this with { Limit = limit, Offset = offset };

    public Ll2ListQuery<TDto> Reversed() => this with { Ordering = Ordering.Select(o => o.StartsWith('-') ? o[1..] : $"-{o}").ToList() };

    public string ToQueryString()
    {
        var parameters = new SortedDictionary<string, string>(Filters, StringComparer.Ordinal);
        Add(parameters, "mode", Mode?.ToQueryValue());
        Add(parameters, "limit", Limit?.ToString(CultureInfo.InvariantCulture));
        Add(parameters, "offset", Offset?.ToString(CultureInfo.InvariantCulture));
        Add(parameters, "ordering", Ordering.Count > 0 ? string.Join(',', Ordering) : null);
        return QueryString.Join(parameters);
    }

    internal string ToPath() => $"{List.Path}?{ToQueryString()}";

    private static void Add(IDictionary<string, string> parameters, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            parameters[name] = value;
        }
    }
}
