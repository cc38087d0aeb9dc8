using DockingGraph.Gateway.Data.Filtering;
using DockingGraph.Gateway.Data.Local;
using DockingGraph.Gateway.Flights;
using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.Gateway.Launches;

/// <summary>
/// The items of a launch's LaunchDetailed-only lists (<c>updates infoUrls vidUrls timeline missionPatches</c>), in
/// Hot Chocolate's shape. LL2 writes them only on LaunchDetailed: the launch lists read their blocks detailed for
/// them, and an embedded launch (LaunchNormal) is read by id (<see cref="LaunchDetailJoin"/>).
/// </summary>
public static class LaunchDetailFilters
{
    public static readonly ObjectFilter<LanguageDto> Language = new ObjectFilter<LanguageDto>("language")
        .Ints("id", l => l.Id)
        .Strings("name", l => l.Name)
        .Strings("code", l => l.Code);

    public static readonly ObjectFilter<LaunchUpdateDto> Update = new ObjectFilter<LaunchUpdateDto>("launch update")
        .Ints("id", u => u.Id)
        .Strings("profileImage", u => u.ProfileImage)
        .Strings("comment", u => u.Comment)
        .Strings("infoUrl", u => u.InfoUrl)
        .Strings("createdBy", u => u.CreatedBy)
        .Dates("createdOn", u => u.CreatedOn);

    public static readonly ObjectFilter<InfoUrlDto> InfoUrl = new ObjectFilter<InfoUrlDto>("info url")
        .Ints("priority", u => u.Priority)
        .Strings("source", u => u.Source)
        .Strings("title", u => u.Title)
        .Strings("description", u => u.Description)
        .Strings("featureImage", u => u.FeatureImage)
        .Strings("url", u => u.Url)
        .Object<StatusDto, InfoUrlTypeFilterInputGraphType>("type", LookupObjectFilters.Short, u => u.Type)
        .Object<LanguageDto, LanguageFilterInputGraphType>("language", Language, u => u.Language);

    public static readonly ObjectFilter<VidUrlDto> VidUrl = new ObjectFilter<VidUrlDto>("video url")
        .Ints("priority", u => u.Priority)
        .Strings("source", u => u.Source)
        .Strings("publisher", u => u.Publisher)
        .Strings("title", u => u.Title)
        .Strings("description", u => u.Description)
        .Strings("featureImage", u => u.FeatureImage)
        .Strings("url", u => u.Url)
        .Object<StatusDto, VidUrlTypeFilterInputGraphType>("type", LookupObjectFilters.Short, u => u.Type)
        .Object<LanguageDto, LanguageFilterInputGraphType>("language", Language, u => u.Language)
        .Dates("startTime", u => u.StartTime)
        .Dates("endTime", u => u.EndTime)
        .Booleans("live", u => u.Live);

    public static readonly ObjectFilter<TimelineEventTypeDto> TimelineEventType =
        new ObjectFilter<TimelineEventTypeDto>("timeline event type")
            .Ints("id", t => t.Id)
            .Strings("abbrev", t => t.Abbrev)
            .Strings("description", t => t.Description);

    public static readonly ObjectFilter<TimelineEventDto> TimelineEvent =
        new ObjectFilter<TimelineEventDto>("timeline event")
            .Object<TimelineEventTypeDto, TimelineEventTypeFilterInputGraphType>("type", TimelineEventType,
                t => t.Type)
            .Durations("relativeTime", t => t.RelativeTime);

    /// <summary>LL2's MissionPatch embeds its agency as AgencyMini.</summary>
    public static readonly ObjectFilter<MissionPatchDto> MissionPatch =
        new ObjectFilter<MissionPatchDto>("mission patch")
            .Ints("id", p => p.Id)
            .Strings("name", p => p.Name)
            .Ints("priority", p => p.Priority)
            .Strings("imageUrl", p => p.ImageUrl)
            .Object<AgencyDto, AgencyFilterInputGraphType>("agency",
                EmbeddedObjectFilters.AgencyMini("LL2's MissionPatch embeds its agency as AgencyMini (id, url, " +
                    "name, abbrev, type)"), p => p.Agency);

    /// <summary>LaunchDetailed's scalar fields beyond LaunchNormal.</summary>
    public static readonly (string Name, Type InputType)[] ScalarFields =
    [
        ("flightclubUrl", typeof(StringOperationFilterInputGraphType)),
        ("padTurnaround", typeof(TimeSpanOperationFilterInputGraphType)),
    ];

    public const string FromLaunchDetail = "LaunchDetailed only: where a launch is embedded (LaunchNormal), " +
        "evaluated over the embedded launches read by id with launches/?id=…&mode=detailed (100 per call); on the " +
        "launch lists over their blocks read with mode=detailed (the same number of LL2 calls)";

    /// <summary>
    /// The LaunchDetailed-only fields of an embedded launch (LaunchNormal), read from its LaunchDetailed
    /// (<see cref="LaunchDetailJoin"/>).
    /// </summary>
    public static LocalWhere<LaunchDto> ReadFromLaunchDetail(LocalWhere<LaunchDto> launch) =>
        WithDetailedFields<LaunchDetailJoin>(launch, (join, row) => join.Detailed(row));

    /// <summary>
    /// The LaunchDetailed-only fields over a launch list's own rows, read detailed (<see cref="DetailedRows"/>).
    /// </summary>
    public static LocalWhere<LaunchDto> ReadOnDetailedRows(LocalWhere<LaunchDto> launch) =>
        WithDetailedFields<DetailedRows>(launch, (_, row) => DetailedRows.Row(row, row.ResponseMode));

    private static LocalWhere<LaunchDto> WithDetailedFields<TJoin>(LocalWhere<LaunchDto> launch,
        Func<TJoin, LaunchDto, LaunchDto> detailed)
        where TJoin : class, ILocalJoin, new()
    {
        var whole = new LocalWhere<LaunchDto>("launch")
            .Lists("updates", Update.Local, l => l.Updates)
            .Lists("infoUrls", InfoUrl.Local, l => l.InfoUrls)
            .Lists("vidUrls", VidUrl.Local, l => l.VidUrls)
            .Lists("timeline", TimelineEvent.Local, l => l.Timeline)
            .Lists("missionPatches", MissionPatch.Local, l => l.MissionPatches)
            .Strings("flightclubUrl", l => l.FlightclubUrl)
            .Durations("padTurnaround", l => l.PadTurnaround);
        foreach (var name in Names.Concat(ScalarFields.Select(f => f.Name)))
        {
            launch.Joined(name, whole, detailed, "this evaluation does not read the launches' LaunchDetailed");
        }

        return launch;
    }

    /// <summary>The filter fields of the five lists and their inputs, for LaunchFilterInput.</summary>
    public static readonly (string Name, Type InputType)[] Fields =
    [
        ("updates", typeof(ListFilterInputGraphType<LaunchUpdateFilterInputGraphType>)),
        ("infoUrls", typeof(ListFilterInputGraphType<InfoUrlFilterInputGraphType>)),
        ("vidUrls", typeof(ListFilterInputGraphType<VidUrlFilterInputGraphType>)),
        ("timeline", typeof(ListFilterInputGraphType<TimelineEventFilterInputGraphType>)),
        ("missionPatches", typeof(ListFilterInputGraphType<MissionPatchFilterInputGraphType>)),
    ];

    private static IEnumerable<string> Names => Fields.Select(f => f.Name);
}

public sealed class LanguageFilterInputGraphType()
    : ObjectFilterInputGraphType<LanguageDto, LanguageFilterInputGraphType>("LanguageFilterInput",
        "A language (of an info or video url).", LaunchDetailFilters.Language);

public sealed class LaunchUpdateFilterInputGraphType()
    : ObjectFilterInputGraphType<LaunchUpdateDto, LaunchUpdateFilterInputGraphType>("LaunchUpdateFilterInput",
        "An update of a launch (LaunchDetailed only).",
        LaunchDetailFilters.Update);

public sealed class InfoUrlFilterInputGraphType()
    : ObjectFilterInputGraphType<InfoUrlDto, InfoUrlFilterInputGraphType>("InfoUrlFilterInput",
        "An info url (a launch's: LaunchDetailed only).",
        LaunchDetailFilters.InfoUrl);

public sealed class InfoUrlTypeFilterInputGraphType()
    : ObjectFilterInputGraphType<StatusDto, InfoUrlTypeFilterInputGraphType>("InfoUrlTypeFilterInput",
        "An info url's type.", LookupObjectFilters.Short);

public sealed class VidUrlFilterInputGraphType()
    : ObjectFilterInputGraphType<VidUrlDto, VidUrlFilterInputGraphType>("VidUrlFilterInput",
        "A video url (a launch's: LaunchDetailed only).",
        LaunchDetailFilters.VidUrl);

public sealed class VidUrlTypeFilterInputGraphType()
    : ObjectFilterInputGraphType<StatusDto, VidUrlTypeFilterInputGraphType>("VidUrlTypeFilterInput",
        "A video url's type.", LookupObjectFilters.Short);

public sealed class TimelineEventFilterInputGraphType()
    : ObjectFilterInputGraphType<TimelineEventDto, TimelineEventFilterInputGraphType>("TimelineEventFilterInput",
        "A launch timeline event (LaunchDetailed only).",
        LaunchDetailFilters.TimelineEvent);

public sealed class TimelineEventTypeFilterInputGraphType()
    : ObjectFilterInputGraphType<TimelineEventTypeDto, TimelineEventTypeFilterInputGraphType>(
        "TimelineEventTypeFilterInput", "A timeline event's type.", LaunchDetailFilters.TimelineEventType);

public sealed class MissionPatchFilterInputGraphType()
    : ObjectFilterInputGraphType<MissionPatchDto, MissionPatchFilterInputGraphType>("MissionPatchFilterInput",
        "A mission patch (a launch's: LaunchDetailed only).",
        LaunchDetailFilters.MissionPatch);
