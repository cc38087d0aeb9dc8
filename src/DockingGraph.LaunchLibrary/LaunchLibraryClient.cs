using DockingGraph.LaunchLibrary.Caching;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Pipeline;
using DockingGraph.LaunchLibrary.Queries;

namespace DockingGraph.LaunchLibrary;

/// <summary>
/// The one door to LL2 2.3.0. Every method is a read with a resource class that travels down the pipeline: the
/// registered <see cref="ILl2Stage"/>s in order (the host's per-request memo first), then one HTTP GET. Every failure
/// is a <see cref="LaunchLibraryException"/>. Scoped: stages such as the memo live as long as one request.
/// </summary>
public sealed class LaunchLibraryClient
{
    /// <summary>LL2 takes at most this many UUIDs in one <c>launches/?id=</c> call (its page maximum).</summary>
    public const int MaxLaunchIdsPerCall = Ll2Paths.MaxLaunchIdsPerCall;

    private const int FullPage = 100;

    private readonly Ll2HttpTransport _transport;
    private readonly Ll2ReadNext _pipeline;
    private readonly Ll2ListCounts? _counts;

    internal LaunchLibraryClient(Ll2HttpTransport transport, IEnumerable<ILl2Stage> stages,
        Ll2ListCounts? counts = null)
    {
        _transport = transport;
        _counts = counts;
        Ll2ReadNext next = transport.SendAsync;
        foreach (var stage in stages.Reverse())
        {
            var below = next;
            next = (read, ct) => stage.ReadAsync(read, below, ct);
        }

        _pipeline = next;
    }

    /// <summary>One page of an LL2 list (<see cref="Ll2Lists"/>), filtered, ordered and paged by LL2.</summary>
    public async Task<PageDto<TDto>> GetPageAsync<TDto>(Ll2ListQuery<TDto> query,
        CancellationToken cancellationToken = default) =>
        (PageDto<TDto>)await _pipeline(Ll2Read.ForList(query), cancellationToken);

    /// <summary>
    /// The <c>count</c> LL2 last gave for the query's list and filters (any page of it), when that is no older than
    /// the list's cache lifetime; null when this process has not read the list lately. Costs no call.
    /// </summary>
    public Ll2ListCount? FreshCount<TDto>(Ll2ListQuery<TDto> query) => _counts?.Fresh(query);

    /// <summary>
    /// The same, for a reader that re-reads it on its own schedule (the mirror), read for <paramref name="origin"/>
    /// (a due refresh, say): it adds nothing to the cache's demand (<see cref="Ll2Read.SelfRefreshed"/>).
    /// </summary>
    public async Task<PageDto<TDto>> GetPageAsync<TDto>(Ll2ListQuery<TDto> query, Ll2ReadOrigin origin,
        CancellationToken cancellationToken = default) =>
        (PageDto<TDto>)await _pipeline(Ll2Read.ForList(query) with { Origin = origin, SelfRefreshed = true },
            cancellationToken);

    public Task<PageDto<DockingEventDto>> GetDockingEventsAsync(DockingEventsQuery query, CancellationToken cancellationToken = default) =>
        GetPageAsync(query.ToListQuery(), cancellationToken);

    /// <summary>Detail endpoints always answer with the detailed serializer; there is no <c>mode</c>.</summary>
    public Task<DockingEventDto> GetDockingEventAsync(int id, CancellationToken cancellationToken = default) =>
        ReadAsync<DockingEventDto>(Ll2Paths.DockingEvent(id), Ll2ResourceClass.Detail, "docking_events", cancellationToken);

    public Task<PageDto<SpaceStationDto>> GetSpaceStationsAsync(Ll2Mode mode = Ll2Mode.Normal, int limit = FullPage, int offset = 0, CancellationToken cancellationToken = default) =>
        GetSpaceStationsAsync(new SpaceStationsQuery { Mode = mode, Limit = limit, Offset = offset }, cancellationToken);

    public Task<PageDto<SpaceStationDto>> GetSpaceStationsAsync(SpaceStationsQuery query, CancellationToken cancellationToken = default) =>
        GetPageAsync(query.ToListQuery(), cancellationToken);

    /// <summary>The whole station table (15 rows: one call).</summary>
    public Task<List<SpaceStationDto>> GetAllSpaceStationsAsync(Ll2Mode mode, CancellationToken cancellationToken = default) =>
        AllAsync(offset => GetSpaceStationsAsync(mode, FullPage, offset, cancellationToken));

    /// <summary>
    /// The whole spacecraft-configuration table, detailed (SpacecraftConfigDetailed; 46 rows: one call). The rows
    /// embed a configuration as SpacecraftConfigNormal; its detailed-only fields are read from here.
    /// </summary>
    public Task<List<SpacecraftConfigDto>> GetAllSpacecraftConfigurationsAsync(
        CancellationToken cancellationToken = default) =>
        AllAsync(offset => GetPageAsync(Ll2Lists.SpacecraftConfigurations.Query() with
        {
            Mode = Ll2Mode.Detailed, Limit = FullPage, Offset = offset,
        }, cancellationToken));

    public Task<SpaceStationDto> GetSpaceStationAsync(int id, CancellationToken cancellationToken = default) =>
        ReadAsync<SpaceStationDto>(Ll2Paths.SpaceStation(id), Ll2ResourceClass.Detail, "space_stations", cancellationToken);

    public Task<PageDto<DockingLocationDto>> GetDockingLocationsAsync(int limit = FullPage, int offset = 0, CancellationToken cancellationToken = default) =>
        ReadAsync<PageDto<DockingLocationDto>>(Ll2Paths.DockingLocations(limit, offset), Ll2ResourceClass.ReferenceTable, "config/docking_locations", cancellationToken);

    /// <summary>The whole docking-location table (ids up to ~45: one call).</summary>
    public Task<List<DockingLocationDto>> GetAllDockingLocationsAsync(CancellationToken cancellationToken = default) =>
        AllAsync(offset => GetDockingLocationsAsync(FullPage, offset, cancellationToken));

    public Task<DockingLocationDto> GetDockingLocationAsync(int id, CancellationToken cancellationToken = default) =>
        ReadAsync<DockingLocationDto>(Ll2Paths.DockingLocation(id), Ll2ResourceClass.ReferenceTable, "config/docking_locations", cancellationToken);

    public Task<SpacecraftFlightDto> GetSpacecraftFlightAsync(int id, CancellationToken cancellationToken = default) =>
        ReadAsync<SpacecraftFlightDto>(Ll2Paths.SpacecraftFlight(id), Ll2ResourceClass.Detail, "spacecraft_flights", cancellationToken);

    public Task<SpacecraftDto> GetSpacecraftAsync(int id, CancellationToken cancellationToken = default) =>
        ReadAsync<SpacecraftDto>(Ll2Paths.Spacecraft(id), Ll2ResourceClass.Detail, "spacecraft", cancellationToken);

    /// <summary>Up to <see cref="MaxLaunchIdsPerCall"/> launches by UUID in one call (<c>launches/?id=a,b,…</c>).</summary>
    public Task<PageDto<LaunchDto>> GetLaunchesAsync(IReadOnlyCollection<Guid> ids, LaunchesMode mode = LaunchesMode.Normal, CancellationToken cancellationToken = default) =>
        ReadAsync<PageDto<LaunchDto>>(Ll2Paths.Launches(ids, mode), Ll2ResourceClass.ListPage, "launches", cancellationToken);

    public Task<LandingDto> GetLandingAsync(int id, CancellationToken cancellationToken = default) =>
        ReadAsync<LandingDto>(Ll2Paths.Landing(id), Ll2ResourceClass.Detail, "landings", cancellationToken);

    public Task<LaunchDto> GetLaunchAsync(Guid id, CancellationToken cancellationToken = default) =>
        ReadAsync<LaunchDto>(Ll2Paths.Launch(id), Ll2ResourceClass.Detail, "launches", cancellationToken);

    public Task<PageDto<ExpeditionDto>> GetExpeditionsAsync(int spaceStationId, int limit = FullPage, int offset = 0, CancellationToken cancellationToken = default) =>
        ReadAsync<PageDto<ExpeditionDto>>(Ll2Paths.Expeditions(spaceStationId, limit, offset), Ll2ResourceClass.ListPage, "expeditions", cancellationToken);

    /// <summary>Every expedition of one station (LL2 filters by one station at a time).</summary>
    public Task<List<ExpeditionDto>> GetAllExpeditionsAsync(int spaceStationId, CancellationToken cancellationToken = default) =>
        AllAsync(offset => GetExpeditionsAsync(spaceStationId, FullPage, offset, cancellationToken));

    /// <summary>
    /// The caller's budget. Free (LL2 does not count this call), so it bypasses the stages: never memoized, cached
    /// or budgeted.
    /// </summary>
    public async Task<ApiThrottleDto> GetApiThrottleAsync(CancellationToken cancellationToken = default) =>
        (ApiThrottleDto)await _transport.SendAsync(
            new Ll2Read(Ll2Paths.ApiThrottle, Ll2ResourceClass.Detail, "api-throttle", typeof(ApiThrottleDto)), cancellationToken);

    private async Task<T> ReadAsync<T>(string path, Ll2ResourceClass resourceClass, string resource, CancellationToken cancellationToken) =>
        (T)await _pipeline(new Ll2Read(path, resourceClass, resource, typeof(T)), cancellationToken);

    private static async Task<List<T>> AllAsync<T>(Func<int, Task<PageDto<T>>> pageAt)
    {
        var rows = new List<T>();
        while (true)
        {
            var page = await pageAt(rows.Count);
            rows.AddRange(page.Results);
            if (page.Results.Count == 0 || rows.Count >= page.Count)
            {
                return rows;
            }
        }
    }
}
