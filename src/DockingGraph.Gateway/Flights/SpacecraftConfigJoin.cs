using DockingGraph.Gateway.Data.Filtering;
using DockingGraph.Gateway.Data.Local;
using DockingGraph.Gateway.Data.Sorting;
using DockingGraph.Gateway.Errors;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Caching;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;

namespace DockingGraph.Gateway.Flights;

/// <summary>
/// LL2's spacecraft-configuration table joined into a local evaluation. Every row the gateway evaluates embeds a
/// configuration as SpacecraftConfigNormal; a where or order on a SpacecraftConfigDetailed-only field (crewCapacity,
/// maidenFlight, the counts, …) reads <c>spacecraft_configurations/?mode=detailed</c> whole (46 rows: one call, a
/// reference table in the cache) and evaluates the field on the row of the same id.
/// </summary>
public sealed class SpacecraftConfigJoin : ILocalJoin
{
    private static readonly Ll2ListQuery<SpacecraftConfigDto> FirstPage =
        Ll2Lists.SpacecraftConfigurations.Query() with { Mode = Ll2Mode.Detailed, Limit = 100, Offset = 0 };

    private Dictionary<int, SpacecraftConfigDto>? _table;

    public async Task ReadAsync(LaunchLibraryClient ll2, CancellationToken cancellationToken) =>
        _table ??= (await UpstreamErrors.CallAsync(() => ll2.GetAllSpacecraftConfigurationsAsync(cancellationToken)))
            .ToDictionary(c => c.Id);

    public async Task<bool> HeldAsync(Ll2CachePeek peek, CancellationToken cancellationToken) =>
        await peek.HeldAsync(FirstPage, cancellationToken) is not null;

    /// <summary>
    /// The configuration with its detailed fields: itself when LL2 embedded it detailed, else the table's row; a
    /// configuration the table lacks keeps its own (null) detailed fields.
    /// </summary>
    public SpacecraftConfigDto Detailed(SpacecraftConfigDto config) =>
        config.ResponseMode == "detailed" ? config
        : (_table ?? throw new InvalidOperationException(
            "LL2's configuration table was not read before the evaluation.")).GetValueOrDefault(config.Id) ?? config;
}

/// <summary>SpacecraftConfigDetailed's fields beyond SpacecraftConfigNormal, each with its filter and its sort.</summary>
public static class SpacecraftConfigDetailedFields
{
    public const string Described = "SpacecraftConfigDetailed only: evaluated over LL2's spacecraft_configurations/ " +
        "table, read whole in one LL2 call (46 rows, cached as a reference table) and joined by id, when a where " +
        "or order reads such a field.";

    public const string NotJoined = "this evaluation does not join LL2's spacecraft_configurations/ table";

    public static readonly (string Name, Type InputType, Func<SpacecraftConfigDto, IComparable?> Value)[] Fields =
    [
        ("maidenFlight", typeof(DateOperationFilterInputGraphType),
            c => Schema.Scalars.CalendarDateGraphType.ToDate(c.MaidenFlight)),
        ("capability", typeof(StringOperationFilterInputGraphType), c => c.Capability),
        ("history", typeof(StringOperationFilterInputGraphType), c => c.History),
        ("details", typeof(StringOperationFilterInputGraphType), c => c.Details),
        ("height", typeof(FloatOperationFilterInputGraphType), c => c.Height),
        ("diameter", typeof(FloatOperationFilterInputGraphType), c => c.Diameter),
        ("humanRated", typeof(BooleanOperationFilterInputGraphType), c => c.HumanRated),
        ("crewCapacity", typeof(IntOperationFilterInputGraphType), c => c.CrewCapacity),
        ("payloadCapacity", typeof(FloatOperationFilterInputGraphType), c => c.PayloadCapacity),
        ("payloadReturnCapacity", typeof(FloatOperationFilterInputGraphType), c => c.PayloadReturnCapacity),
        ("flightLife", typeof(StringOperationFilterInputGraphType), c => c.FlightLife),
        ("wikiLink", typeof(StringOperationFilterInputGraphType), c => c.WikiLink),
        ("infoLink", typeof(StringOperationFilterInputGraphType), c => c.InfoLink),
        ("spacecraftFlown", typeof(IntOperationFilterInputGraphType), c => c.SpacecraftFlown),
        ("totalLaunchCount", typeof(IntOperationFilterInputGraphType), c => c.TotalLaunchCount),
        ("successfulLaunches", typeof(IntOperationFilterInputGraphType), c => c.SuccessfulLaunches),
        ("failedLaunches", typeof(IntOperationFilterInputGraphType), c => c.FailedLaunches),
        ("attemptedLandings", typeof(IntOperationFilterInputGraphType), c => c.AttemptedLandings),
        ("successfulLandings", typeof(IntOperationFilterInputGraphType), c => c.SuccessfulLandings),
        ("failedLandings", typeof(IntOperationFilterInputGraphType), c => c.FailedLandings),
        ("fastestTurnaround", typeof(TimeSpanOperationFilterInputGraphType),
            c => LocalWhere<SpacecraftConfigDto>.ToTimeSpan(c.FastestTurnaround)),
    ];

    // The detailed fields over a detailed configuration (the table's row).
    private static readonly LocalWhere<SpacecraftConfigDto> Whole =
        OverDetailed(new LocalWhere<SpacecraftConfigDto>("spacecraft configuration"));

    /// <summary>
    /// The detailed fields read from the configuration itself: the table's row, or a configuration LL2 embeds as
    /// SpacecraftConfigDetailed (a docked chaser's, in the station table).
    /// </summary>
    public static LocalWhere<SpacecraftConfigDto> OverDetailed(LocalWhere<SpacecraftConfigDto> where) => where
        .CalendarDates("maidenFlight", c => c.MaidenFlight)
        .Strings("capability", c => c.Capability)
        .Strings("history", c => c.History)
        .Strings("details", c => c.Details)
        .Floats("height", c => c.Height)
        .Floats("diameter", c => c.Diameter)
        .Booleans("humanRated", c => c.HumanRated)
        .Ints("crewCapacity", c => c.CrewCapacity)
        .Floats("payloadCapacity", c => c.PayloadCapacity)
        .Floats("payloadReturnCapacity", c => c.PayloadReturnCapacity)
        .Strings("flightLife", c => c.FlightLife)
        .Strings("wikiLink", c => c.WikiLink)
        .Strings("infoLink", c => c.InfoLink)
        .Ints("spacecraftFlown", c => c.SpacecraftFlown)
        .Ints("totalLaunchCount", c => c.TotalLaunchCount)
        .Ints("successfulLaunches", c => c.SuccessfulLaunches)
        .Ints("failedLaunches", c => c.FailedLaunches)
        .Ints("attemptedLandings", c => c.AttemptedLandings)
        .Ints("successfulLandings", c => c.SuccessfulLandings)
        .Ints("failedLandings", c => c.FailedLandings)
        .Durations("fastestTurnaround", c => c.FastestTurnaround);

    /// <summary>Every detailed field in the configuration's filter, joined.</summary>
    public static ObjectFilter<SpacecraftConfigDto> WithDetailedFields(this ObjectFilter<SpacecraftConfigDto> filter) =>
        Fields.Aggregate(filter, (f, field) => f.Joined<SpacecraftConfigJoin>(field.Name, field.InputType, Whole,
            (join, config) => join.Detailed(config), Described, NotJoined));

    /// <summary>Every detailed field in the configuration's sort, joined.</summary>
    public static LocalSort<SpacecraftConfigDto> WithDetailedFields(this LocalSort<SpacecraftConfigDto> sort) =>
        Fields.Aggregate(sort, (s, field) => s.Joined<SpacecraftConfigJoin>(field.Name, field.Value,
            (join, config) => join.Detailed(config), Described));
}
