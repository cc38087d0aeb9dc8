using DockingGraph.Gateway.DockingEvents;
using DockingGraph.Gateway.Flights;
using DockingGraph.Gateway.Landings;
using DockingGraph.Gateway.Launches;
using DockingGraph.Gateway.Stations;
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
        this.AddSpaceStationQueries();
        this.AddFlightQueries();
        this.AddFlightListQueries();
        this.AddLaunchQueries();
        this.AddExpeditionQueries();
        this.AddLandingQueries();
    }
}
