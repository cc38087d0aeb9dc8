using System.Globalization;
using DockingGraph.Gateway.Data.Filtering;
using DockingGraph.Gateway.Errors;
using DockingGraph.Gateway.Schema.Relay;
using DockingGraph.Gateway.Schema.Scalars;

namespace DockingGraph.Gateway.Data.PushDown;

/// <summary>
/// <c>{ eq gt gte lt lte }</c> on a date-time → <c>{ll2Field}__gt/gte/lt/lte</c>, keeping the tightest bounds
/// (<c>eq</c> is both bounds on one instant; an empty interval is a contradiction). With
/// <paramref name="inclusiveOnly"/> LL2 documents only <c>__gte</c>/<c>__lte</c> (launches' <c>last_updated</c>):
/// <c>gt</c>, <c>lt</c> and the rest are evaluated locally.
/// </summary>
public sealed class DateBounds(string name, string ll2Field, bool inclusiveOnly = false)
    : FilterField(name, typeof(DateTimeOperationFilterInputGraphType),
        inclusiveOnly ? $"→ {ll2Field}__gte/lte" : $"→ {ll2Field}__gt/gte/lt/lte")
{
    public static readonly IReadOnlyList<string> Operations = ["eq", "gt", "gte", "lt", "lte"];

    private static readonly IReadOnlyList<string> InclusiveOperations = ["eq", "gte", "lte"];

    private IReadOnlyList<string> Executable => inclusiveOnly ? InclusiveOperations : Operations;

    public override string Supported => $"{Name} {{ {string.Join(' ', Executable)} }}";

    public override string? Ll2Lacks(object value) =>
        FirstOther((IDictionary<string, object?>)value, Executable, Name);

    public override void Fold(object value, WhereFold fold, Func<string, GatewayError> notSupported)
    {
        foreach (var (operation, operand) in (IDictionary<string, object?>)value)
        {
            if (operand is not DateTimeOffset at)
            {
                throw notSupported($"{Name}.{operation} needs a date-time; LL2 cannot compare with null.");
            }

            switch (operation)
            {
                case "eq":
                    fold.Lower(ll2Field, new Bound(at, true));
                    fold.Upper(ll2Field, new Bound(at, true));
                    break;
                case "gt":
                    fold.Lower(ll2Field, new Bound(at, false));
                    break;
                case "gte":
                    fold.Lower(ll2Field, new Bound(at, true));
                    break;
                case "lt":
                    fold.Upper(ll2Field, new Bound(at, false));
                    break;
                case "lte":
                    fold.Upper(ll2Field, new Bound(at, true));
                    break;
            }
        }
    }
}

/// <summary>
/// A related node by id, <c>{ id: { eq } }</c> (global id or LL2 number) → one <c>…__id</c> parameter; two
/// different ids cannot both hold. Also where a nested edge pushes its parent's id.
/// </summary>
public sealed class NodeIdEquals(string name, Type inputType, string parameter, string nodeType)
    : FilterField(name, inputType, $"→ {parameter}")
{
    /// <summary>The only id operator LL2 executes.</summary>
    public static readonly IReadOnlyList<string> Equality = ["eq"];

    public string Parameter { get; } = parameter;

    public string NodeType { get; } = nodeType;

    public override string Supported => $"{Name} {{ id {{ eq }} }}";

    // A node's whole filter input (SpaceStationFilterInput) nests here: LL2 executes only its id.eq.
    public override string? Ll2Lacks(object value) =>
        (value as IDictionary<string, object?>)?.FirstOrDefault(p => p.Key != "id" && p.Value is not null)
            is { Key: { } other }
            ? $"{Name}.{other}"
            : FirstOther(Get(value as IDictionary<string, object?>, "id") as IDictionary<string, object?>, Equality,
                $"{Name}.id");

    public override void Fold(object value, WhereFold fold, Func<string, GatewayError> notSupported)
    {
        if (Get(value as IDictionary<string, object?>, "id") is not IDictionary<string, object?> { Count: > 0 } id)
        {
            return;
        }

        if (Get(id, "eq") is not { } eq)
        {
            throw notSupported($"{Name}.id.eq needs an id; LL2 cannot filter on a missing {NodeType}.");
        }

        var ll2Id = GlobalId.ParseInt(Convert.ToString(eq, CultureInfo.InvariantCulture), NodeType)!.Value;
        fold.RequireValue(Parameter, ll2Id.ToString(CultureInfo.InvariantCulture));
    }
}

/// <summary><c>{ eq contains }</c> on a string → <c>{parameter}</c> (exact) and <c>{parameter}__contains</c>.</summary>
public sealed class StringMatch(string name, string parameter, string? description = null)
    : FilterField(name, typeof(StringOperationFilterInputGraphType),
        description ?? $"→ {parameter} (exact) / {parameter}__contains (case-sensitive)")
{
    public static readonly IReadOnlyList<string> Executable = ["eq", "contains"];

    public override string Supported => $"{Name} {{ eq contains }}";

    public override string? Ll2Lacks(object value) =>
        FirstOther(value as IDictionary<string, object?>, Executable, Name);

    public override void Fold(object value, WhereFold fold, Func<string, GatewayError> notSupported)
    {
        var operations = (IDictionary<string, object?>)value;
        if (Get(operations, "eq") is string eq)
        {
            fold.RequireValue(parameter, eq);
        }

        if (Get(operations, "contains") is string contains)
        {
            fold.RequireContains(parameter, contains);
        }
    }
}

/// <summary>
/// A field LL2 cannot filter on at all (docking events' <c>departure</c> and <c>id</c>, a type's fields without an
/// LL2 filter): every operator is evaluated locally (by default: the docking-events mirror, as the description
/// says); never folded into LL2 parameters.
/// </summary>
public sealed class MirrorOnly(string name, Type inputType,
    string description = "No LL2 filter: answered from the docking-events mirror while it is complete.")
    : FilterField(name, inputType, description)
{
    public override string? Supported => null;

    public override string? Ll2Lacks(object value) => FirstOther(value as IDictionary<string, object?>, [], Name);

    // Reached only without operators (Ll2Lacks is null): an empty input is no condition.
    public override void Fold(object value, WhereFold fold, Func<string, GatewayError> notSupported)
    {
    }
}

/// <summary><c>{ eq }</c> on a Boolean → <c>{parameter}=true/false</c> (django-filter's BooleanFilter).</summary>
public sealed class BooleanEquals(string name, string parameter)
    : FilterField(name, typeof(BooleanOperationFilterInputGraphType), $"→ {parameter}=true/false")
{
    public override string Supported => $"{Name} {{ eq }}";

    public override string? Ll2Lacks(object value) =>
        FirstOther(value as IDictionary<string, object?>, NodeIdEquals.Equality, Name);

    public override void Fold(object value, WhereFold fold, Func<string, GatewayError> notSupported)
    {
        if (Get(value as IDictionary<string, object?>, "eq") is bool eq)
        {
            fold.RequireValue(parameter, eq ? "true" : "false");
        }
    }
}

/// <summary>
/// <c>{ eq gt gte lt lte }</c> on an integer → <c>{ll2Field}</c> (exact) and <c>{ll2Field}__gt/gte/lt/lte</c>,
/// keeping the tightest bounds (an empty interval is a contradiction).
/// </summary>
public sealed class IntBounds(string name, string ll2Field)
    : FilterField(name, typeof(IntOperationFilterInputGraphType), $"→ {ll2Field} / {ll2Field}__gt/gte/lt/lte")
{
    public override string Supported => $"{Name} {{ {string.Join(' ', DateBounds.Operations)} }}";

    public override string? Ll2Lacks(object value) =>
        FirstOther((IDictionary<string, object?>)value, DateBounds.Operations, Name);

    public override void Fold(object value, WhereFold fold, Func<string, GatewayError> notSupported)
    {
        foreach (var (operation, operand) in (IDictionary<string, object?>)value)
        {
            var number = Convert.ToInt64(operand, CultureInfo.InvariantCulture);
            switch (operation)
            {
                case "eq":
                    fold.RequireValue(ll2Field, number.ToString(CultureInfo.InvariantCulture));
                    break;
                case "gt":
                    fold.LowerNumber(ll2Field, number + 1);
                    break;
                case "gte":
                    fold.LowerNumber(ll2Field, number);
                    break;
                case "lt":
                    fold.UpperNumber(ll2Field, number - 1);
                    break;
                case "lte":
                    fold.UpperNumber(ll2Field, number);
                    break;
            }
        }
    }
}

/// <summary>
/// <c>{ eq gt gte lt lte }</c> on a calendar date → <c>{ll2Field}</c> (exact) and <c>{ll2Field}__gte/lte</c> with
/// yyyy-MM-dd values (LL2's django DateFilter; <c>gt d</c> is <c>gte</c> the next day), keeping the tightest bounds
/// (an empty interval is a contradiction).
/// </summary>
public sealed class CalendarDateBounds(string name, string ll2Field)
    : FilterField(name, typeof(DateOperationFilterInputGraphType), $"→ {ll2Field} / {ll2Field}__gt/gte/lt/lte")
{
    public override string Supported => $"{Name} {{ {string.Join(' ', DateBounds.Operations)} }}";

    public override string? Ll2Lacks(object value) =>
        FirstOther((IDictionary<string, object?>)value, DateBounds.Operations, Name);

    public override void Fold(object value, WhereFold fold, Func<string, GatewayError> notSupported)
    {
        foreach (var (operation, operand) in (IDictionary<string, object?>)value)
        {
            if (CalendarDateGraphType.ToDate(operand as string) is not { } date)
            {
                throw notSupported($"{Name}.{operation} needs a date (yyyy-MM-dd); LL2 cannot compare with null.");
            }

            switch (operation)
            {
                case "eq":
                    fold.LowerDate(ll2Field, date);
                    fold.UpperDate(ll2Field, date);
                    break;
                case "gt":
                    fold.LowerDate(ll2Field, date.AddDays(1));
                    break;
                case "gte":
                    fold.LowerDate(ll2Field, date);
                    break;
                case "lt":
                    fold.UpperDate(ll2Field, date.AddDays(-1));
                    break;
                case "lte":
                    fold.UpperDate(ll2Field, date);
                    break;
            }
        }
    }
}
