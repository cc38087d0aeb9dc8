using DockingGraph.Gateway.Common;
using DockingGraph.LaunchLibrary.Dtos;
using GraphQL.Types;

namespace DockingGraph.Gateway.Launches;

public sealed class RocketGraphType : ObjectGraphType<RocketDto>
{
    public RocketGraphType()
    {
        Name = "Rocket";
        Field(x => x.Id);
        Field<LauncherConfigGraphType>("configuration").Resolve(c => c.Source.Configuration);
    }
}

public sealed class LauncherConfigGraphType : ObjectGraphType<LauncherConfigDto>
{
    public LauncherConfigGraphType()
    {
        Name = "LauncherConfig";
        Field(x => x.Id);
        Field(x => x.Url, nullable: true);
        Field(x => x.Name, nullable: true);
        Field(x => x.FullName, nullable: true);
        Field(x => x.Variant, nullable: true);
    }
}

public sealed class MissionGraphType : ObjectGraphType<MissionDto>
{
    public MissionGraphType()
    {
        Name = "Mission";
        Field(x => x.Id);
        Field(x => x.Name, nullable: true);
        Field(x => x.Type, nullable: true);
        Field(x => x.Description, nullable: true);
        Field<OrbitGraphType>("orbit").Resolve(c => c.Source.Orbit);
    }
}

public sealed class OrbitGraphType : ObjectGraphType<OrbitDto>
{
    public OrbitGraphType()
    {
        Name = "Orbit";
        Field(x => x.Id);
        Field(x => x.Name, nullable: true);
        Field(x => x.Abbrev, nullable: true);
    }
}

public sealed class PadGraphType : ObjectGraphType<PadDto>
{
    public PadGraphType()
    {
        Name = "Pad";
        Field(x => x.Id);
        Field(x => x.Url, nullable: true);
        Field(x => x.Name, nullable: true);
        Field(x => x.Active, nullable: true);
        Field(x => x.Latitude, nullable: true);
        Field(x => x.Longitude, nullable: true);
        Field<CountryGraphType>("country").Resolve(c => c.Source.Country);
        Field<PadLocationGraphType>("location").Resolve(c => c.Source.Location);
    }
}

public sealed class PadLocationGraphType : ObjectGraphType<PadLocationDto>
{
    public PadLocationGraphType()
    {
        Name = "PadLocation";
        Field(x => x.Id);
        Field(x => x.Url, nullable: true);
        Field(x => x.Name, nullable: true);
        Field(x => x.TimezoneName, nullable: true);
    }
}
