using DockingGraph.Gateway.Schema.Scalars;
using GraphQL.Types;

namespace DockingGraph.Gateway.Data.Filtering;

/// <summary>
/// Hot Chocolate's operation inputs with HC's full operator sets. Which operators LL2 executes is the push-down
/// table's business (<see cref="PushDown.FilterField.Ll2Lacks"/>): the rest is answered from the docking-events
/// mirror on dockingEvents and refused (FILTER_NOT_SUPPORTED) on the other lists.
/// </summary>
public sealed class DateTimeOperationFilterInputGraphType : InputObjectGraphType
{
    public static readonly IReadOnlyList<string> Comparisons =
        ["eq", "neq", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"];

    public DateTimeOperationFilterInputGraphType()
    {
        Name = "DateTimeOperationFilterInput";
        Description = "Hot Chocolate's date-time operators. LL2 executes eq gt gte lt lte with a date-time; on " +
            "dockingEvents the others (and comparisons with null) are answered from the docking-events mirror.";
        foreach (var operation in Comparisons)
        {
            Field<Iso8601DateTimeGraphType>(operation);
        }

        Field<ListGraphType<Iso8601DateTimeGraphType>>("in");
        Field<ListGraphType<Iso8601DateTimeGraphType>>("nin");
    }
}

public sealed class IdOperationFilterInputGraphType : InputObjectGraphType
{
    public IdOperationFilterInputGraphType()
    {
        Name = "IdOperationFilterInput";
        Description = "A global id or the plain LL2 number. LL2 executes eq; neq in nin are answered from the " +
            "docking-events mirror on dockingEvents and refused (FILTER_NOT_SUPPORTED) on the other lists.";
        Field<IdGraphType>("eq");
        Field<IdGraphType>("neq");
        Field<ListGraphType<IdGraphType>>("in");
        Field<ListGraphType<IdGraphType>>("nin");
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
