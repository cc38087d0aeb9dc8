using DockingGraph.Gateway.Flights;
using DockingGraph.Gateway.Payloads;
using DockingGraph.Gateway.Schema.Relay;
using DockingGraph.LaunchLibrary.Dtos;
using GraphQL.Types;

namespace DockingGraph.Gateway.Stations;

public sealed class DockingLocationGraphType : IntNodeGraphType<DockingLocationDto>
{
    public DockingLocationGraphType()
        : base("DockingLocation", "A docking port: on a space station, or on a spacecraft or payload (spacecraft-to-spacecraft dockings).", l => l.Id)
    {
        Field(x => x.Name, nullable: true);
        Field<SpaceStationGraphType>("spaceStation").Description("LL2's `spacestation`; null for ports on spacecraft.").Resolve(c => c.Source.Spacestation);
        Field<SpacecraftConfigGraphType>("spacecraft").Resolve(c => c.Source.Spacecraft);
        Field<PayloadGraphType>("payload").Resolve(c => c.Source.Payload);
    }
}
