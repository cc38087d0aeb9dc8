using System.Collections;
using System.Globalization;
using System.Text.Json;
using GraphQL;
using GraphQLParser.AST;

namespace DockingGraph.Gateway.Limits;

/// <summary>Argument values as the analysis needs them before execution: literals and variables (or their defaults).</summary>
public sealed class ArgumentValues(GraphQLOperationDefinition operation, Inputs variables)
{
    public object? Plain(GraphQLValue? value) => value switch
    {
        null or GraphQLNullValue => null,
        GraphQLVariable variable => VariableValue(variable.Name.StringValue),
        GraphQLIntValue i => long.TryParse(i.Value.Span, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : i.Value.ToString(),
        GraphQLFloatValue f => f.Value.ToString(),
        GraphQLStringValue s => s.Value.ToString(),
        GraphQLBooleanValue b => b.BoolValue,
        GraphQLEnumValue e => e.Name.StringValue,
        GraphQLListValue list => list.Values?.Select(Plain).ToList() ?? [],
        GraphQLObjectValue obj => ByName(obj.Fields, f => f.Name.StringValue, f => f.Value),
        _ => null,
    };

    /// <summary>The arguments of a field as one string: equal strings mean equal LL2 URLs.</summary>
    public string Canonical(GraphQLField field)
    {
        if (field.Arguments is not { Count: > 0 } arguments)
        {
            return "()";
        }

        return JsonSerializer.Serialize(ByName(arguments, a => a.Name.StringValue, a => a.Value));
    }

    public GraphQLValue? Argument(GraphQLField field, string name) =>
        field.Arguments?.FirstOrDefault(a => a.Name.StringValue == name)?.Value;

    public long? Int(GraphQLField field, string name) => Plain(Argument(field, name)) switch
    {
        long n => n,
        int n => n,
        IConvertible c when c is not string and not bool => Convert.ToInt64(c, CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>An id argument as the ids it holds (a list, or one value coerced to a list).</summary>
    public IReadOnlyList<string> Ids(GraphQLField field, string name) => Plain(Argument(field, name)) switch
    {
        null => [],
        string one => [one],
        IEnumerable many => many.Cast<object?>().Select(Text).ToList(),
        var one => [Text(one)],
    };

    // A name given twice is refused by validation (unique arguments, unique input fields), which runs beside this
    // analysis: the last one wins here instead of an ArgumentException answering "Error executing document".
    private SortedDictionary<string, object?> ByName<T>(
        IEnumerable<T>? items, Func<T, string> name, Func<T, GraphQLValue> value)
    {
        var plain = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var item in items ?? [])
        {
            plain[name(item)] = Plain(value(item));
        }

        return plain;
    }

    private static string Text(object? value) => value as string ?? JsonSerializer.Serialize(value);

    private object? VariableValue(string name)
    {
        if (variables.TryGetValue(name, out var value))
        {
            return value;
        }

        var definition = operation.Variables?.FirstOrDefault(v => v.Variable.Name.StringValue == name);
        return definition?.DefaultValue is { } fallback ? Plain(fallback) : null;
    }
}
