using GraphQL.Types;

namespace DockingGraph.Gateway.Stations;

/// <summary>
/// What LL2's <c>space_stations</c> filters can execute. Named apart from <c>SpaceStationFilterInput</c> (the
/// id-only filter inside docking-event filters) so that neither offers what its LL2 endpoint cannot do.
/// </summary>
public sealed class SpaceStationsFilterInputGraphType : InputObjectGraphType
{
    public SpaceStationsFilterInputGraphType()
    {
        Name = "SpaceStationsFilterInput";
        Description = "Filters LL2 can execute on space stations. Conditions combine with AND.";
        Field<ListGraphType<NonNullGraphType<SpaceStationsFilterInputGraphType>>>("and");
        Field<StringOperationFilterInputGraphType>("name").Description("→ name (exact) / name__contains (case-sensitive)");
        Field<LookupFilterInputGraphType>("status").Description("→ status (LL2 status id: 1 Active, 2 De-Orbited, …)");
        Field<LookupFilterInputGraphType>("type").Description("→ type (LL2 type id)");
    }
}

public sealed class StringOperationFilterInputGraphType : InputObjectGraphType
{
    public StringOperationFilterInputGraphType()
    {
        Name = "StringOperationFilterInput";
        Description = "The string comparisons LL2 can execute here.";
        Field<StringGraphType>("eq");
        Field<StringGraphType>("contains").Description("Case-sensitive, as LL2's __contains.");
    }
}

public sealed class LookupFilterInputGraphType : InputObjectGraphType
{
    public LookupFilterInputGraphType()
    {
        Name = "LookupFilterInput";
        Description = "An LL2 lookup (status, type) by its LL2 id.";
        Field<DockingEvents.Filtering.IdOperationFilterInputGraphType>("id");
    }
}

public sealed class SpaceStationSortInputGraphType : InputObjectGraphType
{
    public static readonly IReadOnlyDictionary<string, string> Ll2Fields = new Dictionary<string, string>
    {
        ["ll2Id"] = "id", ["name"] = "name", ["founded"] = "founded", ["volume"] = "volume",
        ["onboardCrew"] = "onboard_crew", ["dockedVehicles"] = "docked_vehicles",
    };

    public SpaceStationSortInputGraphType()
    {
        Name = "SpaceStationSortInput";
        foreach (var field in Ll2Fields.Keys)
        {
            Field<DockingEvents.Sorting.SortEnumGraphType>(field);
        }
    }
}
