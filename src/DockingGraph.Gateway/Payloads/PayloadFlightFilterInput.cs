using DockingGraph.Gateway.Data.Filtering;
using DockingGraph.Gateway.Data.Local;
using DockingGraph.Gateway.Flights;
using DockingGraph.Gateway.Launches;
using DockingGraph.LaunchLibrary.Dtos;
using GraphQL.Types;

namespace DockingGraph.Gateway.Payloads;

/// <summary>
/// Hot Chocolate's <c>PayloadFlightFilterInput</c> (a docking event's payload chaser and target): the flight's
/// scalars and its payload, evaluated over the flight the event embeds (PayloadFlightMini/Normal carry them; the
/// payload at least as PayloadMini, the landing as LL2's Landing). LL2 has no filter for them. The launch is LaunchMini
/// on the target (PayloadFlightMini): id, url and name are evaluated, the rest refused. No recording holds a payload
/// flight.
/// </summary>
public sealed class PayloadFlightFilterInputGraphType : InputObjectGraphType
{
    public PayloadFlightFilterInputGraphType()
    {
        Name = "PayloadFlightFilterInput";
        Description = "Filters on payload flights. Conditions combine with AND. LL2 has no filter for them: " +
            "evaluated over the flight the docking event embeds.";
        Field<ListGraphType<NonNullGraphType<PayloadFlightFilterInputGraphType>>>("and");
        Field<ListGraphType<NonNullGraphType<PayloadFlightFilterInputGraphType>>>("or");
        Field<IntOperationFilterInputGraphType>("id");
        Field<StringOperationFilterInputGraphType>("url");
        Field<StringOperationFilterInputGraphType>("destination");
        Field<IntOperationFilterInputGraphType>("amount");
        Field<PayloadFilterInputGraphType>("payload");
        Field<LaunchFilterInputGraphType>("launch");
        Field<Landings.LandingFilterInputGraphType>("landing");
    }
}

public static class PayloadFlightFilter
{
    public const string LaunchNotCarried = "a docking event embeds a payload flight as LL2's PayloadFlightMini " +
        "(the target, and the chaser in normal mode), whose launch is LaunchMini (id, url, name)";

    public static readonly LocalWhere<PayloadFlightDto> Where = new LocalWhere<PayloadFlightDto>("payload-flight")
        .Ints("id", f => f.Id)
        .Strings("url", f => f.Url)
        .Strings("destination", f => f.Destination)
        .Ints("amount", f => f.Amount)
        .Nested("payload", PayloadFilter.Mini.Local, f => f.Payload)
        .Nested("launch", SpacecraftFlightFilter.LaunchMini(LaunchNotCarried), f => f.Launch)
        .Nested("landing", SpacecraftFlightFilter.LandingOfFlight(), f => f.Landing);
}

/// <summary>A payload as LL2's PayloadMini embeds it (its manufacturer and operator as AgencyMini).</summary>
public static class PayloadFilter
{
    public static readonly ObjectFilter<PayloadDto> Mini = new ObjectFilter<PayloadDto>("payload")
        .Ints("id", p => p.Id)
        .Strings("name", p => p.Name)
        .Object<StatusDto, PayloadTypeFilterInputGraphType>("type", LookupObjectFilters.Short, p => p.Type)
        .Object<AgencyDto, AgencyFilterInputGraphType>("manufacturer",
            EmbeddedObjectFilters.AgencyMini(AgencyNotCarried), p => p.Manufacturer)
        .Object<AgencyDto, AgencyFilterInputGraphType>("operator",
            EmbeddedObjectFilters.AgencyMini(AgencyNotCarried), p => p.Operator)
        .Object<ImageDto, ImageFilterInputGraphType>("image", ImageFilters.Image, p => p.Image);

    private const string AgencyNotCarried = "LL2's PayloadMini embeds the manufacturer and operator as AgencyMini " +
        "(id, url, name, abbrev, type)";
}

public sealed class PayloadFilterInputGraphType()
    : ObjectFilterInputGraphType<PayloadDto, PayloadFilterInputGraphType>("PayloadFilterInput",
        "A payload (LL2 has no payload filter: evaluated over the PayloadMini a row embeds).", PayloadFilter.Mini);

public sealed class PayloadTypeFilterInputGraphType()
    : ObjectFilterInputGraphType<StatusDto, PayloadTypeFilterInputGraphType>("PayloadTypeFilterInput",
        "A payload's type (evaluated here).", LookupObjectFilters.Short);
