using DockingGraph.LaunchLibrary.Caching;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;

namespace DockingGraph.LaunchLibrary.Pipeline;

/// <summary>
/// One read from LL2 as it travels down the client's pipeline. Only <see cref="LaunchLibraryClient"/> creates reads
/// (and <see cref="Ll2CachePeek"/> the same list read, through <see cref="ForList{TDto}"/>, to find its cache entry),
/// so every LL2 URL is built in one place; stages key, classify and count by the read, never by parsing URLs.
/// </summary>
public sealed record Ll2Read
{
    internal Ll2Read(string path, Ll2ResourceClass resourceClass, string resource, Type resultType)
    {
        Path = path;
        Class = resourceClass;
        Resource = resource;
        ResultType = resultType;
    }

    /// <summary>A page of an LL2 list, with the key its <c>count</c> is remembered under.</summary>
    internal static Ll2Read ForList<TDto>(Ll2ListQuery<TDto> query) =>
        new(Ll2Paths.List(query), query.List.Class, query.List.Resource, typeof(PageDto<TDto>))
        {
            CountKey = Ll2ListCounts.KeyOf(query),
        };

    /// <summary>The relative LL2 URL, parameters sorted: equal reads have equal paths (the memo and cache key).</summary>
    public string Path { get; }

    public Ll2ResourceClass Class { get; }

    /// <summary>The LL2 endpoint, e.g. <c>docking_events</c> or <c>config/docking_locations</c> (telemetry's tag).</summary>
    public string Resource { get; }

    /// <summary>The DTO the JSON body is read as.</summary>
    public Type ResultType { get; }

    /// <summary>Who waits for the read: a user's request, or a background refresh that nobody waits for.</summary>
    public Ll2ReadOrigin Origin { get; init; } = Ll2ReadOrigin.Request;

    /// <summary>
    /// True for a reader that schedules its own re-reads (the docking-events mirror): its reads add nothing to the
    /// cache's demand, so the refresh scheduler does not spend calls on blocks the mirror re-reads on its own cycle.
    /// </summary>
    public bool SelfRefreshed { get; init; }

    /// <summary>
    /// For a list page: its list and filters without limit, offset, ordering and mode, under which the page's
    /// <c>count</c> is remembered (<see cref="Caching.Ll2ListCounts"/>); null for every other read.
    /// </summary>
    public string? CountKey { get; init; }

    /// <summary>The request's account of its LL2 use (null outside a request).</summary>
    public Ll2RequestTally? Tally { get; init; }
}

public enum Ll2ReadOrigin
{
    /// <summary>A client waits for it: takes precedence over background work and may use the reserved budget.</summary>
    Request,

    /// <summary>A refresh of data already served; never uses the reserve.</summary>
    Background,

    /// <summary>
    /// The due refresh of data most requests depend on (the docking-events mirror): may use the calls client reads
    /// leave for it (<see cref="Quota.Ll2RefreshHolds"/>); answered by a fresh cache entry, never by a stale one.
    /// </summary>
    Refresh,
}
