namespace DockingGraph.Snapshot.Faults;

/// <summary>One request the snapshot answered.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, int Status, bool HadAuthorization, string? Authorization)
{
    public string PathAndQuery => Query.Length == 0 ? Path : $"{Path}?{Query}";
}

/// <summary>Every LL2 request the snapshot served, in order, so tests can assert exact upstream call counts.</summary>
public sealed class RequestLog
{
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _entries = [];

    public IReadOnlyList<RecordedRequest> Entries
    {
        get { lock (_gate) { return _entries.ToList(); } }
    }

    public int Count => Entries.Count;

    /// <summary>Requests whose path (e.g. "/2.3.0/docking_events/") equals <paramref name="path"/>.</summary>
    public int CountPath(string path) => Entries.Count(e => e.Path == path);

    public IReadOnlyDictionary<string, int> ByPath =>
        Entries.GroupBy(e => e.Path).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());

    public IReadOnlyDictionary<string, int> ByPathAndQuery =>
        Entries.GroupBy(e => e.PathAndQuery).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());

    public void Add(RecordedRequest request)
    {
        lock (_gate)
        {
            _entries.Add(request);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }
}
