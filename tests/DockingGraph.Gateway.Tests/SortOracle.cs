using System.Text.Json.Nodes;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// The brute-force sort the sort tests compare the gateway with: Hot Chocolate over PostgreSQL (NULLs last
/// ascending, first descending; strings byte-ordered), key after key, then the row's id.
/// </summary>
internal static class SortOracle
{
    public static List<string> SortedIds(IEnumerable<JsonObject> rows,
        IReadOnlyList<(Func<JsonObject, IComparable?> Value, bool Descending)> keys, Func<JsonObject, IComparable> id)
    {
        var sorted = rows.ToList();
        sorted.Sort((a, b) =>
        {
            foreach (var (value, descending) in keys)
            {
                var order = NullsLast(value(a), value(b));
                if (order != 0)
                {
                    return descending ? -order : order;
                }
            }

            return Compare(id(a), id(b));
        });
        return sorted.Select(r => Id(r["id"])).ToList();
    }

    /// <summary>One <c>order</c> entry for a dotted path: <c>a.b</c> DESC is <c>{ a: { b: DESC } }</c>.</summary>
    public static Dictionary<string, object> Entry(string path, bool descending)
    {
        var parts = path.Split('.');
        object value = descending ? "DESC" : "ASC";
        for (var p = parts.Length - 1; p > 0; p--)
        {
            value = new Dictionary<string, object> { [parts[p]] = value };
        }

        return new Dictionary<string, object> { [parts[0]] = value };
    }

    /// <summary>The value at a dotted path of a REST row; null where any step is missing or null.</summary>
    public static JsonValue? At(JsonObject row, string path)
    {
        JsonNode? node = row;
        foreach (var part in path.Split('.'))
        {
            node = node is JsonObject o ? o[part] : null;
        }

        return node as JsonValue;
    }

    public static string Id(JsonNode? id) =>
        id is JsonValue value && value.TryGetValue<string>(out var text) ? text : id!.ToJsonString();

    private static int NullsLast(IComparable? a, IComparable? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        _ => Compare(a, b),
    };

    private static int Compare(IComparable a, IComparable b) =>
        a is string x && b is string y ? string.CompareOrdinal(x, y) : a.CompareTo(b);
}
