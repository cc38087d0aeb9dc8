using DockingGraph.LaunchLibrary.Pipeline;

namespace DockingGraph.Gateway.Answers;

/// <summary>
/// One answer as it went out: its bytes, status and content type; for a GET its ETag and when its max-age ends.
/// It lives until the first of its LL2 entries stops being fresh, and only while none of them has been replaced.
/// </summary>
public sealed record StoredAnswer(
    byte[] Body,
    int Status,
    string ContentType,
    DateTimeOffset ExpiresAt,
    IReadOnlyList<Ll2EntryUse> Entries,
    string? ETag = null,
    DateTimeOffset? MaxAgeUntil = null)
{
    // Fixed cost of the record, its node and its index slot, beside what it holds.
    private const int Overhead = 256;

    public long SizeWith(string key) =>
        Overhead + Body.Length + (key.Length + ContentType.Length + (ETag?.Length ?? 0)) * sizeof(char)
        + Entries.Sum(entry => 64L + entry.Key.Length * sizeof(char));
}
