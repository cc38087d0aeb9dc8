using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace DockingGraph.Gateway.DataLoading;

/// <summary>
/// LL2 embeds short forms of related objects (a station's id, url, name and image inside a docking event). A field
/// the short form lacks is loaded; a value already embedded, or a complete object, never causes a call.
/// </summary>
public static class EmbeddedOrLoaded
{
    public static object? Resolve<TDto, TValue>(TValue? embedded, bool complete, Func<IDataLoaderResult<TDto?>> load, Func<TDto, TValue?> select)
        where TDto : class =>
        embedded is not null || complete ? embedded : load().Then(full => full is null ? default : select(full));

    /// <summary>A field read from the source when present (or when the source is complete), else from the loaded full object.</summary>
    public static void FieldOrLoad<TGraphType, TDto>(this ObjectGraphType<TDto> type, string name, Func<TDto, object?> select,
        Func<TDto, bool> complete, Func<IResolveFieldContext<TDto>, IDataLoaderResult<TDto?>> load, string? description = null)
        where TGraphType : IGraphType
        where TDto : class =>
        type.Field<TGraphType>(name).Description(description)
            .Resolve(context => Resolve(select(context.Source), complete(context.Source), () => load(context), select));
}
