using DockingGraph.Gateway.DataLoading;
using DockingGraph.Gateway.Errors;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Launches;

/// <summary>
/// <c>launches/?id=a,b,…&amp;mode=detailed</c> (LaunchDetailed): for the fields only that serializer has (updates,
/// timeline, video links, a detailed provider and rocket…); up to 100 UUIDs per call.
/// </summary>
public sealed class LaunchDetailByIdDataLoader(LaunchLibraryClient ll2, IOptions<DataLoadingOptions> options)
    : BatchDataLoader<Guid, LaunchDto>(options)
{
    protected override int MaxBatchSize => LaunchLibraryClient.MaxLaunchIdsPerCall;

    protected override async Task<BatchResult<Guid, LaunchDto>> FetchAsync(IReadOnlyList<Guid> keys,
        CancellationToken cancellationToken)
    {
        var page = await UpstreamErrors.CallAsync(() =>
            ll2.GetLaunchesAsync(keys, LaunchesMode.Detailed, cancellationToken));
        return BatchResult<Guid, LaunchDto>.Of(page.Results.ToDictionary(l => l.Id));
    }
}
