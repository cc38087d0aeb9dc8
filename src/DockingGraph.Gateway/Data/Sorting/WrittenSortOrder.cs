using GraphQL;
using GraphQLParser.AST;

namespace DockingGraph.Gateway.Data.Sorting;

/// <summary>
/// The <c>order</c> argument with each sort object's fields in the order the client wrote them: Hot Chocolate applies
/// <c>{ departure: DESC, docking: ASC }</c> as departure first, but GraphQL.NET hands input objects over in the
/// input type's field order. The names come from the literal (the field's AST) or from the request's variables JSON,
/// the values from the coerced argument.
/// </summary>
public static class WrittenSortOrder
{
    public static IReadOnlyList<IReadOnlyList<KeyValuePair<string, object?>>> Read(IResolveFieldContext context,
        string argument)
    {
        var entries = (context.GetArgument<List<object?>?>(argument) ?? []).OfType<IDictionary<string, object?>>()
            .ToList();
        var written = WrittenNames(context, argument);
        return entries.Select((entry, i) => Arrange(entry, i < written.Count ? written[i] : null)).ToList();
    }

    private static List<KeyValuePair<string, object?>> Arrange(IDictionary<string, object?> entry,
        IReadOnlyList<string>? names)
    {
        if (names is null)
        {
            return [.. entry];
        }

        var position = names.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i);
        return [.. entry.OrderBy(pair => position.GetValueOrDefault(pair.Key, int.MaxValue))];
    }

    private static List<IReadOnlyList<string>?> WrittenNames(IResolveFieldContext context, string argument) =>
        context.FieldAst.Arguments?.FirstOrDefault(a => a.Name.StringValue == argument)?.Value switch
        {
            GraphQLListValue list => [.. (list.Values ?? []).Select(value => Names(context, value))],
            GraphQLObjectValue single => [Names(context, single)],
            GraphQLVariable variable => Raw(context, variable) switch
            {
                IDictionary<string, object?> single => [Keys(single)],
                IEnumerable<object?> items => [.. items.Select(Keys)],
                _ => [],
            },
            _ => [],
        };

    private static IReadOnlyList<string>? Names(IResolveFieldContext context, GraphQLValue value) => value switch
    {
        GraphQLObjectValue literal => [.. (literal.Fields ?? []).Select(f => f.Name.StringValue)],
        GraphQLVariable variable => Keys(Raw(context, variable)),
        _ => null,
    };

    private static IReadOnlyList<string>? Keys(object? raw) =>
        raw is IDictionary<string, object?> values ? [.. values.Keys] : null;

    // The variables as the request's JSON gave them (System.Text.Json keeps the written key order).
    private static object? Raw(IResolveFieldContext context, GraphQLVariable variable) =>
        context.ExecutionContext.ExecutionOptions.Variables is { } inputs
        && inputs.TryGetValue(variable.Name.StringValue, out var value)
            ? value
            : null;
}
