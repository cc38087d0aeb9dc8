using DockingGraph.LaunchLibrary.Caching;
using DockingGraph.LaunchLibrary.Pipeline;
using GraphQL;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Answers;

/// <summary>
/// Whole answers by <see cref="AnswerKey"/>, within a byte budget (least recently used first out). A hit is checked
/// against the clock (the freshness of the LL2 entries it was made of) and against <see cref="Ll2EntryVersions"/>
/// (none of them replaced since); a miss on either drops it.
/// </summary>
public sealed class AnswerStore
{
    private readonly Dictionary<string, LinkedListNode<(string Key, StoredAnswer Answer, long Size)>> _byKey =
        new(StringComparer.Ordinal);

    private readonly LinkedList<(string Key, StoredAnswer Answer, long Size)> _byRecency = new();
    private readonly Lock _gate = new();
    private readonly Ll2EntryVersions _versions;
    private readonly TimeProvider _clock;
    private readonly long _maxBytes;
    private long _bytes;

    public AnswerStore(IOptions<AnswerStoreOptions> options, IOptions<Ll2CacheOptions> cache,
        Ll2EntryVersions versions, TimeProvider clock)
    {
        (_versions, _clock, _maxBytes) = (versions, clock, options.Value.AnswersMaxBytes);
        Enabled = cache.Value.Enabled && options.Value.Answers && _maxBytes > 0;
    }

    public bool Enabled { get; }

    public DateTimeOffset Now => _clock.GetUtcNow();

    public long Bytes
    {
        get
        {
            lock (_gate)
            {
                return _bytes;
            }
        }
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _byKey.Count;
            }
        }
    }

    public StoredAnswer? Find(string key)
    {
        lock (_gate)
        {
            if (!_byKey.TryGetValue(key, out var node))
            {
                AnswerTelemetry.Count("miss");
                return null;
            }

            if (Now >= node.Value.Answer.ExpiresAt || !_versions.AreCurrent(node.Value.Answer.Entries))
            {
                Remove(node);
                AnswerTelemetry.Count("dropped");
                AnswerTelemetry.Count("miss");
                return null;
            }

            _byRecency.Remove(node);
            _byRecency.AddFirst(node);
            AnswerTelemetry.Count("hit");
            return node.Value.Answer;
        }
    }

    /// <summary>
    /// When an executed answer may be kept, until when: a query without errors, extensions (stale data, a cost
    /// report) or LL2 reads the cross-request cache did not answer fresh; null when it may not.
    /// </summary>
    public DateTimeOffset? KeepUntil(ExecutionResult result, Ll2RequestMemo memo, TimeSpan withoutLl2Data)
    {
        var tally = memo.Tally;
        if (!result.Executed || result.Errors is { Count: > 0 } || result.Extensions is { Count: > 0 } || tally.Stale
            || result.Operation?.Operation != OperationType.Query)
        {
            return null;
        }

        var entries = tally.Entries;
        if (memo.Touched.Select(read => (read.Path, read.ResultType)).Distinct().Count() != entries.Count
            || !_versions.AreCurrent(entries))
        {
            return null;
        }

        var until = entries.Count == 0 ? Now + withoutLl2Data : entries.Min(entry => entry.FreshUntil);
        return until > Now ? until : null;
    }

    public void Remember(string key, StoredAnswer answer)
    {
        var size = answer.SizeWith(key);
        if (size > _maxBytes)
        {
            return;
        }

        lock (_gate)
        {
            if (_byKey.TryGetValue(key, out var known))
            {
                Remove(known);
            }

            while (_bytes + size > _maxBytes && _byRecency.Last is { } oldest)
            {
                Remove(oldest);
                AnswerTelemetry.Count("evicted");
            }

            _byKey[key] = _byRecency.AddFirst((key, answer, size));
            _bytes += size;
            AnswerTelemetry.Count("kept");
        }
    }

    private void Remove(LinkedListNode<(string Key, StoredAnswer Answer, long Size)> node)
    {
        _byRecency.Remove(node);
        _byKey.Remove(node.Value.Key);
        _bytes -= node.Value.Size;
    }
}
