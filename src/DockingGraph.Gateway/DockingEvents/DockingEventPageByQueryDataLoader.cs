using DockingGraph.Gateway.DataLoading;
using DockingGraph.Gateway.Errors;
using DockingGraph.Gateway.DockingEvents.Mirror;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.DockingEvents;

/// <summary>
/// Docking-event pages by their LL2 query. Serves the root field and the per-parent edges (a station's, a location's,
/// a chaser flight's events): LL2 has no multi-station filter, so each distinct parent and page is one call; the
/// same page asked twice in a request is one call. Pages come from <see cref="DockingEventPages"/> (the mirror,
/// aligned blocks or LL2).
/// </summary>
public sealed class DockingEventPageByQueryDataLoader(DockingEventPages pages, IOptions<DataLoadingOptions> options)
    : BatchDataLoader<Ll2ListQuery<DockingEventDto>, PageDto<DockingEventDto>>(options, SameParameters.Instance)
{
    protected override Task<BatchResult<Ll2ListQuery<DockingEventDto>, PageDto<DockingEventDto>>> FetchAsync(
        IReadOnlyList<Ll2ListQuery<DockingEventDto>> keys, CancellationToken cancellationToken) =>
        BatchResult<Ll2ListQuery<DockingEventDto>, PageDto<DockingEventDto>>.PerKeyAsync(keys, Options.MaxParallelism,
            (query, ct) => UpstreamErrors.CallAsync(() => pages.GetPageAsync(query, ct)), cancellationToken);

    // The record's list-valued Ordering compares by reference; two queries are the same page when LL2 would see the
    // same parameters.
    private sealed class SameParameters : IEqualityComparer<Ll2ListQuery<DockingEventDto>>
    {
        public static readonly SameParameters Instance = new();

        public bool Equals(Ll2ListQuery<DockingEventDto>? x, Ll2ListQuery<DockingEventDto>? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.ToQueryString() == y.ToQueryString());

        public int GetHashCode(Ll2ListQuery<DockingEventDto> obj) =>
            obj.ToQueryString().GetHashCode(StringComparison.Ordinal);
    }
}
