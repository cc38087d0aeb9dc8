using DockingGraph.Gateway.Data.Local;
using DockingGraph.Gateway.Errors;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Caching;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;

namespace DockingGraph.Gateway.Launches;

/// <summary>
/// LL2's LaunchDetailed of the launches the rows embed as LaunchNormal (a flight's, a landing's, a docking event's
/// chaser's), for a where or order on a LaunchDetailed-only field: a first pass over the rows collects the launches the
/// where and order reach, then <c>launches/?id=…&amp;mode=detailed</c> reads them, 100 per call (as
/// <see cref="LaunchDetailByIdDataLoader"/> does for output), and the rows are evaluated on the detailed launches.
/// </summary>
public sealed class LaunchDetailJoin : ICollectingJoin
{
    private readonly HashSet<Guid> _wanted = [];
    private Dictionary<Guid, LaunchDto>? _detailed;

    public async Task ReadAsync(LaunchLibraryClient ll2, CancellationToken cancellationToken)
    {
        var detailed = new Dictionary<Guid, LaunchDto>();
        foreach (var ids in _wanted.Order().Chunk(LaunchLibraryClient.MaxLaunchIdsPerCall))
        {
            var page = await UpstreamErrors.CallAsync(() =>
                ll2.GetLaunchesAsync(ids, LaunchesMode.Detailed, cancellationToken));
            foreach (var launch in page.Results)
            {
                detailed[launch.Id] = launch;
            }
        }

        _detailed = detailed;
    }

    // Which launches are wanted is known only after the first pass: counted as one call.
    public Task<bool> HeldAsync(Ll2CachePeek peek, CancellationToken cancellationToken) => Task.FromResult(false);

    /// <summary>
    /// The launch with its LaunchDetailed fields: during the first pass the launch itself (its id collected), then
    /// the detailed one read (the launch itself, its detailed fields null, when LL2 did not answer it).
    /// </summary>
    public LaunchDto Detailed(LaunchDto launch)
    {
        if (launch.ResponseMode == "detailed")
        {
            return launch;
        }

        if (_detailed is null)
        {
            _wanted.Add(launch.Id);
            return launch;
        }

        return _detailed.GetValueOrDefault(launch.Id) ?? launch;
    }
}
