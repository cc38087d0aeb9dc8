using DockingGraph.Gateway.Data.Local;
using DockingGraph.Gateway.Data.Sorting;
using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.Gateway.Launches;

/// <summary>
/// <c>LaunchSortInput</c> in Hot Chocolate's shape: every scalar field a launch row carries (<c>id</c> the LL2 UUID)
/// and its status, net precision, provider (AgencyMini), rocket (RocketNormal: its configuration as
/// LauncherConfigList), mission (LL2's Mission; its orbit's celestial body as CelestialBodyMini) and pad. One input
/// for launches, upcomingLaunches and previousLaunches, and a flight's launch. An order of id, lastUpdated, name and
/// net only is pushed down; any other field is evaluated here.
/// </summary>
public static class LaunchSorting
{
    public static readonly string Evaluated = LocalSortDescriptions.OverFetchedRows("launch");

    public static readonly LocalSort<PadLocationDto> PadLocation = new LocalSort<PadLocationDto>()
        .Field("id", l => l.Id)
        .Field("url", l => l.Url)
        .Field("name", l => l.Name)
        .Object<CelestialBodyDto>("celestialBody", typeof(CelestialBodySortInputGraphType),
            () => ObjectSorts.CelestialBody, l => l.CelestialBody)
        .Field("active", l => l.Active)
        .Object<CountryDto>("country", typeof(CountrySortInputGraphType), () => ObjectSorts.Country, l => l.Country)
        .Field("description", l => l.Description)
        .Object<ImageDto>("image", typeof(ImageSortInputGraphType), () => ObjectSorts.Image, l => l.Image)
        .Field("mapImage", l => l.MapImage)
        .Field("longitude", l => l.Longitude)
        .Field("latitude", l => l.Latitude)
        .Field("timezoneName", l => l.TimezoneName)
        .Field("totalLaunchCount", l => l.TotalLaunchCount)
        .Field("totalLandingCount", l => l.TotalLandingCount);

    public static readonly LocalSort<PadDto> Pad = new LocalSort<PadDto>()
        .Field("id", p => p.Id)
        .Field("url", p => p.Url)
        .Field("active", p => p.Active)
        .Field("name", p => p.Name)
        .Object<ImageDto>("image", typeof(ImageSortInputGraphType), () => ObjectSorts.Image, p => p.Image)
        .Field("description", p => p.Description)
        .Field("infoUrl", p => p.InfoUrl)
        .Field("wikiUrl", p => p.WikiUrl)
        .Field("mapUrl", p => p.MapUrl)
        .Field("latitude", p => p.Latitude)
        .Field("longitude", p => p.Longitude)
        .Object<CountryDto>("country", typeof(CountrySortInputGraphType), () => ObjectSorts.Country, p => p.Country)
        .Field("mapImage", p => p.MapImage)
        .Field("totalLaunchCount", p => p.TotalLaunchCount)
        .Field("orbitalLaunchAttemptCount", p => p.OrbitalLaunchAttemptCount)
        .Field("fastestTurnaround", p => ObjectSorts.Duration(p.FastestTurnaround))
        .Object<PadLocationDto>("location", typeof(PadLocationSortInputGraphType), () => PadLocation, p => p.Location);

    /// <summary>LL2's LauncherConfigList, as RocketNormal embeds a launch's configuration (families: a list).</summary>
    public static readonly LocalSort<LauncherConfigDto> Configuration = new LocalSort<LauncherConfigDto>()
        .Field("id", c => c.Id)
        .Field("url", c => c.Url)
        .Field("name", c => c.Name)
        .Field("fullName", c => c.FullName)
        .Field("variant", c => c.Variant);

    public static readonly LocalSort<RocketDto> Rocket = new LocalSort<RocketDto>()
        .Field("id", r => r.Id)
        .Object<LauncherConfigDto>("configuration", typeof(LauncherConfigSortInputGraphType), () => Configuration,
            r => r.Configuration);

    public static readonly LocalSort<OrbitDto> Orbit = new LocalSort<OrbitDto>()
        .Field("id", o => o.Id)
        .Field("name", o => o.Name)
        .Field("abbrev", o => o.Abbrev)
        .Object<CelestialBodyDto>("celestialBody", typeof(CelestialBodySortInputGraphType),
            () => ObjectSorts.CelestialBody, o => o.CelestialBody, carried: ObjectSorts.CelestialBodyMini);

    /// <summary>LL2's Mission (agencies and the links: lists).</summary>
    public static readonly LocalSort<MissionDto> Mission = new LocalSort<MissionDto>()
        .Field("id", m => m.Id)
        .Field("name", m => m.Name)
        .Field("type", m => m.Type)
        .Field("description", m => m.Description)
        .Object<ImageDto>("image", typeof(ImageSortInputGraphType), () => ObjectSorts.Image, m => m.Image)
        .Object<OrbitDto>("orbit", typeof(OrbitSortInputGraphType), () => Orbit, m => m.Orbit);

    /// <summary>
    /// A launch as LL2 embeds it (LaunchNormal): its LaunchDetailed-only fields from the launches read by id.
    /// </summary>
    public static readonly LocalSort<LaunchDto> Sort = Launch()
        .Joined<LaunchDetailJoin>("flightclubUrl", l => l.FlightclubUrl, (join, row) => join.Detailed(row),
            LaunchDetailFilters.FromLaunchDetail + ".")
        .Joined<LaunchDetailJoin>("padTurnaround", l => ObjectSorts.Duration(l.PadTurnaround),
            (join, row) => join.Detailed(row), LaunchDetailFilters.FromLaunchDetail + ".");

    /// <summary>A launch list's own rows: its LaunchDetailed-only fields read from the rows, read detailed.</summary>
    public static readonly LocalSort<LaunchDto> OnTheLaunchLists = Launch()
        .Joined<DetailedRows>("flightclubUrl", l => l.FlightclubUrl,
            (_, row) => DetailedRows.Row(row, row.ResponseMode), LaunchDetailFilters.FromLaunchDetail + ".")
        .Joined<DetailedRows>("padTurnaround", l => ObjectSorts.Duration(l.PadTurnaround),
            (_, row) => DetailedRows.Row(row, row.ResponseMode), LaunchDetailFilters.FromLaunchDetail + ".");

    private static LocalSort<LaunchDto> Launch() => new LocalSort<LaunchDto>()
        .Field("id", l => l.Id, "LL2's launch UUID.")
        .Field("url", l => l.Url)
        .Field("name", l => l.Name)
        .Field("slug", l => l.Slug)
        .Field("launchDesignator", l => l.LaunchDesignator)
        .Object<StatusDto>("status", typeof(LaunchStatusSortInputGraphType), () => ObjectSorts.DetailedLookup,
            l => l.Status)
        .Field("lastUpdated", l => l.LastUpdated)
        .Field("net", l => l.Net)
        .Object<StatusDto>("netPrecision", typeof(NetPrecisionSortInputGraphType), () => ObjectSorts.DetailedLookup,
            l => l.NetPrecision)
        .Field("windowStart", l => l.WindowStart)
        .Field("windowEnd", l => l.WindowEnd)
        .Object<ImageDto>("image", typeof(ImageSortInputGraphType), () => ObjectSorts.Image, l => l.Image)
        .Field("infographic", l => l.Infographic)
        .Field("probability", l => l.Probability)
        .Field("weatherConcerns", l => l.WeatherConcerns)
        .Field("failreason", l => l.Failreason)
        .Field("hashtag", l => l.Hashtag)
        .Object<AgencyDto>("launchServiceProvider", typeof(AgencySortInputGraphType), () => ObjectSorts.AgencyMini,
            l => l.LaunchServiceProvider)
        .Object<RocketDto>("rocket", typeof(RocketSortInputGraphType), () => Rocket, l => l.Rocket)
        .Object<MissionDto>("mission", typeof(MissionSortInputGraphType), () => Mission, l => l.Mission)
        .Object<PadDto>("pad", typeof(PadSortInputGraphType), () => Pad, l => l.Pad)
        .Field("webcastLive", l => l.WebcastLive)
        .Field("orbitalLaunchAttemptCount", l => l.OrbitalLaunchAttemptCount)
        .Field("locationLaunchAttemptCount", l => l.LocationLaunchAttemptCount)
        .Field("padLaunchAttemptCount", l => l.PadLaunchAttemptCount)
        .Field("agencyLaunchAttemptCount", l => l.AgencyLaunchAttemptCount)
        .Field("orbitalLaunchAttemptCountYear", l => l.OrbitalLaunchAttemptCountYear)
        .Field("locationLaunchAttemptCountYear", l => l.LocationLaunchAttemptCountYear)
        .Field("padLaunchAttemptCountYear", l => l.PadLaunchAttemptCountYear)
        .Field("agencyLaunchAttemptCountYear", l => l.AgencyLaunchAttemptCountYear);
}

public sealed class LaunchSortInputGraphType() : LocalSortInputGraphType<LaunchDto>("LaunchSortInput",
    LaunchSorting.OnTheLaunchLists, LaunchSorting.Evaluated, LaunchesPushDown.Table.Sorts);

public sealed class LaunchStatusSortInputGraphType() : LocalSortInputGraphType<StatusDto>(
    "LaunchStatusSortInput", ObjectSorts.DetailedLookup, null);

public sealed class NetPrecisionSortInputGraphType() : LocalSortInputGraphType<StatusDto>(
    "NetPrecisionSortInput", ObjectSorts.DetailedLookup, null);

public sealed class PadSortInputGraphType() : LocalSortInputGraphType<PadDto>("PadSortInput", LaunchSorting.Pad,
    null);

public sealed class PadLocationSortInputGraphType() : LocalSortInputGraphType<PadLocationDto>("PadLocationSortInput",
    LaunchSorting.PadLocation, null);

public sealed class RocketSortInputGraphType() : LocalSortInputGraphType<RocketDto>("RocketSortInput",
    LaunchSorting.Rocket, null);

public sealed class LauncherConfigSortInputGraphType() : LocalSortInputGraphType<LauncherConfigDto>(
    "LauncherConfigSortInput", LaunchSorting.Configuration, null);

public sealed class MissionSortInputGraphType() : LocalSortInputGraphType<MissionDto>("MissionSortInput",
    LaunchSorting.Mission, null);

public sealed class OrbitSortInputGraphType() : LocalSortInputGraphType<OrbitDto>("OrbitSortInput",
    LaunchSorting.Orbit, null);
