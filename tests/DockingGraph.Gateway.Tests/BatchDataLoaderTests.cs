using DockingGraph.Gateway.DataLoading;
using GraphQL;

namespace DockingGraph.Gateway.Tests;

/// <summary>The loader's batching semantics, without HTTP: what one execution level's keys turn into.</summary>
public sealed class BatchDataLoaderTests
{
    [Fact]
    public async Task KeysQueuedTogetherAreOneDeduplicatedFetch()
    {
        var loader = new CountingLoader();

        var results = new[] { 3, 1, 3, 2, 1 }.Select(loader.Load).ToList();
        var values = await Task.WhenAll(results.Select(r => r.GetResultAsync()));

        Assert.Equal(new string?[] { "3", "1", "3", "2", "1" }, values);
        Assert.Equal([[3, 1, 2]], loader.Batches);
    }

    [Fact]
    public async Task BatchesSplitAtTheMaximum()
    {
        var loader = new CountingLoader(maxBatchSize: 2);

        var values = await Task.WhenAll(Enumerable.Range(1, 5).Select(loader.Load).ToList().Select(r => r.GetResultAsync()));

        Assert.Equal(new string?[] { "1", "2", "3", "4", "5" }, values);
        Assert.Equal([[1, 2], [3, 4], [5]], loader.Batches.OrderBy(b => b[0]));
    }

    [Fact]
    public async Task KeysLoadedAfterADispatchFormANewBatchAndKnownKeysAreMemoized()
    {
        var loader = new CountingLoader();

        await loader.Load(1).GetResultAsync();
        var again = await loader.Load(1).GetResultAsync();
        var next = await loader.Load(2).GetResultAsync();

        Assert.Equal(("1", "2"), (again, next));
        Assert.Equal([[1], [2]], loader.Batches);
    }

    [Fact]
    public async Task AFailedKeyFailsOnlyItsFields()
    {
        var loader = new CountingLoader(failing: 2);
        var results = new[] { 1, 2, 3 }.Select(loader.Load).ToList();

        var ok = await results[0].GetResultAsync();
        var error = await Assert.ThrowsAsync<ExecutionError>(() => results[1].GetResultAsync());
        var alsoOk = await results[2].GetResultAsync();

        Assert.Equal(("1", "3"), (ok, alsoOk));
        Assert.Equal("NOT_FOUND", error.Code);
    }

    [Fact]
    public async Task AFailedBatchGivesEachWaitingFieldItsOwnError()
    {
        var loader = new CountingLoader(failWholeBatch: true);
        var results = new[] { 1, 2 }.Select(loader.Load).ToList();

        var first = await Assert.ThrowsAsync<ExecutionError>(() => results[0].GetResultAsync());
        var second = await Assert.ThrowsAsync<ExecutionError>(() => results[1].GetResultAsync());

        Assert.NotSame(first, second);
        Assert.Equal(("UPSTREAM_UNAVAILABLE", "UPSTREAM_UNAVAILABLE"), (first.Code, second.Code));
        Assert.Single(loader.Batches);
    }

    [Fact]
    public async Task CancellationReachesTheFetch()
    {
        var loader = new CountingLoader(waitForCancellation: true);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => loader.Load(1).GetResultAsync(cancel.Token));
    }

    private sealed class CountingLoader(int maxBatchSize = int.MaxValue, int? failing = null, bool failWholeBatch = false, bool waitForCancellation = false)
        : BatchDataLoader<int, string>(Microsoft.Extensions.Options.Options.Create(new DataLoadingOptions()))
    {
        public List<int[]> Batches { get; } = [];

        protected override int MaxBatchSize => maxBatchSize;

        protected override async Task<BatchResult<int, string>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            lock (Batches)
            {
                Batches.Add(keys.ToArray());
            }

            if (waitForCancellation)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            await Task.Yield();
            if (failWholeBatch)
            {
                throw new Errors.GatewayError("UPSTREAM_UNAVAILABLE", "down");
            }

            return new BatchResult<int, string>(
                keys.Where(k => k != failing).ToDictionary(k => k, k => k.ToString()),
                keys.Where(k => k == failing).ToDictionary(k => k, k => (Exception)new Errors.GatewayError("NOT_FOUND", $"no {k}")));
        }
    }
}
