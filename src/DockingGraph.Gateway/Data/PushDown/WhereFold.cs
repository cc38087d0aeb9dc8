using System.Globalization;
using DockingGraph.LaunchLibrary.Queries;

namespace DockingGraph.Gateway.Data.PushDown;

/// <summary>
/// A <c>where</c> argument being folded into LL2's single-valued parameters. Values must agree; date bounds keep the
/// tightest. Conditions that cannot all hold make <see cref="IsContradiction"/>: an empty page, no upstream call.
/// </summary>
public sealed class WhereFold
{
    private readonly SortedDictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Bound? Lower, Bound? Upper)> _bounds = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, List<string>> _contains = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, (long? Lower, long? Upper)> _numbers = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, (DateOnly? Lower, DateOnly? Upper)> _calendarDates =
        new(StringComparer.Ordinal);
    private bool _contradiction;

    /// <summary>
    /// No row can match: different values for one parameter, an empty date interval, or an exact value that lacks a
    /// text it must contain.
    /// </summary>
    public bool IsContradiction => _contradiction
        || _numbers.Any(n => n.Value.Lower > n.Value.Upper
            || (_values.TryGetValue(n.Key, out var exact)
                && !InRange(long.Parse(exact, CultureInfo.InvariantCulture), n.Value)))
        || _calendarDates.Any(d => d.Value.Lower > d.Value.Upper)
        || _contains.Any(c => _values.TryGetValue(c.Key, out var exact) && !c.Value.All(t => Holds(exact, t)));

    /// <summary>One value for an LL2 parameter; a different value for the same parameter cannot hold with it.</summary>
    public void RequireValue(string parameter, string value)
    {
        if (_values.TryGetValue(parameter, out var existing) && existing != value)
        {
            _contradiction = true;
        }

        _values[parameter] = value;
    }

    /// <summary>
    /// The value of <paramref name="parameter"/> must contain <paramref name="text"/> (LL2's case-sensitive
    /// <c>{parameter}__contains</c>). LL2 takes one such text per parameter; see <see cref="UnsupportedContains"/>.
    /// </summary>
    public void RequireContains(string parameter, string text)
    {
        if (!_contains.TryGetValue(parameter, out var texts))
        {
            _contains[parameter] = texts = [];
        }

        texts.Add(text);
    }

    /// <summary>
    /// Why the contains conditions cannot be one LL2 parameter, or null. Texts of one parameter are one condition
    /// when one of them contains all the others (it implies them), or when an exact value is required anyway.
    /// </summary>
    public string? UnsupportedContains() => _contains
        .Where(c => !_values.ContainsKey(c.Key) && Implying(c.Value) is null)
        .Select(c => $"LL2 cannot AND several {c.Key}__contains texts " +
            $"({string.Join(", ", c.Value.Select(t => $"'{t}'"))}) unless one contains all the others. Send one " +
            "aliased field per text and intersect them.")
        .FirstOrDefault();

    public void Lower(string field, Bound bound)
    {
        var (lower, upper) = _bounds.GetValueOrDefault(field);
        var tighter = lower is not { } current || bound.At > current.At || (bound.At == current.At && !bound.Inclusive);
        Set(field, tighter ? bound : lower, upper);
    }

    public void Upper(string field, Bound bound)
    {
        var (lower, upper) = _bounds.GetValueOrDefault(field);
        var tighter = upper is not { } current || bound.At < current.At || (bound.At == current.At && !bound.Inclusive);
        Set(field, lower, tighter ? bound : upper);
    }

    /// <summary>An integer field at least <paramref name="value"/> (<c>gt n</c> is <c>gte n+1</c>).</summary>
    public void LowerNumber(string field, long value) => Tighten(_numbers, field, value, lower: true);

    /// <summary>An integer field at most <paramref name="value"/> (<c>lt n</c> is <c>lte n-1</c>).</summary>
    public void UpperNumber(string field, long value) => Tighten(_numbers, field, value, lower: false);

    /// <summary>A calendar date at least <paramref name="date"/> (<c>gt d</c> is <c>gte</c> the next day).</summary>
    public void LowerDate(string field, DateOnly date) => Tighten(_calendarDates, field, date, lower: true);

    /// <summary>A calendar date at most <paramref name="date"/> (<c>lt d</c> is <c>lte</c> the day before).</summary>
    public void UpperDate(string field, DateOnly date) => Tighten(_calendarDates, field, date, lower: false);

    // Inclusive bounds of a discrete value: the tighter of the two wins.
    private static void Tighten<T>(SortedDictionary<string, (T? Lower, T? Upper)> bounds, string field, T value,
        bool lower)
        where T : struct, IComparable<T>
    {
        var (low, high) = bounds.GetValueOrDefault(field);
        bounds[field] = lower
            ? (low is { } l && l.CompareTo(value) >= 0 ? l : value, high)
            : (low, high is { } h && h.CompareTo(value) <= 0 ? h : value);
    }

    public Ll2ListQuery<TDto> ApplyTo<TDto>(Ll2ListQuery<TDto> query)
    {
        foreach (var (parameter, value) in _values)
        {
            query = query.Where(parameter, value);
        }

        // An exact value already implies the texts it contains (else the fold is a contradiction, never sent).
        foreach (var (parameter, texts) in _contains.Where(c => !_values.ContainsKey(c.Key)))
        {
            query = query.Where($"{parameter}__contains", Implying(texts));
        }

        // Only the lookups a bound uses: a list may document __gte/__lte alone (launches' last_updated).
        foreach (var (field, (lower, upper)) in _bounds)
        {
            foreach (var (bound, lookup) in new[] { (lower, "gt"), (upper, "lt") })
            {
                if (bound is { } at)
                {
                    query = query.Where($"{field}__{lookup}{(at.Inclusive ? "e" : "")}", at.At);
                }
            }
        }

        // An exact value inside the bounds implies them (else the fold is a contradiction, never sent).
        foreach (var (field, (lower, upper)) in _numbers.Where(n => !_values.ContainsKey(n.Key)))
        {
            query = query
                .Where($"{field}__gte", lower?.ToString(CultureInfo.InvariantCulture))
                .Where($"{field}__lte", upper?.ToString(CultureInfo.InvariantCulture));
        }

        // One day both bounds allow is LL2's exact date filter; dates as LL2's OpenAPI writes them (format: date).
        foreach (var (field, (lower, upper)) in _calendarDates)
        {
            query = lower is { } day && lower == upper
                ? query.Where(field, Day(day))
                : query.Where($"{field}__gte", lower is { } from ? Day(from) : null)
                    .Where($"{field}__lte", upper is { } to ? Day(to) : null);
        }

        return query;
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool InRange(long value, (long? Lower, long? Upper) bounds) =>
        !(value < bounds.Lower) && !(value > bounds.Upper);

    private static string? Implying(List<string> texts) =>
        texts.FirstOrDefault(t => texts.All(other => Holds(t, other)));

    private static bool Holds(string value, string text) => value.Contains(text, StringComparison.Ordinal);

    private void Set(string field, Bound? lower, Bound? upper)
    {
        _bounds[field] = (lower, upper);
        _contradiction |= lower is { } low && upper is { } high
            && (low.At > high.At || (low.At == high.At && !(low.Inclusive && high.Inclusive)));
    }
}

/// <summary>One end of a date interval.</summary>
public readonly record struct Bound(DateTimeOffset At, bool Inclusive);
