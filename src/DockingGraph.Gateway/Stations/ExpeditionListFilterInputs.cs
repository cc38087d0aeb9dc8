using DockingGraph.Gateway.Data.Filtering;
using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.Gateway.Stations;

/// <summary>
/// The items of an expedition's lists as Hot Chocolate filters them: LL2's ExpeditionNormal (the expeditions/
/// rows) carries its mission patches and its spacewalks (SpacewalkList), so both list filters are evaluated there.
/// </summary>
public static class ExpeditionListFilters
{
    public static readonly ObjectFilter<SpacewalkDto> Spacewalk = new ObjectFilter<SpacewalkDto>("spacewalk")
        .Ints("id", w => w.Id)
        .Strings("url", w => w.Url)
        .Strings("name", w => w.Name)
        .Dates("start", w => w.Start)
        .Dates("end", w => w.End)
        .Durations("duration", w => w.Duration)
        .Strings("location", w => w.Location);
}

public sealed class SpacewalkFilterInputGraphType()
    : ObjectFilterInputGraphType<SpacewalkDto, SpacewalkFilterInputGraphType>("SpacewalkFilterInput",
        "A spacewalk (LL2's SpacewalkList, as an expedition row embeds it): evaluated here.",
        ExpeditionListFilters.Spacewalk);
