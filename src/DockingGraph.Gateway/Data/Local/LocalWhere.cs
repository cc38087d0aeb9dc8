using System.Globalization;
using DockingGraph.Gateway.Errors;
using DockingGraph.Gateway.Schema.Relay;
using DockingGraph.Gateway.Schema.Scalars;

namespace DockingGraph.Gateway.Data.Local;

/// <summary>
/// A <c>where</c> with Hot Chocolate's semantics, evaluated here over a whole collection (the docking-events
/// mirror, LL2's station table, every row a list's LL2-executable part selects, read in blocks):
/// fields combine with AND, <c>and</c>/<c>or</c> at the root and in every operation input, comparisons as C#'s
/// lifted operators (what HC's expression filters compile to: <c>eq: null</c> holds for a missing value,
/// <c>neq</c>/<c>n…</c> hold for it, <c>gt</c> and the like do not). <c>contains</c>, <c>startsWith</c> and
/// <c>endsWith</c> need the string (HC's null check), their negations are the complement; a related object filter
/// holds only where the object is there. One instance per list declares which filter fields read which values.
/// </summary>
public sealed class LocalWhere<T>(string noun)
{
    private readonly Dictionary<string, Func<object, Func<T, bool>>> _fields = new(StringComparer.Ordinal);

    /// <summary>Every filter field declared, for the tests that keep it in step with the push-down table.</summary>
    public IEnumerable<string> FieldNames => _fields.Keys;

    /// <summary>The node's own id (never null): <c>IdOperationFilterInput</c>.</summary>
    public LocalWhere<T> Id(string name, string nodeType, Func<T, int> select) =>
        Field(name, value => Ids(value, nodeType, select));

    /// <summary>A date-time: <c>DateTimeOperationFilterInput</c>.</summary>
    public LocalWhere<T> Dates(string name, Func<T, DateTimeOffset?> select) =>
        Field(name, value => Comparisons<DateTimeOffset>(value, select, operand => (DateTimeOffset)operand));

    /// <summary>
    /// A calendar date (<c>Date</c>, LL2's yyyy-MM-dd): <c>DateOperationFilterInput</c>, compared as dates (a row
    /// value that is not a yyyy-MM-dd date reads as none).
    /// </summary>
    public LocalWhere<T> CalendarDates(string name, Func<T, string?> select) =>
        Field(name, value => Comparisons<DateOnly>(value, row => CalendarDateGraphType.ToDate(select(row)),
            operand => CalendarDateGraphType.ToDate(Convert.ToString(operand, CultureInfo.InvariantCulture))
                ?? throw new GatewayError(ErrorCodes.FilterNotSupported,
                    $"{name}: '{operand}' is not a date (yyyy-MM-dd).")));

    /// <summary>A string: <c>StringOperationFilterInput</c>, ordinal (LL2's <c>__contains</c> is too).</summary>
    public LocalWhere<T> Strings(string name, Func<T, string?> select) => Field(name, value => Texts(value, select));

    /// <summary>A related node by its id, <c>{ id: { … } }</c> (global id or LL2 number).</summary>
    public LocalWhere<T> Related(string name, string nodeType, Func<T, int?> selectId) =>
        Field(name, value => RelatedId(value, id => Ids(id, nodeType, (T row) => selectId(row)!.Value), selectId));

    /// <summary>An LL2 lookup (status, type) by its numeric id, <c>{ id: { … } }</c>.</summary>
    public LocalWhere<T> Lookup(string name, Func<T, int?> selectId) =>
        Field(name, value => RelatedId(value, id => Ids(id, null, (T row) => selectId(row)!.Value), selectId));

    /// <summary>The node's own non-numeric id (a launch's UUID), read by <paramref name="parse"/>.</summary>
    public LocalWhere<T> Key<TKey>(string name, Func<object, TKey> parse, Func<T, TKey> select)
        where TKey : struct => Field(name, value => Keys(value, parse, select));

    /// <summary>A related node by its non-numeric id, <c>{ id: { … } }</c>.</summary>
    public LocalWhere<T> RelatedKey<TKey>(string name, Func<object, TKey> parse, Func<T, TKey?> selectId)
        where TKey : struct =>
        Field(name, value => Related(value, id => Keys(id, parse, (T row) => selectId(row)!.Value),
            row => selectId(row) is not null));

    /// <summary>A Boolean: <c>BooleanOperationFilterInput</c> (lifted: <c>eq: null</c> holds for a missing
    /// one).</summary>
    public LocalWhere<T> Booleans(string name, Func<T, bool?> select) =>
        Field(name, value => All(value, (operation, operand) => operation switch
        {
            "eq" => row => select(row) == (bool?)operand,
            "neq" => row => select(row) != (bool?)operand,
            _ => throw new GatewayError(ErrorCodes.FilterNotSupported, $"No Boolean operator {operation}."),
        }));

    /// <summary>An integer: <c>IntOperationFilterInput</c>.</summary>
    public LocalWhere<T> Ints(string name, Func<T, int?> select) =>
        Field(name, value => Comparisons<long>(value, row => (long?)select(row),
            operand => Convert.ToInt64(operand, CultureInfo.InvariantCulture)));

    /// <summary>A floating-point number: <c>FloatOperationFilterInput</c>.</summary>
    public LocalWhere<T> Floats(string name, Func<T, double?> select) =>
        Field(name, value => Comparisons<double>(value, select,
            operand => Convert.ToDouble(operand, CultureInfo.InvariantCulture)));

    /// <summary>
    /// An ISO 8601 duration as LL2 writes it (<c>P33DT21H28M15S</c>): <c>TimeSpanOperationFilterInput</c>, compared
    /// as lengths of time (LL2 orders them as PostgreSQL intervals, not as text).
    /// </summary>
    public LocalWhere<T> Durations(string name, Func<T, string?> select) =>
        Field(name, value => Comparisons<TimeSpan>(value, row => ToTimeSpan(select(row)),
            operand => ToTimeSpan(Convert.ToString(operand, CultureInfo.InvariantCulture))
                ?? throw new GatewayError(ErrorCodes.FilterNotSupported, $"{name}: '{operand}' is not a duration " +
                    "compared here (ISO 8601 years, months, days, hours, minutes, seconds; no weeks).")));

    /// <summary>A duration's length, null for none (or text that is not an ISO 8601 duration).</summary>
    public static TimeSpan? ToTimeSpan(string? iso8601)
    {
        if (string.IsNullOrEmpty(iso8601))
        {
            return null;
        }

        try
        {
            return System.Xml.XmlConvert.ToTimeSpan(iso8601);
        }
        catch (FormatException)
        {
            return null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>
    /// A related object filtered by its own fields (a landing's flight: spacecraft and launch): holds only where the
    /// object is there, as Hot Chocolate's null check on a navigation.
    /// </summary>
    public LocalWhere<T> Nested<TChild>(string name, LocalWhere<TChild> inner, Func<T, TChild?> select)
        where TChild : class =>
        Field(name, value =>
        {
            var test = inner.Compile(value as IDictionary<string, object?>);
            return row => select(row) is { } child && test(child);
        });

    /// <summary>
    /// A list of objects, Hot Chocolate's <c>ListFilterInputTypeOf…</c>: <c>some</c>/<c>all</c>/<c>none</c> of the
    /// items hold for <paramref name="inner"/>, <c>any</c> whether there is an item. As HC's null check on a
    /// navigation, a missing list holds for nothing but <c>any: false</c>; <c>all</c> holds for an empty one.
    /// </summary>
    public LocalWhere<T> Lists<TChild>(string name, LocalWhere<TChild> inner, Func<T, IReadOnlyList<TChild>?> select) =>
        Field(name, value =>
        {
            var tests = new List<Func<T, bool>>();
            foreach (var (operation, operand) in (IDictionary<string, object?>)value)
            {
                if (operand is null)
                {
                    continue;
                }

                if (operation == "any")
                {
                    var any = (bool)operand;
                    tests.Add(row => (select(row) is { Count: > 0 }) == any);
                    continue;
                }

                var item = inner.Compile(operand as IDictionary<string, object?>);
                tests.Add(operation switch
                {
                    "some" => row => select(row) is { } items && items.Any(item),
                    "all" => row => select(row) is { } items && items.All(item),
                    "none" => row => select(row) is { } items && !items.Any(item),
                    _ => throw new GatewayError(ErrorCodes.FilterNotSupported, $"No list operator {operation}."),
                });
            }

            return row => tests.TrueForAll(test => test(row));
        });

    /// <summary>
    /// A field the rows carry only in the detailed form of a reference table (<see cref="ILocalJoin"/>): evaluated by
    /// <paramref name="whole"/> over <paramref name="joined"/>'s answer for the row, the join bound when the where is
    /// compiled inside <see cref="LocalJoins.Bind{T}"/>; outside one refused with <paramref name="why"/>. The value is
    /// checked before any call.
    /// </summary>
    public LocalWhere<T> Joined<TJoin>(string name, LocalWhere<T> whole, Func<TJoin, T, T> joined, string why)
        where TJoin : class, ILocalJoin, new() =>
        Field(name, value =>
        {
            var join = LocalJoins.Join<TJoin>() ?? throw new GatewayError(ErrorCodes.FilterNotSupported,
                $"{name} cannot be evaluated here: {why}.");
            var test = whole.Compile(new Dictionary<string, object?> { [name] = value });
            return row => test(joined(join, row));
        });

    /// <summary>
    /// A filter field whose value the rows LL2 answers with do not carry (astronauts' <c>hasFlown</c>): pushed down
    /// whole it needs no evaluation here; anything else of it is refused with <paramref name="why"/>.
    /// </summary>
    public LocalWhere<T> NotCarried(string name, string why) =>
        Field(name, _ => throw new GatewayError(ErrorCodes.FilterNotSupported,
            $"{name} cannot be evaluated here: {why}."));

    /// <summary>The argument as text, to bind cursors to it: conditions written alike give the same text.</summary>
    public static string Canonical(object? value) => value switch
    {
        null => "null",
        IDictionary<string, object?> fields =>
            $"{{{string.Join(',', fields.Select(pair => $"{pair.Key}:{Canonical(pair.Value)}"))}}}",
        string text => $"\"{text}\"",
        DateTimeOffset at => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        System.Collections.IEnumerable items => $"[{string.Join(',', items.Cast<object?>().Select(Canonical))}]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    public Func<T, bool> Compile(IDictionary<string, object?>? where)
    {
        var tests = new List<Func<T, bool>>();
        foreach (var (name, value) in where ?? new Dictionary<string, object?>())
        {
            if (value is null)
            {
                continue;
            }

            var branches = (value as IEnumerable<object?>)?.OfType<IDictionary<string, object?>>().Select(Compile)
                .ToList();
            tests.Add(name switch
            {
                "and" => row => branches!.TrueForAll(branch => branch(row)),
                // HC: an empty or is no condition.
                "or" => row => branches!.Count == 0 || branches.Exists(branch => branch(row)),
                _ when _fields.TryGetValue(name, out var field) => field(value),
                _ => throw new GatewayError(ErrorCodes.FilterNotSupported, $"No {noun} filter {name}."),
            });
        }

        return row => tests.TrueForAll(test => test(row));
    }

    private LocalWhere<T> Field(string name, Func<object, Func<T, bool>> compile)
    {
        _fields[name] = compile;
        return this;
    }

    // The operators of one field AND; its own and/or (HC's operation-level combinators) recurse with the same
    // operators, with the root's rules: a null combinator is no condition, and so is an empty or.
    private static Func<T, bool> All(object value, Func<string, object?, Func<T, bool>> operation)
    {
        var tests = new List<Func<T, bool>>();
        foreach (var (key, operand) in (IDictionary<string, object?>)value)
        {
            if (key is not ("and" or "or"))
            {
                tests.Add(operation(key, operand));
                continue;
            }

            if (operand is null)
            {
                continue;
            }

            var branches = List(operand, key).OfType<IDictionary<string, object?>>()
                .Select(branch => All(branch, operation)).ToList();
            tests.Add(key == "and"
                ? row => branches.TrueForAll(branch => branch(row))
                : row => branches.Count == 0 || branches.Exists(branch => branch(row)));
        }

        return row => tests.TrueForAll(test => test(row));
    }

    private static Func<T, bool> Comparisons<TValue>(object value, Func<T, TValue?> select,
        Func<object, TValue> convert)
        where TValue : struct, IComparable<TValue> =>
        All(value, (operation, operand) =>
        {
            if (operation is "in" or "nin")
            {
                var set = List(operand, operation).Select(v => v is null ? (TValue?)null : convert(v)).ToHashSet();
                return operation == "in" ? row => set.Contains(select(row)) : row => !set.Contains(select(row));
            }

            TValue? bound = operand is null ? null : convert(operand);
            // Lifted comparisons: with a null on either side only eq/neq can hold.
            int? Order(T row) => select(row) is { } v && bound is { } b ? v.CompareTo(b) : null;
            return operation switch
            {
                "eq" => row => Nullable.Equals(select(row), bound),
                "neq" => row => !Nullable.Equals(select(row), bound),
                "gt" => row => Order(row) > 0,
                "ngt" => row => !(Order(row) > 0),
                "gte" => row => Order(row) >= 0,
                "ngte" => row => !(Order(row) >= 0),
                "lt" => row => Order(row) < 0,
                "nlt" => row => !(Order(row) < 0),
                "lte" => row => Order(row) <= 0,
                "nlte" => row => !(Order(row) <= 0),
                _ => throw new GatewayError(ErrorCodes.FilterNotSupported, $"No comparison operator {operation}."),
            };
        });

    private static Func<T, bool> Texts(object value, Func<T, string?> select) =>
        All(value, (operation, operand) =>
        {
            if (operation is "in" or "nin")
            {
                var set = List(operand, operation).Select(v => (string?)v).ToHashSet(StringComparer.Ordinal);
                return operation == "in" ? row => set.Contains(select(row)) : row => !set.Contains(select(row));
            }

            var text = (string?)operand;
            Func<string, string, bool>? holds = operation switch
            {
                "contains" or "ncontains" => (s, t) => s.Contains(t, StringComparison.Ordinal),
                "startsWith" or "nstartsWith" => (s, t) => s.StartsWith(t, StringComparison.Ordinal),
                "endsWith" or "nendsWith" => (s, t) => s.EndsWith(t, StringComparison.Ordinal),
                "eq" or "neq" => null,
                _ => throw new GatewayError(ErrorCodes.FilterNotSupported, $"No string operator {operation}."),
            };
            if (holds is null)
            {
                return operation == "eq"
                    ? row => string.Equals(select(row), text, StringComparison.Ordinal)
                    : row => !string.Equals(select(row), text, StringComparison.Ordinal);
            }

            if (text is null)
            {
                throw new GatewayError(ErrorCodes.FilterNotSupported, $"{operation} needs a text (null is none).");
            }

            // HC: the positive operator needs the string (null check); the negated one is its complement.
            var positive = operation is "contains" or "startsWith" or "endsWith";
            return positive
                ? row => select(row) is { } s && holds(s, text)
                : row => !(select(row) is { } s && holds(s, text));
        });

    private static Func<T, bool> RelatedId(object value, Func<object, Func<T, bool>> ids, Func<T, int?> selectId) =>
        Related(value, ids, row => selectId(row) is not null);

    private static Func<T, bool> Related(object value, Func<object, Func<T, bool>> ids, Func<T, bool> isThere)
    {
        if (value is not IDictionary<string, object?> fields || !fields.TryGetValue("id", out var id) || id is null)
        {
            return _ => true;
        }

        var test = ids(id);
        return row => isThere(row) && test(row);
    }

    // Keys are never null: eq null holds for nothing, neq null for everything.
    private static Func<T, bool> Keys<TKey>(object value, Func<object, TKey> parse, Func<T, TKey> select)
        where TKey : struct =>
        All(value, (operation, operand) =>
        {
            if (operation is "in" or "nin")
            {
                var set = List(operand, operation).Select(v => v is null ? (TKey?)null : parse(v)).ToHashSet();
                return operation == "in" ? row => set.Contains(select(row)) : row => !set.Contains(select(row));
            }

            TKey? key = operand is null ? null : parse(operand);
            return operation switch
            {
                "eq" => row => Nullable.Equals(select(row), key),
                "neq" => row => !Nullable.Equals(select(row), key),
                _ => throw new GatewayError(ErrorCodes.FilterNotSupported, $"No id operator {operation}."),
            };
        });

    // Ids are never null: eq null holds for nothing, neq null for everything.
    private static Func<T, bool> Ids(object value, string? nodeType, Func<T, int> select) =>
        All(value, (operation, operand) =>
        {
            if (operation is "in" or "nin")
            {
                var set = List(operand, operation).Select(v => Parse(v, nodeType)).ToHashSet();
                return operation == "in" ? row => set.Contains(select(row)) : row => !set.Contains(select(row));
            }

            var id = operand is null ? null : Parse(operand, nodeType);
            return operation switch
            {
                "eq" => row => select(row) == id,
                "neq" => row => select(row) != id,
                _ => throw new GatewayError(ErrorCodes.FilterNotSupported, $"No id operator {operation}."),
            };
        });

    private static int? Parse(object? id, string? nodeType)
    {
        if (id is null)
        {
            return null;
        }

        var text = Convert.ToString(id, CultureInfo.InvariantCulture);
        if (nodeType is not null)
        {
            return GlobalId.ParseInt(text, nodeType);
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new GatewayError(ErrorCodes.InvalidId, $"'{text}' is not an LL2 numeric id.");
    }

    private static IEnumerable<object?> List(object? operand, string operation) =>
        operand as IEnumerable<object?> ?? throw new GatewayError(ErrorCodes.FilterNotSupported,
            $"{operation} needs a list (null is no list of values).");
}
