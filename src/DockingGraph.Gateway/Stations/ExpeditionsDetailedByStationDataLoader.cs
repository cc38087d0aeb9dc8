using DockingGraph.Gateway.DataLoading;
using DockingGraph.Gateway.Errors;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Stations;

/// <summary>
/// A station's expeditions in LL2's ExpeditionDetailed form (<c>expeditions/?space_station=…&amp;mode=detailed</c>,
/// 100 per call), for the field only that form has (<c>crew</c>): one call per station and 100 expeditions, where
/// <c>expeditions/{id}/</c> would be one per expedition. Keyed by station id.
/// </summary>
public sealed class ExpeditionsDetailedByStationDataLoader(LaunchLibraryClient ll2,
    IOptions<DataLoadingOptions> options)
    : BatchDataLoader<int, IReadOnlyDictionary<int, ExpeditionDto>>(options)
{
    protected override Task<BatchResult<int, IReadOnlyDictionary<int, ExpeditionDto>>> FetchAsync(
        IReadOnlyList<int> keys, CancellationToken cancellationToken) =>
        BatchResult<int, IReadOnlyDictionary<int, ExpeditionDto>>.PerKeyAsync(keys, Options.MaxParallelism,
            (station, ct) => UpstreamErrors.CallAsync(() => AllAsync(station, ct)), cancellationToken);

    private async Task<IReadOnlyDictionary<int, ExpeditionDto>> AllAsync(int station, CancellationToken ct)
    {
        var query = Ll2Lists.Expeditions.Query().Where("space_station", station).OrderBy(["id"])
            with { Mode = Ll2Mode.Detailed };
        var rows = new Dictionary<int, ExpeditionDto>();
        while (true)
        {
            var page = await ll2.GetPageAsync(query.WithPage(Ll2ListQuery<ExpeditionDto>.MaxLimit, rows.Count), ct);
            foreach (var row in page.Results)
            {
                rows[row.Id] = row;
            }

            if (page.Results.Count == 0 || rows.Count >= page.Count)
            {
                return rows;
            }
        }
    }
}
