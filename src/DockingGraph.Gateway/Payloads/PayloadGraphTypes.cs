using DockingGraph.Gateway.Common;
using DockingGraph.Gateway.Landings;
using DockingGraph.Gateway.Launches;
using DockingGraph.LaunchLibrary.Dtos;
using GraphQL.Types;

namespace DockingGraph.Gateway.Payloads;

/// <summary>No recording holds a payload flight; the fields follow LL2's OpenAPI (PayloadFlightMini).</summary>
public sealed class PayloadFlightGraphType : ObjectGraphType<PayloadFlightDto>
{
    public PayloadFlightGraphType()
    {
        Name = "PayloadFlight";
        Field(x => x.Id);
        Field(x => x.Url, nullable: true);
        Field(x => x.Destination, nullable: true);
        Field(x => x.Amount, nullable: true);
        Field<PayloadGraphType>("payload").Resolve(c => c.Source.Payload);
        Field<LaunchGraphType>("launch").Resolve(c => c.Source.Launch);
        Field<LandingGraphType>("landing").Resolve(c => c.Source.Landing);
    }
}

public sealed class PayloadGraphType : ObjectGraphType<PayloadDto>
{
    public PayloadGraphType()
    {
        Name = "Payload";
        Field(x => x.Id);
        Field(x => x.Name, nullable: true);
        Field<PayloadTypeGraphType>("type").Resolve(c => c.Source.Type);
        Field<AgencyGraphType>("manufacturer").Resolve(c => c.Source.Manufacturer);
        Field<AgencyGraphType>("operator").Resolve(c => c.Source.Operator);
        Field<ImageGraphType>("image").Resolve(c => c.Source.Image);
    }
}
