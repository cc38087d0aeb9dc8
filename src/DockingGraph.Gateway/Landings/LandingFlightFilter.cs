using System.Globalization;
using DockingGraph.Gateway.Data.Filtering;
using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.Gateway.Errors;
using DockingGraph.Gateway.Flights;
using DockingGraph.Gateway.Launches;
using DockingGraph.Gateway.Schema.Relay;

namespace DockingGraph.Gateway.Landings;

/// <summary>
/// <c>spacecraftFlight: { spacecraft: { id: { eq }, spacecraftConfig: { id: { eq } } }, launch: { id: { eq } } }</c>
/// → <c>spacecraft__ids</c>, <c>spacecraft_config__ids</c>, <c>spacecraft_launch__ids</c>: LL2 filters landings by
/// the flight's spacecraft, its configuration and its launch, not by the flight.
/// </summary>
public sealed class LandingFlightFilter()
    : FilterField("spacecraftFlight", typeof(SpacecraftFlightFilterInputGraphType),
        "→ spacecraft__ids / spacecraft_config__ids / spacecraft_launch__ids for spacecraft { id { eq } " +
        "spacecraftConfig { id { eq } } } and launch { id { eq } }; the rest is evaluated over the landing's flight")
{
    public override string Supported =>
        "spacecraftFlight { spacecraft { id { eq } spacecraftConfig { id { eq } } } launch { id { eq } } }";

    public override string? Ll2Lacks(object value)
    {
        var flight = value as IDictionary<string, object?>;
        if (Other(flight, ["spacecraft", "launch"]) is { } other)
        {
            return $"{Name}.{other}";
        }

        var spacecraft = Get(flight, "spacecraft") as IDictionary<string, object?>;
        return (Other(spacecraft, ["id", "spacecraftConfig"]) is { } inner ? $"{Name}.spacecraft.{inner}" : null)
            ?? IdLacks(spacecraft, $"{Name}.spacecraft")
            ?? (Get(spacecraft, "spacecraftConfig") is IDictionary<string, object?> config
                ? ObjectLookupId.Lacks(config, $"{Name}.spacecraft.spacecraftConfig")
                : null)
            ?? (Other(Get(flight, "launch") as IDictionary<string, object?>, ["id"]) is { } launch
                ? $"{Name}.launch.{launch}"
                : null)
            ?? IdLacks(Get(flight, "launch") as IDictionary<string, object?>, $"{Name}.launch");
    }

    public override void Fold(object value, WhereFold fold, Func<string, GatewayError> notSupported)
    {
        var flight = value as IDictionary<string, object?>;
        var spacecraft = Get(flight, "spacecraft") as IDictionary<string, object?>;
        if (IdEq(spacecraft, "spacecraft", notSupported) is { } craft)
        {
            var text = Convert.ToString(craft, CultureInfo.InvariantCulture);
            var id = GlobalId.ParseInt(text, "Spacecraft")!.Value;
            fold.RequireValue("spacecraft__ids", id.ToString(CultureInfo.InvariantCulture));
        }

        if (ObjectLookupId.IdEq(Get(spacecraft, "spacecraftConfig") as IDictionary<string, object?>,
                $"{Name}.spacecraft.spacecraftConfig") is { } config)
        {
            fold.RequireValue("spacecraft_config__ids", config);
        }

        if (IdEq(Get(flight, "launch") as IDictionary<string, object?>, "launch", notSupported) is { } launch)
        {
            var text = Convert.ToString(launch, CultureInfo.InvariantCulture)!;
            fold.RequireValue("spacecraft_launch__ids", LaunchQueries.ParseId(text).ToString("D"));
        }
    }

    /// <summary>A key with a value other than <paramref name="known"/> (and/or, fields LL2 does not filter).</summary>
    internal static string? Other(IDictionary<string, object?>? fields, IReadOnlyCollection<string> known) =>
        fields?.FirstOrDefault(pair => !known.Contains(pair.Key) && pair.Value is not null).Key;

    internal static string? IdLacks(IDictionary<string, object?>? related, string prefix) =>
        FirstOther(Get(related, "id") as IDictionary<string, object?>, ["eq"], $"{prefix}.id");

    private object? IdEq(IDictionary<string, object?>? related, string name,
        Func<string, GatewayError> notSupported)
    {
        if (Get(related, "id") is not IDictionary<string, object?> { Count: > 0 } id)
        {
            return null;
        }

        return Get(id, "eq")
            ?? throw notSupported($"{Name}.{name}.id.eq needs an id; LL2 cannot filter on a missing {name}.");
    }
}
