using GraphQL;
using GraphQLParser.AST;

namespace DockingGraph.Gateway.Data.Sorting;

/// <summary>
/// The <c>order</c> argument with each sort object's fields in the order the client wrote them: Hot Chocolate applies
/// <c>{ departure: DESC, docking: ASC }</c> as departure first, but GraphQL.NET hands input objects over in the
/// input type's field order. The names come from the literal (the field's AST) or from the request's variables JSON,
/// the values from the coerced argument. A nested sort object (<c>{ dockingLocation: { name: DESC, id: ASC } }</c>)
/// becomes the list of its pairs, in written order too.
/// </summary>
public static class WrittenSortOrder
{
    public static IReadOnlyList<IReadOnlyList<KeyValuePair<string, object?>>> Read(IResolveFieldContext context,
        string argument)
    {
        var entries = (context.GetArgument<List<object?>?>(argument) ?? []).OfType<IDictionary<string, object?>>()
            .ToList();
        var written = Written(context, context.FieldAst.Arguments?
            .FirstOrDefault(a => a.Name.StringValue == argument)?.Value) switch
        {
            IEnumerable<object?> items and not IDictionary<string, object?> => items.ToList(),
            { } single => [single],
            null => [],
        };
        return entries.Select((entry, i) => Arrange(context, entry, i < written.Count ? written[i] : null)).ToList();
    }

    // written: the literal object, the raw variables JSON object, or null (the input type's order is kept).
    private static List<KeyValuePair<string, object?>> Arrange(IResolveFieldContext context,
        IDictionary<string, object?> entry, object? written)
    {
        var names = Written(context, written) switch
        {
            GraphQLObjectValue literal => (literal.Fields ?? []).Select(f => (f.Name.StringValue, (object?)f.Value))
                .ToList(),
            IDictionary<string, object?> raw => raw.Select(p => (p.Key, p.Value)).ToList(),
            _ => null,
        };
        var position = (names ?? []).Select((name, i) => (name.Item1, i))
            .DistinctBy(p => p.Item1).ToDictionary(p => p.Item1, p => p.i);
        var inner = (names ?? []).DistinctBy(n => n.Item1).ToDictionary(n => n.Item1, n => n.Item2);
        return
        [
            .. entry.OrderBy(pair => position.GetValueOrDefault(pair.Key, int.MaxValue)).Select(pair =>
                pair.Value is IDictionary<string, object?> nested
                    ? KeyValuePair.Create(pair.Key,
                        (object?)Arrange(context, nested, inner.GetValueOrDefault(pair.Key)))
                    : pair),
        ];
    }

    // A variable stands for its raw JSON value; a literal list for its items.
    private static object? Written(IResolveFieldContext context, object? value) => value switch
    {
        GraphQLVariable variable => Raw(context, variable),
        GraphQLListValue list => (list.Values ?? []).Select(v => Written(context, v)).ToList(),
        _ => value,
    };

    // The variables as the request's JSON gave them (System.Text.Json keeps the written key order).
    private static object? Raw(IResolveFieldContext context, GraphQLVariable variable) =>
        context.ExecutionContext.ExecutionOptions.Variables is { } inputs
        && inputs.TryGetValue(variable.Name.StringValue, out var value)
            ? value
            : null;
}
