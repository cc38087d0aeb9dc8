using DockingGraph.Gateway.Data.Filtering;
using DockingGraph.Gateway.Data.Local;
using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.Gateway.DataLoading;
using DockingGraph.Gateway.Launches;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;

namespace DockingGraph.Gateway.Flights;

/// <summary>
/// What LL2's <c>spacecraft_flights/</c> can execute: its one documented filter, <c>spacecraft</c>. LL2 documents no
/// search or ordering fields for it (the parameters exist and DRF ignores them), so the root offers neither. The
/// other fields are evaluated over the flights LL2's part selects.
/// </summary>
public static class SpacecraftFlightsPushDown
{
    private const string LaunchWhere = "Every launch field over a flight LL2 writes with LaunchNormal " +
        "(spacecraftFlights, landings, a docking event's chaser); on a docking event's target, which embeds " +
        "LaunchMini, id, url and name only.";

    private const string Fetched = "No LL2 filter: evaluated over the flights LL2's part of the where selects (read " +
        "in blocks of 100); nested, over the flight the row embeds.";

    public static readonly PushDownTable<SpacecraftFlightDto> Table =
        new PushDownTable<SpacecraftFlightDto>(Ll2Lists.SpacecraftFlights, "spacecraft flights", "spacecraftFlights")
            .Filter(new MirrorOnly("id", typeof(IdOperationFilterInputGraphType), Fetched))
            .Filter(new MirrorOnly("url", typeof(StringOperationFilterInputGraphType), Fetched))
            .Filter(new MirrorOnly("destination", typeof(StringOperationFilterInputGraphType), Fetched))
            .Filter(new MirrorOnly("missionEnd", typeof(DateTimeOperationFilterInputGraphType), Fetched))
            .Filter(new NodeIdEquals("spacecraft", typeof(SpacecraftFilterInputGraphType), "spacecraft",
                "Spacecraft"))
            .Filter(new MirrorOnly("launch", typeof(LaunchFilterInputGraphType), Fetched + " " + LaunchWhere))
            .Filter(new MirrorOnly("duration", typeof(TimeSpanOperationFilterInputGraphType), Fetched))
            .Filter(new MirrorOnly("turnAroundTime", typeof(TimeSpanOperationFilterInputGraphType), Fetched))
            .Filter(new MirrorOnly("crew", typeof(SpacecraftFlightCrewFilterInputGraphType),
                SpacecraftFlightFilter.CrewOnDetailedRows + "."))
            .Filter(new MirrorOnly("landing", typeof(Landings.LandingFilterInputGraphType), Fetched + " LL2 embeds " +
                "it as its Landing serializer (no flight, first stage or payload flight: refused there); a landing's " +
                "own flight has no landing (refused)."))
            .EvaluatedLocally(SpacecraftFlightFilter.OnTheFlightsList);
}

/// <summary>
/// Which filter field reads which value of a flight. Every flight field and its spacecraft (SpacecraftNormal, all of
/// <c>SpacecraftFilterInput</c>) are on each serializer a flight is embedded with (spacecraft_flights/ and
/// landings/ in normal mode, a docking event's chaser and target as SpacecraftFlightMini), so nested filters need no
/// join. The launch differs: LaunchNormal on spacecraft_flights/ and landings/ and on a detailed docking event's
/// chaser, LaunchMini (id, url, name) on a docking event's target, whose other launch fields are refused with the
/// reason rather than read as null.
/// </summary>
public static class SpacecraftFlightFilter
{
    public const string LaunchInDockingEvents = "a docking event embeds its target flight's launch as LL2's " +
        "LaunchMini (id, url, name); only the chaser flight's (SpacecraftFlightNormal, in the detailed events the " +
        "gateway evaluates) is LaunchNormal";

    public const string CrewNotCarried = "LL2 writes a flight in its lists and embeddings (spacecraft_flights/, " +
        "landings/, a docking event's chaser and target) as SpacecraftFlightNormal or SpacecraftFlightMini, which " +
        "have no launch_crew, onboard_crew or landing_crew: the crews exist only on SpacecraftFlightDetailed " +
        "(spacecraft_flights/{id}/)";

    public const string CrewOnDetailedRows = "SpacecraftFlightDetailed only: on spacecraftFlights evaluated over the " +
        "blocks read with mode=detailed (the same number of LL2 calls); refused where a flight is embedded " +
        "(SpacecraftFlightNormal or Mini)";

    /// <summary>
    /// spacecraftFlights' own rows: as <see cref="Where"/>, and the crews read from the rows, read detailed
    /// (SpacecraftFlightDetailed: each seat LL2's AstronautFlight, its astronaut AstronautDetailed).
    /// </summary>
    public static readonly LocalWhere<SpacecraftFlightDto> OnTheFlightsList =
        Declare(LaunchesPushDown.Local, LandingOfFlight()).Joined<DetailedRows>("crew",
            new LocalWhere<SpacecraftFlightDto>("spacecraft-flight").Nested("crew", Crews(), f => f),
            (_, row) => DetailedRows.Row(row, row.ResponseMode), CrewNotCarried);

    // SpacecraftFlightCrew: the three seat lists of a detailed flight.
    private static LocalWhere<SpacecraftFlightDto> Crews()
    {
        var seat = new LocalWhere<AstronautFlightDto>("crew seat")
            .Ints("id", s => s.Id)
            .Strings("role", s => s.Role?.Role)
            .Nested("astronaut", AstronautListPushDown.Table.Local!, s => s.Astronaut);
        return new LocalWhere<SpacecraftFlightDto>("spacecraft flight crew")
            .Lists("launchCrew", seat, f => f.LaunchCrew)
            .Lists("onboardCrew", seat, f => f.OnboardCrew)
            .Lists("landingCrew", seat, f => f.LandingCrew);
    }

    /// <summary>A flight whose launch is LaunchNormal (the rows of spacecraft_flights/ and landings/).</summary>
    public static readonly LocalWhere<SpacecraftFlightDto> Where = Declare(LaunchesPushDown.Local, LandingOfFlight());

    /// <summary>
    /// A landing row's flight (SpacecraftFlightNormalSerializerNoLanding): as <see cref="Where"/>, its landing refused.
    /// </summary>
    public static readonly LocalWhere<SpacecraftFlightDto> OfLanding = Declare(LaunchesPushDown.Local, null);

    /// <summary>A docking event's target (SpacecraftFlightMini in every mode: its launch is LaunchMini).</summary>
    public static readonly LocalWhere<SpacecraftFlightDto> InDockingEvents =
        Declare(LaunchMini(LaunchInDockingEvents), LandingOfFlight());

    /// <summary>
    /// A detailed docking event's chaser (LL2's DockingEventEndpointDetailed embeds SpacecraftFlightNormal: its
    /// spacecraft is SpacecraftNormal and its launch LaunchNormal, as on spacecraft_flights/ rows). The docking
    /// events evaluated here are always detailed (the mirror's fill and the fetched blocks ask mode=detailed).
    /// </summary>
    public static readonly LocalWhere<SpacecraftFlightDto> ChaserInDetailedDockingEvents = Where;

    private static LocalWhere<SpacecraftFlightDto> Declare(LocalWhere<LaunchDto> launch,
        LocalWhere<LandingDto>? landing)
    {
        var where = new LocalWhere<SpacecraftFlightDto>("spacecraft-flight")
            .Id("id", "SpacecraftFlight", f => f.Id)
            .Strings("url", f => f.Url)
            .Strings("destination", f => f.Destination)
            .Dates("missionEnd", f => f.MissionEnd)
            .Nested("spacecraft", SpacecraftListPushDown.Local, f => f.Spacecraft)
            .Nested("launch", launch, f => f.Launch)
            .Durations("duration", f => f.Duration)
            .Durations("turnAroundTime", f => f.TurnAroundTime)
            .NotCarried("crew", CrewNotCarried);
        return landing is null
            ? where.NotCarried("landing", LandingNotCarried)
            : where.Nested("landing", landing, f => f.Landing);
    }

    public const string LandingNotCarried = "LL2's landings/ rows embed their flight without its landing " +
        "(SpacecraftFlightNormalSerializerNoLanding); the landing is the row itself";

    private const string LandingOfFlightNotCarried = "LL2 embeds a flight's landing as its Landing serializer (id, " +
        "url, attempt, success, description, downrange_distance, landing_location, type)";

    // LL2's Landing, how every flight form but a landing row's embeds its landing: no flight, first stage or
    // payload flight.
    public static LocalWhere<LandingDto> LandingOfFlight() => Landings.LandingObjectFilters.LandingFields()
        .NotCarried("spacecraftFlight", LandingOfFlightNotCarried)
        .NotCarried("firstStage", LandingOfFlightNotCarried)
        .NotCarried("payloadFlight", LandingOfFlightNotCarried);

    // LaunchMini's fields evaluated as on a launch row, every other launch field refused; checked against LL2's
    // OpenAPI file at schema build.
    /// <summary>LaunchMini (id, url, name); every other launch field refused with <paramref name="why"/>.</summary>
    public static LocalWhere<LaunchDto> LaunchMini(string why)
    {
        var carried = Ll2Shapes.Fields("LaunchMini");
        if (!new[] { "id", "url", "name" }.All(carried.Contains))
        {
            throw new InvalidOperationException("LL2's LaunchMini no longer carries id, url and name.");
        }

        var mini = new LocalWhere<LaunchDto>("launch")
            .Key("id", LaunchesPushDown.Uuid, l => l.Id)
            .Strings("url", l => l.Url)
            .Strings("name", l => l.Name);
        foreach (var name in LaunchesPushDown.Local.FieldNames.Where(n => n is not ("id" or "url" or "name")))
        {
            mini.NotCarried(name, why);
        }

        return mini;
    }
}

/// <summary>
/// Hot Chocolate's one <c>SpacecraftFlightFilterInput</c>: the <c>spacecraftFlights</c> filter and the same input
/// wherever a flight nests (a docking event's chaser and target, a landing's flight).
/// </summary>
public sealed class SpacecraftFlightFilterInputGraphType()
    : PushDownFilterInputGraphType<SpacecraftFlightDto, SpacecraftFlightFilterInputGraphType>(
        "SpacecraftFlightFilterInput", "Filters on spacecraft flights. Conditions combine with AND. On " +
        "spacecraftFlights what LL2 executes is pushed down and the rest is evaluated over every flight that part " +
        "selects (read in blocks of 100 in LL2's own order, within Limits:MaxLl2CallsPerRequest). Nested in a " +
        "docking event, the chaser's id is pushed down; everything else is evaluated over the flight the event " +
        "embeds (the chaser's launch as LaunchNormal; the target's as LaunchMini: launch fields beyond id, url " +
        "and name are refused there). In a " +
        "landing, spacecraft { id { eq } spacecraftConfig { id { eq } } } and launch { id { eq } } are pushed " +
        "down, the rest evaluated over the landing's flight.", SpacecraftFlightsPushDown.Table);

/// <summary>
/// Hot Chocolate's filter over <c>SpacecraftFlightCrew</c> (its fields are the three crew lists, each HC's
/// <c>ListFilterInputTypeOfAstronautFlightFilterInput</c>): evaluated on spacecraftFlights over its blocks read
/// detailed, refused where a flight is embedded.
/// </summary>
public sealed class SpacecraftFlightCrewFilterInputGraphType : GraphQL.Types.InputObjectGraphType
{
    public SpacecraftFlightCrewFilterInputGraphType()
    {
        Name = "SpacecraftFlightCrewFilterInput";
        Description = "A flight's launch, onboard and landing crew (SpacecraftFlightDetailed). " +
            SpacecraftFlightFilter.CrewOnDetailedRows + ".";
        Field<GraphQL.Types.ListGraphType<GraphQL.Types.NonNullGraphType<SpacecraftFlightCrewFilterInputGraphType>>>(
            "and");
        Field<GraphQL.Types.ListGraphType<GraphQL.Types.NonNullGraphType<SpacecraftFlightCrewFilterInputGraphType>>>(
            "or");
        foreach (var list in new[] { "launchCrew", "onboardCrew", "landingCrew" })
        {
            Field<Stations.ExpeditionCrewListFilterInputGraphType>(list);
        }
    }
}
