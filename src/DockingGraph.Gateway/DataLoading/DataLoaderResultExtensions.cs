using GraphQL.DataLoader;

namespace DockingGraph.Gateway.DataLoading;

public static class DataLoaderResultExtensions
{
    /// <summary>
    /// Maps a loader result without awaiting it in the resolver (awaiting would dispatch the batch early).
    /// </summary>
    public static IDataLoaderResult<TResult> Then<TValue, TResult>(this IDataLoaderResult<TValue> result,
        Func<TValue, TResult> map) =>
        new Mapped<TValue, TResult>(result, map);

    private sealed class Mapped<TValue, TResult>(IDataLoaderResult<TValue> inner, Func<TValue, TResult> map)
        : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
