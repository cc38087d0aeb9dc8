using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace DockingGraph.Gateway.Schema.Scalars;

/// <summary>
/// Hot Chocolate's <c>Date</c>: a calendar date (LL2's <c>founded</c>, <c>maiden_flight</c>), <c>yyyy-MM-dd</c>.
/// </summary>
public sealed class CalendarDateGraphType : ScalarGraphType
{
    public CalendarDateGraphType()
    {
        Name = "Date";
        Description = "A calendar date, yyyy-MM-dd.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        string text when IsDate(text) => text,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => ThrowSerializationError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text when IsDate(text.Value.ToString()) => text.Value.ToString(),
        _ => ThrowLiteralConversionError(value, "Expected a date, e.g. \"1998-11-20\"."),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string text when IsDate(text) => text,
        _ => ThrowValueConversionError(value),
    };

    /// <summary>A yyyy-MM-dd date, null for none (or text that is not one).</summary>
    public static DateOnly? ToDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private static bool IsDate(string text) => ToDate(text) is not null;
}
