using DockingGraph.Gateway.Flights;
using DockingGraph.Gateway.Payloads;
using DockingGraph.Gateway.Schema.Relay;
using DockingGraph.Gateway.Schema.Scalars;
using DockingGraph.Gateway.Stations;
using DockingGraph.LaunchLibrary.Dtos;
using GraphQL.Types;

namespace DockingGraph.Gateway.DockingEvents;

public sealed class DockingEventGraphType : IntNodeGraphType<DockingEventDto, DockingEventByIdDataLoader>
{
    public DockingEventGraphType()
        : base("DockingEvent",
            "A chaser (spacecraft flight, station or payload flight) docking at a target's docking location. Exactly " +
            "one of each chaser/target triple is set.",
            e => e.Id)
    {
        Field(x => x.Url, nullable: true);
        Field<NonNullGraphType<Iso8601DateTimeGraphType>>("docking").Resolve(c => c.Source.Docking);
        Field<Iso8601DateTimeGraphType>("departure")
            .Description("Null while the chaser is still docked.")
            .Resolve(c => c.Source.Departure);
        Field<DockingLocationGraphType>("dockingLocation").Resolve(c => c.Source.DockingLocation);
        Field<SpaceStationGraphType>("spaceStationTarget").Resolve(c => c.Source.SpaceStationTarget);
        Field<SpacecraftFlightGraphType>("flightVehicleTarget").Resolve(c => c.Source.FlightVehicleTarget);
        Field<PayloadFlightGraphType>("payloadFlightTarget").Resolve(c => c.Source.PayloadFlightTarget);
        Field<SpacecraftFlightGraphType>("flightVehicleChaser").Resolve(c => c.Source.FlightVehicleChaser);
        Field<SpaceStationGraphType>("spaceStationChaser").Resolve(c => c.Source.SpaceStationChaser);
        Field<PayloadFlightGraphType>("payloadFlightChaser").Resolve(c => c.Source.PayloadFlightChaser);
    }
}
