using System.Globalization;
using DockingGraph.Gateway.Data.Filtering;
using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.Gateway.Errors;
using DockingGraph.Gateway.Launches;
using DockingGraph.Gateway.Schema.Relay;
using GraphQL.Types;

namespace DockingGraph.Gateway.Landings;

/// <summary>
/// <c>spacecraftFlight: { spacecraft: { id: { eq } }, launch: { id: { eq } } }</c> → <c>spacecraft__ids</c>,
/// <c>spacecraft_launch__ids</c>: LL2 filters landings by the flight's spacecraft and launch, not by the flight.
/// </summary>
public sealed class LandingFlightFilter()
    : FilterField("spacecraftFlight", typeof(LandingSpacecraftFlightFilterInputGraphType),
        "→ spacecraft__ids / spacecraft_launch__ids")
{
    public override string Supported => "spacecraftFlight { spacecraft { id { eq } } launch { id { eq } } }";

    public override string? Ll2Lacks(object value)
    {
        var flight = value as IDictionary<string, object?>;
        return Lacks(flight, "spacecraft") ?? Lacks(flight, "launch");
    }

    public override void Fold(object value, WhereFold fold, Func<string, GatewayError> notSupported)
    {
        var flight = value as IDictionary<string, object?>;
        if (IdEq(flight, "spacecraft", notSupported) is { } spacecraft)
        {
            var text = Convert.ToString(spacecraft, CultureInfo.InvariantCulture);
            var id = GlobalId.ParseInt(text, "Spacecraft")!.Value;
            fold.RequireValue("spacecraft__ids", id.ToString(CultureInfo.InvariantCulture));
        }

        if (IdEq(flight, "launch", notSupported) is { } launch)
        {
            var text = Convert.ToString(launch, CultureInfo.InvariantCulture)!;
            fold.RequireValue("spacecraft_launch__ids", LaunchQueries.ParseId(text).ToString("D"));
        }
    }

    private string? Lacks(IDictionary<string, object?>? flight, string related) =>
        FirstOther(Get(Get(flight, related) as IDictionary<string, object?>, "id") as IDictionary<string, object?>,
            ["eq"], $"{Name}.{related}.id");

    private object? IdEq(IDictionary<string, object?>? flight, string related,
        Func<string, GatewayError> notSupported)
    {
        if (Get(Get(flight, related) as IDictionary<string, object?>, "id") is not IDictionary<string, object?>
            { Count: > 0 } id)
        {
            return null;
        }

        return Get(id, "eq")
            ?? throw notSupported($"{Name}.{related}.id.eq needs an id; LL2 cannot filter on a missing {related}.");
    }
}

public sealed class LandingSpacecraftFlightFilterInputGraphType : InputObjectGraphType
{
    public LandingSpacecraftFlightFilterInputGraphType()
    {
        Name = "LandingSpacecraftFlightFilterInput";
        Description = "The landed flight, by what LL2's landings/ filters: its spacecraft and its launch.";
        Field<LandingSpacecraftFilterInputGraphType>("spacecraft");
        Field<LandingLaunchFilterInputGraphType>("launch");
    }
}

public sealed class LandingSpacecraftFilterInputGraphType()
    : NodeIdFilterInputGraphType("LandingSpacecraftFilterInput");

public sealed class LandingLaunchFilterInputGraphType() : NodeIdFilterInputGraphType("LandingLaunchFilterInput");
