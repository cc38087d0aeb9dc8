using DockingGraph.Gateway.DataLoading;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Landings;

/// <summary><c>landings/{id}/</c>: LL2's <c>landings/</c> has no filter on the landing's own id.</summary>
public sealed class LandingByIdDataLoader(LaunchLibraryClient ll2, IOptions<DataLoadingOptions> options)
    : DetailByIdDataLoader<LandingDto>(options, "landing")
{
    protected override Task<LandingDto> FetchDetailAsync(int key, CancellationToken cancellationToken) =>
        ll2.GetLandingAsync(key, cancellationToken);
}
