using DockingGraph.Gateway.Common;
using DockingGraph.Gateway.Schema.Scalars;
using DockingGraph.LaunchLibrary.Dtos;
using GraphQL.Types;

namespace DockingGraph.Gateway.Flights;

public sealed class SpacecraftConfigGraphType : ObjectGraphType<SpacecraftConfigDto>
{
    public SpacecraftConfigGraphType()
    {
        Name = "SpacecraftConfig";
        Description = "A spacecraft model (Soyuz, Cargo Dragon 2, …).";
        Field(x => x.Id);
        Field(x => x.Url, nullable: true);
        Field(x => x.Name, nullable: true);
        Field<SpacecraftConfigTypeGraphType>("type").Resolve(c => c.Source.Type);
        Field<AgencyGraphType>("agency").Resolve(c => c.Source.Agency);
        Field<ListGraphType<NonNullGraphType<SpacecraftFamilyGraphType>>>("family").Resolve(c => c.Source.Family);
        Field(x => x.InUse, nullable: true);
        Field<ImageGraphType>("image").Resolve(c => c.Source.Image);
    }
}

public sealed class SpacecraftFamilyGraphType : ObjectGraphType<SpacecraftFamilyDto>
{
    public SpacecraftFamilyGraphType()
    {
        Name = "SpacecraftFamily";
        Field(x => x.Id);
        Field(x => x.Name, nullable: true);
        Field(x => x.Description, nullable: true);
        Field<AgencyGraphType>("manufacturer").Resolve(c => c.Source.Manufacturer);
        Field<SpacecraftFamilyGraphType>("parent").Resolve(c => c.Source.Parent);
        Field<CalendarDateGraphType>("maidenFlight").Resolve(c => c.Source.MaidenFlight);
    }
}
