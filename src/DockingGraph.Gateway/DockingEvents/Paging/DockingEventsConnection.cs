using DockingGraph.LaunchLibrary.Dtos;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;

namespace DockingGraph.Gateway.DockingEvents.Paging;

public sealed record DockingEventsEdge(string Cursor, DockingEventDto Node);

public sealed record DockingEventsConnection(IReadOnlyList<DockingEventsEdge> Edges, PageInfo PageInfo, int TotalCount)
{
    public static DockingEventsConnection Empty { get; } = new([], new PageInfo(), 0);
}

/// <summary>Hot Chocolate's connection shape, named after the field (<c>dockingEvents</c> → <c>DockingEventsConnection</c>).</summary>
public sealed class DockingEventsConnectionGraphType : ObjectGraphType<DockingEventsConnection>
{
    public DockingEventsConnectionGraphType()
    {
        Name = "DockingEventsConnection";
        Description = "A connection to a list of items.";
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Information to aid in pagination.").Resolve(c => c.Source.PageInfo);
        Field<ListGraphType<NonNullGraphType<DockingEventsEdgeGraphType>>>("edges").Description("A list of edges.").Resolve(c => c.Source.Edges);
        Field<ListGraphType<NonNullGraphType<DockingEventGraphType>>>("nodes").Description("A flattened list of the nodes.").Resolve(c => c.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("Identifies the total count of items in the connection (LL2's count, from the same call).").Resolve(c => c.Source.TotalCount);
    }
}

public sealed class DockingEventsEdgeGraphType : ObjectGraphType<DockingEventsEdge>
{
    public DockingEventsEdgeGraphType()
    {
        Name = "DockingEventsEdge";
        Description = "An edge in a connection.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("A cursor for use in pagination.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<DockingEventGraphType>>("node").Description("The item at the end of the edge.").Resolve(c => c.Source.Node);
    }
}
