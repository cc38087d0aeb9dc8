using DockingGraph.LaunchLibrary.Queries;
using DockingGraph.Snapshot.Corpus;
using DockingGraph.Snapshot.Rest;

namespace DockingGraph.LaunchLibrary.Tests;

/// <summary>Every endpoint's responses, for every object of the corpus, deserialize into the wire DTOs.</summary>
public sealed class DeserializationTests(ClientFixture fixture) : IClassFixture<ClientFixture>
{
    private static SnapshotCorpus Corpus => SnapshotCorpus.Default;

    [Theory]
    [InlineData(Ll2Mode.Normal)]
    [InlineData(Ll2Mode.Detailed)]
    public async Task EveryDockingEventPageInBothModes(Ll2Mode mode)
    {
        var client = fixture.CreateClient();
        var events = new List<Dtos.DockingEventDto>();
        for (var offset = 0; offset < Corpus.DockingEvents.Count; offset += 100)
        {
            var page = await client.GetDockingEventsAsync(new DockingEventsQuery { Limit = 100, Offset = offset, Mode = mode });
            Assert.Equal(Corpus.DockingEvents.Count, page.Count);
            events.AddRange(page.Results);
        }

        Assert.Equal(Corpus.DockingEvents.Select(e => (int)e["id"]!), events.Select(e => e.Id));
        foreach (var (dto, json) in events.Zip(Corpus.DockingEvents))
        {
            Assert.Equal(JsonPath.Instant(json, "docking"), dto.Docking);
            Assert.Equal(JsonPath.Instant(json, "departure"), dto.Departure);
            Assert.Equal(JsonPath.Number(json, "docking_location.id"), dto.DockingLocation?.Id);
            Assert.Equal(JsonPath.Number(json, "space_station_target.id"), dto.SpaceStationTarget?.Id);
            Assert.Equal(JsonPath.Number(json, "flight_vehicle_chaser.id"), dto.FlightVehicleChaser?.Id);
            Assert.Equal(JsonPath.Text(json, "flight_vehicle_chaser.spacecraft.name"), dto.FlightVehicleChaser?.Spacecraft?.Name);
            Assert.Equal(mode == Ll2Mode.Detailed ? "detailed" : "normal", dto.ResponseMode);
        }
    }

    [Fact]
    public async Task EveryDockingEventDetail()
    {
        var client = fixture.CreateClient();

        foreach (var json in Corpus.DockingEvents)
        {
            var dto = await client.GetDockingEventAsync((int)json["id"]!);
            Assert.Equal(JsonPath.Text(json, "flight_vehicle_chaser.launch.name"), dto.FlightVehicleChaser?.Launch?.Name);
            Assert.Equal(JsonPath.Text(json, "flight_vehicle_chaser.duration"), dto.FlightVehicleChaser?.Duration);
            Assert.Equal(JsonPath.Text(json, "flight_vehicle_chaser.landing.landing_location.celestial_body.name"), dto.FlightVehicleChaser?.Landing?.LandingLocation?.CelestialBody?.Name);
        }
    }

    [Fact]
    public async Task CurrentlyDockedEventCarriesItsFullLaunchWhenDetailed()
    {
        var client = fixture.CreateClient();

        var page = await client.GetDockingEventsAsync(new DockingEventsQuery { Search = "Tianzhou-10", Mode = Ll2Mode.Detailed });

        var launch = Assert.Single(page.Results).FlightVehicleChaser!.Launch!;
        Assert.Equal("Long March 7 | Tianzhou-10", launch.Name);
        Assert.Equal("Long March 7", launch.Rocket?.Configuration?.Name);
        Assert.Equal("201", launch.Pad?.Name);
        Assert.Equal("Tianzhou-10", launch.Mission?.Name);
    }

    [Theory]
    [InlineData(Ll2Mode.Normal)]
    [InlineData(Ll2Mode.Detailed)]
    public async Task SpaceStationsAndTheirDetails(Ll2Mode mode)
    {
        var client = fixture.CreateClient();

        var page = await client.GetSpaceStationsAsync(mode);

        Assert.Equal(15, page.Count);
        foreach (var station in page.Results)
        {
            var json = Corpus.SpaceStations.Single(s => (int)s["id"]! == station.Id);
            var detail = await client.GetSpaceStationAsync(station.Id);
            Assert.Equal(JsonPath.Text(json, "name"), station.Name);
            Assert.Equal(mode == Ll2Mode.Detailed ? (int?)JsonPath.Number(json, "onboard_crew") : null, station.OnboardCrew);
            Assert.Equal((int?)JsonPath.Number(json, "docked_vehicles"), detail.DockedVehicles);
            Assert.Equal(json["docking_location"]!.AsArray().Count, detail.DockingLocation!.Count);
            Assert.Equal(json["owners"]!.AsArray().Count, station.Owners!.Count);
        }
    }

    [Fact]
    public async Task DockingLocations()
    {
        var page = await fixture.CreateClient().GetDockingLocationsAsync();

        Assert.Equal(Corpus.DockingLocations.Select(l => (int)l["id"]!), page.Results.Select(l => l.Id));
        Assert.All(page.Results, l => Assert.NotNull(l.Spacestation?.Name));
    }

    [Fact]
    public async Task EverySpacecraftFlightAndSpacecraft()
    {
        var client = fixture.CreateClient();

        foreach (var json in Corpus.SpacecraftFlights)
        {
            var flight = await client.GetSpacecraftFlightAsync((int)json["id"]!);
            Assert.Equal(json["docking_events"]!.AsArray().Count, flight.DockingEvents!.Count);
            Assert.Equal(JsonPath.Instant(json, "mission_end"), flight.MissionEnd);
        }

        foreach (var json in Corpus.Spacecraft)
        {
            var spacecraft = await client.GetSpacecraftAsync((int)json["id"]!);
            Assert.Equal(json["flights"]!.AsArray().Count, spacecraft.Flights!.Count);
            Assert.Equal(JsonPath.Text(json, "spacecraft_config.name"), spacecraft.SpacecraftConfig?.Name);
        }
    }

    [Fact]
    public async Task EveryLaunchInCallsOfAHundredIds()
    {
        var client = fixture.CreateClient();
        var ids = Corpus.Launches.Select(l => Guid.Parse((string)l["id"]!)).ToList();
        var served = new List<Dtos.LaunchDto>();

        foreach (var chunk in ids.Chunk(LaunchLibraryClient.MaxLaunchIdsPerCall))
        {
            served.AddRange((await client.GetLaunchesAsync(chunk)).Results);
        }

        Assert.Equal(ids.Order(), served.Select(l => l.Id).Order());
        var one = await client.GetLaunchAsync(ids[0]);
        Assert.Equal(ids[0], one.Id);
    }

    [Fact]
    public async Task ExpeditionsOfEveryStationAndTheThrottle()
    {
        var client = fixture.CreateClient();

        foreach (var station in Corpus.SpaceStations)
        {
            var id = (int)station["id"]!;
            var page = await client.GetExpeditionsAsync(id);
            Assert.Equal(Corpus.Expeditions.Count(e => JsonPath.Number(e, "spacestation.id") == id), page.Count);
            Assert.All(page.Results, e => Assert.Equal(id, e.Spacestation?.Id));
        }

        var throttle = await client.GetApiThrottleAsync();
        Assert.Equal(3600, throttle.LimitFrequencySecs);
    }
}
