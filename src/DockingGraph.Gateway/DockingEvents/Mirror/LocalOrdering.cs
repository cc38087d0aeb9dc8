using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.Gateway.DockingEvents.Mirror;

/// <summary>
/// DRF's OrderingFilter over LL2's two ordering fields, with PostgreSQL's NULL order: NULLs last ascending, first
/// descending (a still-docked event, without departure, is last by <c>departure</c> and first by
/// <c>-departure</c>). Unknown fields are dropped, as DRF does. LL2 leaves the order of ties unspecified; ties are
/// broken by id in the direction of the last ordering field, so a reversed ordering gives exactly the reversed list
/// (the same convention as the snapshot LL2 stand-in, where the differential tests compare).
/// </summary>
public static class LocalOrdering
{
    public static List<DockingEventDto> Sort(IEnumerable<DockingEventDto> events, IReadOnlyList<string> ordering)
    {
        var keys = ordering
            .Select(field => (Field: field.TrimStart('-'), Descending: field.StartsWith('-')))
            .Where(key => key.Field is "docking" or "departure")
            .ToList();
        var list = events.ToList();
        list.Sort((a, b) => Compare(a, b, keys));
        return list;
    }

    private static int Compare(DockingEventDto a, DockingEventDto b, List<(string Field, bool Descending)> keys)
    {
        foreach (var (field, descending) in keys)
        {
            var order = NullsLastAscending(Value(a, field), Value(b, field));
            if (order != 0)
            {
                return descending ? -order : order;
            }
        }

        var byId = a.Id.CompareTo(b.Id);
        return keys.Count > 0 && keys[^1].Descending ? -byId : byId;
    }

    private static DateTimeOffset? Value(DockingEventDto e, string field) =>
        field == "docking" ? e.Docking : e.Departure;

    private static int NullsLastAscending(DateTimeOffset? a, DateTimeOffset? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        _ => a.Value.CompareTo(b.Value),
    };
}
