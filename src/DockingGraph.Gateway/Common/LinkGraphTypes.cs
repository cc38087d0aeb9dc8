using DockingGraph.Gateway.Schema.Scalars;
using DockingGraph.LaunchLibrary.Dtos;
using GraphQL.Types;

namespace DockingGraph.Gateway.Common;

public sealed class SocialMediaLinkGraphType : ObjectGraphType<SocialMediaLinkDto>
{
    public SocialMediaLinkGraphType()
    {
        Name = "SocialMediaLink";
        Field(x => x.Id, nullable: true);
        Field<SocialMediaGraphType>("socialMedia").Resolve(c => c.Source.SocialMedia);
        Field(x => x.Url, nullable: true);
    }
}

public sealed class SocialMediaGraphType : ObjectGraphType<SocialMediaDto>
{
    public SocialMediaGraphType()
    {
        Name = "SocialMedia";
        Field(x => x.Id, nullable: true);
        Field(x => x.Name, nullable: true);
        Field(x => x.Url, nullable: true);
        Field<ImageGraphType>("logo").Resolve(c => c.Source.Logo);
    }
}

public sealed class MissionPatchGraphType : ObjectGraphType<MissionPatchDto>
{
    public MissionPatchGraphType()
    {
        Name = "MissionPatch";
        Field(x => x.Id, nullable: true);
        Field(x => x.Name, nullable: true);
        Field(x => x.Priority, nullable: true);
        Field(x => x.ImageUrl, nullable: true);
        Field<AgencyGraphType>("agency").Resolve(c => c.Source.Agency);
    }
}

public sealed class InfoUrlGraphType : ObjectGraphType<InfoUrlDto>
{
    public InfoUrlGraphType()
    {
        Name = "InfoUrl";
        Description = "A link to information about a launch or mission.";
        Field(x => x.Priority, nullable: true);
        Field(x => x.Source, nullable: true);
        Field(x => x.Title, nullable: true);
        Field(x => x.Description, nullable: true);
        Field(x => x.FeatureImage, nullable: true);
        Field(x => x.Url, nullable: true);
        Field<InfoUrlTypeGraphType>("type").Resolve(c => c.Source.Type);
        Field<LanguageGraphType>("language").Resolve(c => c.Source.Language);
    }
}

public sealed class VidUrlGraphType : ObjectGraphType<VidUrlDto>
{
    public VidUrlGraphType()
    {
        Name = "VidUrl";
        Description = "A video (webcast) of a launch or mission.";
        Field(x => x.Priority, nullable: true);
        Field(x => x.Source, nullable: true);
        Field(x => x.Publisher, nullable: true);
        Field(x => x.Title, nullable: true);
        Field(x => x.Description, nullable: true);
        Field(x => x.FeatureImage, nullable: true);
        Field(x => x.Url, nullable: true);
        Field<VidUrlTypeGraphType>("type").Resolve(c => c.Source.Type);
        Field<LanguageGraphType>("language").Resolve(c => c.Source.Language);
        Field<Iso8601DateTimeGraphType>("startTime").Resolve(c => c.Source.StartTime);
        Field<Iso8601DateTimeGraphType>("endTime").Resolve(c => c.Source.EndTime);
        Field(x => x.Live, nullable: true);
    }
}

public sealed class LanguageGraphType : ObjectGraphType<LanguageDto>
{
    public LanguageGraphType()
    {
        Name = "Language";
        Field(x => x.Id, nullable: true);
        Field(x => x.Name, nullable: true);
        Field(x => x.Code, nullable: true);
    }
}
