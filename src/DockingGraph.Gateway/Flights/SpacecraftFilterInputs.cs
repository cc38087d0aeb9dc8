using DockingGraph.Gateway.Data.Filtering;
using DockingGraph.Gateway.Data.Local;
using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.Gateway.Flights;

/// <summary>
/// Hot Chocolate's filters over the objects a spacecraft or astronaut row embeds. One <c>AgencyFilterInput</c>
/// serves every place an <c>Agency</c> appears, with every scalar field of the type (HC's shape; images and lists
/// such as country are not filter fields here); each place evaluates the fields its rows embed and refuses the
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
        .Strings("wikiUrl", a => a.WikiUrl);

    /// <summary>An agency embedded as AgencyMini: its other fields are refused with <paramref name="why"/>.</summary>
    public static LocalWhere<AgencyDto> AgencyMini(string why) => Agency.Carrying(why, AgencyMiniFields);

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
            .NotCarried("maidenFlight", typeof(DateOperationFilterInputGraphType), "LL2's SpacecraftConfigNormal, " +
                "how these rows embed a spacecraft configuration, carries no maiden_flight");
}

public sealed class AgencyFilterInputGraphType()
    : ObjectFilterInputGraphType<AgencyDto, AgencyFilterInputGraphType>("AgencyFilterInput",
        "An agency (one input wherever an Agency appears). LL2 executes id { eq } where the list documents an " +
        "agency filter; the rest is evaluated here on the fields the list's rows embed (AgencyMini: id, url, " +
        "name, abbrev, type); another field is refused with FILTER_NOT_SUPPORTED, before any LL2 call.",
        EmbeddedObjectFilters.Agency);

public sealed class AgencyTypeFilterInputGraphType()
    : ObjectFilterInputGraphType<StatusDto, AgencyTypeFilterInputGraphType>("AgencyTypeFilterInput",
        "An agency's type (evaluated here).", LookupObjectFilters.Short);

public sealed class SpacecraftConfigFilterInputGraphType()
    : ObjectFilterInputGraphType<SpacecraftConfigDto, SpacecraftConfigFilterInputGraphType>(
        "SpacecraftConfigFilterInput", "A spacecraft configuration, by the fields LL2's SpacecraftConfigNormal " +
        "carries. LL2 executes id { eq } (spacecraft_config on spacecraft/, spacecraft_config__ids on landings/); " +
        "the rest is evaluated here.", EmbeddedObjectFilters.SpacecraftConfig);

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
