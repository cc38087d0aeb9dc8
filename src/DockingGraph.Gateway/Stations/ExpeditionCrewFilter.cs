using DockingGraph.Gateway.Data.Filtering;
using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.Gateway.Errors;
using DockingGraph.Gateway.Flights;
using DockingGraph.Gateway.Landings;
using GraphQL.Types;

namespace DockingGraph.Gateway.Stations;

/// <summary>
/// <c>crew: { some: { astronaut: { id: { eq } } } }</c> → <c>crew__astronaut</c>, <c>crew: { some: { astronaut:
/// { agency: { id: { eq } } } } }</c> → <c>crew__astronaut__agency</c>. Django joins the two filters on separate
/// crew members, so both in one <c>some</c> (one member) cannot be pushed down. LL2's expedition rows
/// (ExpeditionNormal) carry no crew: nothing else of it can be evaluated here. Of HC's list operators only
/// <c>some</c> is offered (LL2 has nothing for <c>all none any</c>).
/// </summary>
public sealed class ExpeditionCrewFilter()
    : FilterField("crew", typeof(ExpeditionCrewListFilterInputGraphType),
        "→ crew__astronaut / crew__astronaut__agency (some astronaut id or agency id, eq only)")
{
    public const string NotCarried = "LL2's expedition rows (ExpeditionNormal) carry no crew, and LL2 executes " +
        "only crew { some { astronaut { id { eq } } } } or crew { some { astronaut { agency { id { eq } } } } }";

    public override string Supported => "crew { some { astronaut { id { eq } } } } or crew { some { astronaut " +
        "{ agency { id { eq } } } } }";

    public override string? Ll2Lacks(object value)
    {
        var crew = value as IDictionary<string, object?>;
        if (LandingFlightFilter.Other(crew, ["some"]) is { } other)
        {
            return $"{Name}.{other}";
        }

        var member = Get(crew, "some") as IDictionary<string, object?>;
        if (LandingFlightFilter.Other(member, ["astronaut"]) is { } field)
        {
            return $"{Name}.some.{field}";
        }

        var astronaut = Get(member, "astronaut") as IDictionary<string, object?>;
        if (LandingFlightFilter.Other(astronaut, ["id", "agency"]) is { } inner)
        {
            return $"{Name}.some.astronaut.{inner}";
        }

        if (Get(astronaut, "id") is not null && Get(astronaut, "agency") is not null)
        {
            return $"{Name}.some.astronaut {{ id agency }} (one crew member; LL2 matches them on any two)";
        }

        return FirstOther(Get(astronaut, "id") as IDictionary<string, object?>, ["eq"], $"{Name}.some.astronaut.id")
            ?? (Get(astronaut, "agency") is IDictionary<string, object?> agency
                ? ObjectLookupId.Lacks(agency, $"{Name}.some.astronaut.agency")
                : null);
    }

    public override void Fold(object value, WhereFold fold, Func<string, GatewayError> notSupported)
    {
        var astronaut = Get(Get(value as IDictionary<string, object?>, "some") as IDictionary<string, object?>,
            "astronaut") as IDictionary<string, object?>;
        if (ObjectLookupId.IdEq(astronaut, $"{Name}.some.astronaut") is { } id)
        {
            fold.RequireValue("crew__astronaut", id);
        }

        if (ObjectLookupId.IdEq(Get(astronaut, "agency") as IDictionary<string, object?>,
                $"{Name}.some.astronaut.agency") is { } agency)
        {
            fold.RequireValue("crew__astronaut__agency", agency);
        }
    }
}

/// <summary>HC's <c>ListFilterInputTypeOfAstronautFlightFilterInput</c>, with <c>some</c> only.</summary>
public sealed class ExpeditionCrewListFilterInputGraphType : InputObjectGraphType
{
    public ExpeditionCrewListFilterInputGraphType()
    {
        Name = "ListFilterInputTypeOfAstronautFlightFilterInput";
        Description = "A list of crew seats: some seat matches (HC's all, none and any are not offered: LL2 has " +
            "no filter for them and its expedition rows carry no crew). A flight's crews are evaluated on " +
            "spacecraftFlights over its blocks read detailed, and refused where a flight is embedded.";
        Field<AstronautFlightFilterInputGraphType>("some");
    }
}

/// <summary>
/// A crew seat in Hot Chocolate's shape: <c>astronaut</c> is the astronauts root's <c>AstronautFilterInput</c>
/// (one input per type), <c>id</c> and <c>role</c> are the seat's own fields. LL2 executes the astronaut's
/// <c>id { eq }</c> or <c>agency { id { eq } }</c>; every other field is refused: the rows carry no crew.
/// </summary>
public sealed class AstronautFlightFilterInputGraphType : InputObjectGraphType
{
    public AstronautFlightFilterInputGraphType()
    {
        Name = "AstronautFlightFilterInput";
        Description = "A crew seat. LL2 executes astronaut { id { eq } } (→ crew__astronaut) or astronaut { agency " +
            "{ id { eq } } } (→ crew__astronaut__agency), not both in one seat; any other field is refused " +
            "(FILTER_NOT_SUPPORTED, before any LL2 call): LL2's expedition rows carry no crew. In a flight's crew " +
            "(spacecraftFlights, over its blocks read detailed) every field is evaluated: id, role (the seat's " +
            "role name) and the astronaut (AstronautDetailed).";
        Field<IntOperationFilterInputGraphType>("id");
        Field<StringOperationFilterInputGraphType>("role");
        Field<AstronautFilterInputGraphType>("astronaut");
    }
}
