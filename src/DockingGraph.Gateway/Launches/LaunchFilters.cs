using DockingGraph.Gateway.Data.Filtering;
using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.Gateway.Errors;

namespace DockingGraph.Gateway.Launches;

/// <summary><c>id: { eq }</c> (global id or LL2 UUID) → <c>id={uuid}</c>, LL2's launch id filter.</summary>
public sealed class LaunchIdEquals() : FilterField("id", typeof(IdOperationFilterInputGraphType), "→ id (LL2 UUID)")
{
    public override string Supported => "id { eq }";

    public override string? Ll2Lacks(object value) => FirstOther(value as IDictionary<string, object?>, ["eq"], Name);

    public override void Fold(object value, WhereFold fold, Func<string, GatewayError> notSupported)
    {
        if (Get(value as IDictionary<string, object?>, "eq") is { } eq)
        {
            var text = Convert.ToString(eq, System.Globalization.CultureInfo.InvariantCulture)!;
            fold.RequireValue("id", LaunchQueries.ParseId(text).ToString("D"));
        }
    }
}

/// <summary>
/// <c>{ eq }</c> on a string → <c>{parameter}</c>; <c>contains</c> is refused: LL2 documents no
/// <c>{parameter}__contains</c> here, and would ignore it silently.
/// </summary>
public sealed class ExactText(string name, string parameter)
    : FilterField(name, typeof(StringOperationFilterInputGraphType), $"→ {parameter} (exact only)")
{
    public override string Supported => $"{Name} {{ eq }}";

    public override string? Ll2Lacks(object value) => FirstOther(value as IDictionary<string, object?>, ["eq"], Name);

    public override void Fold(object value, WhereFold fold, Func<string, GatewayError> notSupported)
    {
        var operations = (IDictionary<string, object?>)value;
        if (operations.Keys.FirstOrDefault(k => k != "eq" && operations[k] is not null) is { } other)
        {
            throw notSupported($"LL2 cannot filter launches on {Name}.{other}.");
        }

        if (Get(operations, "eq") is string eq)
        {
            fold.RequireValue(parameter, eq);
        }
    }
}
