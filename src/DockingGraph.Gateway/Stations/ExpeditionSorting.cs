using DockingGraph.Gateway.Data.Sorting;
using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.Gateway.Stations;

/// <summary>
/// <c>ExpeditionSortInput</c> in Hot Chocolate's shape: every scalar field of an expedition (<c>id</c> the LL2 id)
/// and its station, which the rows embed as SpaceStationNormal: the station fields beyond it (dimensions, crew and
/// vehicle counts) are refused, as the list does not join LL2's station table. An order of id, start and end only is
/// pushed down; the rest is evaluated here.
/// </summary>
public static class ExpeditionSorting
{
    public static readonly string Evaluated = LocalSortDescriptions.OverFetchedRows("expedition");

    public static readonly LocalSort<ExpeditionDto> Sort = new LocalSort<ExpeditionDto>()
        .Field("id", e => e.Id, "LL2's expedition id.")
        .Field("url", e => e.Url)
        .Field("name", e => e.Name)
        .Field("start", e => e.Start)
        .Field("end", e => e.End)
        .Object<SpaceStationDto>("spaceStation", typeof(SpaceStationSortInputGraphType), () => SpaceStationSorting.Sort,
            e => e.Spacestation, carried: SortCarried.By("SpaceStationNormal", "LL2's expeditions/ rows embed their " +
                "station as SpaceStationNormal (no dimensions, crew or vehicle counts), and the expeditions list " +
                "does not join LL2's station table"));
}

public sealed class ExpeditionSortInputGraphType() : LocalSortInputGraphType<ExpeditionDto>("ExpeditionSortInput",
    ExpeditionSorting.Sort, ExpeditionSorting.Evaluated, ExpeditionsPushDown.Table.Sorts);
