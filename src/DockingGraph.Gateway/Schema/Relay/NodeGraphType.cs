using System.Globalization;
using DockingGraph.Gateway.DataLoading;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace DockingGraph.Gateway.Schema.Relay;

/// <summary>A type <c>node(id:)</c> can refetch: it resolves its own LL2 ids, through the loader of its by-id root field.</summary>
public interface INodeType
{
    string Name { get; }

    /// <summary>The loader result for an LL2 id in its text form, or null when the text is not an id of this type.</summary>
    IDataLoaderResult<object?>? Load(IServiceProvider requestServices, string ll2Id);
}

/// <summary>An LL2 entity with a global id (<c>id: ID!</c>) and its LL2 id (<c>ll2Id</c>), refetchable through <c>node(id:)</c>.</summary>
public abstract class NodeGraphType<TSource, TLl2IdGraphType, TKey> : ObjectGraphType<TSource>, INodeType
    where TLl2IdGraphType : ScalarGraphType
    where TSource : class
{
    private readonly Func<string, TKey?> _parse;
    private readonly Func<IServiceProvider, TKey, IDataLoaderResult<TSource?>> _load;

    protected NodeGraphType(string name, string description, Func<TSource, TKey> ll2Id, Func<string, TKey?> parse,
        Func<IServiceProvider, TKey, IDataLoaderResult<TSource?>> load)
    {
        (_parse, _load) = (parse, load);
        Name = name;
        Description = description;
        Interface<NodeInterface>();
        IsTypeOf = source => source is TSource;
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description($"Global id: base64 of \"{name}:<ll2Id>\".")
            .Resolve(context => GlobalId.Encode(name, ll2Id(context.Source)!));
        Field<NonNullGraphType<TLl2IdGraphType>>("ll2Id")
            .Description($"The id LL2 gives this {name}.")
            .Resolve(context => ll2Id(context.Source));
    }

    public IDataLoaderResult<object?>? Load(IServiceProvider requestServices, string ll2Id) =>
        _parse(ll2Id) is { } key ? _load(requestServices, key).Then(value => (object?)value) : null;
}

/// <summary>A node whose LL2 id is a positive integer.</summary>
public abstract class IntNodeGraphType<TSource>(string name, string description, Func<TSource, int> ll2Id,
    Func<IServiceProvider, int, IDataLoaderResult<TSource?>> load)
    : NodeGraphType<TSource, IntGraphType, int?>(name, description, source => ll2Id(source), ParsePositive, (services, key) => load(services, key!.Value))
    where TSource : class
{
    private static int? ParsePositive(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
}
