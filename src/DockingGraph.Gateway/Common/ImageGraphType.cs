using DockingGraph.LaunchLibrary.Dtos;
using GraphQL.Types;

namespace DockingGraph.Gateway.Common;

public sealed class ImageGraphType : ObjectGraphType<ImageDto>
{
    public ImageGraphType()
    {
        Name = "Image";
        Description = "An image in LL2's media library, with its credit and licence.";
        Field(x => x.Id, nullable: true);
        Field(x => x.Name, nullable: true);
        Field(x => x.ImageUrl, nullable: true);
        Field(x => x.ThumbnailUrl, nullable: true);
        Field(x => x.Credit, nullable: true);
        Field<ImageLicenseGraphType>("license").Resolve(c => c.Source.License);
        Field(x => x.SingleUse, nullable: true);
        Field<ListGraphType<NonNullGraphType<ImageVariantGraphType>>>("variants").Resolve(c => c.Source.Variants);
    }
}

public sealed class ImageLicenseGraphType : ObjectGraphType<ImageLicenseDto>
{
    public ImageLicenseGraphType()
    {
        Name = "ImageLicense";
        Field(x => x.Id, nullable: true);
        Field(x => x.Name, nullable: true);
        Field(x => x.Priority, nullable: true);
        Field(x => x.Link, nullable: true);
    }
}

public sealed class ImageVariantGraphType : ObjectGraphType<ImageVariantDto>
{
    public ImageVariantGraphType()
    {
        Name = "ImageVariant";
        Field(x => x.Id, nullable: true);
        Field<ImageVariantTypeGraphType>("type").Resolve(c => c.Source.Type);
        Field(x => x.ImageUrl, nullable: true);
    }
}
