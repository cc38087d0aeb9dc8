using DockingGraph.Gateway.Data.Filtering;
using DockingGraph.Gateway.Landings;
using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.Gateway.Launches;

/// <summary>
/// Hot Chocolate's filters over the objects a launch row embeds, one input per GraphQL type (HC names it after the
/// output type: <c>pad: Pad</c> → <c>PadFilterInput</c>), with every scalar field of the type and HC's list
/// filters on its lists (images aside). LL2's LaunchNormal embeds the pad and its location whole (Pad, Location;
/// the pad's agencies as AgencyNormal), the net precision whole (NetPrecision), the programs as ProgramNormal, the
/// rocket as RocketNormal (no stages) and its configuration only as LauncherConfigList (with its families).
/// </summary>
public static class LaunchObjectFilters
{
    /// <summary>LL2's LauncherConfigList: how a normal launch row embeds its rocket's configuration.</summary>
    public static readonly string[] LauncherConfigListFields =
        ["id", "url", "name", "fullName", "variant", "families"];

    public const string LauncherConfigNotCarried = "launches' rows embed the rocket configuration as LL2's " +
        "LauncherConfigList (id, url, name, full_name, variant, families)";

    public static readonly ObjectFilter<PadLocationDto> PadLocation = new ObjectFilter<PadLocationDto>("pad location")
        .Ints("id", l => l.Id)
        .Strings("url", l => l.Url)
        .Strings("name", l => l.Name)
        .Object<CelestialBodyDto, CelestialBodyFilterInputGraphType>("celestialBody",
            LandingObjectFilters.CelestialBody, l => l.CelestialBody)
        .Booleans("active", l => l.Active)
        .Strings("description", l => l.Description)
        .Strings("mapImage", l => l.MapImage)
        .Floats("longitude", l => l.Longitude)
        .Floats("latitude", l => l.Latitude)
        .Strings("timezoneName", l => l.TimezoneName)
        .Ints("totalLaunchCount", l => l.TotalLaunchCount)
        .Ints("totalLandingCount", l => l.TotalLandingCount)
        .Object<CountryDto, CountryFilterInputGraphType>("country", ListItemFilters.Country, l => l.Country)
        .Object<ImageDto, ImageFilterInputGraphType>("image", ImageFilters.Image, l => l.Image);

    public const string RocketNotCarried = "launches' rows embed the rocket as LL2's RocketNormal (id, " +
        "configuration): its stages and payloads are only on a detailed launch (launches/{id}/)";

    public static readonly ObjectFilter<StatusDto> ProgramType = LookupObjectFilters.Short;

    /// <summary>LL2's ProgramNormal, how a launch row embeds its programs (agencies as AgencyMini).</summary>
    public static readonly ObjectFilter<ProgramDto> Program = new ObjectFilter<ProgramDto>("program")
        .Ints("id", p => p.Id)
        .Strings("url", p => p.Url)
        .Strings("name", p => p.Name)
        .Strings("infoUrl", p => p.InfoUrl)
        .Strings("wikiUrl", p => p.WikiUrl)
        .Strings("description", p => p.Description)
        .Dates("startDate", p => p.StartDate)
        .Dates("endDate", p => p.EndDate)
        .Object<StatusDto, ProgramTypeFilterInputGraphType>("type", ProgramType, p => p.Type)
        .Lists<AgencyDto, Flights.AgencyFilterInputGraphType>("agencies",
            Flights.EmbeddedObjectFilters.AgencyMini("LL2's ProgramNormal embeds its agencies as AgencyMini (id, " +
                "url, name, abbrev, type)"), p => p.Agencies)
        .Lists<MissionPatchDto, MissionPatchFilterInputGraphType>("missionPatches",
            LaunchDetailFilters.MissionPatch.Local, p => p.MissionPatches)
        .Object<ImageDto, ImageFilterInputGraphType>("image", ImageFilters.Image, p => p.Image);

    public static readonly ObjectFilter<LauncherConfigFamilyDto> LauncherConfigFamily =
        new ObjectFilter<LauncherConfigFamilyDto>("launcher configuration family")
            .Ints("id", f => f.Id)
            .Strings("name", f => f.Name);

    public static readonly ObjectFilter<PadDto> Pad = new ObjectFilter<PadDto>("pad")
        .Ints("id", p => p.Id)
        .Strings("url", p => p.Url)
        .Booleans("active", p => p.Active)
        .Lists<AgencyDto, Flights.AgencyFilterInputGraphType>("agencies",
            Flights.EmbeddedObjectFilters.AgencyNormal("LL2's Pad embeds its agencies as AgencyNormal (id, url, " +
                "name, abbrev, type, featured, country, description, administrator, foundingYear, launchers, " +
                "spacecraft, parent)"), p => p.Agencies)
        .Strings("name", p => p.Name)
        .Strings("description", p => p.Description)
        .Strings("infoUrl", p => p.InfoUrl)
        .Strings("wikiUrl", p => p.WikiUrl)
        .Strings("mapUrl", p => p.MapUrl)
        .Floats("latitude", p => p.Latitude)
        .Floats("longitude", p => p.Longitude)
        .Strings("mapImage", p => p.MapImage)
        .Ints("totalLaunchCount", p => p.TotalLaunchCount)
        .Ints("orbitalLaunchAttemptCount", p => p.OrbitalLaunchAttemptCount)
        .Durations("fastestTurnaround", p => p.FastestTurnaround)
        .Object<PadLocationDto, PadLocationFilterInputGraphType>("location", PadLocation, p => p.Location)
        .Object<CountryDto, CountryFilterInputGraphType>("country", ListItemFilters.Country, p => p.Country)
        .Object<ImageDto, ImageFilterInputGraphType>("image", ImageFilters.Image, p => p.Image);

    public static readonly ObjectFilter<LauncherConfigDto> LauncherConfig =
        new ObjectFilter<LauncherConfigDto>("launcher configuration")
            .Ints("id", c => c.Id)
            .Strings("url", c => c.Url)
            .Strings("name", c => c.Name)
            .Strings("fullName", c => c.FullName)
            .Strings("variant", c => c.Variant)
            .Booleans("active", c => c.Active)
            .Booleans("isPlaceholder", c => c.IsPlaceholder)
            .Booleans("reusable", c => c.Reusable)
            .Strings("infoUrl", c => c.InfoUrl)
            .Strings("wikiUrl", c => c.WikiUrl)
            .Strings("description", c => c.Description)
            .Strings("alias", c => c.Alias)
            .CalendarDates("maidenFlight", c => c.MaidenFlight)
            .Ints("minStage", c => c.MinStage)
            .Ints("maxStage", c => c.MaxStage)
            .Floats("length", c => c.Length)
            .Floats("diameter", c => c.Diameter)
            .Floats("launchCost", c => c.LaunchCost)
            .Floats("launchMass", c => c.LaunchMass)
            .Floats("leoCapacity", c => c.LeoCapacity)
            .Floats("gtoCapacity", c => c.GtoCapacity)
            .Floats("geoCapacity", c => c.GeoCapacity)
            .Floats("ssoCapacity", c => c.SsoCapacity)
            .Floats("toThrust", c => c.ToThrust)
            .Floats("apogee", c => c.Apogee)
            .Ints("totalLaunchCount", c => c.TotalLaunchCount)
            .Ints("consecutiveSuccessfulLaunches", c => c.ConsecutiveSuccessfulLaunches)
            .Ints("successfulLaunches", c => c.SuccessfulLaunches)
            .Ints("failedLaunches", c => c.FailedLaunches)
            .Ints("pendingLaunches", c => c.PendingLaunches)
            .Ints("attemptedLandings", c => c.AttemptedLandings)
            .Ints("successfulLandings", c => c.SuccessfulLandings)
            .Ints("failedLandings", c => c.FailedLandings)
            .Ints("consecutiveSuccessfulLandings", c => c.ConsecutiveSuccessfulLandings)
            .Durations("fastestTurnaround", c => c.FastestTurnaround)
            .Object<AgencyDto, Flights.AgencyFilterInputGraphType>("manufacturer", Flights.EmbeddedObjectFilters.Agency,
                c => c.Manufacturer)
            .Lists<LauncherConfigFamilyDto, LauncherConfigFamilyFilterInputGraphType>("families",
                LauncherConfigFamily.Local, c => c.Families)
            .Lists<ProgramDto, ProgramFilterInputGraphType>("program", Program.Local, c => c.Program)
            .Object<ImageDto, ImageFilterInputGraphType>("image", ImageFilters.Image, c => c.Image);

    public static readonly ObjectFilter<RocketDto> Rocket = new ObjectFilter<RocketDto>("rocket")
        .Ints("id", r => r.Id)
        .Object<LauncherConfigDto, LauncherConfigFilterInputGraphType>("configuration",
            LauncherConfig.Carrying(LauncherConfigNotCarried, LauncherConfigListFields), r => r.Configuration)
        .NotCarriedList<Landings.FirstStageFilterInputGraphType>("launcherStage", RocketNotCarried)
        .NotCarriedList<Flights.SpacecraftFlightFilterInputGraphType>("spacecraftStage", RocketNotCarried)
        .NotCarriedList<Payloads.PayloadFlightFilterInputGraphType>("payloads", RocketNotCarried);
}

public sealed class PadFilterInputGraphType()
    : ObjectFilterInputGraphType<PadDto, PadFilterInputGraphType>("PadFilterInput",
        "A launch pad. LL2 executes id { eq } (→ pad) and location { id { eq } } (→ location__ids); the rest is " +
        "evaluated here (a launch row embeds its pad whole).", LaunchObjectFilters.Pad);

public sealed class PadLocationFilterInputGraphType()
    : ObjectFilterInputGraphType<PadLocationDto, PadLocationFilterInputGraphType>("PadLocationFilterInput",
        "A pad's location. LL2 executes id { eq } (→ location__ids); the rest is evaluated here.",
        LaunchObjectFilters.PadLocation);

public sealed class RocketFilterInputGraphType()
    : ObjectFilterInputGraphType<RocketDto, RocketFilterInputGraphType>("RocketFilterInput",
        "A launch's rocket. LL2 executes configuration { id { eq } } (→ launcher_config__id); the rest is " +
        "evaluated here.", LaunchObjectFilters.Rocket);

public sealed class LauncherConfigFilterInputGraphType()
    : ObjectFilterInputGraphType<LauncherConfigDto, LauncherConfigFilterInputGraphType>("LauncherConfigFilterInput",
        "A launcher configuration (one input wherever a LauncherConfig appears). LL2 executes id { eq } " +
        "(launches: launcher_config__id, landings: launcher_config__ids). A launch row embeds it as " +
        "LauncherConfigList: its id, url, name, fullName and variant are evaluated here, the other fields are " +
        "refused (FILTER_NOT_SUPPORTED, before any LL2 call); a landing's is pushed down only.",
        LaunchObjectFilters.LauncherConfig);

public sealed class NetPrecisionFilterInputGraphType()
    : ObjectFilterInputGraphType<StatusDto, NetPrecisionFilterInputGraphType>("NetPrecisionFilterInput",
        "A NET precision (LL2 has no filter for it: evaluated here).", LookupObjectFilters.Detailed);

public sealed class ProgramFilterInputGraphType()
    : ObjectFilterInputGraphType<ProgramDto, ProgramFilterInputGraphType>("ProgramFilterInput",
        "A program (LL2 has no filter executed here for it: evaluated over the ProgramNormal a launch row embeds).",
        LaunchObjectFilters.Program);

public sealed class ProgramTypeFilterInputGraphType()
    : ObjectFilterInputGraphType<StatusDto, ProgramTypeFilterInputGraphType>("ProgramTypeFilterInput",
        "A program's type (evaluated here).", LaunchObjectFilters.ProgramType);

public sealed class LauncherConfigFamilyFilterInputGraphType()
    : ObjectFilterInputGraphType<LauncherConfigFamilyDto, LauncherConfigFamilyFilterInputGraphType>(
        "LauncherConfigFamilyFilterInput", "A rocket family (LL2's LauncherConfigFamilyMini: id and name).",
        LaunchObjectFilters.LauncherConfigFamily);

/// <summary>
/// Hot Chocolate's <c>MissionFilterInput</c> and <c>OrbitFilterInput</c>: LL2's LaunchNormal embeds the mission whole
/// (Mission: its agencies as AgencyDetailed, its info and video urls, its image) and its orbit (Orbit, with the
/// celestial body as CelestialBodyMini: id and name).
/// </summary>
public static class MissionFilters
{
    public const string OrbitBodyNotCarried = "a launch's mission embeds its orbit's celestial body as LL2's " +
        "CelestialBodyMini (id, name)";

    public static readonly ObjectFilter<OrbitDto> Orbit = new ObjectFilter<OrbitDto>("orbit")
        .Ints("id", o => o.Id)
        .Strings("name", o => o.Name)
        .Strings("abbrev", o => o.Abbrev)
        .Object<CelestialBodyDto, CelestialBodyFilterInputGraphType>("celestialBody",
            LandingObjectFilters.CelestialBody.Carrying(OrbitBodyNotCarried, "id", "name"), o => o.CelestialBody);

    public static readonly ObjectFilter<MissionDto> Mission = new ObjectFilter<MissionDto>("mission")
        .Ints("id", m => m.Id)
        .Strings("name", m => m.Name)
        .Strings("type", m => m.Type)
        .Strings("description", m => m.Description)
        .Object<ImageDto, ImageFilterInputGraphType>("image", ImageFilters.Image, m => m.Image)
        .Object<OrbitDto, OrbitFilterInputGraphType>("orbit", Orbit, m => m.Orbit)
        .Lists<AgencyDto, Flights.AgencyFilterInputGraphType>("agencies", Flights.EmbeddedObjectFilters.Agency.Local,
            m => m.Agencies)
        .Lists<InfoUrlDto, InfoUrlFilterInputGraphType>("infoUrls", LaunchDetailFilters.InfoUrl.Local,
            m => m.InfoUrls)
        .Lists<VidUrlDto, VidUrlFilterInputGraphType>("vidUrls", LaunchDetailFilters.VidUrl.Local, m => m.VidUrls);
}

public sealed class MissionFilterInputGraphType()
    : ObjectFilterInputGraphType<MissionDto, MissionFilterInputGraphType>("MissionFilterInput",
        "A launch's mission (LL2 has no mission filter: evaluated over the Mission a launch row embeds).",
        MissionFilters.Mission);

public sealed class OrbitFilterInputGraphType()
    : ObjectFilterInputGraphType<OrbitDto, OrbitFilterInputGraphType>("OrbitFilterInput",
        "A mission's orbit (evaluated here; its celestial body is CelestialBodyMini: id and name).",
        MissionFilters.Orbit);
