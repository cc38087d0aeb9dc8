using DockingGraph.Gateway.Data.Filtering;
using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.Gateway.Flights;
using DockingGraph.Gateway.Payloads;
using DockingGraph.Gateway.Stations;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;

namespace DockingGraph.Gateway.DockingEvents;

/// <summary>
/// What LL2's <c>docking_events/</c> can execute of <c>where</c> and <c>order</c>. The rest of Hot Chocolate's
/// operators (<see cref="PushDownTable{TDto}.Ll2Lacks"/>) and sort fields (<see cref="DockingEventSorting"/>) are
/// evaluated here (<see cref="Mirror.LocalWhere"/>): over the docking-events mirror while it is complete and fresh,
/// else over every event LL2's part selects, read in blocks of 100 (<see cref="DockingEventsField"/>).
/// </summary>
public static class DockingEventsPushDown
{
    private const string NoLl2Filter = "LL2 has no filter for it: evaluated here over the events (the " +
        "docking-events mirror, or every event LL2's part of the where selects, within budget).";

    private const string StationNoLl2Filter = "LL2 has no filter for it: evaluated here over the events (the " +
        "docking-events mirror, or every event LL2's part of the where selects, within budget); station fields " +
        "beyond id, url and name over LL2's station table, one call.";

    public static readonly PushDownTable<DockingEventDto> Table =
        new PushDownTable<DockingEventDto>(Ll2Lists.DockingEvents, "docking events", "dockingEvents")
        .WithSingleBranchOr("LL2 executes a single branch; several are evaluated here: over the docking-events " +
            "mirror while it is complete and fresh, else over every event the rest of the where selects, read in " +
            "blocks of 100 within Limits:MaxLl2CallsPerRequest.")
        .EvaluatedLocally(Mirror.LocalWhere.Evaluation)
        .Filter(new MirrorOnly("id", typeof(IdOperationFilterInputGraphType)))
        .Filter(new MirrorOnly("url", typeof(StringOperationFilterInputGraphType)))
        .Filter(new DateBounds("docking", "docking"))
        .Filter(new MirrorOnly("departure", typeof(DateTimeOperationFilterInputGraphType)))
        .Filter(new NodeIdEquals("dockingLocation", typeof(DockingLocationFilterInputGraphType), "docking_location__id",
            "DockingLocation"))
        .Filter(new NodeIdEquals("spaceStationTarget", typeof(SpaceStationFilterInputGraphType),
            "space_station_target__id", "SpaceStation"))
        .Filter(new MirrorOnly("flightVehicleTarget", typeof(SpacecraftFlightFilterInputGraphType), NoLl2Filter))
        .Filter(new MirrorOnly("payloadFlightTarget", typeof(PayloadFlightFilterInputGraphType), NoLl2Filter))
        .Filter(new NodeIdEquals("flightVehicleChaser", typeof(SpacecraftFlightFilterInputGraphType),
            "flight_vehicle_chaser__id", "SpacecraftFlight"))
        .Filter(new MirrorOnly("spaceStationChaser", typeof(SpaceStationFilterInputGraphType),
            StationNoLl2Filter))
        .Filter(new MirrorOnly("payloadFlightChaser", typeof(PayloadFlightFilterInputGraphType), NoLl2Filter))
        .Sort("docking", "docking", "→ ordering=docking / -docking")
        .Sort("departure", "departure",
            "→ ordering=departure / -departure (still-docked events, without departure, sort last ascending)")
        .OrderByDefault("docking", "departure")
        // LL2 2.3.0 orders docking events by docking and departure only (no id); the pair is unique in every
        // recorded event (docking alone is not: 1986-03-15T13:38:42Z twice).
        .BreakTiesBy("docking", "departure");
}

public sealed class DockingEventFilterInputGraphType()
    : PushDownFilterInputGraphType<DockingEventDto, DockingEventFilterInputGraphType>("DockingEventFilterInput",
        "Filters on docking events. Conditions combine with AND. What LL2 executes is pushed down; the rest is " +
        "evaluated here: over the docking-events mirror while it is complete and fresh, else over every event " +
        "LL2's part selects, read in blocks of 100 (FILTER_NOT_SUPPORTED only when that needs more than " +
        "Limits:MaxLl2CallsPerRequest calls).", DockingEventsPushDown.Table);
