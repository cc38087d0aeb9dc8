using DockingGraph.Gateway.Data.Filtering;
using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.Gateway.Flights;

/// <summary>
/// Hot Chocolate's filters over the objects a spacecraft or astronaut row embeds, with the fields the embedded
/// forms carry: SpacecraftConfigNormal (not the detailed configuration's counts and texts) and AgencyMini (id, url,
/// name, abbrev, type). A field the embedded form lacks would read as null and answer wrongly, so it is not offered.
/// Images and lists (family, country) are not filter fields here.
/// </summary>
public static class EmbeddedObjectFilters
{
    public static readonly ObjectFilter<AgencyDto> Agency = new ObjectFilter<AgencyDto>("agency")
        .Ints("id", a => a.Id)
        .Strings("url", a => a.Url)
        .Strings("name", a => a.Name)
        .Strings("abbrev", a => a.Abbrev)
        .Object<StatusDto, AgencyTypeFilterInputGraphType>("type", LookupObjectFilters.Short, a => a.Type);

    public static readonly ObjectFilter<SpacecraftConfigDto> SpacecraftConfig =
        new ObjectFilter<SpacecraftConfigDto>("spacecraft configuration")
            .Ints("id", c => c.Id)
            .Strings("url", c => c.Url)
            .Strings("name", c => c.Name)
            .Object<StatusDto, SpacecraftConfigTypeFilterInputGraphType>("type", LookupObjectFilters.Short,
                c => c.Type)
            .Object<AgencyDto, AgencyFilterInputGraphType>("agency", Agency, c => c.Agency)
            .Booleans("inUse", c => c.InUse);
}

public sealed class AgencyFilterInputGraphType()
    : ObjectFilterInputGraphType<AgencyDto, AgencyFilterInputGraphType>("AgencyFilterInput",
        "An agency, by the fields LL2's AgencyMini carries. LL2 executes id { eq } where the list documents an " +
        "agency filter; the rest is evaluated here.", EmbeddedObjectFilters.Agency);

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
