using System.Globalization;
using DockingGraph.LaunchLibrary.Queries;

namespace DockingGraph.LaunchLibrary;

/// <summary>
/// The relative LL2 URL of every call the client makes. Callers that memoize or cache calls key them by these
/// strings, so two code paths asking for the same data build the same URL.
/// </summary>
internal static class Ll2Paths
{
    /// <summary>LL2 takes at most this many UUIDs in one <c>launches/?id=</c> call (its page maximum).</summary>
    public const int MaxLaunchIdsPerCall = 100;

    public static string List<TDto>(Ll2ListQuery<TDto> query) => query.ToPath();

    public static string DockingEvent(int id) => $"docking_events/{Id(id)}/";

    public static string SpaceStation(int id) => $"space_stations/{Id(id)}/";

    public static string DockingLocations(int limit = 100, int offset = 0) => $"config/docking_locations/?{Page(limit, offset)}";

    public static string DockingLocation(int id) => $"config/docking_locations/{Id(id)}/";

    public static string SpacecraftFlight(int id) => $"spacecraft_flights/{Id(id)}/";

    public static string Spacecraft(int id) => $"spacecraft/{Id(id)}/";

    public static string Launches(IReadOnlyCollection<Guid> ids, LaunchesMode mode = LaunchesMode.Normal)
    {
        if (ids.Count is 0 or > MaxLaunchIdsPerCall)
        {
            throw new ArgumentOutOfRangeException(nameof(ids), ids.Count, $"Ask for 1 to {MaxLaunchIdsPerCall} launch ids per call.");
        }

        var list = string.Join(',', ids.Distinct().Order().Select(g => g.ToString("D")));
        return $"launches/?id={list}&{Page(MaxLaunchIdsPerCall, 0)}&mode={mode.ToQueryValue()}";
    }

    public static string Landing(int id) => $"landings/{Id(id)}/";

    public static string Launch(Guid id) => $"launches/{id:D}/";

    public static string Expeditions(int spaceStationId, int limit = 100, int offset = 0) =>
        $"expeditions/?{Page(limit, offset)}&space_station={Id(spaceStationId)}";

    public const string ApiThrottle = "api-throttle/";

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Page(int limit, int offset)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, DockingEventsQuery.MaxLimit);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        return $"limit={limit}&offset={offset}";
    }
}
