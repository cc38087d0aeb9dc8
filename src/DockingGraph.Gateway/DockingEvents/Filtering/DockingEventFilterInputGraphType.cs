using DockingGraph.Gateway.Schema.Scalars;
using GraphQL.Types;

namespace DockingGraph.Gateway.DockingEvents.Filtering;

/// <summary>
/// Hot Chocolate's <c>where</c> shape, narrowed to what LL2's <c>docking_events</c> filters can execute. <c>or</c>
/// stays (HC clients expect it) but only a single branch can be pushed down; more are refused, never fanned out.
/// </summary>
public sealed class DockingEventFilterInputGraphType : InputObjectGraphType
{
    public DockingEventFilterInputGraphType()
    {
        Name = "DockingEventFilterInput";
        Description = "Filters LL2 can execute on docking events. Conditions combine with AND.";
        Field<ListGraphType<NonNullGraphType<DockingEventFilterInputGraphType>>>("and");
        Field<ListGraphType<NonNullGraphType<DockingEventFilterInputGraphType>>>("or")
            .Description("Only a single branch is supported: LL2 cannot OR conditions (FILTER_NOT_SUPPORTED otherwise).");
        Field<DateTimeOperationFilterInputGraphType>("docking").Description("→ docking__gt/gte/lt/lte");
        Field<DockingLocationFilterInputGraphType>("dockingLocation").Description("→ docking_location__id");
        Field<SpacecraftFlightFilterInputGraphType>("flightVehicleChaser").Description("→ flight_vehicle_chaser__id");
        Field<SpaceStationFilterInputGraphType>("spaceStationTarget").Description("→ space_station_target__id");
    }
}

public sealed class DateTimeOperationFilterInputGraphType : InputObjectGraphType
{
    public DateTimeOperationFilterInputGraphType()
    {
        Name = "DateTimeOperationFilterInput";
        Description = "The comparisons LL2 can execute on a date-time (eq becomes gte and lte of the same instant).";
        foreach (var operation in new[] { "eq", "gt", "gte", "lt", "lte" })
        {
            Field<Iso8601DateTimeGraphType>(operation);
        }
    }
}

public sealed class IdOperationFilterInputGraphType : InputObjectGraphType
{
    public IdOperationFilterInputGraphType()
    {
        Name = "IdOperationFilterInput";
        Description = "LL2 filters ids by equality only. A global id or the plain LL2 number.";
        Field<IdGraphType>("eq");
    }
}

public sealed class DockingLocationFilterInputGraphType : InputObjectGraphType
{
    public DockingLocationFilterInputGraphType()
    {
        Name = "DockingLocationFilterInput";
        Field<IdOperationFilterInputGraphType>("id");
    }
}

public sealed class SpacecraftFlightFilterInputGraphType : InputObjectGraphType
{
    public SpacecraftFlightFilterInputGraphType()
    {
        Name = "SpacecraftFlightFilterInput";
        Field<IdOperationFilterInputGraphType>("id");
    }
}

public sealed class SpaceStationFilterInputGraphType : InputObjectGraphType
{
    public SpaceStationFilterInputGraphType()
    {
        Name = "SpaceStationFilterInput";
        Field<IdOperationFilterInputGraphType>("id");
    }
}
