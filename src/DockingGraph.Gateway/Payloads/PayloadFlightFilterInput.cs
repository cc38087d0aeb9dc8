using DockingGraph.Gateway.Data.Filtering;
using DockingGraph.Gateway.Data.Local;
using DockingGraph.LaunchLibrary.Dtos;
using GraphQL.Types;

namespace DockingGraph.Gateway.Payloads;

/// <summary>
/// Hot Chocolate's <c>PayloadFlightFilterInput</c> (a docking event's payload chaser and target): the flight's
/// scalars, evaluated over the flight the event embeds (PayloadFlightMini/Normal carry them all). LL2 has no filter
/// for them. Its payload, launch and landing are left out: no recording holds a payload flight.
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
    }
}

public static class PayloadFlightFilter
{
    public static readonly LocalWhere<PayloadFlightDto> Where = new LocalWhere<PayloadFlightDto>("payload-flight")
        .Ints("id", f => f.Id)
        .Strings("url", f => f.Url)
        .Strings("destination", f => f.Destination)
        .Ints("amount", f => f.Amount);
}
