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

/// <summary>
/// A non-node object's own integer id, <c>{ eq }</c> → <c>{parameter}</c> (a pad: <c>pad</c>).
/// </summary>
public sealed class IntIdEquals(string parameter)
    : FilterField("id", typeof(IntOperationFilterInputGraphType), $"→ {parameter}")
{
    public override string Supported => "id { eq }";

    public override string? Ll2Lacks(object value) =>
        FirstOther(value as IDictionary<string, object?>, NodeIdEquals.Equality, Name);

    public override void Fold(object value, WhereFold fold, Func<string, GatewayError> notSupported)
    {
        if (Get(value as IDictionary<string, object?>, "eq") is { } eq)
        {
            fold.RequireValue(parameter,
                Convert.ToInt64(eq, System.Globalization.CultureInfo.InvariantCulture)
                    .ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}

/// <summary>
/// A related object filtered by its own fields (<c>pad: { id location }</c>, <c>rocket: { configuration }</c>), each
/// pushed down by its own <see cref="FilterField"/>; the object's fields combine with AND.
/// </summary>
public sealed class NestedFilter(string name, Type inputType, string description, params FilterField[] fields)
    : FilterField(name, inputType, description)
{
    public override string Supported =>
        $"{Name} {{ {string.Join(' ', fields.Select(f => f.Supported))} }}";

    public override string? Ll2Lacks(object value)
    {
        foreach (var (key, inner) in (IDictionary<string, object?>)value)
        {
            if (inner is null)
            {
                continue;
            }

            var lacking = fields.FirstOrDefault(f => f.Name == key) is { } field
                ? field.Ll2Lacks(inner)
                : key;
            if (lacking is not null)
            {
                return $"{Name}.{lacking}";
            }
        }

        return null;
    }

    public override void Fold(object value, WhereFold fold, Func<string, GatewayError> notSupported)
    {
        foreach (var (key, inner) in (IDictionary<string, object?>)value)
        {
            if (inner is not null)
            {
                fields.First(f => f.Name == key).Fold(inner, fold, notSupported);
            }
        }
    }
}
