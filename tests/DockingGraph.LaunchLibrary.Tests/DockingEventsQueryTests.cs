using DockingGraph.LaunchLibrary.Queries;

namespace DockingGraph.LaunchLibrary.Tests;

public sealed class DockingEventsQueryTests(ClientFixture fixture) : IClassFixture<ClientFixture>
{
    [Fact]
    public void EveryDocumentedParameterSortedAndEscaped()
    {
        var query = new DockingEventsQuery
        {
            DockingGt = new DateTimeOffset(2020, 1, 1, 2, 0, 0, TimeSpan.FromHours(2)),
            DockingLte = new DateTimeOffset(2021, 6, 30, 12, 0, 0, 500, TimeSpan.Zero),
            DockingLocationId = 21,
            FlightVehicleChaserId = 877,
            SpaceStationTargetId = 4,
            Search = "Soyuz MS",
            Ordering = [DockingEventOrdering.DockingDescending, DockingEventOrdering.DepartureAscending],
            Limit = 50,
            Offset = 100,
            Mode = Ll2Mode.Detailed,
        };

        Assert.Equal(
            "docking__gt=2020-01-01T00%3A00%3A00Z&docking__lte=2021-06-30T12%3A00%3A00.5Z&docking_location__id=21&flight_vehicle_chaser__id=877"
            + "&limit=50&mode=detailed&offset=100&ordering=-docking%2Cdeparture&search=Soyuz%20MS&space_station_target__id=4",
            query.ToQueryString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void PageSizesLl2WouldClampAreRefused(int limit) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DockingEventsQuery { Limit = limit });

    [Fact]
    public void NegativeOffsetIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DockingEventsQuery { Offset = -1 });

    [Fact]
    public async Task ASearchTextCannotInjectParameters()
    {
        fixture.Snapshot.Upstream.Requests.Clear();
        var client = fixture.CreateClient();

        var page = await client.GetDockingEventsAsync(new DockingEventsQuery { Search = "Soyuz&limit=100&mode=detailed" });

        var sent = Assert.Single(fixture.Snapshot.Upstream.Requests.Entries);
        Assert.Equal("mode=normal&search=Soyuz%26limit%3D100%26mode%3Ddetailed", sent.Query);
        Assert.Equal(0, page.Count);
    }

    [Fact]
    public async Task TooManyLaunchIdsAreRefusedBeforeAnyCall()
    {
        fixture.Snapshot.Upstream.Requests.Clear();
        var ids = Enumerable.Range(0, 101).Select(_ => Guid.NewGuid()).ToList();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => fixture.CreateClient().GetLaunchesAsync(ids));

        Assert.Equal(0, fixture.Snapshot.Upstream.Requests.Count);
    }
}
