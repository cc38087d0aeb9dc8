using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.Gateway.Data.Filtering;

/// <summary>
/// Hot Chocolate's <c>ImageFilterInput</c>: LL2's Image (every scalar field, its license, its variants as HC's list
/// filter). LL2 filters no image; every serializer that embeds an image embeds it whole, so it is evaluated over the
/// row wherever the row carries the image and refused (with the reason) where the row's form has none.
/// </summary>
public static class ImageFilters
{
    public static readonly ObjectFilter<ImageLicenseDto> License = new ObjectFilter<ImageLicenseDto>("image license")
        .Ints("id", l => l.Id)
        .Strings("name", l => l.Name)
        .Ints("priority", l => l.Priority)
        .Strings("link", l => l.Link);

    public static readonly ObjectFilter<ImageVariantDto> Variant = new ObjectFilter<ImageVariantDto>("image variant")
        .Ints("id", v => v.Id)
        .Object<StatusDto, ImageVariantTypeFilterInputGraphType>("type", LookupObjectFilters.Short, v => v.Type)
        .Strings("imageUrl", v => v.ImageUrl);

    public static readonly ObjectFilter<ImageDto> Image = new ObjectFilter<ImageDto>("image")
        .Ints("id", i => i.Id)
        .Strings("name", i => i.Name)
        .Strings("imageUrl", i => i.ImageUrl)
        .Strings("thumbnailUrl", i => i.ThumbnailUrl)
        .Strings("credit", i => i.Credit)
        .Object<ImageLicenseDto, ImageLicenseFilterInputGraphType>("license", License, i => i.License)
        .Booleans("singleUse", i => i.SingleUse)
        .Lists<ImageVariantDto, ImageVariantFilterInputGraphType>("variants", Variant.Local, i => i.Variants);
}

public sealed class ImageFilterInputGraphType()
    : ObjectFilterInputGraphType<ImageDto, ImageFilterInputGraphType>("ImageFilterInput",
        "An image (LL2's Image). LL2 filters no image: evaluated here where the rows embed it, refused " +
        "(FILTER_NOT_SUPPORTED, before any LL2 call) where their form has no image.", ImageFilters.Image);

public sealed class ImageLicenseFilterInputGraphType()
    : ObjectFilterInputGraphType<ImageLicenseDto, ImageLicenseFilterInputGraphType>("ImageLicenseFilterInput",
        "An image's license (evaluated here).", ImageFilters.License);

public sealed class ImageVariantFilterInputGraphType()
    : ObjectFilterInputGraphType<ImageVariantDto, ImageVariantFilterInputGraphType>("ImageVariantFilterInput",
        "An image variant (evaluated here).", ImageFilters.Variant);

public sealed class ImageVariantTypeFilterInputGraphType()
    : ObjectFilterInputGraphType<StatusDto, ImageVariantTypeFilterInputGraphType>("ImageVariantTypeFilterInput",
        "An image variant's type (evaluated here).", LookupObjectFilters.Short);
