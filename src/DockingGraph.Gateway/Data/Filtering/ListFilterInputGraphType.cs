using GraphQL.Types;

namespace DockingGraph.Gateway.Data.Filtering;

/// <summary>
/// Hot Chocolate's filter over a list of objects, <c>ListFilterInputTypeOf{Item}</c>: <c>all</c>, <c>none</c>,
/// <c>some</c> take the item's filter input, <c>any</c> whether there is an item. LL2 filters no list: always
/// evaluated here (<see cref="Local.LocalWhere{T}.Lists{TChild}"/>).
/// </summary>
public sealed class ListFilterInputGraphType<TItem> : InputObjectGraphType
    where TItem : IInputObjectGraphType, new()
{
    public ListFilterInputGraphType()
    {
        Name = $"ListFilterInputTypeOf{new TItem().Name}";
        Description = "Hot Chocolate's list filter (evaluated here): all / none / some of the items match, any: " +
            "there is an item. A missing list holds only for any: false.";
        Field<TItem>("all");
        Field<TItem>("none");
        Field<TItem>("some");
        Field<BooleanGraphType>("any");
    }
}
