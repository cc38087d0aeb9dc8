using DockingGraph.Gateway.Data.Sorting;
using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.Gateway.Flights;

/// <summary>
/// <c>AstronautSortInput</c> in Hot Chocolate's shape: every scalar field an astronaut row carries (<c>id</c> the
/// LL2 id; not hasFlown or isHuman, which the rows lack), its status, type and agency (AgencyMini). An order of
/// LL2's ordering fields only is pushed down; any other field is evaluated here. LL2's <c>ordering=status</c> is
/// not documented as ordering by the status id, so a nested status sort is evaluated here too.
/// </summary>
public static class AstronautSorting
{
    public static readonly string Evaluated = LocalSortDescriptions.OverFetchedRows("astronaut");

    public static readonly LocalSort<AstronautDto> Sort = new LocalSort<AstronautDto>()
        .Field("id", a => a.Id, "LL2's astronaut id.")
        .Field("url", a => a.Url)
        .Field("name", a => a.Name)
        .Object<StatusDto>("status", typeof(AstronautStatusSortInputGraphType), () => ObjectSorts.ShortLookup,
            a => a.Status)
        .Object<AgencyDto>("agency", typeof(AgencySortInputGraphType), () => ObjectSorts.AgencyMini, a => a.Agency)
        .Object<ImageDto>("image", typeof(ImageSortInputGraphType), () => ObjectSorts.Image, a => a.Image)
        .Object<StatusDto>("type", typeof(AstronautTypeSortInputGraphType), () => ObjectSorts.ShortLookup,
            a => a.Type)
        .Field("inSpace", a => a.InSpace)
        .Field("timeInSpace", a => ObjectSorts.Duration(a.TimeInSpace))
        .Field("evaTime", a => ObjectSorts.Duration(a.EvaTime))
        .Field("age", a => a.Age)
        .Field("dateOfBirth", a => a.DateOfBirth)
        .Field("dateOfDeath", a => a.DateOfDeath)
        .Field("bio", a => a.Bio)
        .Field("wiki", a => a.Wiki)
        .Field("lastFlight", a => a.LastFlight)
        .Field("firstFlight", a => a.FirstFlight)
        .Field("flightsCount", a => a.FlightsCount)
        .Field("landingsCount", a => a.LandingsCount)
        .Field("spacewalksCount", a => a.SpacewalksCount);
}

public sealed class AstronautSortInputGraphType() : LocalSortInputGraphType<AstronautDto>("AstronautSortInput",
    AstronautSorting.Sort, AstronautSorting.Evaluated, AstronautListPushDown.Table.Sorts);

public sealed class AstronautStatusSortInputGraphType() : LocalSortInputGraphType<StatusDto>(
    "AstronautStatusSortInput", ObjectSorts.ShortLookup, null);

public sealed class AstronautTypeSortInputGraphType() : LocalSortInputGraphType<StatusDto>(
    "AstronautTypeSortInput", ObjectSorts.ShortLookup, null);
