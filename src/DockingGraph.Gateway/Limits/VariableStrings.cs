using System.Collections;

namespace DockingGraph.Gateway.Limits;

/// <summary>The longest string in a request's variables, however deep in lists and input objects.</summary>
public static class VariableStrings
{
    public static (int Length, string? Variable) Longest(IEnumerable<KeyValuePair<string, object?>> variables)
    {
        var longest = (Length: 0, Variable: (string?)null);
        foreach (var (name, value) in variables)
        {
            var length = Longest(value, depth: 0);
            if (length > longest.Length)
            {
                longest = (length, name);
            }
        }

        return longest;
    }

    // The JSON reader already bounds nesting; the depth guard keeps a hand-built cycle from looping.
    private static int Longest(object? value, int depth) => depth > 64 ? 0 : value switch
    {
        string text => text.Length,
        IDictionary<string, object?> obj => obj.Values.Select(v => Longest(v, depth + 1)).DefaultIfEmpty(0).Max(),
        IEnumerable items => items.Cast<object?>().Select(v => Longest(v, depth + 1)).DefaultIfEmpty(0).Max(),
        _ => 0,
    };
}
