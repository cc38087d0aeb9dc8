using DockingGraph.Gateway.Data.Filtering;
using DockingGraph.Gateway.Data.Local;
using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.Gateway.Flights;

/// <summary>
/// Hot Chocolate's filters over the objects a spacecraft or astronaut row embeds. One <c>AgencyFilterInput</c>
/// serves every place an <c>Agency</c> appears, with every scalar and list field of the type (HC's shape; images
/// aside: <c>country</c> and <c>socialMediaLinks</c> are HC's list filters); each place evaluates the fields its rows
/// embed and refuses the
/// others with the reason (a field the embedded form lacks would read as null and answer wrongly).
/// SpacecraftConfigNormal is embedded whole.
/// </summary>
public static class EmbeddedObjectFilters
{
    /// <summary>The fields of LL2's AgencyMini (id, url, name, abbrev, type): how most rows embed an agency.</summary>
    public static readonly string[] AgencyMiniFields = ["id", "url", "name", "abbrev", "type"];

    public static readonly ObjectFilter<AgencyDto> Agency = new ObjectFilter<AgencyDto>("agency")
        .Ints("id", a => a.Id)
        .Strings("url", a => a.Url)
        .Strings("name", a => a.Name)
        .Strings("abbrev", a => a.Abbrev)
        .Object<StatusDto, AgencyTypeFilterInputGraphType>("type", LookupObjectFilters.Short, a => a.Type)
        .Booleans("featured", a => a.Featured)
        .Strings("description", a => a.Description)
        .Strings("administrator", a => a.Administrator)
        .Ints("foundingYear", a => a.FoundingYear)
        .Strings("launchers", a => a.Launchers)
        .Strings("spacecraft", a => a.Spacecraft)
        .Strings("parent", a => a.Parent)
        .Ints("totalLaunchCount", a => a.TotalLaunchCount)
        .Ints("consecutiveSuccessfulLaunches", a => a.ConsecutiveSuccessfulLaunches)
        .Ints("successfulLaunches", a => a.SuccessfulLaunches)
        .Ints("failedLaunches", a => a.FailedLaunches)
        .Ints("pendingLaunches", a => a.PendingLaunches)
        .Ints("consecutiveSuccessfulLandings", a => a.ConsecutiveSuccessfulLandings)
        .Ints("successfulLandings", a => a.SuccessfulLandings)
        .Ints("failedLandings", a => a.FailedLandings)
        .Ints("attemptedLandings", a => a.AttemptedLandings)
        .Ints("successfulLandingsSpacecraft", a => a.SuccessfulLandingsSpacecraft)
        .Ints("failedLandingsSpacecraft", a => a.FailedLandingsSpacecraft)
        .Ints("attemptedLandingsSpacecraft", a => a.AttemptedLandingsSpacecraft)
        .Ints("successfulLandingsPayload", a => a.SuccessfulLandingsPayload)
        .Ints("failedLandingsPayload", a => a.FailedLandingsPayload)
        .Ints("attemptedLandingsPayload", a => a.AttemptedLandingsPayload)
        .Strings("infoUrl", a => a.InfoUrl)
        .Strings("wikiUrl", a => a.WikiUrl)
        .Lists<CountryDto, CountryFilterInputGraphType>("country", ListItemFilters.Country.Local, a => a.Country)
        .Lists<SocialMediaLinkDto, SocialMediaLinkFilterInputGraphType>("socialMediaLinks",
            ListItemFilters.SocialMediaLink.Local, a => a.SocialMediaLinks)
        .Object<ImageDto, ImageFilterInputGraphType>("image", ImageFilters.Image, a => a.Image)
        .Object<ImageDto, ImageFilterInputGraphType>("logo", ImageFilters.Image, a => a.Logo)
        .Object<ImageDto, ImageFilterInputGraphType>("socialLogo", ImageFilters.Image, a => a.SocialLogo);

    /// <summary>An agency embedded as AgencyMini: its other fields are refused with <paramref name="why"/>.</summary>
    public static LocalWhere<AgencyDto> AgencyMini(string why) => Agency.Carrying(why, AgencyMiniFields);

    /// <summary>The fields of LL2's AgencyNormal (a station's owners, a pad's agencies), images aside.</summary>
    public static readonly string[] AgencyNormalFields =
    [
        .. AgencyMiniFields, "featured", "country", "description", "administrator", "foundingYear", "launchers",
        "spacecraft", "parent", "image", "logo", "socialLogo",
    ];

    /// <summary>An agency embedded as AgencyNormal: its other fields are refused with <paramref name="why"/>.</summary>
    public static LocalWhere<AgencyDto> AgencyNormal(string why) => Agency.Carrying(why, AgencyNormalFields);

    // Fields of SpacecraftFamily only SpacecraftConfigFamilyDetailed (the family's own endpoint) carries.
    private static readonly string[] FamilyCounts =
    [
        "spacecraftFlown", "totalLaunchCount", "successfulLaunches", "failedLaunches", "attemptedLandings",
        "successfulLandings", "failedLandings",
    ];

    private const string FamilyParentNotCarried = "LL2's SpacecraftConfigFamilyNormal embeds its parent family as " +
        "SpacecraftConfigFamilyMini (id, name)";

    // A family's parent: SpacecraftConfigFamilyMini.
    private static readonly LocalWhere<SpacecraftFamilyDto> FamilyParent = FamilyCounts
        .Concat(["description", "manufacturer", "parent", "maidenFlight"])
        .Aggregate(new LocalWhere<SpacecraftFamilyDto>("spacecraft family")
                .Ints("id", f => f.Id)
                .Strings("name", f => f.Name),
            (where, name) => where.NotCarried(name, FamilyParentNotCarried));

    public static readonly ObjectFilter<SpacecraftFamilyDto> SpacecraftFamily = FamilyCounts.Aggregate(
        new ObjectFilter<SpacecraftFamilyDto>("spacecraft family")
            .Ints("id", f => f.Id)
            .Strings("name", f => f.Name)
            .Strings("description", f => f.Description)
            .Object<AgencyDto, AgencyFilterInputGraphType>("manufacturer",
                AgencyMini("LL2's SpacecraftConfigFamilyNormal embeds its manufacturer as AgencyMini (id, url, " +
                    "name, abbrev, type)"), f => f.Manufacturer)
            .Object<SpacecraftFamilyDto, SpacecraftFamilyFilterInputGraphType>("parent", FamilyParent, f => f.Parent)
            .CalendarDates("maidenFlight", f => f.MaidenFlight),
        (filter, name) => filter.Ints(name, Count(name)));

    private static Func<SpacecraftFamilyDto, int?> Count(string name) => name switch
    {
        "spacecraftFlown" => f => f.SpacecraftFlown,
        "totalLaunchCount" => f => f.TotalLaunchCount,
        "successfulLaunches" => f => f.SuccessfulLaunches,
        "failedLaunches" => f => f.FailedLaunches,
        "attemptedLandings" => f => f.AttemptedLandings,
        "successfulLandings" => f => f.SuccessfulLandings,
        _ => f => f.FailedLandings,
    };

    public static readonly ObjectFilter<SpacecraftConfigDto> SpacecraftConfig =
        new ObjectFilter<SpacecraftConfigDto>("spacecraft configuration")
            .Ints("id", c => c.Id)
            .Strings("url", c => c.Url)
            .Strings("name", c => c.Name)
            .Object<StatusDto, SpacecraftConfigTypeFilterInputGraphType>("type", LookupObjectFilters.Short,
                c => c.Type)
            .Object<AgencyDto, AgencyFilterInputGraphType>("agency",
                AgencyMini("LL2's SpacecraftConfigNormal embeds the agency as AgencyMini (id, url, name, abbrev, " +
                    "type)"), c => c.Agency)
            .Booleans("inUse", c => c.InUse)
            .Object<ImageDto, ImageFilterInputGraphType>("image", ImageFilters.Image, c => c.Image)
            .Lists<SpacecraftFamilyDto, SpacecraftFamilyFilterInputGraphType>("family",
                SpacecraftFamily.Carrying("LL2's SpacecraftConfigNormal embeds its families as " +
                    "SpacecraftConfigFamilyNormal (id, name, description, manufacturer, parent, maidenFlight; the " +
                    "launch and landing counts are only on the family's own endpoint)",
                    "id", "name", "description", "manufacturer", "parent", "maidenFlight"), c => c.Family)
            .WithDetailedFields();
}

public sealed class AgencyFilterInputGraphType()
    : ObjectFilterInputGraphType<AgencyDto, AgencyFilterInputGraphType>("AgencyFilterInput",
        "An agency (one input wherever an Agency appears). LL2 executes id { eq } where the list documents an " +
        "agency filter; the rest is evaluated here on the fields the list's rows embed (AgencyMini: id, url, " +
        "name, abbrev, type); another field is refused with FILTER_NOT_SUPPORTED, before any LL2 call.",
        EmbeddedObjectFilters.Agency);

public sealed class SpacecraftFamilyFilterInputGraphType()
    : ObjectFilterInputGraphType<SpacecraftFamilyDto, SpacecraftFamilyFilterInputGraphType>(
        "SpacecraftFamilyFilterInput", "A spacecraft family (a configuration's family list). Evaluated over the " +
        "SpacecraftConfigFamilyNormal the rows embed; its launch and landing counts are refused there.",
        EmbeddedObjectFilters.SpacecraftFamily);

public sealed class AgencyTypeFilterInputGraphType()
    : ObjectFilterInputGraphType<StatusDto, AgencyTypeFilterInputGraphType>("AgencyTypeFilterInput",
        "An agency's type (evaluated here).", LookupObjectFilters.Short);

public sealed class SpacecraftConfigFilterInputGraphType()
    : ObjectFilterInputGraphType<SpacecraftConfigDto, SpacecraftConfigFilterInputGraphType>(
        "SpacecraftConfigFilterInput", "A spacecraft configuration. LL2 executes id { eq } (spacecraft_config on " +
        "spacecraft/, spacecraft_config__ids on landings/); the rest is evaluated here, over the " +
        "SpacecraftConfigNormal the rows embed, and its SpacecraftConfigDetailed-only fields (maidenFlight, " +
        "capability, crewCapacity, the counts, …) over LL2's spacecraft_configurations/ table (one call).",
        EmbeddedObjectFilters.SpacecraftConfig);

public sealed class SpacecraftConfigTypeFilterInputGraphType()
    : ObjectFilterInputGraphType<StatusDto, SpacecraftConfigTypeFilterInputGraphType>(
        "SpacecraftConfigTypeFilterInput", "A spacecraft configuration's type (evaluated here).",
        LookupObjectFilters.Short);

public sealed class SpacecraftStatusFilterInputGraphType()
    : ObjectFilterInputGraphType<StatusDto, SpacecraftStatusFilterInputGraphType>("SpacecraftStatusFilterInput",
        "A spacecraft status. LL2 executes id { eq } (status); the rest is evaluated here.",
        LookupObjectFilters.Short);

public sealed class AstronautStatusFilterInputGraphType()
    : ObjectFilterInputGraphType<StatusDto, AstronautStatusFilterInputGraphType>("AstronautStatusFilterInput",
        "An astronaut status. LL2 executes id { eq } (status_ids); the rest is evaluated here.",
        LookupObjectFilters.Short);

public sealed class AstronautTypeFilterInputGraphType()
    : ObjectFilterInputGraphType<StatusDto, AstronautTypeFilterInputGraphType>("AstronautTypeFilterInput",
        "An astronaut type. LL2 executes id { eq } (type__id); the rest is evaluated here.",
        LookupObjectFilters.Short);
