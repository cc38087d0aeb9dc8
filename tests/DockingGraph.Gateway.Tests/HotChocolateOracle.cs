namespace DockingGraph.Gateway.Tests;

/// <summary>
/// The tests' own Hot Chocolate comparison semantics, shared by the brute-force oracles of the differential tests
/// (written apart from the gateway's evaluator, which they check): C#'s lifted comparisons, as HC's expression filters
/// compile them, so with a null on either side only <c>eq</c>/<c>neq</c> (and the negated operators) can hold.
/// </summary>
internal static class HotChocolateOracle
{
    public static bool Compare(string operation, bool equal, int? order) => operation switch
    {
        "eq" => equal,
        "neq" => !equal,
        "gt" => order > 0,
        "ngt" => !(order > 0),
        "gte" => order >= 0,
        "ngte" => !(order >= 0),
        "lt" => order < 0,
        "nlt" => !(order < 0),
        "lte" => order <= 0,
        "nlte" => !(order <= 0),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Not a comparison operator."),
    };

    public static bool Compare<TValue>(string operation, TValue? value, TValue? operand)
        where TValue : struct, IComparable<TValue> =>
        Compare(operation, Nullable.Equals(value, operand),
            value is { } v && operand is { } o ? v.CompareTo(o) : null);
}
