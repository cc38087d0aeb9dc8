using DockingGraph.Gateway.Data.Filtering;
using DockingGraph.Gateway.Data.Local;
using DockingGraph.Gateway.Flights;
using DockingGraph.LaunchLibrary.Dtos;
using GraphQL.Types;

namespace DockingGraph.Gateway.Stations;

/// <summary>
/// Hot Chocolate's <c>DockingLocationFilterInput</c> (a docking event's location, a station's ports). Its station is
/// the one <c>SpaceStationFilterInput</c>; the spacecraft is LL2's SpacecraftConfigNormal, the one
/// <c>SpacecraftConfigFilterInput</c>; <c>currentlyDocked</c> the one <c>DockingEventFilterInput</c>, evaluated
/// only over a station's port (<see cref="CurrentlyDockedFilter"/>).
/// </summary>
public sealed class DockingLocationFilterInputGraphType : InputObjectGraphType
{
    public DockingLocationFilterInputGraphType()
    {
        Name = "DockingLocationFilterInput";
        Description = "Filters on docking locations. Conditions combine with AND. In a docking-event filter the " +
            "id (eq) is pushed down as docking_location__id; the rest is evaluated over the location the event " +
            "embeds, and its station's fields beyond id, url and name over LL2's station table (one call). A " +
            "station's dockingLocations are evaluated over LL2's station table, currentlyDocked included.";
        Field<ListGraphType<NonNullGraphType<DockingLocationFilterInputGraphType>>>("and");
        Field<ListGraphType<NonNullGraphType<DockingLocationFilterInputGraphType>>>("or");
        Field<IdOperationFilterInputGraphType>("id");
        Field<StringOperationFilterInputGraphType>("name");
        Field<SpaceStationFilterInputGraphType>("spaceStation");
        Field<SpacecraftConfigFilterInputGraphType>("spacecraft");
        Field<Payloads.PayloadFilterInputGraphType>("payload");
        Field<DockingEvents.DockingEventFilterInputGraphType>("currentlyDocked")
            .Description(DockingLocationFilter.CurrentlyDocked);
    }
}

/// <summary>Which filter field reads which value of a docking location.</summary>
public static class DockingLocationFilter
{
    /// <summary>
    /// The location's fields; its station through <paramref name="station"/>, over <paramref name="join"/> of the
    /// embedded station (LL2's station table row, or the embedded station itself).
    /// </summary>
    public static LocalWhere<DockingLocationDto> Where(LocalWhere<SpaceStationDto> station,
        Func<SpaceStationDto?, SpaceStationDto?> join) =>
        new LocalWhere<DockingLocationDto>("docking-location")
            .Id("id", "DockingLocation", l => l.Id)
            .Strings("name", l => l.Name)
            .Nested("spaceStation", station, l => join(l.Spacestation))
            .Nested("spacecraft", EmbeddedObjectFilters.SpacecraftConfig.Local, l => l.Spacecraft)
            .Nested("payload", Payloads.PayloadFilter.Mini.Local, l => l.Payload)
            .NotCarried("currentlyDocked", CurrentlyDockedNotCarried);

    public const string CurrentlyDocked = "What is docked at the port now. A station's port (spaceStations, and " +
        "a station a docking event's filter reads from LL2's station table): evaluated over the table's " +
        "currently_docked (LL2's " + CurrentlyDockedFilter.Serializer + ": id, url, docking, departure and the " +
        "chaser flight, station and payload flight; dockingLocation and spaceStationTarget are the port and its " +
        "station), one call for all stations; flightVehicleTarget and payloadFlightTarget are refused there " +
        "(FILTER_NOT_SUPPORTED, before any LL2 call), and so is the chaser flight beyond id, url, spacecraft and " +
        "launch (SpacecraftFlightForDockingEvent), whose spacecraft's configuration is SpacecraftConfigDetailed " +
        "(its detailed fields evaluated). A docking event's own dockingLocation: refused (LL2's " +
        "DockingLocation has no currently_docked). Holds only where something is docked.";

    public const string CurrentlyDockedNotCarried = "a docking event embeds its docking location as LL2's " +
        "DockingLocation (id, name, spacestation, spacecraft, payload), which has no currently_docked";

    public const string PayloadNotCarried = "LL2's station table embeds its docking locations as " +
        "DockingLocationSerializerForSpacestation (id, name, currently_docked), which has no payload";

    /// <summary>Whether a location filter value reads a station field beyond <paramref name="carried"/>.</summary>
    public static bool ReadsStationBeyond(object? value, IReadOnlySet<string> carried) =>
        value is IDictionary<string, object?> fields && fields.Any(pair => pair.Value is not null && pair.Key switch
        {
            "and" or "or" => ((IEnumerable<object?>)pair.Value).Any(branch => ReadsStationBeyond(branch, carried)),
            "spaceStation" => SpaceStationFilter.ReadsBeyond(pair.Value, carried),
            _ => false,
        });
}
