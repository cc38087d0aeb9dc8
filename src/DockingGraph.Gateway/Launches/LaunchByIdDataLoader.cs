using DockingGraph.Gateway.DataLoading;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Launches;

/// <summary><c>launches/?id=a,b,…</c>: up to 100 UUIDs per call (LL2's page maximum), so batches split at 100.</summary>
public sealed class LaunchByIdDataLoader(Ll2Requests ll2, IOptions<DataLoadingOptions> options) : BatchDataLoader<Guid, LaunchDto>(options)
{
    protected override int MaxBatchSize => Ll2Paths.MaxLaunchIdsPerCall;

    protected override async Task<BatchResult<Guid, LaunchDto>> FetchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        var page = await ll2.GetAsync<PageDto<LaunchDto>>(Ll2Paths.Launches(keys), cancellationToken);
        return BatchResult<Guid, LaunchDto>.Of(page.Results.ToDictionary(l => l.Id));
    }

    protected override async Task<LaunchDto?> FetchOneAsync(Guid key, CancellationToken cancellationToken) =>
        await ll2.GetAsync<LaunchDto>(Ll2Paths.Launch(key), cancellationToken, $"LL2 has no launch {key}.");
}
