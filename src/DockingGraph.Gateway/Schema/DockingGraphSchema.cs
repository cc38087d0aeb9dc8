using GraphQL.Types;

namespace DockingGraph.Gateway.Schema;

public sealed class DockingGraphSchema : GraphQL.Types.Schema
{
    public DockingGraphSchema(IServiceProvider services, QueryGraphType query)
        : base(services)
    {
        Query = query;
        Description = "DockingGraph: Launch Library 2 docking events, stations and spacecraft as one graph.";
    }
}
