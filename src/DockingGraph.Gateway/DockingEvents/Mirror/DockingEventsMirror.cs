using System.Collections.Immutable;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.DockingEvents.Mirror;

/// <summary>
/// The whole docking-events collection, held by this process (detailed shape: it answers normal and detailed
/// selections alike). While complete and fresh (its newest events read within <see cref="MirrorOptions.MaxAge"/>)
/// every dockingEvents page is evaluated here with LL2's semantics and costs no call; otherwise pages are pushed
/// down and the refresher is woken. The refresher (<see cref="DockingEventsMirrorRefresher"/>) does the reading.
/// </summary>
public sealed class DockingEventsMirror(IOptions<MirrorOptions> options, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile Held _held = Held.Cold;
    private long _demandedTicks = -1;
    private volatile HeldView? _view;

    public bool Enabled => options.Value.DockingEvents;

    /// <summary>The page LL2 would answer, with the age of the data; null when the query must go to LL2.</summary>
    public PageDto<DockingEventDto>? TryAnswer(Ll2ListQuery<DockingEventDto> query, out TimeSpan age) =>
        TryAnswer(query, null, out age);

    /// <summary>
    /// The page LL2 would answer if it could also execute <paramref name="where"/> (Hot Chocolate's operators beyond
    /// LL2's, <see cref="LocalWhere"/>): the whole matching set filtered here, then counted and paged.
    /// </summary>
    public PageDto<DockingEventDto>? TryAnswer(Ll2ListQuery<DockingEventDto> query,
        Func<DockingEventDto, bool>? where, out TimeSpan age)
    {
        if (Answering(out age) is not { } held)
        {
            return null;
        }

        return LocalDockingEventsList.Answer(where is null ? held.Events : held.Events.Where(where).ToList(), query);
    }

    /// <summary>
    /// Every event the query (its LL2 filters and search) and <paramref name="where"/> select, unpaged; null when the
    /// query must go to LL2.
    /// </summary>
    public List<DockingEventDto>? TryMatchAll(Ll2ListQuery<DockingEventDto> query,
        Func<DockingEventDto, bool> where, out TimeSpan age) =>
        Answering(out age) is { } held ? LocalDockingEventsList.Matching(held.Events.Where(where), query) : null;

    /// <summary>One event from the complete, fresh mirror (detailed: every field); null: LL2 must be asked.</summary>
    public DockingEventDto? TryGet(int id, out TimeSpan age) =>
        Answering(out age)?.ById.GetValueOrDefault(id);

    /// <summary>
    /// The events and the chaser flights, spacecraft and launches they embed, from the complete, fresh mirror;
    /// null: LL2 must be asked.
    /// </summary>
    public MirroredEvents? Fresh(out TimeSpan age) => Answering(out age) is { } held ? View(held) : null;

    /// <summary>
    /// The complete mirror past <see cref="MirrorOptions.MaxAge"/> (within <see cref="MirrorOptions.MaxStale"/>), for
    /// when LL2 refused or failed a read: an answer from what is held, flagged stale. Null: no such mirror.
    /// </summary>
    public MirroredEvents? PastMaxAge(out TimeSpan age) => Stale(out age) is { } held ? View(held) : null;

    /// <summary>The page from the complete mirror past its age, when LL2 refused the read (see PastMaxAge).</summary>
    public PageDto<DockingEventDto>? TryAnswerStale(Ll2ListQuery<DockingEventDto> query, out TimeSpan age) =>
        Stale(out age) is { } held ? LocalDockingEventsList.Answer(held.Events, query) : null;

    private Held? Stale(out TimeSpan age)
    {
        var held = _held;
        var now = clock.GetUtcNow();
        age = Age(held, now);
        return Enabled && held.Complete && held.RecentAt is not null && age <= options.Value.MaxStale ? held : null;
    }

    // One index per state held: built on first use, replaced when a refresh replaces the state.
    private MirroredEvents View(Held held)
    {
        if (_view is { } view && ReferenceEquals(view.Held, held))
        {
            return view.Events;
        }

        var built = new MirroredEvents(held.ById, held.Events);
        _view = new HeldView(held, built);
        return built;
    }

    private Held? Answering(out TimeSpan age)
    {
        age = TimeSpan.Zero;
        if (!Enabled)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        Interlocked.Exchange(ref _demandedTicks, now.UtcTicks);
        var held = _held;
        if (!IsAnswering(held, now))
        {
            Wake();
            return null;
        }

        age = Age(held, now);
        if (IsDue(held, now))
        {
            Wake();
        }

        return held;
    }

    /// <summary>Whether the mirror answers now (for the LL2 estimate at validation): no demand, no wake.</summary>
    public bool IsAnswering() => Enabled && IsAnswering(_held, clock.GetUtcNow());

    public MirrorStatus Status()
    {
        var held = _held;
        var now = clock.GetUtcNow();
        return new MirrorStatus(Enabled, held.Complete, IsAnswering(held, now), held.Events.Length,
            held.RecentAt is null ? null : Age(held, now).TotalSeconds,
            held.RecentAt is { } at ? Math.Max(0, (at + DueAfter - now).TotalSeconds) : null);
    }

    /// <summary>Signalled when a query found the mirror cold or old, or its refresh is due.</summary>
    internal async Task WaitForWakeAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var wake = Volatile.Read(ref _wake);
        await Task.WhenAny(wake.Task, Task.Delay(timeout, clock, cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();
        if (wake.Task.IsCompleted)
        {
            Interlocked.CompareExchange(ref _wake,
                new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), wake);
        }
    }

    internal bool Complete => _held.Complete;

    /// <summary>Asked within the last <see cref="MirrorOptions.RecentRefresh"/>: an idle mirror is not read.</summary>
    internal bool InDemand => Interlocked.Read(ref _demandedTicks) is >= 0 and var ticks
        && clock.GetUtcNow().UtcTicks - ticks <= options.Value.RecentRefresh.Ticks;

    internal bool RecentDue => IsDue(_held, clock.GetUtcNow());

    /// <summary>Old enough for the early recent refresh (MirrorOptions.EarlyRefresh).</summary>
    internal bool EarlyDue => _held is { Complete: true, RecentAt: { } at }
        && clock.GetUtcNow() - at >= options.Value.EarlyRefresh;

    /// <summary>The oldest block of the stable-order collection, cycled with the budget left.</summary>
    internal int OldestBlock => _held.Blocks.IsEmpty ? 0 : _held.Blocks.MinBy(b => b.Value).Key;

    /// <summary>A complete read of the collection: every block of one stable ordering.</summary>
    internal void Filled(IReadOnlyList<DockingEventDto> events, int count, IReadOnlyList<DateTimeOffset> blocks)
    {
        var byId = events.GroupBy(e => e.Id).ToImmutableDictionary(g => g.Key, g => g.Last());
        lock (_gate)
        {
            _held = new Held(byId, byId.Values.OrderBy(e => e.Id).ToImmutableArray(), byId.Count == count,
                blocks.Select((at, k) => (k, at)).ToImmutableDictionary(p => p.k, p => p.at), blocks.Min());
        }
    }

    /// <summary>
    /// Events read again (the newest ones, or one cycled block) merged by id; LL2's unfiltered count must still
    /// equal what is held, else events were added or removed elsewhere and the mirror is filled again.
    /// </summary>
    internal void Merged(IEnumerable<DockingEventDto> events, int count, DateTimeOffset dataAt, bool recent,
        int? block = null)
    {
        lock (_gate)
        {
            var held = _held;
            var byId = held.ById.SetItems(events.Select(e => KeyValuePair.Create(e.Id, e)));
            _held = held with
            {
                ById = byId,
                Events = byId.Values.OrderBy(e => e.Id).ToImmutableArray(),
                Complete = held.Complete && byId.Count == count,
                Blocks = block is { } k ? held.Blocks.SetItem(k, dataAt) : held.Blocks,
                RecentAt = recent ? dataAt : held.RecentAt,
            };
        }
    }

    // One tick early: a refresh started by the tick lands before MaxAge when RecentRefresh equals it.
    private TimeSpan DueAfter => options.Value.RecentRefresh - options.Value.Tick;

    private bool IsAnswering(Held held, DateTimeOffset now) =>
        held.Complete && held.RecentAt is not null && Age(held, now) <= options.Value.MaxAge;

    private bool IsDue(Held held, DateTimeOffset now) =>
        !held.Complete || held.RecentAt is not { } at || now - at >= DueAfter;

    private static TimeSpan Age(Held held, DateTimeOffset now) =>
        held.RecentAt is { } at && now > at ? now - at : TimeSpan.Zero;

    private void Wake() => Volatile.Read(ref _wake).TrySetResult();

    private sealed record HeldView(Held Held, MirroredEvents Events);

    private sealed record Held(ImmutableDictionary<int, DockingEventDto> ById, ImmutableArray<DockingEventDto> Events,
        bool Complete, ImmutableDictionary<int, DateTimeOffset> Blocks, DateTimeOffset? RecentAt)
    {
        public static readonly Held Cold = new(ImmutableDictionary<int, DockingEventDto>.Empty, [], false,
            ImmutableDictionary<int, DateTimeOffset>.Empty, null);
    }
}
