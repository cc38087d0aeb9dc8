using DockingGraph.Gateway.Data.Local;
using DockingGraph.Gateway.Data.Sorting;
using DockingGraph.Gateway.Landings;
using DockingGraph.Gateway.Launches;
using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.Gateway.Flights;

/// <summary>
/// <c>SpacecraftFlightSortInput</c> in Hot Chocolate's shape, the order of <c>spacecraftFlights</c> and the same
/// input nested wherever a flight is (a docking event's chaser and target, a landing's flight): every scalar field,
/// the spacecraft (SpacecraftNormal on every flight serializer: the whole <c>SpacecraftSortInput</c>), the launch
/// (the whole <c>LaunchSortInput</c> over LaunchNormal) and the landing (LL2's <c>Landing</c>: the landing rows'
/// fields but their flight). Where a flight embeds less, the nesting says so and the rest is refused.
/// </summary>
public static class SpacecraftFlightSorting
{
    // spacecraft_flights/ (mode=normal) and a detailed docking event's chaser: SpacecraftFlightNormal.
    public static readonly LocalSort<SpacecraftFlightDto> Sort = Declare(null);

    /// <summary>A docking event's target flight: SpacecraftFlightMini, its launch LaunchMini (id, url, name).</summary>
    public static readonly LocalSort<SpacecraftFlightDto> InDockingEventTarget = Declare(SortCarried.By("LaunchMini",
        "a docking event embeds its target flight as LL2's SpacecraftFlightMini, whose launch is LaunchMini " +
        "(id, url, name)"));

    private static LocalSort<SpacecraftFlightDto> Declare(SortCarried? launch) => new LocalSort<SpacecraftFlightDto>()
        .Field("id", f => f.Id)
        .Field("url", f => f.Url)
        .Field("destination", f => f.Destination)
        .Field("missionEnd", f => f.MissionEnd)
        .Object<SpacecraftDto>("spacecraft", typeof(SpacecraftSortInputGraphType), () => SpacecraftSorting.Sort,
            f => f.Spacecraft)
        .Object<LaunchDto>("launch", typeof(LaunchSortInputGraphType), () => LaunchSorting.Sort, f => f.Launch,
            carried: launch)
        .Object<LandingDto>("landing", typeof(LandingSortInputGraphType), () => LandingSorting.Sort, f => f.Landing,
            carried: ObjectSorts.LandingOfFlight)
        .Field("duration", f => LocalWhere<SpacecraftFlightDto>.ToTimeSpan(f.Duration))
        .Field("turnAroundTime", f => LocalWhere<SpacecraftFlightDto>.ToTimeSpan(f.TurnAroundTime));
}

public sealed class SpacecraftFlightSortInputGraphType() : LocalSortInputGraphType<SpacecraftFlightDto>(
    "SpacecraftFlightSortInput", SpacecraftFlightSorting.Sort, null);
