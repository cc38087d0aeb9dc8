using DockingGraph.Gateway.DataLoading;
using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.Gateway.Tests;

/// <summary>Which embedded LL2 objects count as complete for a field, read from LL2's serializer field lists.</summary>
public sealed class Ll2ShapesTests
{
    [Theory]
    [InlineData(null, false)]
    [InlineData("normal", false)]
    [InlineData("detailed", true)]
    public void StationHeightOnlyInTheDetailedTable(string? mode, bool complete) =>
        Assert.Equal(complete, Ll2Shapes.SpaceStation.Holds("height")(new SpaceStationDto { ResponseMode = mode }));

    [Theory]
    [InlineData(null, false)]
    [InlineData("list", false)]
    [InlineData("normal", true)]
    [InlineData("detailed", true)]
    public void LaunchRocketOutsideTheMiniAndListForms(string? mode, bool complete) =>
        Assert.Equal(complete, Ll2Shapes.Launch.Holds("rocket")(new LaunchDto { ResponseMode = mode }));

    [Theory]
    [InlineData(null, false)]
    [InlineData("normal", false)]
    [InlineData("detailed", true)]
    public void FlightCrewsOnlyInTheDetail(string? mode, bool complete) =>
        Assert.Equal(complete,
            Ll2Shapes.SpacecraftFlight.Holds("launch_crew", "onboard_crew", "landing_crew")(
                new SpacecraftFlightDto { ResponseMode = mode }));

    [Fact]
    public void AFieldNoSerializerHasIsRefused() =>
        Assert.Throws<ArgumentException>(() => Ll2Shapes.Spacecraft.Holds("crew"));
}
