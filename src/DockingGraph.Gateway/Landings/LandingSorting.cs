using DockingGraph.Gateway.Data.Sorting;
using DockingGraph.Gateway.Flights;
using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.Gateway.Landings;

/// <summary>
/// <c>LandingSortInput</c> in Hot Chocolate's shape: every scalar field of a landing row (<c>id</c> the LL2 id), its
/// landing location, type and landed flight (<c>SpacecraftFlightSortInput</c>, all but the flight's landing). Not
/// its first stage or payload flight: null in every recorded landing, so no sort over them could be checked against
/// a real value. The same input is a flight's landing, which LL2 embeds without the flight. An order of id and
/// downrangeDistance only is pushed down; any other field is evaluated here.
/// </summary>
public static class LandingSorting
{
    public static readonly string Evaluated = LocalSortDescriptions.OverFetchedRows("landing");

    public static readonly LocalSort<LandingLocationDto> Location = new LocalSort<LandingLocationDto>()
        .Field("id", l => l.Id)
        .Field("name", l => l.Name)
        .Field("active", l => l.Active)
        .Field("abbrev", l => l.Abbrev)
        .Field("description", l => l.Description)
        .Field("longitude", l => l.Longitude)
        .Field("latitude", l => l.Latitude)
        .Object<ImageDto>("image", typeof(ImageSortInputGraphType), () => ObjectSorts.Image, l => l.Image)
        .Field("successfulLandings", l => l.SuccessfulLandings)
        .Field("attemptedLandings", l => l.AttemptedLandings)
        .Field("failedLandings", l => l.FailedLandings)
        .Object<CelestialBodyDto>("celestialBody", typeof(CelestialBodySortInputGraphType),
            () => ObjectSorts.CelestialBody, l => l.CelestialBody);

    public static readonly LocalSort<LandingDto> Sort = new LocalSort<LandingDto>()
        .Field("id", l => l.Id, "LL2's landing id.")
        .Field("url", l => l.Url)
        .Field("attempt", l => l.Attempt)
        .Field("success", l => l.Success)
        .Field("description", l => l.Description)
        .Field("downrangeDistance", l => l.DownrangeDistance)
        .Object<LandingLocationDto>("landingLocation", typeof(LandingLocationSortInputGraphType), () => Location,
            l => l.LandingLocation)
        .Object<StatusDto>("type", typeof(LandingTypeSortInputGraphType), () => ObjectSorts.DetailedLookup,
            l => l.Type)
        .Object<SpacecraftFlightDto>("spacecraftFlight", typeof(SpacecraftFlightSortInputGraphType),
            () => SpacecraftFlightSorting.Sort, l => l.SpacecraftFlight, carried: ObjectSorts.FlightOfLanding);
}

public sealed class LandingSortInputGraphType() : LocalSortInputGraphType<LandingDto>("LandingSortInput",
    LandingSorting.Sort, LandingSorting.Evaluated, LandingsPushDown.Table.Sorts);

public sealed class LandingLocationSortInputGraphType() : LocalSortInputGraphType<LandingLocationDto>(
    "LandingLocationSortInput", LandingSorting.Location, null);

public sealed class LandingTypeSortInputGraphType() : LocalSortInputGraphType<StatusDto>(
    "LandingTypeSortInput", ObjectSorts.DetailedLookup, null);
