using DockingGraph.Gateway.Data.Sorting;
using GraphQL.Types;

namespace DockingGraph.Gateway.Data.PushDown;

/// <summary>A <c>where</c> input type with exactly the fields its push-down table can execute.</summary>
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
