using System.Text.RegularExpressions;
using GraphQL.Types;
using GraphQLParser.AST;

namespace DockingGraph.Gateway.Schema.Scalars;

/// <summary>
/// LL2's ISO 8601 durations (<c>P33DT21H28M15S</c>), kept as LL2 writes them (days are not folded into months),
/// under Hot Chocolate's name for a duration scalar, <c>TimeSpan</c> (HC's ISO 8601 format writes the same text).
/// </summary>
public sealed partial class DurationGraphType : ScalarGraphType
{
    public DurationGraphType()
    {
        Name = "TimeSpan";
        Description = "An ISO 8601 duration as LL2 writes it, e.g. P33DT21H28M15S.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        string text => text,
        _ => ThrowSerializationError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text when Iso8601().IsMatch(text.Value.Span) => text.Value.ToString(),
        _ => ThrowLiteralConversionError(value, "Expected an ISO 8601 duration, e.g. \"P33DT21H28M15S\"."),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string text when Iso8601().IsMatch(text) => text,
        _ => ThrowValueConversionError(value),
    };

    [GeneratedRegex(@"^-?P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$")]
    private static partial Regex Iso8601();
}
