using DockingGraph.Gateway.Schema.Scalars;
using GraphQL.Types;

namespace DockingGraph.Gateway.Data.Filtering;

/// <summary>
/// Hot Chocolate's operation inputs with HC's full operator sets (and their own and/or, <see
/// cref="OperationFilterInputs.AndOr{TSelf}"/>). Which operators LL2 executes is the push-down
/// table's business (<see cref="PushDown.FilterField.Ll2Lacks"/>): the rest is answered from the docking-events
/// mirror on dockingEvents, over the station table on spaceStations and over the rows LL2's part of the where
/// selects on the other lists (<see cref="Local.LocalFetch"/>).
/// </summary>
public sealed class DateTimeOperationFilterInputGraphType : InputObjectGraphType
{
    public static readonly IReadOnlyList<string> Comparisons =
        ["eq", "neq", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"];

    public DateTimeOperationFilterInputGraphType()
    {
        Name = "DateTimeOperationFilterInput";
        this.AndOr<DateTimeOperationFilterInputGraphType>();
        Description = "Hot Chocolate's date-time operators. LL2 executes eq gt gte lt lte with a date-time; on " +
            "dockingEvents the others (and comparisons with null) are answered from the docking-events mirror; " +
            "on the other lists they are evaluated over the rows LL2's part of the where selects.";
        foreach (var operation in Comparisons)
        {
            Field<Iso8601DateTimeGraphType>(operation);
        }

        Field<ListGraphType<Iso8601DateTimeGraphType>>("in");
        Field<ListGraphType<Iso8601DateTimeGraphType>>("nin");
    }
}

/// <summary>
/// Hot Chocolate's <c>DateOperationFilterInput</c> (HC 13+), over calendar dates (<c>Date</c>, yyyy-MM-dd: LL2's
/// founded, maiden_flight, date_of_birth), compared as dates, never as instants.
/// </summary>
public sealed class DateOperationFilterInputGraphType : InputObjectGraphType
{
    public DateOperationFilterInputGraphType()
    {
        Name = "DateOperationFilterInput";
        this.AndOr<DateOperationFilterInputGraphType>();
        Description = "Hot Chocolate's date operators over calendar dates (yyyy-MM-dd). LL2 executes eq gt gte lt " +
            "lte where it documents the field's date filters (astronauts' date_of_birth, date_of_death); the rest " +
            "is evaluated over LL2's station table on spaceStations and over the rows LL2's part of the where " +
            "selects on the other lists.";
        foreach (var operation in DateTimeOperationFilterInputGraphType.Comparisons)
        {
            Field<CalendarDateGraphType>(operation);
        }

        Field<ListGraphType<CalendarDateGraphType>>("in");
        Field<ListGraphType<CalendarDateGraphType>>("nin");
    }
}

public sealed class IdOperationFilterInputGraphType : InputObjectGraphType
{
    public IdOperationFilterInputGraphType()
    {
        Name = "IdOperationFilterInput";
        this.AndOr<IdOperationFilterInputGraphType>();
        Description = "A global id or the plain LL2 number. LL2 executes eq; neq in nin are answered from the " +
            "docking-events mirror on dockingEvents and evaluated over the rows LL2's part of the where selects " +
            "on the other lists.";
        Field<IdGraphType>("eq");
        Field<IdGraphType>("neq");
        Field<ListGraphType<IdGraphType>>("in");
        Field<ListGraphType<IdGraphType>>("nin");
    }
}

public sealed class StringOperationFilterInputGraphType : InputObjectGraphType
{
    /// <summary>Hot Chocolate's string operators, in the order HC prints them.</summary>
    public static readonly IReadOnlyList<string> Operations =
        ["eq", "neq", "contains", "ncontains", "in", "nin", "startsWith", "nstartsWith", "endsWith", "nendsWith"];

    public StringOperationFilterInputGraphType()
    {
        Name = "StringOperationFilterInput";
        this.AndOr<StringOperationFilterInputGraphType>();
        Description = "Hot Chocolate's string operators (ordinal, case-sensitive). What LL2 executes (eq, and " +
            "contains where LL2 has __contains) is pushed down; the rest is evaluated over LL2's whole station table " +
            "on spaceStations and over the rows LL2's part of the where selects on the other lists.";
        foreach (var operation in Operations)
        {
            if (operation is "in" or "nin")
            {
                Field<ListGraphType<StringGraphType>>(operation);
            }
            else
            {
                Field<StringGraphType>(operation);
            }
        }
    }
}

public sealed class BooleanOperationFilterInputGraphType : InputObjectGraphType
{
    public BooleanOperationFilterInputGraphType()
    {
        Name = "BooleanOperationFilterInput";
        this.AndOr<BooleanOperationFilterInputGraphType>();
        Description = "Hot Chocolate's Boolean operators. LL2 executes eq with true or false; the rest is " +
            "evaluated over the rows LL2's part of the where selects.";
        Field<BooleanGraphType>("eq");
        Field<BooleanGraphType>("neq");
    }
}

public sealed class IntOperationFilterInputGraphType : InputObjectGraphType
{
    public IntOperationFilterInputGraphType()
    {
        Name = "IntOperationFilterInput";
        this.AndOr<IntOperationFilterInputGraphType>();
        Description = "Hot Chocolate's Int operators. LL2 executes eq gt gte lt lte with a number where it " +
            "documents the field's __gt/__gte/__lt/__lte filters; the rest is evaluated over the rows LL2's part of " +
            "the where selects.";
        foreach (var operation in DateTimeOperationFilterInputGraphType.Comparisons)
        {
            Field<IntGraphType>(operation);
        }

        Field<ListGraphType<IntGraphType>>("in");
        Field<ListGraphType<IntGraphType>>("nin");
    }
}

public sealed class FloatOperationFilterInputGraphType : InputObjectGraphType
{
    public FloatOperationFilterInputGraphType()
    {
        Name = "FloatOperationFilterInput";
        this.AndOr<FloatOperationFilterInputGraphType>();
        Description = "Hot Chocolate's Float operators. LL2 executes eq gt gte lt lte where it documents the " +
            "field's filters; the rest is evaluated locally (mirror, station table, or the rows LL2's part of the " +
            "where selects).";
        foreach (var operation in DateTimeOperationFilterInputGraphType.Comparisons)
        {
            Field<FloatGraphType>(operation);
        }

        Field<ListGraphType<FloatGraphType>>("in");
        Field<ListGraphType<FloatGraphType>>("nin");
    }
}

/// <summary>Hot Chocolate's <c>TimeSpanOperationFilterInput</c>, over ISO 8601 durations as LL2 writes them.</summary>
public sealed class TimeSpanOperationFilterInputGraphType : InputObjectGraphType
{
    public TimeSpanOperationFilterInputGraphType()
    {
        Name = "TimeSpanOperationFilterInput";
        this.AndOr<TimeSpanOperationFilterInputGraphType>();
        Description = "Hot Chocolate's TimeSpan operators over ISO 8601 durations (compared as lengths of time, " +
            "as LL2 orders PostgreSQL intervals). LL2 filters no duration: always evaluated locally.";
        foreach (var operation in DateTimeOperationFilterInputGraphType.Comparisons)
        {
            Field<DurationGraphType>(operation);
        }

        Field<ListGraphType<DurationGraphType>>("in");
        Field<ListGraphType<DurationGraphType>>("nin");
    }
}

public static class OperationFilterInputs
{
    /// <summary>
    /// Hot Chocolate's <c>and</c>/<c>or</c> on an operation input
    /// (<c>{ name: { or: [{ eq: "a" }, { eq: "b" }] } }</c>): LL2 executes neither, so a field using them is
    /// evaluated locally whole (only its other operators narrow LL2's part).
    /// </summary>
    public static void AndOr<TSelf>(this InputObjectGraphType input)
        where TSelf : InputObjectGraphType
    {
        input.Field<ListGraphType<NonNullGraphType<TSelf>>>("and")
            .Description("All must hold (with the other operators). Evaluated locally, never by LL2.");
        input.Field<ListGraphType<NonNullGraphType<TSelf>>>("or")
            .Description("One must hold (an empty list is no condition). Evaluated locally, never by LL2.");
    }
}
