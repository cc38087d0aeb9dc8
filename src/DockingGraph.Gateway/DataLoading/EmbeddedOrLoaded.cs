using GraphQL.DataLoader;

namespace DockingGraph.Gateway.DataLoading;

/// <summary>
/// LL2 embeds short forms of related objects (a station's id, url, name and image inside a docking event). A field
/// the short form lacks is loaded; a value already embedded, or a complete object, never causes a call.
/// </summary>
public static class EmbeddedOrLoaded
{
    public static object? Resolve<TDto, TValue>(TValue? embedded, bool complete, Func<IDataLoaderResult<TDto?>> load,
        Func<TDto, TValue?> select)
        where TDto : class =>
        embedded is not null || complete ? embedded : load().Then(full => full is null ? default : select(full));
}
