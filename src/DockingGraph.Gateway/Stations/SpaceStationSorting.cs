using DockingGraph.Gateway.Data.Sorting;
using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.Gateway.Stations;

/// <summary>
/// <c>SpaceStationSortInput</c> in Hot Chocolate's shape: every scalar field of <c>SpaceStation</c> (<c>id</c> the
/// LL2 id) and its image, status and type objects. At the root, an order of LL2's ordering fields only is pushed
/// down; any other field is evaluated over LL2's whole station table (the same one call). Nested in a docking-event
/// sort, <c>id</c>, <c>name</c>, <c>url</c> and <c>image</c> are read from the event's embedded station (the values the
/// event shows), the rest from the station table.
/// Owners (a list) have no sort, as in Hot Chocolate's default conventions for lists.
/// </summary>
public static class SpaceStationSorting
{
    public static readonly LocalSort<StatusDto> LookupSort = new LocalSort<StatusDto>()
        .Field("id", s => s.Id)
        .Field("name", s => s.Name);

    public static readonly LocalSort<SpaceStationDto> Sort = new LocalSort<SpaceStationDto>()
        .Field("id", s => s.Id, "LL2's station id.")
        .Field("url", s => s.Url)
        .Field("name", s => s.Name)
        .Object<ImageDto>("image", typeof(ImageSortInputGraphType), () => ObjectSorts.Image, s => s.Image)
        .Field("founded", s => s.Founded)
        .Field("deorbited", s => s.Deorbited)
        .Field("description", s => s.Description)
        .Field("orbit", s => s.Orbit)
        .Field("height", s => s.Height)
        .Field("width", s => s.Width)
        .Field("mass", s => s.Mass)
        .Field("volume", s => s.Volume)
        .Field("onboardCrew", s => s.OnboardCrew)
        .Field("dockedVehicles", s => s.DockedVehicles)
        .Object<StatusDto>("status", typeof(SpaceStationStatusSortInputGraphType), () => LookupSort, s => s.Status)
        .Object<StatusDto>("type", typeof(SpaceStationTypeSortInputGraphType), () => LookupSort, s => s.Type);

    /// <summary>What a docking event's embedded station (LL2's SpaceStationMini) carries.</summary>
    public static readonly IReadOnlySet<string> Embedded = new HashSet<string>(["id", "name", "url", "image"],
        StringComparer.Ordinal);

    public const string Evaluated = "Evaluated over LL2's whole station table (the same one call), with the rest " +
        "of the order.";
}

public sealed class SpaceStationSortInputGraphType() : LocalSortInputGraphType<SpaceStationDto>(
    "SpaceStationSortInput", SpaceStationSorting.Sort, SpaceStationSorting.Evaluated,
    SpaceStationsPushDown.Table.Sorts);

public sealed class SpaceStationStatusSortInputGraphType() : LocalSortInputGraphType<StatusDto>(
    "SpaceStationStatusSortInput", SpaceStationSorting.LookupSort, null);

public sealed class SpaceStationTypeSortInputGraphType() : LocalSortInputGraphType<StatusDto>(
    "SpaceStationTypeSortInput", SpaceStationSorting.LookupSort, null);
