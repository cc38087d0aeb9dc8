using DockingGraph.Gateway.DockingEvents.Mirror;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;

namespace DockingGraph.Gateway.Data.Local;

/// <summary>
/// An LL2 list view evaluated here over a whole table: DRF's SearchFilter (every term contained, case-insensitively,
/// in one searched field), OrderingFilter over the declared fields (PostgreSQL's NULLs last ascending, first
/// descending; unknown fields dropped), then LimitOffsetPagination (default 10, at most 100) with <c>count</c> the
/// number of matching rows. Ties are broken by <paramref name="id"/> ascending whatever the direction, as the
/// snapshot does (the push-down tables end every ordering with a unique tie-breaker, so none remain).
/// </summary>
public sealed class LocalList<T>(Func<T, IComparable> id, IReadOnlyList<Func<T, string?>> searchFields,
    IReadOnlyDictionary<string, Func<T, IComparable?>> orderings)
{
    private const int DefaultLimit = 10;

    public PageDto<T> Answer(IEnumerable<T> rows, Ll2ListQuery<T> query, Func<T, bool> where)
    {
        var sorted = Matching(rows, query, where);
        var limit = Math.Min(query.Limit ?? DefaultLimit, Ll2ListQuery<T>.MaxLimit);
        return new PageDto<T>
        {
            Count = sorted.Count,
            Results = sorted.Skip(query.Offset ?? 0).Take(limit).ToList(),
        };
    }

    /// <summary>Every row the query and <paramref name="where"/> select, in the query's ordering (unpaged).</summary>
    public List<T> Matching(IEnumerable<T> rows, Ll2ListQuery<T> query, Func<T, bool> where)
    {
        var terms = LocalSearch.Terms(query.Filters.GetValueOrDefault("search"));
        var matching = rows.Where(row => where(row) && terms.TrueForAll(term => searchFields.Any(field =>
            field(row) is { } text && text.Contains(term, StringComparison.OrdinalIgnoreCase))));
        return Sort(matching, query.Ordering);
    }

    private List<T> Sort(IEnumerable<T> rows, IReadOnlyList<string> ordering)
    {
        IOrderedEnumerable<T>? ordered = null;
        foreach (var field in ordering)
        {
            var descending = field.StartsWith('-');
            if (!orderings.TryGetValue(field.TrimStart('-'), out var key))
            {
                continue;
            }

            var comparer = Comparer<IComparable?>.Create((a, b) => (a, b) switch
            {
                (null, null) => 0,
                (null, _) => descending ? -1 : 1,
                (_, null) => descending ? 1 : -1,
                _ => descending ? b.CompareTo(a) : a.CompareTo(b),
            });
            ordered = ordered is null ? rows.OrderBy(key, comparer) : ordered.ThenBy(key, comparer);
        }

        return (ordered ?? rows.OrderBy(_ => 0)).ThenBy(id).ToList();
    }
}
