using DockingGraph.Gateway.Data.Local;
using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.Gateway.Data.Sorting;

/// <summary>
/// The nested sorts shared by the root lists' <c>XSortInput</c>s, each with the fields the rows embed (a sort on a
/// field a row lacks would order by NULL silently, so such fields are not offered).
/// </summary>
public static class ObjectSorts
{
    /// <summary>An LL2 lookup embedded as id and name (a spacecraft's or astronaut's status).</summary>
    public static readonly LocalSort<StatusDto> ShortLookup = new LocalSort<StatusDto>()
        .Field("id", s => s.Id)
        .Field("name", s => s.Name);

    /// <summary>An LL2 lookup embedded whole (a launch status, a net precision, a landing type).</summary>
    public static readonly LocalSort<StatusDto> DetailedLookup = new LocalSort<StatusDto>()
        .Field("id", s => s.Id)
        .Field("name", s => s.Name)
        .Field("abbrev", s => s.Abbrev)
        .Field("description", s => s.Description);

    /// <summary>LL2's AgencyMini (id, url, name, abbrev, type), as launch and astronaut rows embed it.</summary>
    public static readonly LocalSort<AgencyDto> AgencyMini = new LocalSort<AgencyDto>()
        .Field("id", a => a.Id)
        .Field("url", a => a.Url)
        .Field("name", a => a.Name)
        .Field("abbrev", a => a.Abbrev)
        .Object<StatusDto>("type", typeof(AgencyTypeSortInputGraphType), () => ShortLookup, a => a.Type);

    public static readonly LocalSort<ImageLicenseDto> ImageLicense = new LocalSort<ImageLicenseDto>()
        .Field("id", l => l.Id)
        .Field("name", l => l.Name)
        .Field("priority", l => l.Priority)
        .Field("link", l => l.Link);

    /// <summary>LL2's Image, embedded whole wherever a row has one (variants: a list).</summary>
    public static readonly LocalSort<ImageDto> Image = new LocalSort<ImageDto>()
        .Field("id", i => i.Id)
        .Field("name", i => i.Name)
        .Field("imageUrl", i => i.ImageUrl)
        .Field("thumbnailUrl", i => i.ThumbnailUrl)
        .Field("credit", i => i.Credit)
        .Object<ImageLicenseDto>("license", typeof(ImageLicenseSortInputGraphType), () => ImageLicense, i => i.License)
        .Field("singleUse", i => i.SingleUse);

    /// <summary>LL2's Country, as a pad and its location embed it.</summary>
    public static readonly LocalSort<CountryDto> Country = new LocalSort<CountryDto>()
        .Field("id", c => c.Id)
        .Field("name", c => c.Name)
        .Field("alpha2Code", c => c.Alpha2Code)
        .Field("alpha3Code", c => c.Alpha3Code)
        .Field("nationalityName", c => c.NationalityName)
        .Field("nationalityNameComposed", c => c.NationalityNameComposed);

    /// <summary>A celestial body, as landing and pad locations embed it whole.</summary>
    public static readonly LocalSort<CelestialBodyDto> CelestialBody = new LocalSort<CelestialBodyDto>()
        .Field("id", b => b.Id)
        .Field("name", b => b.Name)
        .Object<StatusDto>("type", typeof(CelestialBodyTypeSortInputGraphType), () => ShortLookup, b => b.Type)
        .Field("diameter", b => b.Diameter)
        .Field("mass", b => b.Mass)
        .Field("gravity", b => b.Gravity)
        .Field("lengthOfDay", b => b.LengthOfDay)
        .Field("atmosphere", b => b.Atmosphere)
        .Object<ImageDto>("image", typeof(ImageSortInputGraphType), () => Image, b => b.Image)
        .Field("description", b => b.Description)
        .Field("wikiUrl", b => b.WikiUrl);

    // What a nesting carries of a shared sort input (static here: the sorts that nest each other read them while
    // they are built).

    /// <summary>A flight's landing (LL2's <c>Landing</c>): the landing rows' fields but their flight.</summary>
    public static readonly SortCarried LandingOfFlight = SortCarried.By("Landing",
        "a flight embeds its landing as LL2's Landing, without the landed flight (the flight is the row itself)");

    /// <summary>A landing row's flight (SpacecraftFlightNormalSerializerNoLanding: all but its landing).</summary>
    public static readonly SortCarried FlightOfLanding = SortCarried.By("SpacecraftFlightNormalSerializerNoLanding",
        "LL2's landings/ rows embed their flight without its landing (SpacecraftFlightNormalSerializerNoLanding); " +
        "the landing is the row itself");

    /// <summary>A mission orbit's celestial body (LL2's CelestialBodyMini: id and name).</summary>
    public static readonly SortCarried CelestialBodyMini = SortCarried.By("CelestialBodyMini",
        "a launch's mission embeds its orbit's celestial body as LL2's CelestialBodyMini (id, name)");

    /// <summary>A duration LL2 writes as ISO 8601 text, compared as a duration.</summary>
    public static IComparable? Duration(string? value) => LocalWhere<object>.ToTimeSpan(value);
}

public sealed class AgencySortInputGraphType() : LocalSortInputGraphType<AgencyDto>(
    "AgencySortInput", ObjectSorts.AgencyMini, null);

public sealed class AgencyTypeSortInputGraphType() : LocalSortInputGraphType<StatusDto>(
    "AgencyTypeSortInput", ObjectSorts.ShortLookup, null);

public sealed class CelestialBodySortInputGraphType() : LocalSortInputGraphType<CelestialBodyDto>(
    "CelestialBodySortInput", ObjectSorts.CelestialBody, null);

public sealed class CelestialBodyTypeSortInputGraphType() : LocalSortInputGraphType<StatusDto>(
    "CelestialBodyTypeSortInput", ObjectSorts.ShortLookup, null);

public sealed class ImageSortInputGraphType() : LocalSortInputGraphType<ImageDto>(
    "ImageSortInput", ObjectSorts.Image, null);

public sealed class ImageLicenseSortInputGraphType() : LocalSortInputGraphType<ImageLicenseDto>(
    "ImageLicenseSortInput", ObjectSorts.ImageLicense, null);

public sealed class CountrySortInputGraphType() : LocalSortInputGraphType<CountryDto>(
    "CountrySortInput", ObjectSorts.Country, null);
