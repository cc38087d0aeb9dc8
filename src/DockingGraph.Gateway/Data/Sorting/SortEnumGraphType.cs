using GraphQL.Types;

namespace DockingGraph.Gateway.Data.Sorting;

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
