using DockingGraph.Gateway.Data.Sorting;
using GraphQL.Types;

namespace DockingGraph.Gateway.Data.PushDown;

/// <summary>
/// A <c>where</c> input type with the fields of its push-down table (and <c>or</c> where several branches are
/// evaluated locally).
/// </summary>
public abstract class PushDownFilterInputGraphType<TDto, TSelf> : InputObjectGraphType
    where TSelf : PushDownFilterInputGraphType<TDto, TSelf>
{
    protected PushDownFilterInputGraphType(string name, string description, PushDownTable<TDto> table)
    {
        Name = name;
        Description = description;
        Field<ListGraphType<NonNullGraphType<TSelf>>>("and");
        if (table.SingleBranchOr is { } or)
        {
            Field<ListGraphType<NonNullGraphType<TSelf>>>("or").Description(or);
        }
        else if (table.Local is not null)
        {
            Field<ListGraphType<NonNullGraphType<TSelf>>>("or").Description("LL2 executes a single branch; several " +
                "are evaluated here over every row the rest of the where selects (read in blocks of 100).");
        }

        foreach (var filter in table.Filters)
        {
            Field(filter.Name, filter.InputType).Description(filter.Description);
        }
    }
}

/// <summary>An <c>order</c> input type with the fields LL2 can order the list by.</summary>
public abstract class PushDownSortInputGraphType<TDto> : InputObjectGraphType
{
    protected PushDownSortInputGraphType(string name, PushDownTable<TDto> table)
    {
        Name = name;
        foreach (var sort in table.Sorts)
        {
            Field<SortEnumGraphType>(sort.Name).Description(sort.Description);
        }
    }
}
