using DockingGraph.LaunchLibrary.Dtos;
using GraphQL.Types;

namespace DockingGraph.Gateway.Common;

public sealed class AgencyGraphType : ObjectGraphType<AgencyDto>
{
    public AgencyGraphType()
    {
        Name = "Agency";
        Description = "A space agency or company. Inside a docking event LL2 embeds only id, url, name, abbrev and " +
            "type.";
        Field(x => x.Id, nullable: true);
        Field(x => x.Url, nullable: true);
        Field(x => x.Name, nullable: true);
        Field(x => x.Abbrev, nullable: true);
        Field<AgencyTypeGraphType>("type").Resolve(c => c.Source.Type);
        Field(x => x.Featured, nullable: true);
        Field<ListGraphType<NonNullGraphType<CountryGraphType>>>("country").Resolve(c => c.Source.Country);
        Field(x => x.Description, nullable: true);
        Field(x => x.Administrator, nullable: true);
        Field(x => x.FoundingYear, nullable: true);
        Field<ImageGraphType>("image").Resolve(c => c.Source.Image);
        Field<ImageGraphType>("logo").Resolve(c => c.Source.Logo);
    }
}

public sealed class CountryGraphType : ObjectGraphType<CountryDto>
{
    public CountryGraphType()
    {
        Name = "Country";
        Field(x => x.Id, nullable: true);
        Field(x => x.Name, nullable: true);
        Field(x => x.Alpha2Code, nullable: true);
        Field(x => x.Alpha3Code, nullable: true);
        Field(x => x.NationalityName, nullable: true);
    }
}
