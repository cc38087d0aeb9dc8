using DockingGraph.Gateway.Data.Filtering;
using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;

namespace DockingGraph.Gateway.Stations;

/// <summary>What LL2's <c>space_stations/</c> can execute of <c>where</c> and <c>order</c>.</summary>
public static class SpaceStationsPushDown
{
    public static readonly PushDownTable<SpaceStationDto> Table =
        new PushDownTable<SpaceStationDto>(Ll2Lists.SpaceStations, "space stations", "spaceStations")
        .WithSingleBranchOr("LL2 executes a single branch; several are evaluated over LL2's whole station table " +
            "(the same one call).")
        .Filter(new MirrorOnly("id", typeof(IdOperationFilterInputGraphType), SpaceStationFilter.OverTheTable))
        .Filter(new MirrorOnly("url", typeof(StringOperationFilterInputGraphType), SpaceStationFilter.OverTheTable))
        .Filter(new StringMatch("name", "name"))
        .Filter(new ObjectLookupId("status", "status", typeof(SpaceStationStatusFilterInputGraphType),
            "→ status for id { eq } (LL2 status id: 1 Active, 2 De-Orbited, …); the rest over the table"))
        .Filter(new MirrorOnly("description", typeof(StringOperationFilterInputGraphType),
            SpaceStationFilter.OverTheTable))
        .Filter(new MirrorOnly("orbit", typeof(StringOperationFilterInputGraphType), SpaceStationFilter.OverTheTable))
        .Filter(new ObjectLookupId("type", "type", typeof(SpaceStationTypeFilterInputGraphType),
            "→ type for id { eq } (LL2 type id); the rest over the table"))
        .Filter(new MirrorOnly("founded", typeof(DateOperationFilterInputGraphType), SpaceStationFilter.OverTheTable))
        .Filter(new MirrorOnly("deorbited", typeof(DateOperationFilterInputGraphType),
            SpaceStationFilter.OverTheTable))
        .Filter(new MirrorOnly("height", typeof(FloatOperationFilterInputGraphType), SpaceStationFilter.OverTheTable))
        .Filter(new MirrorOnly("width", typeof(FloatOperationFilterInputGraphType), SpaceStationFilter.OverTheTable))
        .Filter(new MirrorOnly("mass", typeof(FloatOperationFilterInputGraphType), SpaceStationFilter.OverTheTable))
        .Filter(new MirrorOnly("volume", typeof(FloatOperationFilterInputGraphType), SpaceStationFilter.OverTheTable))
        .Filter(new MirrorOnly("onboardCrew", typeof(IntOperationFilterInputGraphType),
            SpaceStationFilter.OverTheTable))
        .Filter(new MirrorOnly("dockedVehicles", typeof(IntOperationFilterInputGraphType),
            SpaceStationFilter.OverTheTable))
        .Filter(new MirrorOnly("image", typeof(ImageFilterInputGraphType), SpaceStationFilter.OverTheTable +
            " Nested in a docking event, over the SpaceStationMini the event embeds (it carries the image)."))
        .Filter(new MirrorOnly("owners", typeof(ListFilterInputGraphType<Flights.AgencyFilterInputGraphType>),
            SpaceStationFilter.OverTheTable))
        .Filter(new MirrorOnly("dockingLocations",
            typeof(ListFilterInputGraphType<DockingLocationFilterInputGraphType>), SpaceStationFilter.OverTheTable +
            " A port's spacecraft is refused: the table embeds ports as id, name and currently_docked."))
        .Filter(new MirrorOnly("activeExpeditions",
            typeof(ListFilterInputGraphType<ExpeditionFilterInputGraphType>), SpaceStationFilter.OverTheTable +
            " The table embeds them as ExpeditionMini: crew, mission patches and spacewalks are refused."))
        .Filter(new MirrorOnly("activeDockingEvents",
            typeof(ListFilterInputGraphType<DockingEvents.DockingEventFilterInputGraphType>),
            SpaceStationFilter.OverTheTable + " The table embeds them without their chaser: chaser fields are " +
            "refused."))
        .Filter(new MirrorOnly("expeditions", typeof(ListFilterInputGraphType<ExpeditionFilterInputGraphType>),
            "Refused (FILTER_NOT_SUPPORTED, before any LL2 call): a station's expeditions are not in LL2's " +
            "station table."))
        .Sort("id", "id", "LL2's station id.")
        .Sort("name", "name")
        .Sort("founded", "founded")
        .Sort("volume", "volume")
        .Sort("onboardCrew", "onboard_crew")
        .Sort("dockedVehicles", "docked_vehicles")
        .OrderByDefault("id")
        .BreakTiesBy("id");
}
