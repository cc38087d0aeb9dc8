using DockingGraph.Gateway.Data.Filtering;
using DockingGraph.Gateway.Data.Local;
using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.Gateway.Landings;

/// <summary>
/// Hot Chocolate's filters over a landing's own fields, its location and type. Every field is
/// on a landings/ row (LL2's LandingLocation with its CelestialBodyNormal, LandingType).
/// </summary>
public static class LandingObjectFilters
{
    public static readonly ObjectFilter<CelestialBodyDto> CelestialBody =
        new ObjectFilter<CelestialBodyDto>("celestial body")
            .Ints("id", b => b.Id)
            .Strings("name", b => b.Name)
            .Object<StatusDto, CelestialBodyTypeFilterInputGraphType>("type", LookupObjectFilters.Short, b => b.Type)
            .Floats("diameter", b => b.Diameter)
            .Floats("mass", b => b.Mass)
            .Floats("gravity", b => b.Gravity)
            .Strings("lengthOfDay", b => b.LengthOfDay)
            .Booleans("atmosphere", b => b.Atmosphere)
            .Strings("description", b => b.Description)
            .Strings("wikiUrl", b => b.WikiUrl)
            .Object<ImageDto, ImageFilterInputGraphType>("image", ImageFilters.Image, b => b.Image);

    public static readonly ObjectFilter<LandingLocationDto> LandingLocation =
        new ObjectFilter<LandingLocationDto>("landing location")
            .Ints("id", l => l.Id)
            .Strings("name", l => l.Name)
            .Booleans("active", l => l.Active)
            .Strings("abbrev", l => l.Abbrev)
            .Strings("description", l => l.Description)
            .Floats("longitude", l => l.Longitude)
            .Floats("latitude", l => l.Latitude)
            .Ints("successfulLandings", l => l.SuccessfulLandings)
            .Ints("attemptedLandings", l => l.AttemptedLandings)
            .Ints("failedLandings", l => l.FailedLandings)
            .Object<CelestialBodyDto, CelestialBodyFilterInputGraphType>("celestialBody", CelestialBody,
                l => l.CelestialBody)
            .Object<ImageDto, ImageFilterInputGraphType>("image", ImageFilters.Image, l => l.Image);

    /// <summary>
    /// The fields of LL2's Landing serializer (id, url, attempt, success, description, downrange_distance,
    /// landing_location, type): a landing row, and how every flight form but a landing row's embeds its landing.
    /// </summary>
    public static LocalWhere<LandingDto> LandingFields() => new LocalWhere<LandingDto>("landing")
        .Id("id", "Landing", l => l.Id)
        .Strings("url", l => l.Url)
        .Booleans("attempt", l => l.Attempt)
        .Booleans("success", l => l.Success)
        .Strings("description", l => l.Description)
        .Floats("downrangeDistance", l => l.DownrangeDistance)
        .Nested("landingLocation", LandingLocation.Local, l => l.LandingLocation)
        .Nested("type", LookupObjectFilters.Detailed.Local, l => l.Type);
}

public sealed class LandingLocationFilterInputGraphType()
    : ObjectFilterInputGraphType<LandingLocationDto, LandingLocationFilterInputGraphType>(
        "LandingLocationFilterInput", "A landing location. LL2 executes id { eq } (landing_location__ids); the " +
        "rest is evaluated here.", LandingObjectFilters.LandingLocation);

public sealed class LandingTypeFilterInputGraphType()
    : ObjectFilterInputGraphType<StatusDto, LandingTypeFilterInputGraphType>("LandingTypeFilterInput",
        "A landing type. LL2 executes id { eq } (landing_type__ids); the rest is evaluated here.",
        LookupObjectFilters.Detailed);

public sealed class CelestialBodyFilterInputGraphType()
    : ObjectFilterInputGraphType<CelestialBodyDto, CelestialBodyFilterInputGraphType>("CelestialBodyFilterInput",
        "A celestial body (evaluated here).", LandingObjectFilters.CelestialBody);

public sealed class CelestialBodyTypeFilterInputGraphType()
    : ObjectFilterInputGraphType<StatusDto, CelestialBodyTypeFilterInputGraphType>("CelestialBodyTypeFilterInput",
        "A celestial body's type (evaluated here).", LookupObjectFilters.Short);
