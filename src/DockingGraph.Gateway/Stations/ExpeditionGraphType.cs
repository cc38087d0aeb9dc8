using DockingGraph.Gateway.Schema.Scalars;
using DockingGraph.LaunchLibrary.Dtos;
using GraphQL.Types;

namespace DockingGraph.Gateway.Stations;

public sealed class ExpeditionGraphType : ObjectGraphType<ExpeditionDto>
{
    public ExpeditionGraphType()
    {
        Name = "Expedition";
        Description = "A long-duration crew aboard a station.";
        Field(x => x.Id);
        Field(x => x.Url, nullable: true);
        Field(x => x.Name, nullable: true);
        Field<Iso8601DateTimeGraphType>("start").Resolve(c => c.Source.Start);
        Field<Iso8601DateTimeGraphType>("end").Resolve(c => c.Source.End);
    }
}
