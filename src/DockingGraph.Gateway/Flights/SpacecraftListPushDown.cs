using DockingGraph.Gateway.Data.Filtering;
using DockingGraph.Gateway.Data.Local;
using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.Gateway.Launches;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;

namespace DockingGraph.Gateway.Flights;

/// <summary>
/// What LL2's <c>spacecraft/</c> can execute of <c>where</c> and <c>order</c>: every filter and ordering field its
/// OpenAPI entry documents (LL2 has no <c>name__contains</c> here, so <c>name</c> takes <c>eq</c> only). Every other
/// field of <c>Spacecraft</c> (HC's shape; images and the flights list aside) and every operator LL2 lacks are
/// evaluated over the spacecraft LL2's part selects (every field is on a normal row).
/// </summary>
public static class SpacecraftListPushDown
{
    public static readonly PushDownTable<SpacecraftDto> Table =
        new PushDownTable<SpacecraftDto>(Ll2Lists.Spacecraft, "spacecraft", "spacecrafts")
            .Filter(EvaluatedHere.Field("id", typeof(IdOperationFilterInputGraphType)))
            .Filter(EvaluatedHere.Field("url", typeof(StringOperationFilterInputGraphType)))
            .Filter(new ExactText("name", "name"))
            .Filter(EvaluatedHere.Field("serialNumber", typeof(StringOperationFilterInputGraphType)))
            .Filter(new BooleanEquals("isPlaceholder", "is_placeholder"))
            .Filter(new BooleanEquals("inSpace", "in_space"))
            .Filter(EvaluatedHere.Field("timeInSpace", typeof(TimeSpanOperationFilterInputGraphType)))
            .Filter(EvaluatedHere.Field("timeDocked", typeof(TimeSpanOperationFilterInputGraphType)))
            .Filter(EvaluatedHere.Field("flightsCount", typeof(IntOperationFilterInputGraphType)))
            .Filter(EvaluatedHere.Field("missionEndsCount", typeof(IntOperationFilterInputGraphType)))
            .Filter(new ObjectLookupId("status", "status", typeof(SpacecraftStatusFilterInputGraphType),
                "→ status for id { eq } (LL2's spacecraft status id); the rest is evaluated here"))
            .Filter(EvaluatedHere.Field("description", typeof(StringOperationFilterInputGraphType)))
            .Filter(new ObjectLookupId("spacecraftConfig", "spacecraft_config",
                typeof(SpacecraftConfigFilterInputGraphType),
                "→ spacecraft_config for id { eq } (LL2's configuration id); the rest is evaluated here"))
            .Filter(EvaluatedHere.Field("fastestTurnaround", typeof(TimeSpanOperationFilterInputGraphType)))
            .Filter(new MirrorOnly("flights", typeof(ListFilterInputGraphType<SpacecraftFlightFilterInputGraphType>),
                "Refused (FILTER_NOT_SUPPORTED, before any LL2 call): " + FlightsNotCarried + "."))
            .Filter(EvaluatedHere.Field("image", typeof(ImageFilterInputGraphType)))
            .Sort("id", "id", "LL2's spacecraft id.")
            .Sort("flightsCount", "flights_count")
            .Sort("missionEndsCount", "mission_ends_count")
            .Sort("timeDocked", "time_docked")
            .Sort("timeInSpace", "time_in_space")
            .OrderByDefault("id")
            .BreakTiesBy("id")
            .SortedLocally(SpacecraftSorting.Sort, s => s.Id)
            .EvaluatedLocally(Local);

    /// <summary>The spacecraft fields, also where a spacecraft is nested (a landing's flight).</summary>
    public static LocalWhere<SpacecraftDto> Local => new LocalWhere<SpacecraftDto>("spacecraft")
        .Id("id", "Spacecraft", s => s.Id)
        .Strings("url", s => s.Url)
        .Strings("name", s => s.Name)
        .Strings("serialNumber", s => s.SerialNumber)
        .Booleans("isPlaceholder", s => s.IsPlaceholder)
        .Booleans("inSpace", s => s.InSpace)
        .Durations("timeInSpace", s => s.TimeInSpace)
        .Durations("timeDocked", s => s.TimeDocked)
        .Ints("flightsCount", s => s.FlightsCount)
        .Ints("missionEndsCount", s => s.MissionEndsCount)
        .Nested("status", LookupObjectFilters.Short.Local, s => s.Status)
        .Strings("description", s => s.Description)
        .Nested("spacecraftConfig", EmbeddedObjectFilters.SpacecraftConfig.Local, s => s.SpacecraftConfig)
        .Durations("fastestTurnaround", s => s.FastestTurnaround)
        .Nested("image", ImageFilters.Image.Local, s => s.Image)
        .NotCarried("flights", FlightsNotCarried);

    public const string FlightsNotCarried = "LL2's SpacecraftNormal (the spacecraft/ rows, and a flight's " +
        "spacecraft) carries no flights: they are only on spacecraft/{id}/ (SpacecraftEndpointDetailed)";
}

public sealed class SpacecraftFilterInputGraphType()
    : PushDownFilterInputGraphType<SpacecraftDto, SpacecraftFilterInputGraphType>("SpacecraftFilterInput",
        "Filters on spacecraft. Conditions combine with AND. What LL2 executes is pushed down; the rest is " +
        "evaluated here over every spacecraft that part selects (read in blocks of 100, within " +
        "Limits:MaxLl2CallsPerRequest).", SpacecraftListPushDown.Table);

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
