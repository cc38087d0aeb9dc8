using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.Gateway.Data.Filtering;

/// <summary>
/// The fields of LL2's small lookup objects (statuses and types, <c>Common/Ll2LookupGraphType</c>), as Hot Chocolate
/// filters them: <c>id</c> (an Int, as HC generates for <c>id: Int</c>), <c>name</c>, and for the detailed ones
/// <c>abbrev</c> and <c>description</c>.
/// </summary>
public static class LookupObjectFilters
{
    public static readonly ObjectFilter<StatusDto> Short = new ObjectFilter<StatusDto>("lookup")
        .Ints("id", s => s.Id)
        .Strings("name", s => s.Name);

    public static readonly ObjectFilter<StatusDto> Detailed = new ObjectFilter<StatusDto>("lookup")
        .Ints("id", s => s.Id)
        .Strings("name", s => s.Name)
        .Strings("abbrev", s => s.Abbrev)
        .Strings("description", s => s.Description);
}
