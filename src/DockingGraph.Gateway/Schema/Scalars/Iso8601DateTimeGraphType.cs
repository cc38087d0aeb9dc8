using System.Globalization;
using DockingGraph.Gateway.Schema.Introspection;
using GraphQL.Types;
using GraphQLParser.AST;

namespace DockingGraph.Gateway.Schema.Scalars;

/// <summary>
/// Hot Chocolate's <c>DateTime</c>: ISO 8601 with a time and an offset (HC 14+ rejects values without one), written
/// back in UTC with 'Z', as LL2 writes its instants.
/// </summary>
public sealed class Iso8601DateTimeGraphType : ScalarGraphType
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
    ];

    public Iso8601DateTimeGraphType()
    {
        Name = "DateTime";
        Description = "An ISO 8601 date-time with an offset, e.g. 2025-04-22T12:40:00Z; answers are in UTC.";
        this.SpecifiedBy("https://www.graphql-scalars.com/date-time");
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateTimeOffset instant => Format(instant),
        DateTime dateTime => Format(new DateTimeOffset(DateTime.SpecifyKind(dateTime,
            dateTime.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : dateTime.Kind))),
        _ => ThrowSerializationError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text when TryParse(text.Value.ToString(), out var instant) => instant,
        _ => ThrowLiteralConversionError(value,
            "Expected an ISO 8601 date-time with an offset, e.g. \"2025-04-22T12:40:00Z\"."),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        DateTimeOffset instant => instant,
        string text when TryParse(text, out var instant) => instant,
        _ => ThrowValueConversionError(value),
    };

    private static bool TryParse(string text, out DateTimeOffset instant)
    {
        var hasOffset = text.EndsWith('Z') || text.EndsWith('z')
            || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        return DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None,
            out instant) & hasOffset;
    }

    private static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
