namespace DockingGraph.LaunchLibrary.Pipeline;

/// <summary>
/// One cross-request cache entry an answer used: its key, the version it had when read (see
/// <see cref="Caching.Ll2EntryVersions"/>) and when its data stops being fresh.
/// </summary>
public sealed record Ll2EntryUse(string Key, long Version, DateTimeOffset FreshUntil);
