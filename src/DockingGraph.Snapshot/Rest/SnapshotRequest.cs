namespace DockingGraph.Snapshot.Rest;

/// <summary>
/// One HTTP request as the snapshot sees it, whether it came over Kestrel or through the in-process handler.
/// </summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Origin">Scheme and authority the client used, e.g. <c>http://127.0.0.1:5100</c>; response URLs point
/// there.</param>
/// <param name="Path">The path, e.g. <c>/2.3.0/docking_events/</c>.</param>
/// <param name="Query">The raw query string, without '?'.</param>
/// <param name="Authorization">The Authorization header, if any.</param>
public sealed record SnapshotRequest(string Method, string Origin, string Path, string Query, string? Authorization = null);

/// <summary>What the snapshot answers.</summary>
public sealed record SnapshotResponse(int Status, string Body, IReadOnlyDictionary<string, string> Headers)
{
    public const string JsonContentType = "application/json";

    public string ContentType => Headers.TryGetValue("Content-Type", out var type) ? type : JsonContentType;
}
