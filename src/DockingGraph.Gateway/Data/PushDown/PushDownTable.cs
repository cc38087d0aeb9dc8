using DockingGraph.Gateway.Data.Local;
using DockingGraph.Gateway.Data.Sorting;
using DockingGraph.Gateway.Errors;
using DockingGraph.LaunchLibrary.Queries;

namespace DockingGraph.Gateway.Data.PushDown;

/// <summary>
/// How one LL2 list endpoint executes Hot Chocolate's <c>where</c> and <c>order</c>: which input field maps onto
/// which LL2 parameter through which named operation, which sort field onto which LL2 ordering field, and the
/// default order. The GraphQL input types and the LL2 translation are both derived from it.
/// </summary>
public sealed class PushDownTable<TDto>(Ll2List<TDto> list, string noun, string fieldName)
{
    private readonly List<FilterField> _filters = [];
    private readonly List<SortField> _sorts = [];

    public Ll2List<TDto> List { get; } = list;

    /// <summary>What the list holds, in messages ("docking events").</summary>
    public string Noun { get; } = noun;

    /// <summary>The GraphQL list field, in messages ("send one aliased dockingEvents field per alternative").</summary>
    public string FieldName { get; } = fieldName;

    public IReadOnlyList<FilterField> Filters => _filters;

    public IReadOnlyList<SortField> Sorts => _sorts;

    /// <summary>Sent when the client gives no <c>order</c>: LL2's own default is not stable across pages.</summary>
    public IReadOnlyList<string> DefaultOrder { get; private set; } = [];

    /// <summary>
    /// Appended (ascending) to every ordering that lacks them, so that the ordering has no ties: LL2 promises no order
    /// among ties, and <c>last</c> without <c>before</c> reads the reversed ordering, which mirrors the forward one
    /// only when nothing ties.
    /// </summary>
    public IReadOnlyList<string> TieBreakers { get; private set; } = [];

    /// <summary>Null: no <c>or</c> field. Otherwise its description; LL2 executes a single branch only.</summary>
    public string? SingleBranchOr { get; private set; }

    /// <summary>
    /// Null: operators LL2 lacks are refused. Otherwise Hot Chocolate's evaluation of the filter fields over the rows
    /// LL2's part of the <c>where</c> selects, read whole in blocks (<see cref="LocalFetch"/>).
    /// </summary>
    public LocalWhere<TDto>? Local { get; private set; }

    /// <summary>
    /// Whether the filter input has <c>or</c>: one branch is pushed down, several are evaluated locally.
    /// </summary>
    public bool OffersOr => SingleBranchOr is not null || Local is not null;

    /// <summary>
    /// Operators LL2 lacks (and several <c>or</c> branches) are evaluated by <paramref name="local"/>.
    /// </summary>
    public PushDownTable<TDto> EvaluatedLocally(LocalWhere<TDto> local)
    {
        Local = local;
        return this;
    }

    public PushDownTable<TDto> Filter(FilterField field)
    {
        _filters.Add(field);
        return this;
    }

    public PushDownTable<TDto> Sort(string name, string ll2Field, string? description = null)
    {
        _sorts.Add(new SortField(name, ll2Field, description));
        return this;
    }

    /// <summary>
    /// Null: the order input has LL2's ordering fields only. Otherwise Hot Chocolate's <c>XSortInput</c> (every field,
    /// nested too): an order of LL2's ordering fields only is still pushed down, any other is evaluated here over
    /// every row the <c>where</c> selects (<see cref="LocalFetch"/>), then by <see cref="Unique"/>.
    /// </summary>
    public LocalSort<TDto>? LocalOrder { get; private set; }

    /// <summary>The local order's last key: unique, so that no ties remain.</summary>
    public Func<TDto, IComparable>? Unique { get; private set; }

    public PushDownTable<TDto> SortedLocally(LocalSort<TDto> sort, Func<TDto, IComparable> unique)
    {
        LocalOrder = sort;
        Unique = unique;
        return this;
    }

    /// <summary>The first key LL2 cannot order by, as a message part; null when LL2 orders by every key.</summary>
    public string? SortLacks(IEnumerable<LocalSort<TDto>.Key> keys) =>
        keys.FirstOrDefault(k => !_sorts.Any(s => s.Name == k.Path)) is { } key ? OrderLacking.Of(key.Path) : null;

    public PushDownTable<TDto> OrderByDefault(params string[] ll2Ordering)
    {
        DefaultOrder = ll2Ordering;
        return this;
    }

    public PushDownTable<TDto> BreakTiesBy(params string[] ll2Fields)
    {
        TieBreakers = ll2Fields;
        return this;
    }

    /// <summary>Offers <c>or</c> (Hot Chocolate clients expect it); LL2 executes one branch: it cannot OR.</summary>
    public PushDownTable<TDto> WithSingleBranchOr(string description)
    {
        SingleBranchOr = description;
        return this;
    }

    /// <summary>Folds a <c>where</c> argument; a parent's id (nested edges) is one more required value.</summary>
    public WhereFold Fold(IDictionary<string, object?>? where)
    {
        if (Ll2Lacks(where) is { } lacking)
        {
            throw NotSupported($"LL2 cannot execute {lacking} on {Noun}, and {FieldName} has no local evaluation.");
        }

        var fold = Fold(where, new WhereFold());
        // Checked once everything is folded: an exact value given in another branch makes the texts redundant.
        return fold.UnsupportedContains() is { } message && !fold.IsContradiction ? throw NotSupported(message) : fold;
    }

    /// <summary>
    /// The first operator of <paramref name="where"/> LL2 cannot execute (<c>or</c> with several branches, an
    /// operator a field's LL2 filter lacks), or null when the whole argument can be pushed down.
    /// </summary>
    public string? Ll2Lacks(IDictionary<string, object?>? where)
    {
        foreach (var (name, value) in where ?? new Dictionary<string, object?>())
        {
            var lacking = value switch
            {
                null => null,
                _ when name == "and" => Branches(value).Select(Ll2Lacks).FirstOrDefault(l => l is not null),
                _ when name == "or" && Branches(value).Count > 1 => $"or ({Branches(value).Count} branches)",
                _ when name == "or" => Branches(value).Select(Ll2Lacks).FirstOrDefault(l => l is not null),
                _ => _filters.FirstOrDefault(f => f.Name == name)?.Ll2Lacks(value),
            };
            if (lacking is not null)
            {
                return lacking;
            }
        }

        return null;
    }

    private WhereFold Fold(IDictionary<string, object?>? where, WhereFold fold)
    {
        foreach (var (name, value) in where ?? new Dictionary<string, object?>())
        {
            if (value is null)
            {
                continue;
            }

            if (name == "and")
            {
                Branches(value).ForEach(branch => Fold(branch, fold));
            }
            else if (name == "or" && OffersOr)
            {
                Branches(value).ForEach(branch => Fold(branch, fold));
            }
            else if (_filters.FirstOrDefault(f => f.Name == name) is { } field)
            {
                field.Fold(value, fold, NotSupported);
            }
            else
            {
                throw NotSupported($"LL2 cannot filter {Noun} on {name}.");
            }
        }

        return fold;
    }

    /// <summary>
    /// Splits <paramref name="where"/> into what LL2 executes and the rest. The LL2 part is conjunctive and implied by
    /// the <c>where</c> (fields, <c>and</c> and single-branch <c>or</c> at any depth; of a field LL2 executes only in
    /// part, the operators it executes), so it only narrows: every row the <c>where</c> holds for is in it. The local
    /// part is the <c>where</c> without the fields pushed down whole; both together are the <c>where</c>.
    /// </summary>
    public (Dictionary<string, object?> Ll2, Dictionary<string, object?> Local) Split(
        IDictionary<string, object?>? where)
    {
        var (ll2, local) = (new Dictionary<string, object?>(), new Dictionary<string, object?>());
        var (ll2And, localAnd) = (new List<object?>(), new List<object?>());
        foreach (var (name, value) in where ?? new Dictionary<string, object?>())
        {
            if (value is null)
            {
                continue;
            }

            if (name == "and" || (name == "or" && Branches(value).Count == 1))
            {
                foreach (var (branchLl2, branchLocal) in Branches(value).Select(Split))
                {
                    if (branchLl2.Count > 0)
                    {
                        ll2And.Add(branchLl2);
                    }

                    if (branchLocal.Count > 0)
                    {
                        localAnd.Add(branchLocal);
                    }
                }
            }
            else if (name == "or")
            {
                // HC: an empty or is no condition.
                if (Branches(value).Count > 0)
                {
                    local[name] = value;
                }
            }
            else if (_filters.FirstOrDefault(f => f.Name == name) is not { } field)
            {
                local[name] = value;
            }
            else if (field.Ll2Lacks(value) is null)
            {
                ll2[name] = value;
            }
            else
            {
                local[name] = value;
                if (Narrowing(v => field.Ll2Lacks(v) is null, value) is { } part)
                {
                    ll2[name] = part;
                }
            }
        }

        if (ll2And.Count > 0)
        {
            ll2["and"] = ll2And;
        }

        if (localAnd.Count > 0)
        {
            local["and"] = localAnd;
        }

        return (ll2, local);
    }

    /// <summary>
    /// Folds the LL2 part of a <see cref="Split"/>. Several <c>__contains</c> texts of one parameter that LL2 cannot
    /// AND are all left to the local evaluation (sending none of them only narrows less).
    /// </summary>
    public WhereFold FoldLl2Part(IDictionary<string, object?> ll2Part) => Fold(ll2Part, new WhereFold());

    /// <summary>
    /// <c>order</c> → LL2's <c>ordering</c>: the entries in list order, each object's fields in written order (see
    /// <see cref="WrittenSortOrder"/>), each field once (the first mention wins); the default when empty; then the
    /// tie-breakers not yet mentioned.
    /// </summary>
    public IReadOnlyList<string> Ordering(IEnumerable<IEnumerable<KeyValuePair<string, object?>>>? order)
    {
        var fields = (order ?? []).SelectMany(entry => entry)
            .Where(pair => pair.Value is SortEnum && _sorts.Any(s => s.Name == pair.Key))
            .Select(pair =>
                ((SortEnum)pair.Value! == SortEnum.Desc ? "-" : "") + _sorts.First(s => s.Name == pair.Key).Ll2Field)
            .DistinctBy(field => field.TrimStart('-'))
            .ToList();
        var ordering = fields.Count > 0 ? fields : [.. DefaultOrder];
        ordering.AddRange(TieBreakers.Where(t => !ordering.Any(field => field.TrimStart('-') == t)));
        return ordering;
    }

    public GatewayError NotSupported(string message)
    {
        var supported = string.Join(", ", _filters.Where(f => f.Supported is not null).Select(f => f.Supported));
        var combined = OffersOr ? "combined with and (or with a single branch)" : "combined with and";
        return new GatewayError(ErrorCodes.FilterNotSupported, $"{message} LL2 executes: {supported}, {combined}.");
    }

    // The operators of a field value LL2 executes, at any depth (a lookup's id.eq): each holds wherever the whole
    // value does (HC ANDs the operators of one field), so together they only narrow.
    private static Dictionary<string, object?>? Narrowing(Func<object, bool> executable, object value)
    {
        if (value is not IDictionary<string, object?> operations)
        {
            return null;
        }

        var kept = new Dictionary<string, object?>();
        foreach (var (key, operand) in operations)
        {
            if (operand is null)
            {
                continue;
            }

            if (executable(new Dictionary<string, object?> { [key] = operand }))
            {
                kept[key] = operand;
            }
            else if (Narrowing(inner => executable(new Dictionary<string, object?> { [key] = inner }), operand)
                is { } part)
            {
                kept[key] = part;
            }
        }

        return kept.Count > 0 && executable(kept) ? kept : null;
    }

    private static List<IDictionary<string, object?>> Branches(object value) =>
        ((IEnumerable<object?>)value).OfType<IDictionary<string, object?>>().ToList();
}

/// <summary>One field of an <c>order</c> input and the LL2 ordering field it becomes.</summary>
public sealed record SortField(string Name, string Ll2Field, string? Description);
