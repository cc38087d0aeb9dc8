using System.Globalization;
using DockingGraph.Gateway.Errors;

namespace DockingGraph.Gateway.Data.PushDown;

/// <summary>
/// A nested object in Hot Chocolate's shape (<c>status: StatusFilterInput</c>) of which LL2 filters the numeric id
/// only: <c>{ id: { eq } }</c> → <c>{parameter}</c>; its other fields, operators and <c>and</c>/<c>or</c> are
/// evaluated locally.
/// </summary>
public sealed class ObjectLookupId(string name, string parameter, Type inputType, string description)
    : FilterField(name, inputType, description)
{
    public string Parameter { get; } = parameter;

    public override string Supported => $"{Name} {{ id {{ eq }} }}";

    public override string? Ll2Lacks(object value) => Lacks(value as IDictionary<string, object?>, Name);

    /// <summary>What LL2 cannot execute of a <c>{ id: { eq } }</c> value at <paramref name="prefix"/>.</summary>
    public static string? Lacks(IDictionary<string, object?>? fields, string prefix) =>
        fields?.FirstOrDefault(pair => pair.Key != "id" && pair.Value is not null) is { Key: { } other }
            ? $"{prefix}.{other}"
            : FirstOther(Get(fields, "id") as IDictionary<string, object?>, NodeIdEquals.Equality, $"{prefix}.id");

    public override void Fold(object value, WhereFold fold, Func<string, GatewayError> notSupported)
    {
        if (IdEq(value as IDictionary<string, object?>, Name) is { } id)
        {
            fold.RequireValue(Parameter, id);
        }
    }

    /// <summary>The numeric <c>id.eq</c> of a <c>{ id: { eq } }</c> value, as LL2's parameter value.</summary>
    public static string? IdEq(IDictionary<string, object?>? fields, string prefix)
    {
        if (Get(Get(fields, "id") as IDictionary<string, object?>, "eq") is not { } eq)
        {
            return null;
        }

        var text = Convert.ToString(eq, CultureInfo.InvariantCulture);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id.ToString(CultureInfo.InvariantCulture)
            : throw new GatewayError(ErrorCodes.InvalidId,
                $"{prefix}.id.eq takes LL2's numeric id; '{eq}' is not one.");
    }
}
