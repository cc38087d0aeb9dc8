using DockingGraph.Gateway.Errors;

namespace DockingGraph.Gateway.Data.PushDown;

/// <summary>
/// One field of a <c>where</c> input and the named operation that pushes it down onto LL2 parameters. The table
/// derives the GraphQL input field (name, type, description) and the translation from the same entry.
/// </summary>
public abstract class FilterField(string name, Type inputType, string description)
{
    public string Name { get; } = name;

    /// <summary>The GraphQL input type of the field.</summary>
    public Type InputType { get; } = inputType;

    public string Description { get; } = description;

    /// <summary>What LL2 executes of it, for messages (<c>docking { eq gt gte lt lte }</c>); null: nothing.</summary>
    public abstract string? Supported { get; }

    /// <summary>
    /// The first operator of the field's (non-null) input value that LL2 cannot execute (e.g. <c>departure.eq</c>,
    /// <c>spaceStationTarget.id.in</c>), or null when <see cref="Fold"/> can push all of it down.
    /// </summary>
    public abstract string? Ll2Lacks(object value);

    /// <summary>Folds the (non-null) input value into LL2 parameters (<see cref="Ll2Lacks"/> is null).</summary>
    public abstract void Fold(object value, WhereFold fold, Func<string, GatewayError> notSupported);

    /// <summary>The first operator not in <paramref name="executable"/>, or with null (LL2 has no null test).</summary>
    protected static string? FirstOther(IDictionary<string, object?>? operations,
        IReadOnlyCollection<string> executable, string prefix) =>
        operations?.FirstOrDefault(pair => !executable.Contains(pair.Key) || pair.Value is null)
            is { Key: { } key } pair
            ? $"{prefix}.{key}" + (pair.Value is null ? ": null" : "")
            : null;

    protected static object? Get(IDictionary<string, object?>? values, string key) =>
        values is not null && values.TryGetValue(key, out var value) ? value : null;
}
