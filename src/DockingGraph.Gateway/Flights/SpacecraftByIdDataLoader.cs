using DockingGraph.Gateway.DataLoading;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Flights;

/// <summary>LL2 has no multi-id filter on spacecraft: deduplicated detail calls, a bounded number at a time.</summary>
public sealed class SpacecraftByIdDataLoader(Ll2Requests ll2, IOptions<DataLoadingOptions> options) : BatchDataLoader<int, SpacecraftDto>(options)
{
    protected override Task<BatchResult<int, SpacecraftDto>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken) =>
        BatchResult<int, SpacecraftDto>.PerKeyAsync(keys, Options.MaxParallelism, FetchOneRequiredAsync, cancellationToken);

    protected override async Task<SpacecraftDto?> FetchOneAsync(int key, CancellationToken cancellationToken) =>
        await FetchOneRequiredAsync(key, cancellationToken);

    private Task<SpacecraftDto> FetchOneRequiredAsync(int key, CancellationToken cancellationToken) =>
        ll2.GetAsync<SpacecraftDto>(Ll2Paths.Spacecraft(key), cancellationToken, $"LL2 has no spacecraft {key}.");
}
