namespace DockingGraph.Gateway.PersistedOperations;

/// <summary>
/// The documents clients registered with Apollo's automatic persisted queries, bounded by count and by bytes: the
/// least recently used go first, and a document larger than the whole byte budget is not kept at all.
/// </summary>
public sealed class AutomaticPersistedQueries(int capacity, long maxBytes)
{
    private readonly Dictionary<string, LinkedListNode<Entry>> _byHash = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _byRecency = new();
    private readonly Lock _gate = new();
    private long _bytes;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _byHash.Count;
            }
        }
    }

    /// <summary>What the kept documents weigh in memory (UTF-16 text and hash).</summary>
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

    public static long SizeOf(string hash, string document) => (hash.Length + (long)document.Length) * sizeof(char);

    public string? Find(string hash)
    {
        lock (_gate)
        {
            if (!_byHash.TryGetValue(hash, out var node))
            {
                return null;
            }

            _byRecency.Remove(node);
            _byRecency.AddFirst(node);
            return node.Value.Document;
        }
    }

    public bool Remember(string hash, string document)
    {
        var size = SizeOf(hash, document);
        if (capacity <= 0 || size > maxBytes)
        {
            return false;
        }

        lock (_gate)
        {
            if (_byHash.TryGetValue(hash, out var known))
            {
                _byRecency.Remove(known);
                _byRecency.AddFirst(known);
                return true;
            }

            while (_byHash.Count >= capacity || _bytes + size > maxBytes)
            {
                var oldest = _byRecency.Last!;
                _byRecency.RemoveLast();
                _byHash.Remove(oldest.Value.Hash);
                _bytes -= oldest.Value.Size;
            }

            _byHash[hash] = _byRecency.AddFirst(new Entry(hash, document, size));
            _bytes += size;
            return true;
        }
    }

    private sealed record Entry(string Hash, string Document, long Size);
}
