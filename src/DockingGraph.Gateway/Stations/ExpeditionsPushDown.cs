using DockingGraph.Gateway.Data.Filtering;
using DockingGraph.Gateway.Data.Local;
using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.Gateway.DockingEvents;
using DockingGraph.Gateway.Launches;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;

namespace DockingGraph.Gateway.Stations;

/// <summary>
/// What LL2's <c>expeditions/</c> can execute of <c>where</c> and <c>order</c>: every filter and ordering field its
/// OpenAPI entry documents (<c>name</c> exact; <c>start</c>/<c>end</c> bounds; the crew's astronaut or agency). The
/// other fields of <c>Expedition</c> (HC's shape, with list filters on its mission patches and spacewalks) and the
/// operators LL2 lacks
/// are evaluated over the expeditions LL2's part selects, except on <c>crew</c>, which the rows do not carry.
/// </summary>
public static class ExpeditionsPushDown
{
    public static readonly PushDownTable<ExpeditionDto> Table = new PushDownTable<ExpeditionDto>(Ll2Lists.Expeditions, "expeditions", "expeditions")
        .Filter(EvaluatedHere.Field("id", typeof(IntOperationFilterInputGraphType)))
        .Filter(EvaluatedHere.Field("url", typeof(StringOperationFilterInputGraphType)))
        .Filter(new ExactText("name", "name"))
        .Filter(new DateBounds("start", "start"))
        .Filter(new DateBounds("end", "end"))
        .Filter(new NodeIdEquals("spaceStation", typeof(SpaceStationFilterInputGraphType), "space_station", "SpaceStation"))
        .Filter(new ExpeditionCrewFilter())
        .Filter(EvaluatedHere.Field("missionPatches",
            typeof(ListFilterInputGraphType<MissionPatchFilterInputGraphType>)))
        .Filter(EvaluatedHere.Field("spacewalks", typeof(ListFilterInputGraphType<SpacewalkFilterInputGraphType>)))
        .Sort("id", "id")
        .Sort("start", "start")
        .Sort("end", "end")
        .OrderByDefault("start", "id")
        .BreakTiesBy("id")
        .SortedLocally(ExpeditionSorting.Sort, e => e.Id)
        .EvaluatedLocally(new LocalWhere<ExpeditionDto>("expedition")
            .Ints("id", e => e.Id)
            .Strings("url", e => e.Url)
            .Strings("name", e => e.Name)
            .Dates("start", e => e.Start)
            .Dates("end", e => e.End)
            .Nested("spaceStation", ExpeditionStation, e => e.Spacestation)
            .NotCarried("crew", ExpeditionCrewFilter.NotCarried)
            .Lists("missionPatches", LaunchDetailFilters.MissionPatch.Local, e => e.MissionPatches)
            .Lists("spacewalks", ExpeditionListFilters.Spacewalk.Local, e => e.Spacewalks));

    // LL2's expeditions/ rows (mode=normal) embed the station as SpaceStationNormal.
    private static LocalWhere<SpaceStationDto> ExpeditionStation => SpaceStationFilter.Embedded("SpaceStationNormal",
        "an expedition embeds its station as SpaceStationNormal (no dimensions, crew or vehicle counts), and the " +
        "expeditions list does not join LL2's station table");
}

public sealed class ExpeditionFilterInputGraphType()
    : PushDownFilterInputGraphType<ExpeditionDto, ExpeditionFilterInputGraphType>("ExpeditionFilterInput",
        "Filters on expeditions. Conditions combine with AND. What LL2 executes is pushed down; the rest is " +
        "evaluated here over every expedition that part selects (read in blocks of 100, within " +
        "Limits:MaxLl2CallsPerRequest).", ExpeditionsPushDown.Table);

public sealed class ExpeditionsConnectionGraphType()
    : Data.Paging.ConnectionGraphType<ExpeditionGraphType, ExpeditionsEdgeGraphType, ExpeditionDto>("ExpeditionsConnection");

public sealed class ExpeditionsEdgeGraphType() : Data.Paging.EdgeGraphType<ExpeditionGraphType, ExpeditionDto>("ExpeditionsEdge");
