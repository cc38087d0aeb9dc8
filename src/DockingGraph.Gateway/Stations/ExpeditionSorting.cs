using DockingGraph.Gateway.Data.Sorting;
using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.Gateway.Stations;

/// <summary>
/// <c>ExpeditionSortInput</c> in Hot Chocolate's shape: every scalar field of an expedition (<c>id</c> the LL2 id).
/// An order of id, start and end only is pushed down; url and name are evaluated here.
/// </summary>
public static class ExpeditionSorting
{
    public static readonly string Evaluated = LocalSortDescriptions.OverFetchedRows("expedition");

    public static readonly LocalSort<ExpeditionDto> Sort = new LocalSort<ExpeditionDto>()
        .Field("id", e => e.Id, "LL2's expedition id.")
        .Field("url", e => e.Url)
        .Field("name", e => e.Name)
        .Field("start", e => e.Start)
        .Field("end", e => e.End);
}

public sealed class ExpeditionSortInputGraphType() : LocalSortInputGraphType<ExpeditionDto>("ExpeditionSortInput",
    ExpeditionSorting.Sort, ExpeditionSorting.Evaluated, ExpeditionsPushDown.Table.Sorts);
