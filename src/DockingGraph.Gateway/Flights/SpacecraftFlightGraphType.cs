using DockingGraph.Gateway.Landings;
using DockingGraph.Gateway.Launches;
using DockingGraph.Gateway.Schema.Relay;
using DockingGraph.Gateway.Schema.Scalars;
using DockingGraph.LaunchLibrary.Dtos;
using GraphQL.Types;

namespace DockingGraph.Gateway.Flights;

public sealed class SpacecraftFlightGraphType : IntNodeGraphType<SpacecraftFlightDto>
{
    public SpacecraftFlightGraphType()
        : base("SpacecraftFlight", "One flight of a spacecraft: its launch, destination, landing and durations.", f => f.Id)
    {
        Field(x => x.Url, nullable: true);
        Field(x => x.Destination, nullable: true);
        Field<Iso8601DateTimeGraphType>("missionEnd").Resolve(c => c.Source.MissionEnd);
        Field<SpacecraftGraphType>("spacecraft").Resolve(c => c.Source.Spacecraft);
        Field<LaunchGraphType>("launch").Resolve(c => c.Source.Launch);
        Field<LandingGraphType>("landing").Resolve(c => c.Source.Landing);
        Field<DurationGraphType>("duration").Resolve(c => c.Source.Duration);
        Field<DurationGraphType>("turnAroundTime").Resolve(c => c.Source.TurnAroundTime);
    }
}
