using System.Globalization;
using DockingGraph.Gateway.Data.Filtering;
using DockingGraph.Gateway.Data.Local;
using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.Gateway.Flights;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;
using GraphQL.Types;

namespace DockingGraph.Gateway.Launches;

/// <summary>
/// What LL2's <c>launches/</c>, <c>launches/upcoming/</c> and <c>launches/previous/</c> can execute of
/// <c>where</c> and <c>order</c> (the three document the same filters and ordering fields; one
/// <c>LaunchFilterInput</c> serves the three roots). The other operators, and the scalar fields LL2 has no filter
/// for, are evaluated over the launches LL2's part selects (every field is on a normal row).
/// </summary>
public static class LaunchesPushDown
{
    public const string ProviderNotCarried = "launches' rows embed the launch service provider as LL2's " +
        "AgencyMini (id, url, name, abbrev, type)";

    private const string EvaluatedHere =
        "No LL2 filter: evaluated here over every launch the rest of the where selects (read in blocks of 100).";

    // LL2's count fields: each has an exact filter and __gt/__gte/__lt/__lte.
    private static readonly (string Name, string Ll2Field, Func<LaunchDto, int?> Select)[] Counts =
    [
        ("orbitalLaunchAttemptCount", "orbital_launch_attempt_count", l => l.OrbitalLaunchAttemptCount),
        ("locationLaunchAttemptCount", "location_launch_attempt_count", l => l.LocationLaunchAttemptCount),
        ("padLaunchAttemptCount", "pad_launch_attempt_count", l => l.PadLaunchAttemptCount),
        ("agencyLaunchAttemptCount", "agency_launch_attempt_count", l => l.AgencyLaunchAttemptCount),
        ("orbitalLaunchAttemptCountYear", "orbital_launch_attempt_count_year",
            l => l.OrbitalLaunchAttemptCountYear),
        ("locationLaunchAttemptCountYear", "location_launch_attempt_count_year",
            l => l.LocationLaunchAttemptCountYear),
        ("padLaunchAttemptCountYear", "pad_launch_attempt_count_year", l => l.PadLaunchAttemptCountYear),
        ("agencyLaunchAttemptCountYear", "agency_launch_attempt_count_year", l => l.AgencyLaunchAttemptCountYear),
    ];

    // Scalar fields of Launch that LL2 cannot filter on.
    private static readonly (string Name, Func<LaunchDto, string?> Select)[] LocalTexts =
    [
        ("url", l => l.Url), ("infographic", l => l.Infographic), ("weatherConcerns", l => l.WeatherConcerns),
        ("failreason", l => l.Failreason), ("hashtag", l => l.Hashtag),
    ];

    /// <summary>A launch id operand (global id or LL2 UUID), for local evaluation.</summary>
    public static Guid Uuid(object id) => LaunchQueries.ParseId(Convert.ToString(id, CultureInfo.InvariantCulture)!);

    /// <summary>
    /// A launch as LL2 embeds it (LaunchNormal): its LaunchDetailed-only fields from the launches read by id.
    /// </summary>
    public static readonly LocalWhere<LaunchDto> Local = LaunchDetailFilters.ReadFromLaunchDetail(Launch());

    /// <summary>A launch list's own rows: its LaunchDetailed-only fields read from the rows, read detailed.</summary>
    public static readonly LocalWhere<LaunchDto> OnTheLaunchLists = LaunchDetailFilters.ReadOnDetailedRows(Launch());

    private static LocalWhere<LaunchDto> Launch() => Counts.Aggregate(
        LocalTexts.Aggregate(new LocalWhere<LaunchDto>("launch")
                .Key("id", Uuid, l => l.Id)
                .Strings("slug", l => l.Slug)
                .Strings("name", l => l.Name)
                .Strings("launchDesignator", l => l.LaunchDesignator)
                .Dates("net", l => l.Net)
                .Dates("windowStart", l => l.WindowStart)
                .Dates("windowEnd", l => l.WindowEnd)
                .Dates("lastUpdated", l => l.LastUpdated)
                .Nested("status", LookupObjectFilters.Detailed.Local, l => l.Status)
                .Nested("netPrecision", LookupObjectFilters.Detailed.Local, l => l.NetPrecision)
                .Nested("launchServiceProvider", EmbeddedObjectFilters.AgencyMini(ProviderNotCarried),
                    l => l.LaunchServiceProvider)
                .Nested("pad", LaunchObjectFilters.Pad.Local, l => l.Pad)
                .Nested("rocket", LaunchObjectFilters.Rocket.Local, l => l.Rocket)
                .Ints("probability", l => l.Probability)
                .Booleans("webcastLive", l => l.WebcastLive)
                .Lists("program", LaunchObjectFilters.Program.Local, l => l.Program)
                .Nested("image", ImageFilters.Image.Local, l => l.Image)
                .Nested("mission", MissionFilters.Mission.Local, l => l.Mission),
            (where, text) => where.Strings(text.Name, text.Select)),
        (where, count) => where.Ints(count.Name, count.Select));

    public static readonly PushDownTable<LaunchDto> Table = For(Ll2Lists.Launches, "launches", "launches", "net");

    /// <summary><c>upcomingLaunches</c>: LL2's own default order, net ascending.</summary>
    public static readonly PushDownTable<LaunchDto> Upcoming =
        For(Ll2Lists.UpcomingLaunches, "upcoming launches", "upcomingLaunches", "net");

    /// <summary><c>previousLaunches</c>: LL2's own default order, the latest first.</summary>
    public static readonly PushDownTable<LaunchDto> Previous =
        For(Ll2Lists.PreviousLaunches, "previous launches", "previousLaunches", "-net");

    private static PushDownTable<LaunchDto> For(Ll2List<LaunchDto> list, string noun, string fieldName,
        string defaultOrder)
    {
        var table = new PushDownTable<LaunchDto>(list, noun, fieldName)
            .Filter(new LaunchIdEquals())
            .Filter(new ExactText("slug", "slug"))
            .Filter(new ExactText("name", "name"))
            .Filter(new ExactText("launchDesignator", "launch_designator"))
            .Filter(new DateBounds("net", "net"))
            .Filter(new DateBounds("windowStart", "window_start"))
            .Filter(new DateBounds("windowEnd", "window_end"))
            .Filter(new DateBounds("lastUpdated", "last_updated", inclusiveOnly: true))
            .Filter(new ObjectLookupId("status", "status__ids", typeof(LaunchStatusFilterInputGraphType),
                "→ status__ids for id { eq } (LL2's launch status id); the rest is evaluated here"))
            .Filter(new MirrorOnly("netPrecision", typeof(NetPrecisionFilterInputGraphType), EvaluatedHere))
            .Filter(new ObjectLookupId("launchServiceProvider", "lsp__id", typeof(AgencyFilterInputGraphType),
                "→ lsp__id for id { eq } (LL2's agency id); the rest is evaluated here, on the fields a launch row " +
                "embeds (AgencyMini: id, url, name, abbrev, type)"))
            .Filter(new NestedFilter("pad", typeof(PadFilterInputGraphType),
                "id { eq } → pad, location { id { eq } } → location__ids; the rest is evaluated here",
                new IntIdEquals("pad"),
                new ObjectLookupId("location", "location__ids", typeof(PadLocationFilterInputGraphType),
                    "→ location__ids (LL2's location id)")))
            .Filter(new NestedFilter("rocket", typeof(RocketFilterInputGraphType),
                "configuration { id { eq } } → launcher_config__id; the rest is evaluated here (a launch row " +
                "embeds the configuration as LauncherConfigList)",
                new ObjectLookupId("configuration", "launcher_config__id", typeof(LauncherConfigFilterInputGraphType),
                    "→ launcher_config__id (LL2's launcher configuration id)")))
            .Filter(new MirrorOnly("probability", typeof(IntOperationFilterInputGraphType), EvaluatedHere))
            .Filter(new MirrorOnly("webcastLive", typeof(BooleanOperationFilterInputGraphType), EvaluatedHere))
            .Filter(new MirrorOnly("program", typeof(ListFilterInputGraphType<ProgramFilterInputGraphType>),
                EvaluatedHere + " LL2's program filter is not used: the rows embed the programs (ProgramNormal)."))
            .Filter(new MirrorOnly("image", typeof(ImageFilterInputGraphType), EvaluatedHere))
            .Filter(new MirrorOnly("mission", typeof(MissionFilterInputGraphType), EvaluatedHere +
                " The rows embed the mission (LL2's Mission) and its orbit."));
        foreach (var (name, _) in LocalTexts)
        {
            table.Filter(new MirrorOnly(name, typeof(StringOperationFilterInputGraphType), EvaluatedHere));
        }

        foreach (var (name, ll2Field, _) in Counts)
        {
            table.Filter(new IntBounds(name, ll2Field));
        }

        foreach (var (name, inputType) in LaunchDetailFilters.Fields.Concat(LaunchDetailFilters.ScalarFields))
        {
            table.Filter(new MirrorOnly(name, inputType, LaunchDetailFilters.FromLaunchDetail + "."));
        }

        return table
            .Sort("id", "id", "LL2's launch UUID.")
            .Sort("lastUpdated", "last_updated")
            .Sort("name", "name")
            .Sort("net", "net")
            .OrderByDefault(defaultOrder, "id")
            .BreakTiesBy("id")
            .SortedLocally(LaunchSorting.OnTheLaunchLists, l => l.Id)
            .EvaluatedLocally(OnTheLaunchLists);
    }
}

public sealed class LaunchFilterInputGraphType()
    : PushDownFilterInputGraphType<LaunchDto, LaunchFilterInputGraphType>("LaunchFilterInput",
        "Filters on launches (launches, upcomingLaunches, previousLaunches). Conditions combine with AND. What LL2 " +
        "executes is pushed down; the rest is evaluated here over every launch that part selects (read in blocks " +
        "of 100, within Limits:MaxLl2CallsPerRequest).",
        LaunchesPushDown.Table);

public sealed class LaunchStatusFilterInputGraphType()
    : ObjectFilterInputGraphType<StatusDto, LaunchStatusFilterInputGraphType>("LaunchStatusFilterInput",
        "A launch status (Go, Success, …). LL2 executes id { eq } (status__ids); the rest is evaluated here.",
        LookupObjectFilters.Detailed);

public sealed class LaunchesConnectionGraphType()
    : Data.Paging.ConnectionGraphType<LaunchGraphType, LaunchesEdgeGraphType, LaunchDto>("LaunchesConnection");

public sealed class LaunchesEdgeGraphType() : Data.Paging.EdgeGraphType<LaunchGraphType, LaunchDto>("LaunchesEdge");
