using DockingGraph.Gateway.DataLoading;
using DockingGraph.LaunchLibrary.Dtos;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.DockingEvents;

/// <summary>
/// Docking-event pages by their LL2 URL. Serves the root field and the per-parent edges (a station's, a location's,
/// a chaser flight's events): LL2 has no multi-station filter, so each distinct parent and page is one call; the
/// same page asked twice in a request is one call.
/// </summary>
public sealed class DockingEventPageByQueryDataLoader(Ll2Requests ll2, IOptions<DataLoadingOptions> options) : BatchDataLoader<string, PageDto<DockingEventDto>>(options)
{
    protected override Task<BatchResult<string, PageDto<DockingEventDto>>> FetchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        BatchResult<string, PageDto<DockingEventDto>>.PerKeyAsync(keys, Options.MaxParallelism, (path, ct) => ll2.GetAsync<PageDto<DockingEventDto>>(path, ct), cancellationToken);

    protected override async Task<PageDto<DockingEventDto>?> FetchOneAsync(string key, CancellationToken cancellationToken) =>
        await ll2.GetAsync<PageDto<DockingEventDto>>(key, cancellationToken);
}
