using DockingGraph.Gateway.DataLoading;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Flights;

/// <summary><c>spacecraft/{id}/</c>: LL2 has no multi-id filter on spacecraft.</summary>
public sealed class SpacecraftByIdDataLoader(Ll2Requests ll2, IOptions<DataLoadingOptions> options)
    : DetailByIdDataLoader<SpacecraftDto>(ll2, options, Ll2Paths.Spacecraft, "spacecraft");
