using GraphQL.Types;

namespace DockingGraph.Gateway.Schema.Relay;

/// <summary>An LL2 entity with a global id (<c>id: ID!</c>) and its LL2 id (<c>ll2Id</c>), refetchable through <c>node(id:)</c>.</summary>
public abstract class NodeGraphType<TSource, TLl2IdGraphType> : ObjectGraphType<TSource>
    where TLl2IdGraphType : ScalarGraphType
{
    protected NodeGraphType(string name, string description, Func<TSource, object> ll2Id)
    {
        Name = name;
        Description = description;
        Interface<NodeInterface>();
        IsTypeOf = source => source is TSource;
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description($"Global id: base64 of \"{name}:<ll2Id>\".")
            .Resolve(context => GlobalId.Encode(name, ll2Id(context.Source)));
        Field<NonNullGraphType<TLl2IdGraphType>>("ll2Id")
            .Description($"The id LL2 gives this {name}.")
            .Resolve(context => ll2Id(context.Source));
    }
}

/// <summary>A node whose LL2 id is an integer.</summary>
public abstract class IntNodeGraphType<TSource>(string name, string description, Func<TSource, int> ll2Id)
    : NodeGraphType<TSource, IntGraphType>(name, description, source => ll2Id(source));
