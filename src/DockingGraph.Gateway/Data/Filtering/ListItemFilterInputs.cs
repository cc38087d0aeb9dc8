using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.Gateway.Data.Filtering;

/// <summary>
/// The items of the lists several types share (an astronaut's nationality, an agency's country, social media
/// links), as Hot Chocolate filters them inside <c>ListFilterInputTypeOf…</c>: every scalar field of the item type
/// (images aside, as everywhere). Where a list's rows carry the items they are evaluated here; elsewhere the list is
/// refused with the reason.
/// </summary>
public static class ListItemFilters
{
    public static readonly ObjectFilter<CountryDto> Country = new ObjectFilter<CountryDto>("country")
        .Ints("id", c => c.Id)
        .Strings("name", c => c.Name)
        .Strings("alpha2Code", c => c.Alpha2Code)
        .Strings("alpha3Code", c => c.Alpha3Code)
        .Strings("nationalityName", c => c.NationalityName)
        .Strings("nationalityNameComposed", c => c.NationalityNameComposed);

    public static readonly ObjectFilter<SocialMediaDto> SocialMedia = new ObjectFilter<SocialMediaDto>("social media")
        .Ints("id", m => m.Id)
        .Strings("name", m => m.Name)
        .Strings("url", m => m.Url)
        .Object<ImageDto, ImageFilterInputGraphType>("logo", ImageFilters.Image, m => m.Logo);

    public static readonly ObjectFilter<SocialMediaLinkDto> SocialMediaLink =
        new ObjectFilter<SocialMediaLinkDto>("social media link")
            .Ints("id", l => l.Id)
            .Object<SocialMediaDto, SocialMediaFilterInputGraphType>("socialMedia", SocialMedia, l => l.SocialMedia)
            .Strings("url", l => l.Url);
}

public sealed class CountryFilterInputGraphType()
    : ObjectFilterInputGraphType<CountryDto, CountryFilterInputGraphType>("CountryFilterInput",
        "A country (LL2's Country), an item of a list filter: evaluated here where the rows carry the list.",
        ListItemFilters.Country);

public sealed class SocialMediaFilterInputGraphType()
    : ObjectFilterInputGraphType<SocialMediaDto, SocialMediaFilterInputGraphType>("SocialMediaFilterInput",
        "A social network (evaluated here).", ListItemFilters.SocialMedia);

public sealed class SocialMediaLinkFilterInputGraphType()
    : ObjectFilterInputGraphType<SocialMediaLinkDto, SocialMediaLinkFilterInputGraphType>(
        "SocialMediaLinkFilterInput",
        "A social media link, an item of a list filter: evaluated here where the rows carry the list.",
        ListItemFilters.SocialMediaLink);
