using DockingGraph.Gateway.DataLoading;
using DockingGraph.Gateway.Errors;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Launches;

/// <summary>
/// <c>launches/?id=a,b,…</c>: up to 100 UUIDs per call (LL2's page maximum), so batches split at 100.
/// </summary>
public sealed class LaunchByIdDataLoader(LaunchLibraryClient ll2, IOptions<DataLoadingOptions> options)
    : BatchDataLoader<Guid, LaunchDto>(options)
{
    protected override int MaxBatchSize => LaunchLibraryClient.MaxLaunchIdsPerCall;

    protected override async Task<BatchResult<Guid, LaunchDto>> FetchAsync(IReadOnlyList<Guid> keys,
        CancellationToken cancellationToken)
    {
        var page = await UpstreamErrors.CallAsync(() =>
            ll2.GetLaunchesAsync(keys, cancellationToken: cancellationToken));
        return BatchResult<Guid, LaunchDto>.Of(page.Results.ToDictionary(l => l.Id));
    }
}
