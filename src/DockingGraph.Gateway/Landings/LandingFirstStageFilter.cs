using DockingGraph.Gateway.Data.Filtering;
using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.Gateway.Errors;
using DockingGraph.Gateway.Launches;
using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.Gateway.Landings;

/// <summary>
/// LL2's first-stage filters on <c>landings/</c>: <c>firstStage: { launch: { id: { eq } }, launcher: { id: { eq },
/// serialNumber: { eq }, launcherConfig: { id: { eq } } } }</c> → <c>firststage_launch__ids</c>,
/// <c>launcher__ids</c>, <c>launcher_serial_numbers</c>, <c>launcher_config__ids</c>. The gateway reads no first
/// stage from a landing row (every recorded landing is a spacecraft's: <c>firststage</c> is null), so it is
/// pushed down or refused, never evaluated here.
/// </summary>
public sealed class LandingFirstStageFilter()
    : FilterField("firstStage", typeof(FirstStageFilterInputGraphType),
        "→ firststage_launch__ids / launcher__ids / launcher_serial_numbers / launcher_config__ids (eq only: " +
        "the gateway does not read a landing's first stage)")
{
    public const string NotCarried = "the gateway does not evaluate a landing's first stage itself: LL2 executes " +
        "only the eq filters above (every recorded landing's firststage is null)";

    public override string Supported =>
        "firstStage { launch { id { eq } } launcher { id { eq } serialNumber { eq } launcherConfig { id { eq } } } }";

    public override string? Ll2Lacks(object value)
    {
        var stage = value as IDictionary<string, object?>;
        if (LandingFlightFilter.Other(stage, ["launch", "launcher"]) is { } other)
        {
            return $"{Name}.{other}";
        }

        var launcher = Get(stage, "launcher") as IDictionary<string, object?>;
        return (LandingFlightFilter.Other(Get(stage, "launch") as IDictionary<string, object?>, ["id"]) is { } field
                ? $"{Name}.launch.{field}"
                : null)
            ?? LandingFlightFilter.IdLacks(Get(stage, "launch") as IDictionary<string, object?>, $"{Name}.launch")
            ?? (LandingFlightFilter.Other(launcher, ["id", "serialNumber", "launcherConfig"]) is { } inner
                ? $"{Name}.launcher.{inner}"
                : null)
            ?? LandingFlightFilter.IdLacks(launcher, $"{Name}.launcher")
            ?? FirstOther(Get(launcher, "serialNumber") as IDictionary<string, object?>, ["eq"],
                $"{Name}.launcher.serialNumber")
            ?? (Get(launcher, "launcherConfig") is IDictionary<string, object?> config
                ? ObjectLookupId.Lacks(config, $"{Name}.launcher.launcherConfig")
                : null);
    }

    public override void Fold(object value, WhereFold fold, Func<string, GatewayError> notSupported)
    {
        var stage = value as IDictionary<string, object?>;
        if (Get(Get(Get(stage, "launch") as IDictionary<string, object?>, "id") as IDictionary<string, object?>,
                "eq") is { } launch)
        {
            fold.RequireValue("firststage_launch__ids",
                LaunchQueries.ParseId(Convert.ToString(launch, System.Globalization.CultureInfo.InvariantCulture)!)
                    .ToString("D"));
        }

        var launcher = Get(stage, "launcher") as IDictionary<string, object?>;
        if (ObjectLookupId.IdEq(launcher, $"{Name}.launcher") is { } id)
        {
            fold.RequireValue("launcher__ids", id);
        }

        if (Get(Get(launcher, "serialNumber") as IDictionary<string, object?>, "eq") is string serial)
        {
            // LL2 splits the parameter at commas: a serial number with one would be two.
            fold.RequireValue("launcher_serial_numbers", serial.Contains(',', StringComparison.Ordinal)
                ? throw notSupported($"{Name}.launcher.serialNumber.eq: LL2's launcher_serial_numbers splits " +
                    $"'{serial}' at its comma.")
                : serial);
        }

        if (ObjectLookupId.IdEq(Get(launcher, "launcherConfig") as IDictionary<string, object?>,
                $"{Name}.launcher.launcherConfig") is { } config)
        {
            fold.RequireValue("launcher_config__ids", config);
        }
    }
}

/// <summary>
/// Hot Chocolate's filters over a first stage and its launcher, with every scalar field of the types, plus LL2's
/// <c>launch</c> (firststage_launch__ids) and <c>launcher.launcherConfig</c> (launcher_config__ids), which the
/// output types do not have. Only the eq filters LL2 executes are answered; the rest is refused.
/// </summary>
public static class FirstStageObjectFilters
{
    public static readonly ObjectFilter<LauncherDto> Launcher = new ObjectFilter<LauncherDto>("launcher")
        .Ints("id", l => l.Id)
        .Strings("url", l => l.Url)
        .Booleans("flightProven", l => l.FlightProven)
        .Strings("serialNumber", l => l.SerialNumber)
        .Booleans("isPlaceholder", l => l.IsPlaceholder)
        .Object<StatusDto, LauncherStatusFilterInputGraphType>("status", LookupObjectFilters.Short, l => l.Status)
        .Strings("details", l => l.Details)
        .Ints("successfulLandings", l => l.SuccessfulLandings)
        .Ints("attemptedLandings", l => l.AttemptedLandings)
        .Ints("flights", l => l.Flights)
        .Dates("lastLaunchDate", l => l.LastLaunchDate)
        .Dates("firstLaunchDate", l => l.FirstLaunchDate)
        .Durations("fastestTurnaround", l => l.FastestTurnaround)
        .Object<ImageDto, ImageFilterInputGraphType>("image", ImageFilters.Image, l => l.Image)
        .NotCarried("launcherConfig", typeof(LauncherConfigFilterInputGraphType),
            "LL2's LauncherNormal carries no launcher configuration (only landings/ filters by it)");

    public static readonly ObjectFilter<FirstStageDto> FirstStage = new ObjectFilter<FirstStageDto>("first stage")
        .Ints("id", f => f.Id)
        .Object<StatusDto, FirstStageTypeFilterInputGraphType>("type", LookupObjectFilters.Short, f => f.Type)
        .Booleans("reused", f => f.Reused)
        .Ints("launcherFlightNumber", f => f.LauncherFlightNumber)
        .Object<LauncherDto, LauncherFilterInputGraphType>("launcher", Launcher, f => f.Launcher)
        .Dates("previousFlightDate", f => f.PreviousFlightDate)
        .Durations("turnAroundTime", f => f.TurnAroundTime)
        .NotCarried("launch", typeof(LaunchFilterInputGraphType),
            "LL2's FirstStageNormal carries no launch (only landings/ filters by it)")
        .NotCarried("landing", typeof(LandingFilterInputGraphType), FirstStageNotRead)
        .NotCarried("previousFlight", typeof(LaunchFilterInputGraphType), FirstStageNotRead);

    private const string FirstStageNotRead = "the gateway reads no first stage from a landing row (LL2's landings/ " +
        "links it; no recorded landing is a first stage's), so beyond LL2's eq filters a first stage is not " +
        "evaluated";
}

public sealed class FirstStageFilterInputGraphType()
    : ObjectFilterInputGraphType<FirstStageDto, FirstStageFilterInputGraphType>("FirstStageFilterInput",
        "A booster's first stage. On landings LL2 executes launch { id { eq } } (→ firststage_launch__ids) and " +
        "launcher { id { eq } } / { serialNumber { eq } } / { launcherConfig { id { eq } } } (→ launcher__ids, " +
        "launcher_serial_numbers, launcher_config__ids); the rest is refused (no recorded landing is a first " +
        "stage's, so on the snapshot these match nothing).", FirstStageObjectFilters.FirstStage);

public sealed class LauncherFilterInputGraphType()
    : ObjectFilterInputGraphType<LauncherDto, LauncherFilterInputGraphType>("LauncherFilterInput",
        "A booster. On landings LL2 executes id { eq } (→ launcher__ids), serialNumber { eq } " +
        "(→ launcher_serial_numbers) and launcherConfig { id { eq } } (→ launcher_config__ids); the rest is " +
        "refused.", FirstStageObjectFilters.Launcher);

public sealed class LauncherStatusFilterInputGraphType()
    : ObjectFilterInputGraphType<StatusDto, LauncherStatusFilterInputGraphType>("LauncherStatusFilterInput",
        "A booster's status.", LookupObjectFilters.Short);

public sealed class FirstStageTypeFilterInputGraphType()
    : ObjectFilterInputGraphType<StatusDto, FirstStageTypeFilterInputGraphType>("FirstStageTypeFilterInput",
        "A first stage's type.", LookupObjectFilters.Short);
