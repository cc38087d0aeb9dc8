using DockingGraph.Gateway.Data.Filtering;
using DockingGraph.Gateway.Data.Local;
using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.Gateway.Launches;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;

namespace DockingGraph.Gateway.Flights;

/// <summary>
/// What LL2's <c>spacecraft/</c> can execute of <c>where</c> and <c>order</c>: every filter and ordering field its
/// OpenAPI entry documents (LL2 has no <c>name__contains</c> here, so <c>name</c> takes <c>eq</c> only). The other
/// operators are evaluated over the spacecraft LL2's part selects (every field is on a normal row).
/// </summary>
public static class SpacecraftListPushDown
{
    public static readonly PushDownTable<SpacecraftDto> Table =
        new PushDownTable<SpacecraftDto>(Ll2Lists.Spacecraft, "spacecraft", "spacecrafts")
            .Filter(new ExactText("name", "name"))
            .Filter(new LookupId("spacecraftConfig", "spacecraft_config",
                "→ spacecraft_config (LL2's configuration id)", typeof(SpacecraftConfigLookupFilterInputGraphType)))
            .Filter(new LookupId("status", "status", "→ status (LL2's spacecraft status id)"))
            .Filter(new BooleanEquals("inSpace", "in_space"))
            .Filter(new BooleanEquals("isPlaceholder", "is_placeholder"))
            .Sort("id", "id", "LL2's spacecraft id.")
            .Sort("flightsCount", "flights_count")
            .Sort("missionEndsCount", "mission_ends_count")
            .Sort("timeDocked", "time_docked")
            .Sort("timeInSpace", "time_in_space")
            .OrderByDefault("id")
            .BreakTiesBy("id")
            .EvaluatedLocally(new LocalWhere<SpacecraftDto>("spacecraft")
                .Strings("name", s => s.Name)
                .Lookup("spacecraftConfig", s => s.SpacecraftConfig?.Id)
                .Lookup("status", s => s.Status?.Id)
                .Booleans("inSpace", s => s.InSpace)
                .Booleans("isPlaceholder", s => s.IsPlaceholder));
}

public sealed class SpacecraftConfigLookupFilterInputGraphType()
    : LookupFilterInputGraphType("SpacecraftConfigFilterInput", "A spacecraft configuration by its LL2 id.");

public sealed class SpacecraftFilterInputGraphType()
    : PushDownFilterInputGraphType<SpacecraftDto, SpacecraftFilterInputGraphType>("SpacecraftFilterInput",
        "Filters on spacecraft. Conditions combine with AND. What LL2 executes is pushed down; the rest is " +
        "evaluated here over every spacecraft that part selects (read in blocks of 100, within " +
        "Limits:MaxLl2CallsPerRequest).", SpacecraftListPushDown.Table);

public sealed class SpacecraftSortInputGraphType() : PushDownSortInputGraphType<SpacecraftDto>("SpacecraftSortInput",
    SpacecraftListPushDown.Table);

public sealed class SpacecraftsConnectionGraphType()
    : Data.Paging.ConnectionGraphType<SpacecraftGraphType, SpacecraftsEdgeGraphType, SpacecraftDto>(
        "SpacecraftsConnection");

public sealed class SpacecraftsEdgeGraphType()
    : Data.Paging.EdgeGraphType<SpacecraftGraphType, SpacecraftDto>("SpacecraftsEdge");

public sealed class SpacecraftFlightsConnectionGraphType()
    : Data.Paging.ConnectionGraphType<SpacecraftFlightGraphType, SpacecraftFlightsEdgeGraphType, SpacecraftFlightDto>(
        "SpacecraftFlightsConnection");

public sealed class SpacecraftFlightsEdgeGraphType()
    : Data.Paging.EdgeGraphType<SpacecraftFlightGraphType, SpacecraftFlightDto>("SpacecraftFlightsEdge");
