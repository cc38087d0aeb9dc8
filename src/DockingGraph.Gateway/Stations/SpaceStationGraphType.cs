using DockingGraph.Gateway.Common;
using DockingGraph.Gateway.Schema.Relay;
using DockingGraph.Gateway.Schema.Scalars;
using DockingGraph.LaunchLibrary.Dtos;
using GraphQL.Types;

namespace DockingGraph.Gateway.Stations;

public sealed class SpaceStationGraphType : IntNodeGraphType<SpaceStationDto>
{
    public SpaceStationGraphType()
        : base("SpaceStation", "A space station. Inside a docking event LL2 embeds id, url, name and image; a station chaser also has status, dates, description, orbit and type.", s => s.Id)
    {
        Field(x => x.Url, nullable: true);
        Field(x => x.Name, nullable: true);
        Field<ImageGraphType>("image").Resolve(c => c.Source.Image);
        Field<SpaceStationStatusGraphType>("status").Resolve(c => c.Source.Status);
        Field<CalendarDateGraphType>("founded").Resolve(c => c.Source.Founded);
        Field<CalendarDateGraphType>("deorbited").Resolve(c => c.Source.Deorbited);
        Field(x => x.Description, nullable: true);
        Field(x => x.Orbit, nullable: true);
        Field<SpaceStationTypeGraphType>("type").Resolve(c => c.Source.Type);
    }
}
