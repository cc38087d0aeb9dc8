using System.Globalization;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;

namespace DockingGraph.LaunchLibrary;

/// <summary>
/// Typed client for LL2 2.3.0 (from <c>IHttpClientFactory</c>; base address and API key come from
/// <see cref="LaunchLibraryOptions"/>). Every method is one GET; every failure is a <see cref="LaunchLibraryException"/>.
/// </summary>
public sealed class LaunchLibraryClient(HttpClient http)
{
    /// <summary>LL2 takes at most this many UUIDs in one <c>launches/?id=</c> call (its page maximum).</summary>
    public const int MaxLaunchIdsPerCall = 100;

    public Task<PageDto<DockingEventDto>> GetDockingEventsAsync(DockingEventsQuery query, CancellationToken cancellationToken = default) =>
        GetAsync<PageDto<DockingEventDto>>($"docking_events/?{query.ToQueryString()}", cancellationToken);

    /// <summary>Detail endpoints always answer with the detailed serializer; there is no <c>mode</c>.</summary>
    public Task<DockingEventDto> GetDockingEventAsync(int id, CancellationToken cancellationToken = default) =>
        GetAsync<DockingEventDto>($"docking_events/{Id(id)}/", cancellationToken);

    public Task<PageDto<SpaceStationDto>> GetSpaceStationsAsync(Ll2Mode mode = Ll2Mode.Normal, int limit = 100, int offset = 0, CancellationToken cancellationToken = default) =>
        GetAsync<PageDto<SpaceStationDto>>($"space_stations/?{Page(limit, offset)}&mode={mode.ToQueryValue()}", cancellationToken);

    public Task<SpaceStationDto> GetSpaceStationAsync(int id, CancellationToken cancellationToken = default) =>
        GetAsync<SpaceStationDto>($"space_stations/{Id(id)}/", cancellationToken);

    public Task<PageDto<DockingLocationDto>> GetDockingLocationsAsync(int limit = 100, int offset = 0, CancellationToken cancellationToken = default) =>
        GetAsync<PageDto<DockingLocationDto>>($"config/docking_locations/?{Page(limit, offset)}", cancellationToken);

    public Task<SpacecraftFlightDto> GetSpacecraftFlightAsync(int id, CancellationToken cancellationToken = default) =>
        GetAsync<SpacecraftFlightDto>($"spacecraft_flights/{Id(id)}/", cancellationToken);

    public Task<SpacecraftDto> GetSpacecraftAsync(int id, CancellationToken cancellationToken = default) =>
        GetAsync<SpacecraftDto>($"spacecraft/{Id(id)}/", cancellationToken);

    /// <summary>Up to <see cref="MaxLaunchIdsPerCall"/> launches by UUID in one call (<c>launches/?id=a,b,…</c>).</summary>
    public Task<PageDto<LaunchDto>> GetLaunchesAsync(IReadOnlyCollection<Guid> ids, LaunchesMode mode = LaunchesMode.Normal, CancellationToken cancellationToken = default)
    {
        if (ids.Count is 0 or > MaxLaunchIdsPerCall)
        {
            throw new ArgumentOutOfRangeException(nameof(ids), ids.Count, $"Ask for 1 to {MaxLaunchIdsPerCall} launch ids per call.");
        }

        var list = string.Join(',', ids.Distinct().Order().Select(g => g.ToString("D")));
        return GetAsync<PageDto<LaunchDto>>($"launches/?id={list}&{Page(MaxLaunchIdsPerCall, 0)}&mode={mode.ToQueryValue()}", cancellationToken);
    }

    public Task<LaunchDto> GetLaunchAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<LaunchDto>($"launches/{id:D}/", cancellationToken);

    public Task<PageDto<ExpeditionDto>> GetExpeditionsAsync(int spaceStationId, int limit = 100, int offset = 0, CancellationToken cancellationToken = default) =>
        GetAsync<PageDto<ExpeditionDto>>($"expeditions/?{Page(limit, offset)}&space_station={Id(spaceStationId)}", cancellationToken);

    /// <summary>The caller's budget. Free: LL2 does not count this call.</summary>
    public Task<ApiThrottleDto> GetApiThrottleAsync(CancellationToken cancellationToken = default) =>
        GetAsync<ApiThrottleDto>("api-throttle/", cancellationToken);

    private Task<T> GetAsync<T>(string relative, CancellationToken cancellationToken) =>
        LaunchLibraryTransport.GetAsync<T>(http, relative, cancellationToken);

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Page(int limit, int offset)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, DockingEventsQuery.MaxLimit);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        return $"limit={limit}&offset={offset}";
    }
}
