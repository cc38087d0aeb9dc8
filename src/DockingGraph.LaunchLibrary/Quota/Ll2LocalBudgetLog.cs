namespace DockingGraph.LaunchLibrary.Quota;

/// <summary>The sliding log of this process's LL2 calls: the budget without Redis, the fallback while it is away.</summary>
public sealed class Ll2LocalBudgetLog : ILl2BudgetLog
{
    private readonly Lock _gate = new();
    private readonly List<(DateTimeOffset At, string Ticket)> _calls = [];

    public bool IsShared => false;

    public ValueTask<Ll2BudgetTake> TryTakeAsync(int cap, DateTimeOffset now, TimeSpan window)
    {
        lock (_gate)
        {
            Prune(now, window);
            if (_calls.Count >= cap)
            {
                return ValueTask.FromResult(Ll2BudgetTake.Refused(_calls.Count, FreesIn(cap, now, window)));
            }

            var ticket = Guid.NewGuid().ToString("N");
            _calls.Add((now, ticket));
            return ValueTask.FromResult(new Ll2BudgetTake(true, _calls.Count, TimeSpan.Zero, ticket));
        }
    }

    /// <summary>Records a call the shared log admitted, so a fallback knows what this replica already spent.</summary>
    public void Mirror(string ticket, DateTimeOffset now, TimeSpan window)
    {
        lock (_gate)
        {
            Prune(now, window);
            _calls.Add((now, ticket));
        }
    }

    public ValueTask RefundAsync(string ticket)
    {
        lock (_gate)
        {
            _calls.RemoveAll(c => c.Ticket == ticket);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<int> RaiseToAsync(int used, DateTimeOffset now, TimeSpan window)
    {
        lock (_gate)
        {
            Prune(now, window);
            while (_calls.Count < used)
            {
                _calls.Add((now, "ll2-current-use"));
            }

            return ValueTask.FromResult(_calls.Count);
        }
    }

    private void Prune(DateTimeOffset now, TimeSpan window) => _calls.RemoveAll(c => c.At <= now - window);

    // A call is admitted once the count drops below the cap: when the call at index (count - cap) ages out.
    private TimeSpan FreesIn(int cap, DateTimeOffset now, TimeSpan window) =>
        cap <= 0 ? window : _calls[_calls.Count - cap].At + window - now;
}
