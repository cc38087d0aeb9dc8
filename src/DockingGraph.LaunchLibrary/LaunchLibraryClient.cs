using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;

namespace DockingGraph.LaunchLibrary;

/// <summary>
/// Typed client for LL2 2.3.0 (from <c>IHttpClientFactory</c>; base address and API key come from
/// <see cref="LaunchLibraryOptions"/>). Every method is one GET of an <see cref="Ll2Paths"/> URL; every failure is a
/// <see cref="LaunchLibraryException"/>.
/// </summary>
public sealed class LaunchLibraryClient(HttpClient http)
{
    public const int MaxLaunchIdsPerCall = Ll2Paths.MaxLaunchIdsPerCall;

    /// <summary>GETs a relative LL2 URL (build it with <see cref="Ll2Paths"/>) and reads the JSON as <typeparamref name="T"/>.</summary>
    public Task<T> GetAsync<T>(string relative, CancellationToken cancellationToken = default) =>
        LaunchLibraryTransport.GetAsync<T>(http, relative, cancellationToken);

    public Task<PageDto<DockingEventDto>> GetDockingEventsAsync(DockingEventsQuery query, CancellationToken cancellationToken = default) =>
        GetAsync<PageDto<DockingEventDto>>(Ll2Paths.DockingEvents(query), cancellationToken);

    /// <summary>Detail endpoints always answer with the detailed serializer; there is no <c>mode</c>.</summary>
    public Task<DockingEventDto> GetDockingEventAsync(int id, CancellationToken cancellationToken = default) =>
        GetAsync<DockingEventDto>(Ll2Paths.DockingEvent(id), cancellationToken);

    public Task<PageDto<SpaceStationDto>> GetSpaceStationsAsync(Ll2Mode mode = Ll2Mode.Normal, int limit = 100, int offset = 0, CancellationToken cancellationToken = default) =>
        GetAsync<PageDto<SpaceStationDto>>(Ll2Paths.SpaceStations(mode, limit, offset), cancellationToken);

    public Task<SpaceStationDto> GetSpaceStationAsync(int id, CancellationToken cancellationToken = default) =>
        GetAsync<SpaceStationDto>(Ll2Paths.SpaceStation(id), cancellationToken);

    public Task<PageDto<DockingLocationDto>> GetDockingLocationsAsync(int limit = 100, int offset = 0, CancellationToken cancellationToken = default) =>
        GetAsync<PageDto<DockingLocationDto>>(Ll2Paths.DockingLocations(limit, offset), cancellationToken);

    public Task<SpacecraftFlightDto> GetSpacecraftFlightAsync(int id, CancellationToken cancellationToken = default) =>
        GetAsync<SpacecraftFlightDto>(Ll2Paths.SpacecraftFlight(id), cancellationToken);

    public Task<SpacecraftDto> GetSpacecraftAsync(int id, CancellationToken cancellationToken = default) =>
        GetAsync<SpacecraftDto>(Ll2Paths.Spacecraft(id), cancellationToken);

    /// <summary>Up to <see cref="MaxLaunchIdsPerCall"/> launches by UUID in one call (<c>launches/?id=a,b,…</c>).</summary>
    public Task<PageDto<LaunchDto>> GetLaunchesAsync(IReadOnlyCollection<Guid> ids, LaunchesMode mode = LaunchesMode.Normal, CancellationToken cancellationToken = default) =>
        GetAsync<PageDto<LaunchDto>>(Ll2Paths.Launches(ids, mode), cancellationToken);

    public Task<LaunchDto> GetLaunchAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<LaunchDto>(Ll2Paths.Launch(id), cancellationToken);

    public Task<PageDto<ExpeditionDto>> GetExpeditionsAsync(int spaceStationId, int limit = 100, int offset = 0, CancellationToken cancellationToken = default) =>
        GetAsync<PageDto<ExpeditionDto>>(Ll2Paths.Expeditions(spaceStationId, limit, offset), cancellationToken);

    /// <summary>The caller's budget. Free: LL2 does not count this call.</summary>
    public Task<ApiThrottleDto> GetApiThrottleAsync(CancellationToken cancellationToken = default) =>
        GetAsync<ApiThrottleDto>(Ll2Paths.ApiThrottle, cancellationToken);
}
