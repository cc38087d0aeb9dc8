using DockingGraph.Gateway.DockingEvents;
using DockingGraph.Gateway.Schema.Relay;
using GraphQL.Types;

namespace DockingGraph.Gateway.Schema;

/// <summary>The one root type; each feature adds its root fields.</summary>
public sealed class QueryGraphType : ObjectGraphType
{
    public QueryGraphType()
    {
        Name = "Query";
        this.AddNodeQueries();
        this.AddDockingEventQueries();
    }
}
