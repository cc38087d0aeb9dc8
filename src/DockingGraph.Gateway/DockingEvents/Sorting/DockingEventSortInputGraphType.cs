using GraphQL.Types;

namespace DockingGraph.Gateway.DockingEvents.Sorting;

public enum SortEnum
{
    Asc,
    Desc,
}

/// <summary>Hot Chocolate's <c>SortEnumType { ASC DESC }</c>.</summary>
public sealed class SortEnumGraphType : EnumerationGraphType<SortEnum>
{
    public SortEnumGraphType()
    {
        Name = "SortEnumType";
    }
}

/// <summary>LL2 orders docking events by docking and departure only.</summary>
public sealed class DockingEventSortInputGraphType : InputObjectGraphType
{
    public DockingEventSortInputGraphType()
    {
        Name = "DockingEventSortInput";
        Field<SortEnumGraphType>("docking").Description("→ ordering=docking / -docking");
        Field<SortEnumGraphType>("departure").Description("→ ordering=departure / -departure (still-docked events, without departure, sort last ascending)");
    }
}
