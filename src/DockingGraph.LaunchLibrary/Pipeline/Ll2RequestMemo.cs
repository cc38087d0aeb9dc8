using System.Collections.Concurrent;

namespace DockingGraph.LaunchLibrary.Pipeline;

/// <summary>
/// The first stage, scoped to one request: identical reads share one call, whichever field or loader asked, and
/// every read (hits included) is remembered so the host can derive cache lifetimes from what was touched.
/// </summary>
public sealed class Ll2RequestMemo(Ll2RequestTally tally) : ILl2Stage
{
    private readonly ConcurrentDictionary<(string, Type), Lazy<Task<object>>> _reads = new();
    private readonly ConcurrentQueue<Ll2Read> _touched = new();

    /// <summary>What this request spent on LL2.</summary>
    public Ll2RequestTally Tally => tally;

    /// <summary>Every read of this request, memo hits included.</summary>
    public IReadOnlyCollection<Ll2Read> Touched => _touched;

    public Task<object> ReadAsync(Ll2Read read, Ll2ReadNext next, CancellationToken cancellationToken)
    {
        read = read with { Tally = tally };
        _touched.Enqueue(read);
        var created = false;
        var call = _reads.GetOrAdd((read.Path, read.ResultType), _ =>
        {
            created = true;
            return new Lazy<Task<object>>(() => next(read, cancellationToken));
        });
        Ll2Telemetry.Lookup(hit: !created);
        if (!created)
        {
            tally.MemoHit();
        }
        return call.Value;
    }
}
