using DockingGraph.Gateway.DataLoading;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Flights;

/// <summary><c>spacecraft_flights/{id}/</c>: LL2 has no multi-id filter on flights.</summary>
public sealed class SpacecraftFlightByIdDataLoader(Ll2Requests ll2, IOptions<DataLoadingOptions> options)
    : DetailByIdDataLoader<SpacecraftFlightDto>(ll2, options, Ll2Paths.SpacecraftFlight, "spacecraft flight");
