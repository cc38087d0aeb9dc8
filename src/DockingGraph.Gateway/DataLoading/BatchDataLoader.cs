using GraphQL;
using GraphQL.DataLoader;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.DataLoading;

/// <summary>
/// GreenDonut's batch semantics on GraphQL.NET's <see cref="IDataLoaderResult{T}"/>: keys loaded while the executer
/// resolves one level queue into a batch; the first awaited result starts one shared fetch for the whole batch; keys
/// are deduplicated and memoized for the request; batches split at <see cref="MaxBatchSize"/>. A failed fetch fails
/// only the fields that waited on it; a per-key failure fails only that key. Scoped: one instance per request.
/// </summary>
public abstract class BatchDataLoader<TKey, TValue>(IOptions<DataLoadingOptions> options,
    IEqualityComparer<TKey>? keys = null)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Result> _memo = new(keys);
    private Batch? _open;

    protected virtual int MaxBatchSize => int.MaxValue;

    protected DataLoadingOptions Options => options.Value;

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            if (_memo.TryGetValue(key, out var known))
            {
                // Every loader feeds LL2 reads: a key already loaded in this request is a hit of the request's memo.
                LaunchLibrary.Ll2Telemetry.Lookup(hit: true);
                return known;
            }

            var batch = _open ??= new Batch(this);
            batch.Keys.Add(key);
            var result = _memo[key] = new Result(batch, key);
            if (batch.Keys.Count >= MaxBatchSize)
            {
                _open = null;
            }

            return result;
        }
    }

    /// <summary>
    /// Fetches a batch. A key missing from the answer loads as null; a key in
    /// <see cref="BatchResult{TKey, TValue}.Failures"/> fails.
    /// </summary>
    protected abstract Task<BatchResult<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys,
        CancellationToken cancellationToken);

    private sealed class Batch(BatchDataLoader<TKey, TValue> loader)
    {
        private Task<BatchResult<TKey, TValue>>? _running;

        public List<TKey> Keys { get; } = [];

        public Task<BatchResult<TKey, TValue>> RunAsync(CancellationToken cancellationToken)
        {
            lock (loader._gate)
            {
                if (_running is not null)
                {
                    return _running;
                }

                if (loader._open == this)
                {
                    loader._open = null;
                }

                return _running = loader.FetchAsync(Keys.ToArray(), cancellationToken);
            }
        }
    }

    private sealed class Result(Batch batch, TKey key) : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            BatchResult<TKey, TValue> result;
            try
            {
                result = await batch.RunAsync(cancellationToken);
            }
            catch (ExecutionError shared)
            {
                throw Copy(shared);
            }

            if (result.Failures.TryGetValue(key, out var failure))
            {
                throw failure is ExecutionError error ? Copy(error) : failure;
            }

            return result.Values.TryGetValue(key, out var value) ? value : default;
        }

        // Every field that waited on a failed fetch gets its own error object: the executer stamps path and
        // location onto the instance it catches.
        private static ExecutionError Copy(ExecutionError error) => new(error.Message, error.InnerException)
        {
            Code = error.Code,
            Extensions = error.Extensions is null ? null : new Dictionary<string, object?>(error.Extensions),
        };

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}

/// <summary>What a batch fetch found, and which keys failed on their own.</summary>
public sealed record BatchResult<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> Values,
    IReadOnlyDictionary<TKey, Exception> Failures)
    where TKey : notnull
{
    public static BatchResult<TKey, TValue> Of(IReadOnlyDictionary<TKey, TValue> values) =>
        new(values, new Dictionary<TKey, Exception>());

    /// <summary>
    /// One call per key, at most <paramref name="parallelism"/> at a time: for LL2 endpoints without a multi-id filter.
    /// </summary>
    public static async Task<BatchResult<TKey, TValue>> PerKeyAsync(IReadOnlyList<TKey> keys, int parallelism,
        Func<TKey, CancellationToken, Task<TValue>> fetch, CancellationToken cancellationToken)
    {
        var values = new System.Collections.Concurrent.ConcurrentDictionary<TKey, TValue>();
        var failures = new System.Collections.Concurrent.ConcurrentDictionary<TKey, Exception>();
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, parallelism),
            CancellationToken = cancellationToken,
        };
        await Parallel.ForEachAsync(keys, parallel, async (key, ct) =>
        {
            try
            {
                values[key] = await fetch(key, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures[key] = e;
            }
        });
        return new BatchResult<TKey, TValue>(values, failures);
    }
}
