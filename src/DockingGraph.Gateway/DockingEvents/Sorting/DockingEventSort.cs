using DockingGraph.LaunchLibrary.Queries;

namespace DockingGraph.Gateway.DockingEvents.Sorting;

/// <summary><c>order</c> → LL2's <c>ordering</c>. Without <c>order</c>: docking ascending, then departure ascending.</summary>
public static class DockingEventSort
{
    /// <summary>LL2's own default order is unspecified and not stable across pages, so the gateway always sends one.</summary>
    public static readonly IReadOnlyList<DockingEventOrdering> Default = [DockingEventOrdering.DockingAscending, DockingEventOrdering.DepartureAscending];

    public static IReadOnlyList<DockingEventOrdering> From(IEnumerable<object?>? order)
    {
        var result = new List<DockingEventOrdering>();
        foreach (var entry in (order ?? []).OfType<IDictionary<string, object?>>())
        {
            foreach (var (field, value) in entry)
            {
                if (value is not SortEnum direction)
                {
                    continue;
                }

                var ordering = (field, direction) switch
                {
                    ("docking", SortEnum.Asc) => DockingEventOrdering.DockingAscending,
                    ("docking", _) => DockingEventOrdering.DockingDescending,
                    ("departure", SortEnum.Asc) => DockingEventOrdering.DepartureAscending,
                    _ => DockingEventOrdering.DepartureDescending,
                };
                if (!result.Any(o => o.ToQueryValue().TrimStart('-') == field))
                {
                    result.Add(ordering);
                }
            }
        }

        return result.Count > 0 ? result : Default;
    }
}
