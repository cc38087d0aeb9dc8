using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.Gateway.Schema.Scalars;
using GraphQL.Types;

namespace DockingGraph.Gateway.Data.Filtering;

/// <summary>Hot Chocolate's operation inputs, narrowed to the comparisons LL2 can execute.</summary>
public sealed class DateTimeOperationFilterInputGraphType : InputObjectGraphType
{
    public DateTimeOperationFilterInputGraphType()
    {
        Name = "DateTimeOperationFilterInput";
        Description = "The comparisons LL2 can execute on a date-time (eq becomes gte and lte of the same instant).";
        foreach (var operation in DateBounds.Operations)
        {
            Field<Iso8601DateTimeGraphType>(operation);
        }
    }
}

public sealed class IdOperationFilterInputGraphType : InputObjectGraphType
{
    public IdOperationFilterInputGraphType()
    {
        Name = "IdOperationFilterInput";
        Description = "LL2 filters ids by equality only. A global id or the plain LL2 number.";
        Field<IdGraphType>("eq");
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
        Field<IdOperationFilterInputGraphType>("id");
    }
}

/// <summary>
/// A related node filtered by its id only (<c>{ id: { eq } }</c>): what LL2's <c>…__id</c> filters execute.
/// </summary>
public abstract class NodeIdFilterInputGraphType : InputObjectGraphType
{
    protected NodeIdFilterInputGraphType(string name)
    {
        Name = name;
        Field<IdOperationFilterInputGraphType>("id");
    }
}
