using DockingGraph.Gateway.Data.Filtering;
using DockingGraph.Gateway.Data.Local;
using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;

namespace DockingGraph.Gateway.Flights;

/// <summary>
/// What LL2's <c>astronauts/</c> can execute of <c>where</c> and <c>order</c>. Left out of LL2's documented filters:
/// <c>nationality</c> (2.3.0's nationality is a list of countries; which of their texts the filter matches is not
/// documented): HC's list filter on it (and on <c>socialMediaLinks</c>) is evaluated here over the rows, which
/// carry both lists (AstronautEndpointNormal). Every other field of <c>Astronaut</c> (HC's shape; images aside)
/// and the operators LL2 lacks are evaluated over the astronauts LL2's part selects, except on <c>hasFlown</c> and
/// <c>isHuman</c>: LL2's astronaut rows carry neither value.
/// </summary>
public static class AstronautListPushDown
{
    public const string AgencyNotCarried =
        "LL2's astronaut rows embed the agency as AgencyMini (id, url, name, abbrev, type)";

    public static readonly PushDownTable<AstronautDto> Table =
        new PushDownTable<AstronautDto>(Ll2Lists.Astronauts, "astronauts", "astronauts")
            .Filter(EvaluatedHere.Field("id", typeof(IntOperationFilterInputGraphType)))
            .Filter(EvaluatedHere.Field("url", typeof(StringOperationFilterInputGraphType)))
            .Filter(EvaluatedHere.Field("name", typeof(StringOperationFilterInputGraphType)))
            .Filter(new IntBounds("age", "age"))
            .Filter(new IntBounds("flightsCount", "flights_count"))
            .Filter(new IntBounds("landingsCount", "landings_count"))
            .Filter(EvaluatedHere.Field("spacewalksCount", typeof(IntOperationFilterInputGraphType)))
            .Filter(new CalendarDateBounds("dateOfBirth", "date_of_birth"))
            .Filter(new CalendarDateBounds("dateOfDeath", "date_of_death"))
            .Filter(new DateBounds("firstFlight", "first_flight"))
            .Filter(new DateBounds("lastFlight", "last_flight"))
            .Filter(new BooleanEquals("hasFlown", "has_flown"))
            .Filter(new BooleanEquals("inSpace", "in_space"))
            .Filter(new BooleanEquals("isHuman", "is_human"))
            .Filter(EvaluatedHere.Field("timeInSpace", typeof(TimeSpanOperationFilterInputGraphType)))
            .Filter(EvaluatedHere.Field("evaTime", typeof(TimeSpanOperationFilterInputGraphType)))
            .Filter(EvaluatedHere.Field("bio", typeof(StringOperationFilterInputGraphType)))
            .Filter(EvaluatedHere.Field("wiki", typeof(StringOperationFilterInputGraphType)))
            .Filter(EvaluatedHere.Field("nationality", typeof(ListFilterInputGraphType<CountryFilterInputGraphType>)))
            .Filter(EvaluatedHere.Field("socialMediaLinks",
                typeof(ListFilterInputGraphType<SocialMediaLinkFilterInputGraphType>)))
            .Filter(EvaluatedHere.Field("image", typeof(ImageFilterInputGraphType)))
            .Filter(new ObjectLookupId("agency", "agency_ids", typeof(AgencyFilterInputGraphType),
                "→ agency_ids for id { eq } (one LL2 agency id); the rest is evaluated here"))
            .Filter(new ObjectLookupId("status", "status_ids", typeof(AstronautStatusFilterInputGraphType),
                "→ status_ids for id { eq } (one LL2 astronaut status id); the rest is evaluated here"))
            .Filter(new ObjectLookupId("type", "type__id", typeof(AstronautTypeFilterInputGraphType),
                "→ type__id for id { eq } (LL2's astronaut type id); the rest is evaluated here"))
            .Sort("id", "id", "LL2's astronaut id.")
            .Sort("name", "name")
            .Sort("age", "age")
            .Sort("dateOfBirth", "date_of_birth")
            .Sort("evaTime", "eva_time")
            .Sort("flightsCount", "flights_count")
            .Sort("landingsCount", "landings_count")
            .Sort("lastFlight", "last_flight")
            .Sort("spacewalksCount", "spacewalks_count")
            .Sort("timeInSpace", "time_in_space")
            .OrderByDefault("id")
            .BreakTiesBy("id")
            .SortedLocally(AstronautSorting.Sort, a => a.Id)
            .EvaluatedLocally(new LocalWhere<AstronautDto>("astronaut")
                .Ints("id", a => a.Id)
                .Strings("url", a => a.Url)
                .Strings("name", a => a.Name)
                .Ints("age", a => a.Age)
                .Ints("flightsCount", a => a.FlightsCount)
                .Ints("landingsCount", a => a.LandingsCount)
                .Ints("spacewalksCount", a => a.SpacewalksCount)
                .CalendarDates("dateOfBirth", a => a.DateOfBirth)
                .CalendarDates("dateOfDeath", a => a.DateOfDeath)
                .Dates("firstFlight", a => a.FirstFlight)
                .Dates("lastFlight", a => a.LastFlight)
                .NotCarried("hasFlown", "LL2's astronaut rows carry no has_flown value (only its filter)")
                .Booleans("inSpace", a => a.InSpace)
                .NotCarried("isHuman", "LL2's astronaut rows carry no is_human value (only its filter)")
                .Durations("timeInSpace", a => a.TimeInSpace)
                .Durations("evaTime", a => a.EvaTime)
                .Strings("bio", a => a.Bio)
                .Strings("wiki", a => a.Wiki)
                .Lists("nationality", ListItemFilters.Country.Local, a => a.Nationality)
                .Lists("socialMediaLinks", ListItemFilters.SocialMediaLink.Local, a => a.SocialMediaLinks)
                .Nested("agency", EmbeddedObjectFilters.AgencyMini(AgencyNotCarried), a => a.Agency)
                .Nested("status", LookupObjectFilters.Short.Local, a => a.Status)
                .Nested("type", LookupObjectFilters.Short.Local, a => a.Type)
                .Nested("image", ImageFilters.Image.Local, a => a.Image));
}

public sealed class AstronautFilterInputGraphType()
    : PushDownFilterInputGraphType<AstronautDto, AstronautFilterInputGraphType>("AstronautFilterInput",
        "Filters on astronauts. Conditions combine with AND. What LL2 executes is pushed down; the rest is " +
        "evaluated here over every astronaut that part selects (read in blocks of 100, within " +
        "Limits:MaxLl2CallsPerRequest), except on hasFlown and isHuman, which LL2's rows do not carry.",
        AstronautListPushDown.Table);

public sealed class AstronautsConnectionGraphType()
    : Data.Paging.ConnectionGraphType<AstronautGraphType, AstronautsEdgeGraphType, AstronautDto>(
        "AstronautsConnection");

public sealed class AstronautsEdgeGraphType()
    : Data.Paging.EdgeGraphType<AstronautGraphType, AstronautDto>("AstronautsEdge");
