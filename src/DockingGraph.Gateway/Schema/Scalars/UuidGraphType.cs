using GraphQL.Types;
using GraphQLParser.AST;

namespace DockingGraph.Gateway.Schema.Scalars;

/// <summary>Hot Chocolate's <c>UUID</c> (LL2 launch ids).</summary>
public sealed class UuidGraphType : ScalarGraphType
{
    public UuidGraphType()
    {
        Name = "UUID";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        Guid id => id.ToString("D"),
        string text when Guid.TryParse(text, out var id) => id.ToString("D"),
        _ => ThrowSerializationError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text when Guid.TryParse(text.Value.Span, out var id) => id,
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        Guid id => id,
        string text when Guid.TryParse(text, out var id) => id,
        _ => ThrowValueConversionError(value),
    };
}
