using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.Gateway.DockingEvents.Mirror;

/// <summary>
/// DRF's SearchFilter over the seven fields LL2 searches for docking events (LL2-API.md §1.1): the text is split
/// into terms (whitespace and commas; null characters dropped, surrounding quotes stripped) and every term must be
/// contained, case-insensitively (<c>icontains</c>), in at least one of the fields.
/// </summary>
public static class LocalSearch
{
    private static readonly Func<DockingEventDto, string?>[] SearchFields =
    [
        e => e.DockingLocation?.Name,
        e => e.FlightVehicleChaser?.Spacecraft?.Name,
        e => e.FlightVehicleTarget?.Spacecraft?.Name,
        e => e.PayloadFlightChaser?.Payload?.Name,
        e => e.PayloadFlightTarget?.Payload?.Name,
        e => e.SpaceStationChaser?.Name,
        e => e.SpaceStationTarget?.Name,
    ];

    public static Func<DockingEventDto, bool> Parse(string? search)
    {
        var terms = Terms(search);
        return terms.Count == 0
            ? _ => true
            : e => terms.TrueForAll(term => Array.Exists(SearchFields,
                field => field(e) is { } text && text.Contains(term, StringComparison.OrdinalIgnoreCase)));
    }

    public static List<string> Terms(string? search) =>
        (search ?? "").Replace("\0", "", StringComparison.Ordinal).Replace(',', ' ')
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(term => term.Trim('"'))
            .Where(term => term.Length > 0)
            .ToList();
}
