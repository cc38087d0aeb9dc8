using DockingGraph.Gateway.Data.Filtering;
using DockingGraph.Gateway.Data.Local;
using DockingGraph.Gateway.Flights;
using DockingGraph.LaunchLibrary.Dtos;
using GraphQL.Types;

namespace DockingGraph.Gateway.Stations;

/// <summary>
/// Hot Chocolate's <c>DockingLocationFilterInput</c> (a docking event's location). Its station is the one
/// <c>SpaceStationFilterInput</c>; the spacecraft is LL2's SpacecraftConfigNormal, the one
/// <c>SpacecraftConfigFilterInput</c>. The payload
/// is left out: no recorded docking location is on a payload.
/// </summary>
public sealed class DockingLocationFilterInputGraphType : InputObjectGraphType
{
    public DockingLocationFilterInputGraphType()
    {
        Name = "DockingLocationFilterInput";
        Description = "Filters on docking locations. Conditions combine with AND. In a docking-event filter the " +
            "id (eq) is pushed down as docking_location__id; the rest is evaluated over the location the event " +
            "embeds, and its station's fields beyond id, url and name over LL2's station table (one call).";
        Field<ListGraphType<NonNullGraphType<DockingLocationFilterInputGraphType>>>("and");
        Field<ListGraphType<NonNullGraphType<DockingLocationFilterInputGraphType>>>("or");
        Field<IdOperationFilterInputGraphType>("id");
        Field<StringOperationFilterInputGraphType>("name");
        Field<SpaceStationFilterInputGraphType>("spaceStation");
        Field<SpacecraftConfigFilterInputGraphType>("spacecraft");
        Field<Payloads.PayloadFilterInputGraphType>("payload");
        Field<DockingEvents.DockingEventFilterInputGraphType>("currentlyDocked");
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

    public const string CurrentlyDockedNotCarried = "a docking event embeds its docking location as LL2's " +
        "DockingLocation (id, name, spacestation, spacecraft, payload), which has no currently_docked";

    public const string CurrentlyDockedNotEvaluated = "LL2's station table embeds a port's currently_docked as " +
        "DockingEventDetailedSerializerForSpacestation; the gateway does not evaluate that form (not built): filter " +
        "the station's activeDockingEvents instead";

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
