using DockingGraph.Gateway.Data.Filtering;
using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.Gateway.Errors;
using DockingGraph.Gateway.Launches;
using GraphQL.Types;

namespace DockingGraph.Gateway.Landings;

/// <summary>
/// LL2's first-stage filters on <c>landings/</c>: <c>firstStage: { launch: { id: { eq } }, launcher: { id: { eq },
/// serialNumber: { eq }, launcherConfig: { id: { eq } } } }</c> → <c>firststage_launch__ids</c>,
/// <c>launcher__ids</c>, <c>launcher_serial_numbers</c>, <c>launcher_config__ids</c>. The gateway reads no first
/// stage from a landing row (every recorded landing is a spacecraft's: <c>firststage</c> is null), so it is
/// pushed down or refused, never evaluated here.
/// </summary>
public sealed class LandingFirstStageFilter()
    : FilterField("firstStage", typeof(LandingFirstStageFilterInputGraphType),
        "→ firststage_launch__ids / launcher__ids / launcher_serial_numbers / launcher_config__ids (eq only: " +
        "the gateway does not read a landing's first stage)")
{
    public const string NotCarried =
        "the gateway reads no first stage from LL2's landing rows (every recorded landing is a spacecraft's)";

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
        return LandingFlightFilter.IdLacks(Get(stage, "launch") as IDictionary<string, object?>, $"{Name}.launch")
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

public sealed class LandingFirstStageFilterInputGraphType : InputObjectGraphType
{
    public LandingFirstStageFilterInputGraphType()
    {
        Name = "LandingFirstStageFilterInput";
        Description = "A booster landing's first stage, by what LL2's landings/ filters (eq only; no recorded " +
            "landing is a first stage's, so on the snapshot these match nothing).";
        Field<LandingLaunchFilterInputGraphType>("launch").Description("→ firststage_launch__ids");
        Field<LandingLauncherFilterInputGraphType>("launcher");
    }
}

public sealed class LandingLauncherFilterInputGraphType : InputObjectGraphType
{
    public LandingLauncherFilterInputGraphType()
    {
        Name = "LandingLauncherFilterInput";
        Field<IntOperationFilterInputGraphType>("id").Description("→ launcher__ids");
        Field<StringOperationFilterInputGraphType>("serialNumber").Description("→ launcher_serial_numbers");
        Field<LandingLauncherConfigFilterInputGraphType>("launcherConfig").Description("→ launcher_config__ids");
    }
}

public sealed class LandingLauncherConfigFilterInputGraphType : InputObjectGraphType
{
    public LandingLauncherConfigFilterInputGraphType()
    {
        Name = "LandingLauncherConfigFilterInput";
        Field<IntOperationFilterInputGraphType>("id");
    }
}
