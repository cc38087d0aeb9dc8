using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;

namespace DockingGraph.Gateway.Data.Paging;

public sealed record Edge<TNode>(string Cursor, TNode Node);

public sealed record Connection<TNode>(IReadOnlyList<Edge<TNode>> Edges, PageInfo PageInfo, int TotalCount)
{
    public static Connection<TNode> Empty() => new([], new PageInfo(), 0);
}

/// <summary>
/// Hot Chocolate's connection shape: <c>{ pageInfo edges nodes totalCount }</c>, named after the field.
/// </summary>
public abstract class ConnectionGraphType<TNodeGraphType, TEdgeGraphType, TNode> : ObjectGraphType<Connection<TNode>>
    where TNodeGraphType : IGraphType
    where TEdgeGraphType : EdgeGraphType<TNodeGraphType, TNode>
{
    protected ConnectionGraphType(string name)
    {
        Name = name;
        Description = "A connection to a list of items.";
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Information to aid in pagination.")
            .Resolve(c => c.Source.PageInfo);
        Field<ListGraphType<NonNullGraphType<TEdgeGraphType>>>("edges").Description("A list of edges.")
            .Resolve(c => c.Source.Edges);
        Field<ListGraphType<NonNullGraphType<TNodeGraphType>>>("nodes").Description("A flattened list of the nodes.")
            .Resolve(c => c.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("Identifies the total count of items in the connection (LL2's count, from the same call).")
            .Resolve(c => c.Source.TotalCount);
    }
}

/// <summary>An edge type; Hot Chocolate names it after the connection field (<c>DockingEventsEdge</c>).</summary>
public abstract class EdgeGraphType<TNodeGraphType, TNode> : ObjectGraphType<Edge<TNode>>
    where TNodeGraphType : IGraphType
{
    protected EdgeGraphType(string name)
    {
        Name = name;
        Description = "An edge in a connection.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("A cursor for use in pagination.")
            .Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeGraphType>>("node").Description("The item at the end of the edge.")
            .Resolve(c => c.Source.Node);
    }
}
