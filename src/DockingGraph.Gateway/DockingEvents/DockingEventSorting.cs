using DockingGraph.Gateway.Data.Sorting;
using DockingGraph.Gateway.Flights;
using DockingGraph.Gateway.Stations;
using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.Gateway.DockingEvents;

/// <summary>
/// <c>DockingEventSortInput</c> in Hot Chocolate's shape: every scalar field of <c>DockingEvent</c> (<c>id</c> the LL2
/// id) and a nested sort per object field, with the fields the events' embedded objects carry (a station's other
/// fields from LL2's station table). An order of <c>docking</c>/<c>departure</c> only is pushed down (LL2 orders by
/// nothing else); any other field puts the whole order here: over the mirror while it is complete and fresh, else
/// over every event the where selects, read in blocks of 100 (<see cref="DockingEventsField"/>).
/// </summary>
public static class DockingEventSorting
{
    public const string Evaluated = "Evaluated here: over the docking-events mirror while it is complete and fresh, " +
        "else over every event the where selects, read in blocks of 100 within Limits:MaxLl2CallsPerRequest.";

    public static readonly LocalSort<DockingLocationDto> Location = new LocalSort<DockingLocationDto>()
        .Field("id", l => l.Id)
        .Field("name", l => l.Name)
        .Object<SpacecraftConfigDto>("spacecraft", typeof(SpacecraftConfigSortInputGraphType),
            () => SpacecraftSorting.Config, l => l.Spacecraft)
        .Object<SpaceStationDto>("spaceStation", typeof(SpaceStationSortInputGraphType), () => SpaceStationSorting.Sort,
            l => l.Spacestation);

    public static readonly LocalSort<PayloadFlightDto> PayloadFlight = new LocalSort<PayloadFlightDto>()
        .Field("id", f => f.Id)
        .Field("url", f => f.Url)
        .Field("destination", f => f.Destination)
        .Field("amount", f => f.Amount);

    private static LocalSort<SpaceStationDto> Stations => SpaceStationSorting.Sort;

    public static readonly LocalSort<DockingEventDto> Sort = new LocalSort<DockingEventDto>()
        .Field("id", e => e.Id, "LL2's docking-event id. " + Evaluated)
        .Field("url", e => e.Url)
        .Field("docking", e => e.Docking)
        .Field("departure", e => e.Departure)
        .Object<DockingLocationDto>("dockingLocation", typeof(DockingLocationSortInputGraphType), () => Location,
            e => e.DockingLocation)
        .Object<SpaceStationDto>("spaceStationTarget", typeof(SpaceStationSortInputGraphType), () => Stations,
            e => e.SpaceStationTarget)
        .Object<SpacecraftFlightDto>("flightVehicleTarget", typeof(SpacecraftFlightSortInputGraphType),
            () => SpacecraftFlightSorting.InDockingEventTarget, e => e.FlightVehicleTarget, Evaluated + " The " +
            "target flight's launch is LL2's LaunchMini: launch sorts beyond id, url and name are SORT_NOT_SUPPORTED " +
            "(the chaser's launch is LaunchNormal: every LaunchSortInput field).")
        .Object<PayloadFlightDto>("payloadFlightTarget", typeof(PayloadFlightSortInputGraphType), () => PayloadFlight,
            e => e.PayloadFlightTarget)
        // The mirror and the blocks read mode=detailed: the chaser is SpacecraftFlightNormal (launch LaunchNormal).
        .Object<SpacecraftFlightDto>("flightVehicleChaser", typeof(SpacecraftFlightSortInputGraphType),
            () => SpacecraftFlightSorting.Sort, e => e.FlightVehicleChaser)
        .Object<SpaceStationDto>("spaceStationChaser", typeof(SpaceStationSortInputGraphType), () => Stations,
            e => e.SpaceStationChaser)
        .Object<PayloadFlightDto>("payloadFlightChaser", typeof(PayloadFlightSortInputGraphType), () => PayloadFlight,
            e => e.PayloadFlightChaser);

    private static readonly string[] StationObjects =
        ["spaceStationTarget.", "spaceStationChaser.", "dockingLocation.spaceStation."];

    /// <summary>The first key LL2 cannot order by, as a message part; null when LL2 orders by every key.</summary>
    public static string? Ll2Lacks(IEnumerable<LocalSort<DockingEventDto>.Key> keys) =>
        keys.FirstOrDefault(k => !DockingEventsPushDown.Table.Sorts.Any(s => s.Name == k.Path)) is { } key
            ? OrderLacking.Of(key.Path)
            : null;

    /// <summary>
    /// The written keys, then the push-down's tie-breakers (docking, departure ascending) not mentioned: the order LL2
    /// would give for the same LL2 fields (the last tie, by id, is broken by the sort).
    /// </summary>
    public static List<LocalSort<DockingEventDto>.Key> WithTieBreakers(
        IReadOnlyList<LocalSort<DockingEventDto>.Key> keys)
    {
        var tieBreakers = Sort.Keys([[.. DockingEventsPushDown.Table.TieBreakers
            .Select(t => KeyValuePair.Create(t, (object?)SortEnum.Asc))]]);
        return [.. keys, .. tieBreakers.Where(t => keys.All(k => k.Path != t.Path))];
    }

    /// <summary>Whether a key reads a station field the event's embedded station (SpaceStationMini) lacks.</summary>
    public static bool NeedsStationTable(IEnumerable<LocalSort<DockingEventDto>.Key> keys) =>
        keys.Any(k => StationObjects.Any(prefix => k.Path.StartsWith(prefix, StringComparison.Ordinal)
            && !SpaceStationSorting.Embedded.Contains(k.Path[prefix.Length..].Split('.')[0])));

    /// <summary>
    /// The event as sorted: its stations completed from their station-table rows, keeping what the event embeds
    /// (url, name, image: the values the event shows, as the where's join does).
    /// </summary>
    public static Func<DockingEventDto, DockingEventDto> WithStations(IReadOnlyList<SpaceStationDto> table)
    {
        var byId = table.ToDictionary(s => s.Id);
        SpaceStationDto? Full(SpaceStationDto? s) => SpaceStationFilter.Join(s, byId);
        return e => e with
        {
            SpaceStationTarget = Full(e.SpaceStationTarget),
            SpaceStationChaser = Full(e.SpaceStationChaser),
            DockingLocation = e.DockingLocation is { } l ? l with { Spacestation = Full(l.Spacestation) } : null,
        };
    }
}

public sealed class DockingEventSortInputGraphType() : LocalSortInputGraphType<DockingEventDto>(
    "DockingEventSortInput", DockingEventSorting.Sort, DockingEventSorting.Evaluated,
    DockingEventsPushDown.Table.Sorts);

public sealed class DockingLocationSortInputGraphType() : LocalSortInputGraphType<DockingLocationDto>(
    "DockingLocationSortInput", DockingEventSorting.Location, null);

public sealed class PayloadFlightSortInputGraphType() : LocalSortInputGraphType<PayloadFlightDto>(
    "PayloadFlightSortInput", DockingEventSorting.PayloadFlight, null);
