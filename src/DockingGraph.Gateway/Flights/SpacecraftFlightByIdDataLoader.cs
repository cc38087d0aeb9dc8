using DockingGraph.Gateway.DataLoading;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Flights;

/// <summary>LL2 has no multi-id filter on spacecraft flights: deduplicated detail calls, a bounded number at a time.</summary>
public sealed class SpacecraftFlightByIdDataLoader(Ll2Requests ll2, IOptions<DataLoadingOptions> options) : BatchDataLoader<int, SpacecraftFlightDto>(options)
{
    protected override Task<BatchResult<int, SpacecraftFlightDto>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken) =>
        BatchResult<int, SpacecraftFlightDto>.PerKeyAsync(keys, Options.MaxParallelism, FetchOneRequiredAsync, cancellationToken);

    protected override async Task<SpacecraftFlightDto?> FetchOneAsync(int key, CancellationToken cancellationToken) =>
        await FetchOneRequiredAsync(key, cancellationToken);

    private Task<SpacecraftFlightDto> FetchOneRequiredAsync(int key, CancellationToken cancellationToken) =>
        ll2.GetAsync<SpacecraftFlightDto>(Ll2Paths.SpacecraftFlight(key), cancellationToken, $"LL2 has no spacecraft flight {key}.");
}
