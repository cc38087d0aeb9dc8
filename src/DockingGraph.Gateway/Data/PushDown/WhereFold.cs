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

    public bool IsContradiction { get; private set; }

    /// <summary>One value for an LL2 parameter; a different value for the same parameter cannot hold with it.</summary>
    public void RequireValue(string parameter, string value)
    {
        if (_values.TryGetValue(parameter, out var existing) && existing != value)
        {
            IsContradiction = true;
        }

        _values[parameter] = value;
    }

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

    public Ll2ListQuery<TDto> ApplyTo<TDto>(Ll2ListQuery<TDto> query)
    {
        foreach (var (parameter, value) in _values)
        {
            query = query.Where(parameter, value);
        }

        foreach (var (field, (lower, upper)) in _bounds)
        {
            query = query
                .Where($"{field}__gt", lower is { Inclusive: false } gt ? gt.At : null)
                .Where($"{field}__gte", lower is { Inclusive: true } gte ? gte.At : null)
                .Where($"{field}__lt", upper is { Inclusive: false } lt ? lt.At : null)
                .Where($"{field}__lte", upper is { Inclusive: true } lte ? lte.At : null);
        }

        return query;
    }

    private void Set(string field, Bound? lower, Bound? upper)
    {
        _bounds[field] = (lower, upper);
        IsContradiction |= lower is { } low && upper is { } high
            && (low.At > high.At || (low.At == high.At && !(low.Inclusive && high.Inclusive)));
    }
}

/// <summary>One end of a date interval.</summary>
public readonly record struct Bound(DateTimeOffset At, bool Inclusive);
