using DockingGraph.Gateway.Data.Local;
using GraphQL.Types;

namespace DockingGraph.Gateway.Data.Filtering;

/// <summary>
/// Hot Chocolate's filter over one nested object type (a landing location, a status, an agency): each field of the
/// GraphQL type with its operation input, declared once for both the input type and its local evaluation. One input
/// type serves every place the type appears (HC: one <c>XFilterInput</c> per type), but the rows of each place may
/// embed the object in a shorter form: <see cref="Carrying"/> gives a place's evaluation, which refuses the fields
/// its rows lack (with the reason) instead of reading them as null.
/// </summary>
public sealed class ObjectFilter<T>(string noun)
{
    private readonly List<(string Name, Type InputType, Action<LocalWhere<T>> Local)> _fields = [];
    private readonly Dictionary<string, string> _descriptions = [];

    public IReadOnlyList<(string Name, Type InputType)> Fields =>
        _fields.Select(f => (f.Name, f.InputType)).ToList();

    /// <summary>The field's description: a field no place carries says so and why.</summary>
    public string? DescriptionOf(string name) => _descriptions.GetValueOrDefault(name);

    /// <summary>Every field evaluated over the object as the DTO holds it (rows that carry the whole object).</summary>
    public LocalWhere<T> Local { get; } = new(noun);

    /// <summary>
    /// The evaluation for rows that embed only the <paramref name="carried"/> fields: any other field is refused
    /// (FILTER_NOT_SUPPORTED, <paramref name="why"/>) when the where is compiled, before any LL2 call.
    /// </summary>
    public LocalWhere<T> Carrying(string why, params string[] carried)
    {
        var local = new LocalWhere<T>(noun);
        foreach (var (name, _, add) in _fields)
        {
            if (carried.Contains(name, StringComparer.Ordinal))
            {
                add(local);
            }
            else
            {
                local.NotCarried(name, why);
            }
        }

        return local;
    }

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

    public ObjectFilter<T> Dates(string name, Func<T, DateTimeOffset?> select) =>
        Add(name, typeof(DateTimeOperationFilterInputGraphType), l => l.Dates(name, select));

    public ObjectFilter<T> CalendarDates(string name, Func<T, string?> select) =>
        Add(name, typeof(DateOperationFilterInputGraphType), l => l.CalendarDates(name, select));

    /// <summary>A field of the type no place's rows carry: offered (HC's shape), always refused.</summary>
    public ObjectFilter<T> NotCarried(string name, Type inputType, string why)
    {
        _descriptions[name] = $"Refused (FILTER_NOT_SUPPORTED, before any LL2 call): {why}.";
        return Add(name, inputType, l => l.NotCarried(name, why));
    }

    /// <summary>
    /// A field the rows lack but a reference table carries (<see cref="ILocalJoin"/>): evaluated by
    /// <paramref name="whole"/> over <paramref name="joined"/>'s row where the evaluation joins the table;
    /// refused with <paramref name="why"/> where it does not.
    /// </summary>
    public ObjectFilter<T> Joined<TJoin>(string name, Type inputType, LocalWhere<T> whole, Func<TJoin, T, T> joined,
        string description, string why)
        where TJoin : class, ILocalJoin, new()
    {
        _descriptions[name] = description;
        return Add(name, inputType, l => l.Joined(name, whole, joined, why));
    }

    /// <summary>A nested object with its own filter input (<typeparamref name="TInput"/>).</summary>
    public ObjectFilter<T> Object<TChild, TInput>(string name, ObjectFilter<TChild> child, Func<T, TChild?> select)
        where TChild : class
        where TInput : IInputObjectGraphType =>
        Add(name, typeof(TInput), l => l.Nested(name, child.Local, select));

    /// <summary>A nested object evaluated by <paramref name="local"/> (a shorter embedded form's evaluation).</summary>
    public ObjectFilter<T> Object<TChild, TInput>(string name, LocalWhere<TChild> local, Func<T, TChild?> select)
        where TChild : class
        where TInput : IInputObjectGraphType =>
        Add(name, typeof(TInput), l => l.Nested(name, local, select));

    /// <summary>
    /// A list of objects, Hot Chocolate's <c>ListFilterInputTypeOf{Item}</c> (<c>all none some any</c>), each item
    /// evaluated by <paramref name="item"/>.
    /// </summary>
    public ObjectFilter<T> Lists<TChild, TItemInput>(string name, LocalWhere<TChild> item,
        Func<T, IReadOnlyList<TChild>?> select)
        where TItemInput : IInputObjectGraphType, new() =>
        Add(name, typeof(ListFilterInputGraphType<TItemInput>), l => l.Lists(name, item, select));

    /// <summary>A list of objects no place's rows carry: offered (HC's shape), always refused.</summary>
    public ObjectFilter<T> NotCarriedList<TItemInput>(string name, string why)
        where TItemInput : IInputObjectGraphType, new() =>
        NotCarried(name, typeof(ListFilterInputGraphType<TItemInput>), why);

    private ObjectFilter<T> Add(string name, Type inputType, Action<LocalWhere<T>> local)
    {
        _fields.Add((name, inputType, local));
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
            Field(field, inputType).Description(filter.DescriptionOf(field));
        }
    }
}
