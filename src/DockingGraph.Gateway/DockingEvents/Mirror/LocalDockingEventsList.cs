using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;

namespace DockingGraph.Gateway.DockingEvents.Mirror;

/// <summary>
/// LL2's <c>docking_events/</c> list view evaluated over the mirrored collection: filter, search, order, then
/// LimitOffsetPagination (default 10, at most 100), with <c>count</c> the number of matching events.
/// </summary>
public static class LocalDockingEventsList
{
    private const int DefaultLimit = 10;

    /// <summary>The page LL2 would answer; null when the query holds something only LL2 can evaluate.</summary>
    public static PageDto<DockingEventDto>? Answer(IReadOnlyList<DockingEventDto> events,
        Ll2ListQuery<DockingEventDto> query)
    {
        if (LocalFilters.Parse(query.Filters) is not { } filter)
        {
            return null;
        }

        var matching = Matching(events, query, filter);
        var limit = Math.Min(query.Limit ?? DefaultLimit, Ll2ListQuery<DockingEventDto>.MaxLimit);
        var offset = query.Offset ?? 0;
        return new PageDto<DockingEventDto>
        {
            Count = matching.Count,
            Results = matching.Skip(offset).Take(limit).ToList(),
        };
    }

    /// <summary>Every event the query selects, in its ordering (unpaged); null as for <see cref="Answer"/>.</summary>
    public static List<DockingEventDto>? Matching(IEnumerable<DockingEventDto> events,
        Ll2ListQuery<DockingEventDto> query) =>
        LocalFilters.Parse(query.Filters) is { } filter ? Matching(events, query, filter) : null;

    private static List<DockingEventDto> Matching(IEnumerable<DockingEventDto> events,
        Ll2ListQuery<DockingEventDto> query, Func<DockingEventDto, bool> filter)
    {
        var search = LocalSearch.Parse(query.Filters.GetValueOrDefault("search"));
        return LocalOrdering.Sort(events.Where(e => filter(e) && search(e)), query.Ordering);
    }
}
