using System.ComponentModel;

namespace DockingGraph.LaunchLibrary.Caching;

/// <summary>
/// One cached LL2 answer: the DTO and when it was fetched, so every hit knows its age (fresh, stale or too old).
/// Immutable (the DTOs are init-only records), so the memory cache hands out the same instance without copying.
/// </summary>
[ImmutableObject(true)]
public sealed record Ll2CacheEntry<T>(DateTimeOffset FetchedAt, T Value);
