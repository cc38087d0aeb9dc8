using DockingGraph.Gateway.Data.Sorting;
using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.Gateway.Flights;

/// <summary>
/// <c>SpacecraftSortInput</c> in Hot Chocolate's shape: every scalar field of a spacecraft row (<c>id</c> the LL2
/// id), its status and its configuration (SpacecraftConfigNormal: agency as AgencyMini). An order of LL2's ordering
/// fields only is pushed down; any other field is evaluated here.
/// </summary>
public static class SpacecraftSorting
{
    public static readonly string Evaluated = LocalSortDescriptions.OverFetchedRows("spacecraft");

    public static readonly LocalSort<SpacecraftConfigDto> Config = new LocalSort<SpacecraftConfigDto>()
        .Field("id", c => c.Id)
        .Field("url", c => c.Url)
        .Field("name", c => c.Name)
        .Object<StatusDto>("type", typeof(SpacecraftConfigTypeSortInputGraphType), () => ObjectSorts.ShortLookup,
            c => c.Type)
        .Object<AgencyDto>("agency", typeof(AgencySortInputGraphType), () => ObjectSorts.AgencyMini, c => c.Agency)
        .Field("inUse", c => c.InUse)
        .Object<ImageDto>("image", typeof(ImageSortInputGraphType), () => ObjectSorts.Image, c => c.Image)
        .WithDetailedFields();

    public static readonly LocalSort<SpacecraftDto> Sort = new LocalSort<SpacecraftDto>()
        .Field("id", s => s.Id, "LL2's spacecraft id.")
        .Field("url", s => s.Url)
        .Field("name", s => s.Name)
        .Field("serialNumber", s => s.SerialNumber)
        .Field("isPlaceholder", s => s.IsPlaceholder)
        .Object<ImageDto>("image", typeof(ImageSortInputGraphType), () => ObjectSorts.Image, s => s.Image)
        .Field("inSpace", s => s.InSpace)
        .Field("timeInSpace", s => ObjectSorts.Duration(s.TimeInSpace))
        .Field("timeDocked", s => ObjectSorts.Duration(s.TimeDocked))
        .Field("flightsCount", s => s.FlightsCount)
        .Field("missionEndsCount", s => s.MissionEndsCount)
        .Object<StatusDto>("status", typeof(SpacecraftStatusSortInputGraphType), () => ObjectSorts.ShortLookup,
            s => s.Status)
        .Field("description", s => s.Description)
        .Object<SpacecraftConfigDto>("spacecraftConfig", typeof(SpacecraftConfigSortInputGraphType), () => Config,
            s => s.SpacecraftConfig)
        .Field("fastestTurnaround", s => ObjectSorts.Duration(s.FastestTurnaround));
}

public sealed class SpacecraftSortInputGraphType() : LocalSortInputGraphType<SpacecraftDto>("SpacecraftSortInput",
    SpacecraftSorting.Sort, SpacecraftSorting.Evaluated, SpacecraftListPushDown.Table.Sorts);

public sealed class SpacecraftStatusSortInputGraphType() : LocalSortInputGraphType<StatusDto>(
    "SpacecraftStatusSortInput", ObjectSorts.ShortLookup, null);

public sealed class SpacecraftConfigSortInputGraphType() : LocalSortInputGraphType<SpacecraftConfigDto>(
    "SpacecraftConfigSortInput", SpacecraftSorting.Config, null);

public sealed class SpacecraftConfigTypeSortInputGraphType() : LocalSortInputGraphType<StatusDto>(
    "SpacecraftConfigTypeSortInput", ObjectSorts.ShortLookup, null);
