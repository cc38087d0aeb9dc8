using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Caching;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.Gateway.Data.Local;

/// <summary>
/// An LL2 reference table a local evaluation joins only when its where or order reads a field the rows lack (a
/// configuration's SpacecraftConfigDetailed-only fields): read whole, in one call, before the rows are evaluated.
/// </summary>
public interface ILocalJoin
{
    Task ReadAsync(LaunchLibraryClient ll2, CancellationToken cancellationToken);

    /// <summary>Whether the cross-request cache holds the table, so that reading it costs no call.</summary>
    Task<bool> HeldAsync(Ll2CachePeek peek, CancellationToken cancellationToken);
}

/// <summary>
/// A join keyed by what the rows embed (launch ids): the evaluation runs the where and the order's keys over every row
/// once to collect them (<see cref="LocalJoins.ReadAsync{T}"/>), then reads, then evaluates.
/// </summary>
public interface ICollectingJoin : ILocalJoin;

/// <summary>
/// Not a table: the list's own rows, read in LL2's detailed mode, carry the field (a launch list's LaunchDetailed-only
/// fields, spacecraftFlights' crews). <see cref="LocalFetch"/> reads the blocks with <c>mode=detailed</c>, the same
/// number of calls.
/// </summary>
public sealed class DetailedRows : ILocalJoin
{
    public Task ReadAsync(LaunchLibraryClient ll2, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<bool> HeldAsync(Ll2CachePeek peek, CancellationToken cancellationToken) => Task.FromResult(true);

    /// <summary>The row itself, which must be a detailed one (anything else is a bug, never read as null).</summary>
    public static T Row<T>(T row, string? responseMode) => responseMode == "detailed" ? row
        : throw new InvalidOperationException("A field of LL2's detailed serializer was evaluated on a row that is " +
            "not detailed.");
}

/// <summary>
/// The joins a where binds while it is compiled (<see cref="Bind{T}"/>: compiling is synchronous, so the binding is
/// this thread's). Outside a binding a joined field finds no join and is refused with its reason: only the
/// evaluations that read the tables before evaluating bind. A sort key carries its own join instead
/// (<see cref="Sorting.LocalSort{T}.Key.Join"/>).
/// </summary>
public sealed class LocalJoins
{
    [ThreadStatic]
    private static LocalJoins? _binding;

    private readonly Dictionary<Type, ILocalJoin> _joins = [];

    public IReadOnlyCollection<ILocalJoin> Tables => _joins.Values;

    /// <summary>Runs <paramref name="compile"/> with joined fields bound to the returned joins.</summary>
    public static (T Compiled, LocalJoins Joins) Bind<T>(Func<T> compile)
    {
        var outer = _binding;
        var joins = new LocalJoins();
        _binding = joins;
        try
        {
            return (compile(), joins);
        }
        finally
        {
            _binding = outer;
        }
    }

    /// <summary>The binding's join of <typeparamref name="TJoin"/> (one per binding); null outside a binding.</summary>
    public static TJoin? Join<TJoin>()
        where TJoin : class, ILocalJoin, new()
    {
        if (_binding is not { } joins)
        {
            return null;
        }

        if (!joins._joins.TryGetValue(typeof(TJoin), out var join))
        {
            joins._joins[typeof(TJoin)] = join = new TJoin();
        }

        return (TJoin)join;
    }

    /// <summary>
    /// Reads every table <paramref name="joins"/> need, one call each (the request's memo serves a table read twice,
    /// a where's and an order's).
    /// </summary>
    private static async Task ReadAsync(IEnumerable<ILocalJoin> joins, LaunchLibraryClient ll2,
        CancellationToken cancellationToken)
    {
        foreach (var join in joins)
        {
            await join.ReadAsync(ll2, cancellationToken);
        }
    }

    /// <summary>
    /// As <see cref="ReadAsync(IEnumerable{ILocalJoin}, LaunchLibraryClient, CancellationToken)"/>; a collecting join
    /// first sees <paramref name="test"/> and <paramref name="values"/> run over every row (their results unused).
    /// </summary>
    public static async Task ReadAsync<T>(IReadOnlyCollection<ILocalJoin> joins, IReadOnlyList<T> rows,
        Func<T, bool>? test, IEnumerable<Func<T, IComparable?>> values, LaunchLibraryClient ll2,
        CancellationToken cancellationToken)
    {
        if (joins.Any(j => j is ICollectingJoin))
        {
            var keys = values.ToList();
            foreach (var row in rows)
            {
                _ = test?.Invoke(row);
                keys.ForEach(value => value(row));
            }
        }

        await ReadAsync(joins, ll2, cancellationToken);
    }
}

/// <summary>
/// The blocks of a local evaluation and the reference tables it joins: one more call per table the cross-request
/// cache does not hold.
/// </summary>
public sealed class JoinedBlocks(ILocalBlocks blocks, IReadOnlyCollection<ILocalJoin> joins) : ILocalBlocks
{
    public async Task<LocalBlocksEstimate> EstimateAsync(IServiceProvider services,
        CancellationToken cancellationToken)
    {
        var estimate = await blocks.EstimateAsync(services, cancellationToken);
        var peek = services.GetService<Ll2CachePeek>();
        var tables = 0;
        foreach (var join in joins.DistinctBy(j => j.GetType()))
        {
            tables += peek is not null && await join.HeldAsync(peek, cancellationToken) ? 0 : 1;
        }

        return estimate with { Tables = estimate.Tables + tables };
    }
}
