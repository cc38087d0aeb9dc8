using System.Globalization;
using DockingGraph.Gateway.DataLoading;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace DockingGraph.Gateway.Schema.Relay;

/// <summary>
/// A type <c>node(id:)</c> can refetch: it resolves its own LL2 ids, through the loader of its by-id root field.
/// </summary>
public interface INodeType
{
    string Name { get; }

    /// <summary>
    /// The loader result for an LL2 id in its text form, or null when the text is not an id of this type.
    /// </summary>
    IDataLoaderResult<object?>? Load(IServiceProvider requestServices, string ll2Id);

    /// <summary>
    /// The lookup of <c>node(id:)</c>/<c>nodes(ids:)</c>, which may read the field's selection (a type answering
    /// some lookups from the docking-events mirror); by default <see cref="Load(IServiceProvider, string)"/>.
    /// </summary>
    IDataLoaderResult<object?>? Load(IResolveFieldContext context, string ll2Id) =>
        Load(context.RequestServices!, ll2Id);
}

/// <summary>
/// An LL2 entity with a global id (<c>id: ID!</c>) and its LL2 id (<c>ll2Id</c>), refetchable through
/// <c>node(id:)</c> with <typeparamref name="TLoader"/>, the loader of its by-id root field.
/// </summary>
public abstract class NodeGraphType<TSource, TLl2IdGraphType, TKey, TLoader> : ObjectGraphType<TSource>, INodeType
    where TLl2IdGraphType : ScalarGraphType
    where TSource : class
    where TKey : struct
    where TLoader : BatchDataLoader<TKey, TSource>
{
    private readonly Func<TSource, TKey> _ll2Id;
    private readonly Func<string, TKey?> _parse;
    private readonly Ll2ShapeFamily<TSource>? _shapes;

    protected NodeGraphType(string name, string description, Func<TSource, TKey> ll2Id, Func<string, TKey?> parse,
        Ll2ShapeFamily<TSource>? shapes = null)
    {
        (_ll2Id, _parse, _shapes) = (ll2Id, parse, shapes);
        Name = name;
        Description = description;
        Interface<NodeInterface>();
        IsTypeOf = source => source is TSource;
        Field<NonNullGraphType<IdGraphType>>("id")
            // Descriptions are Markdown: Banana Cake Pop dropped a <ll2Id> placeholder as an unknown HTML tag.
            .Description($"Global id: base64 of `{name}:{{ll2Id}}`.")
            .Resolve(context => GlobalId.Encode(name, ll2Id(context.Source)));
        Field<NonNullGraphType<TLl2IdGraphType>>("ll2Id")
            .Description($"The id LL2 gives this {name}.")
            .Resolve(context => ll2Id(context.Source));
    }

    public IDataLoaderResult<object?>? Load(IServiceProvider requestServices, string ll2Id) =>
        _parse(ll2Id) is { } key
            ? requestServices.GetRequiredService<TLoader>().Load(key).Then(value => (object?)value)
            : null;

    public IDataLoaderResult<object?>? Load(IResolveFieldContext context, string ll2Id) =>
        _parse(ll2Id) is { } key ? Lookup(context, key).Then(value => (object?)value) : null;

    /// <summary>
    /// The by-id lookup (root field, <c>node</c>): <typeparamref name="TLoader"/> unless overridden. Fields a short
    /// form lacks (<see cref="FieldOrLoad{TGraphType}"/>) always load through <typeparamref name="TLoader"/>, so an
    /// override may answer from a short form without those fields reading the short form again.
    /// </summary>
    public virtual IDataLoaderResult<TSource?> Lookup(IResolveFieldContext context, TKey key) =>
        context.RequestServices!.GetRequiredService<TLoader>().Load(key);

    /// <summary>
    /// A field an embedded short form may lack: the embedded value; LL2's null when the source's serializer has
    /// <paramref name="ll2Fields"/> (default: <paramref name="name"/> in snake_case); else read from this node loaded
    /// by id, batched with every other load of the request.
    /// </summary>
    protected void FieldOrLoad<TGraphType>(string name, Func<TSource, object?> select, string? description = null,
        params string[] ll2Fields)
        where TGraphType : IGraphType
    {
        var shapes = _shapes ?? throw new InvalidOperationException($"{Name} was built without its LL2 serializers.");
        var complete = shapes.Holds(ll2Fields.Length > 0 ? ll2Fields : [Common.ShortForm.SnakeCase(name)]);
        Field<TGraphType>(name).Description(description)
            .Resolve()
            .WithService<TLoader>()
            .Resolve((context, loader) => EmbeddedOrLoaded.Resolve(
                select(context.Source), complete(context.Source), () => loader.Load(_ll2Id(context.Source)), select));
    }
}

/// <summary>A node whose LL2 id is a positive integer.</summary>
public abstract class IntNodeGraphType<TSource, TLoader>(string name, string description, Func<TSource, int> ll2Id,
    Ll2ShapeFamily<TSource>? shapes = null)
    : NodeGraphType<TSource, IntGraphType, int, TLoader>(name, description, ll2Id, ParsePositive, shapes)
    where TSource : class
    where TLoader : BatchDataLoader<int, TSource>
{
    private static int? ParsePositive(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
}
