using DockingGraph.Gateway.Data.Local;
using GraphQL.Types;

namespace DockingGraph.Gateway.Data.Filtering;

/// <summary>
/// Hot Chocolate's filter over one nested object type (a landing location, a status, an agency): each field of the
/// GraphQL type with its operation input, declared once for both the input type and its local evaluation.
/// </summary>
public sealed class ObjectFilter<T>(string noun)
{
    private readonly List<(string Name, Type InputType)> _fields = [];

    public IReadOnlyList<(string Name, Type InputType)> Fields => _fields;

    public LocalWhere<T> Local { get; } = new(noun);

    public ObjectFilter<T> Ints(string name, Func<T, int?> select) =>
        Add(name, typeof(IntOperationFilterInputGraphType), l => l.Ints(name, select));

    public ObjectFilter<T> Strings(string name, Func<T, string?> select) =>
        Add(name, typeof(StringOperationFilterInputGraphType), l => l.Strings(name, select));

    public ObjectFilter<T> Booleans(string name, Func<T, bool?> select) =>
        Add(name, typeof(BooleanOperationFilterInputGraphType), l => l.Booleans(name, select));

    public ObjectFilter<T> Floats(string name, Func<T, double?> select) =>
        Add(name, typeof(FloatOperationFilterInputGraphType), l => l.Floats(name, select));

    public ObjectFilter<T> Durations(string name, Func<T, string?> select) =>
        Add(name, typeof(TimeSpanOperationFilterInputGraphType), l => l.Durations(name, select));

    /// <summary>A nested object with its own filter input (<typeparamref name="TInput"/>).</summary>
    public ObjectFilter<T> Object<TChild, TInput>(string name, ObjectFilter<TChild> child, Func<T, TChild?> select)
        where TChild : class
        where TInput : IInputObjectGraphType =>
        Add(name, typeof(TInput), l => l.Nested(name, child.Local, select));

    private ObjectFilter<T> Add(string name, Type inputType, Action<LocalWhere<T>> local)
    {
        _fields.Add((name, inputType));
        local(Local);
        return this;
    }
}

/// <summary>
/// <c>XFilterInput</c> of a nested object type: <c>and</c>, <c>or</c> and the fields of its <see
/// cref="ObjectFilter{T}"/>.
/// </summary>
public abstract class ObjectFilterInputGraphType<T, TSelf> : InputObjectGraphType
    where TSelf : ObjectFilterInputGraphType<T, TSelf>
{
    protected ObjectFilterInputGraphType(string name, string description, ObjectFilter<T> filter)
    {
        Name = name;
        Description = description;
        Field<ListGraphType<NonNullGraphType<TSelf>>>("and");
        Field<ListGraphType<NonNullGraphType<TSelf>>>("or");
        foreach (var (field, inputType) in filter.Fields)
        {
            Field(field, inputType);
        }
    }
}
