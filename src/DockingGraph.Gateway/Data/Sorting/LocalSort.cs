using DockingGraph.Gateway.Data.Local;

namespace DockingGraph.Gateway.Data.Sorting;

/// <summary>
/// Hot Chocolate's sort over rows held here: every field of an <c>XSortInput</c>, a scalar key or a nested object with
/// its own sort (HC: <c>{ dockingLocation: { name: ASC } }</c> orders by the location's name, a missing object as a
/// NULL). PostgreSQL's NULL order, as LL2 and HC over PostgreSQL: NULLs last ascending, first descending. Strings
/// compare ordinally (byte order, PostgreSQL's C collation).
/// </summary>
public sealed class LocalSort<T>
{
    private readonly List<Entry> _entries = [];

    /// <summary>
    /// A key of a written order: its dotted path (<c>dockingLocation.name</c>) and direction; <paramref name="Join"/>
    /// the reference table its value reads, which the evaluation reads before sorting (<see cref="Joins"/>).
    /// </summary>
    public sealed record Key(string Path, Func<T, IComparable?> Value, bool Descending, ILocalJoin? Join = null);

    /// <summary>
    /// One field of the sort input: nested fields have their sort input type, and <paramref name="Lacks"/> says what
    /// the nesting refuses.
    /// </summary>
    public sealed record FieldInfo(string Name, Type? InputType, string? Description, string? Lacks = null);

    private abstract record Entry(string Name, Type? InputType, string? Description)
    {
        public virtual string? Lacks => null;

        public abstract IEnumerable<Key> Keys(object? value, string path);
    }

    private sealed record Scalar(string Name, string? Description, Func<T, IComparable?> Value)
        : Entry(Name, null, Description)
    {
        public override IEnumerable<Key> Keys(object? value, string path) => value is SortEnum direction
            ? [new Key(path, Value, direction == SortEnum.Desc)]
            : [];
    }

    // A field of the type the rows do not carry: offered (HC's shape), refused when the order is read.
    private sealed record Refused(string Name, SortCarried Why)
        : Entry(Name, null, $"Refused (SORT_NOT_SUPPORTED, before any LL2 call): {Why.Why}.")
    {
        public override IEnumerable<Key> Keys(object? value, string path) =>
            value is SortEnum ? throw Why.Refusal(path) : [];
    }

    // A field the rows lack but a reference table carries: each key gets its own join, read before the sort.
    private sealed record JoinedScalar<TJoin>(string Name, string Description, Func<T, IComparable?> Value,
        Func<TJoin, T, T> Join)
        : Entry(Name, null, Description)
        where TJoin : class, ILocalJoin, new()
    {
        public override IEnumerable<Key> Keys(object? value, string path)
        {
            if (value is not SortEnum direction)
            {
                return [];
            }

            var join = new TJoin();
            return [new Key(path, row => Value(Join(join, row)), direction == SortEnum.Desc, join)];
        }
    }

    private sealed record Nested(string Name, Type InputType, string? Description,
        Func<object?, string, IEnumerable<Key>> Inner, Func<IEnumerable<string>> ChildPaths, SortCarried? Carried)
        : Entry(Name, InputType, Description)
    {
        public override string? Lacks => Carried?.Described;

        public override IEnumerable<Key> Keys(object? value, string path) => Inner(value, path);
    }

    public IEnumerable<FieldInfo> Fields =>
        _entries.Select(e => new FieldInfo(e.Name, e.InputType, e.Description, e.Lacks));

    /// <summary>Every scalar path the rows carry, nested ones dotted, for tests.</summary>
    public IEnumerable<string> Paths => PathsOf(_ => true);

    // The entries a nesting carries only: an input type may nest itself (a landing's flight's landing), and the
    // nesting that lacks it ends the recursion.
    private IEnumerable<string> PathsOf(Func<string, bool> carried) => _entries
        .Where(e => e is not Refused && carried(e.Name))
        .SelectMany(e => e is Nested nested
            ? nested.ChildPaths().Select(path => $"{e.Name}.{path}")
            : [e.Name]);

    public LocalSort<T> Field(string name, Func<T, IComparable?> value, string? description = null)
    {
        _entries.Add(new Scalar(name, description, value));
        return this;
    }

    /// <summary>
    /// A field no row embedding <typeparamref name="T"/> carries (LL2 writes it only on a detailed serializer the
    /// gateway does not list): a sort on it is SORT_NOT_SUPPORTED, saying <paramref name="why"/>, before any call.
    /// </summary>
    public LocalSort<T> NotCarried(string name, string why)
    {
        _entries.Add(new Refused(name, new SortCarried(_ => false, why)));
        return this;
    }

    /// <summary>
    /// A field the rows carry only in the detailed form of a reference table (<see cref="ILocalJoin"/>): the key reads
    /// <paramref name="value"/> of <paramref name="joined"/>'s answer for the row, the table read before the sort.
    /// </summary>
    public LocalSort<T> Joined<TJoin>(string name, Func<T, IComparable?> value, Func<TJoin, T, T> joined,
        string description)
        where TJoin : class, ILocalJoin, new()
    {
        _entries.Add(new JoinedScalar<TJoin>(name, description, value, joined));
        return this;
    }

    /// <summary>The reference tables <paramref name="keys"/> read: the evaluation reads them before sorting.</summary>
    public static IEnumerable<ILocalJoin> Joins(IEnumerable<Key> keys) => keys.Select(k => k.Join).OfType<ILocalJoin>();

    /// <param name="carried">Null: the embedded object carries every field of <paramref name="child"/>. Otherwise
    /// the fields it carries; a sort on another is refused (SORT_NOT_SUPPORTED) when the order is read, before any
    /// call.</param>
    public LocalSort<T> Object<TChild>(string name, Type inputType, Func<LocalSort<TChild>> child,
        Func<T, TChild?> select, string? description = null, SortCarried? carried = null)
        where TChild : class
    {
        _entries.Add(new Nested(name, inputType, description, (value, path) => child()
            .KeysOf(Checked(value, path, carried), path)
            .Select(k => new Key(k.Path, row => select(row) is { } inner ? k.Value(inner) : null, k.Descending,
                k.Join)),
            () => child().PathsOf(carried is null ? _ => true : carried.Holds), carried));
        return this;
    }

    private static object? Checked(object? value, string path, SortCarried? carried)
    {
        if (carried is not null && value is IEnumerable<KeyValuePair<string, object?>> pairs
            && pairs.FirstOrDefault(p => p.Value is not null && !carried.Holds(p.Key)) is { Key: { } lacking })
        {
            throw carried.Refusal($"{path}.{lacking}");
        }

        return value;
    }

    /// <summary>
    /// The keys of a written order (entries in list order, each object's fields as written), each path once (the
    /// first mention wins).
    /// </summary>
    public List<Key> Keys(IEnumerable<IEnumerable<KeyValuePair<string, object?>>> order) =>
        order.SelectMany(entry => KeysOf(entry.ToList(), "")).DistinctBy(k => k.Path).ToList();

    private IEnumerable<Key> KeysOf(object? value, string prefix)
    {
        var pairs = value switch
        {
            IEnumerable<KeyValuePair<string, object?>> list => list.ToList(),
            _ => [],
        };
        foreach (var (name, inner) in pairs)
        {
            if (inner is null || _entries.Find(e => e.Name == name) is not { } entry)
            {
                continue;
            }

            foreach (var key in entry.Keys(inner, prefix.Length == 0 ? name : $"{prefix}.{name}"))
            {
                yield return key;
            }
        }
    }

    /// <summary>
    /// The rows in <paramref name="keys"/>' order, then by <paramref name="unique"/> ascending: no ties remain, so a
    /// <c>last</c> page is exactly the end of the <c>first</c> walk.
    /// </summary>
    public static List<T> Sort(IEnumerable<T> rows, IReadOnlyList<Key> keys, Func<T, IComparable> unique,
        Func<T, T>? view = null)
    {
        var pairs = rows.Select(row => (Row: row, View: view is null ? row : view(row))).ToList();
        pairs.Sort((a, b) =>
        {
            foreach (var key in keys)
            {
                var order = NullsLast(key.Value(a.View), key.Value(b.View));
                if (order != 0)
                {
                    return key.Descending ? -order : order;
                }
            }

            return unique(a.Row).CompareTo(unique(b.Row));
        });
        return pairs.Select(p => p.Row).ToList();
    }

    /// <summary>The keys as text, to bind cursors to them.</summary>
    public static string Canonical(IEnumerable<Key> keys) =>
        string.Join(',', keys.Select(k => (k.Descending ? "-" : "") + k.Path));

    private static int NullsLast(IComparable? a, IComparable? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        (string x, string y) => string.CompareOrdinal(x, y),
        _ => a.CompareTo(b),
    };
}
