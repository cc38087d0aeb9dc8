using GraphQLParser.AST;

namespace DockingGraph.Gateway.Limits;

/// <summary>
/// What the document holds, counted in one pass over its text as written (fragments are not expanded): aliases,
/// fragment definitions and spreads, the longest string literal, introspection fields.
/// </summary>
public sealed class DocumentCensus
{
    public int Aliases { get; private set; }

    public int Fragments { get; private set; }

    public int FragmentSpreads { get; private set; }

    public int LongestString { get; private set; }

    public string? LongestStringArgument { get; private set; }

    public GraphQLField? Introspection { get; private set; }

    public static DocumentCensus Of(GraphQLDocument document)
    {
        var census = new DocumentCensus();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    foreach (var variable in operation.Variables?.Items ?? [])
                    {
                        census.Value(variable.DefaultValue, variable.Variable.Name.StringValue);
                    }

                    census.Directives(operation.Directives);
                    census.Selections(operation.SelectionSet);
                    break;
                case GraphQLFragmentDefinition fragment:
                    census.Fragments++;
                    census.Directives(fragment.Directives);
                    census.Selections(fragment.SelectionSet);
                    break;
            }
        }

        return census;
    }

    private void Selections(GraphQLSelectionSet? set)
    {
        foreach (var selection in set?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLField field:
                    if (field.Alias is not null)
                    {
                        Aliases++;
                    }

                    if (field.Name.StringValue is "__schema" or "__type")
                    {
                        Introspection ??= field;
                    }

                    foreach (var argument in field.Arguments?.Items ?? [])
                    {
                        Value(argument.Value, argument.Name.StringValue);
                    }

                    Directives(field.Directives);
                    Selections(field.SelectionSet);
                    break;
                case GraphQLInlineFragment inline:
                    Directives(inline.Directives);
                    Selections(inline.SelectionSet);
                    break;
                case GraphQLFragmentSpread spread:
                    FragmentSpreads++;
                    Directives(spread.Directives);
                    break;
            }
        }
    }

    private void Directives(GraphQLDirectives? directives)
    {
        foreach (var directive in directives?.Items ?? [])
        {
            foreach (var argument in directive.Arguments?.Items ?? [])
            {
                Value(argument.Value, argument.Name.StringValue);
            }
        }
    }

    private void Value(GraphQLValue? value, string argument)
    {
        switch (value)
        {
            case GraphQLStringValue text when text.Value.Length > LongestString:
                LongestString = text.Value.Length;
                LongestStringArgument = argument;
                break;
            case GraphQLListValue list:
                foreach (var item in list.Values ?? [])
                {
                    Value(item, argument);
                }

                break;
            case GraphQLObjectValue obj:
                foreach (var field in obj.Fields ?? [])
                {
                    Value(field.Value, $"{argument}.{field.Name.StringValue}");
                }

                break;
        }
    }
}
