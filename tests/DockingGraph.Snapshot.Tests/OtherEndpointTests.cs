using System.Text.Json.Nodes;
using DockingGraph.Snapshot.Rest;

namespace DockingGraph.Snapshot.Tests;

public sealed class OtherEndpointTests(SnapshotFixture fixture) : IClassFixture<SnapshotFixture>
{
    [Fact]
    public async Task SpaceStationsListInBothModesAndDetailIsDetailed()
    {
        var normal = await fixture.GetJsonAsync("space_stations/?limit=100");
        var detailed = await fixture.GetJsonAsync("space_stations/?limit=100&mode=detailed");
        var iss = await fixture.GetJsonAsync("space_stations/4/");

        Assert.Equal(15, (int)normal["count"]!);
        Assert.Equal(fixture.Fields("SpaceStationEndpoint"), normal["results"]![0]!.AsObject().Select(p => p.Key));
        Assert.Equal(fixture.Fields("SpaceStationDetailedEndpoint"), detailed["results"]![0]!.AsObject().Select(p => p.Key));
        Assert.Equal("International Space Station", (string?)iss["name"]);
        Assert.Equal("detailed", (string?)iss["response_mode"]);
        Assert.NotEmpty(iss["docking_location"]!.AsArray());
    }

    [Fact]
    public async Task SpaceStationFiltersSearchAndOrdering()
    {
        var tiangong = await fixture.WalkAsync("space_stations/?search=tiangong");
        var byName = await fixture.WalkAsync("space_stations/?ordering=-name");
        var owned = await fixture.WalkAsync("space_stations/?status=1");

        Assert.Equal(fixture.Corpus.SpaceStations.Where(s => JsonPath.Text(s, "name")!.Contains("tiangong", StringComparison.OrdinalIgnoreCase)).Select(s => (int)s["id"]!).Order(), SnapshotFixture.Ids(tiangong));
        Assert.Equal(fixture.Corpus.SpaceStations.Select(s => JsonPath.Text(s, "name")).OrderDescending(StringComparer.Ordinal), byName.Select(s => JsonPath.Text(s, "name")));
        Assert.Equal(fixture.Corpus.SpaceStations.Where(s => JsonPath.Number(s, "status.id") == 1).Select(s => (int)s["id"]!).Order(), SnapshotFixture.Ids(owned));
    }

    [Fact]
    public async Task DockingLocationsCoverEveryLocationOfEventsAndStations()
    {
        var locations = await fixture.WalkAsync("config/docking_locations/?limit=100");

        var expected = fixture.Corpus.DockingEvents.Select(e => (int)JsonPath.Number(e, "docking_location.id")!)
            .Concat(fixture.Corpus.SpaceStations.SelectMany(s => s["docking_location"]!.AsArray().Select(l => (int)l!["id"]!)))
            .Distinct().Order();
        Assert.Equal(expected, SnapshotFixture.Ids(locations));
        Assert.All(locations, l => Assert.Equal(["id", "name", "spacestation", "spacecraft", "payload"], l.Select(p => p.Key)));
    }

    [Fact]
    public async Task SpacecraftConfigurationsAreTheRecordedTableInBothModesWithLl2sFiltersSearchAndOrdering()
    {
        var normal = await fixture.WalkAsync("spacecraft_configurations/?limit=100");
        var detailed = await fixture.GetJsonAsync("spacecraft_configurations/?limit=100&mode=detailed");
        var dragon = await fixture.GetJsonAsync("spacecraft_configurations/7/");
        var humanRated = await fixture.WalkAsync("spacecraft_configurations/?human_rated=true&limit=100");
        var searched = await fixture.WalkAsync("spacecraft_configurations/?search=dragon&limit=100");
        var byName = await fixture.WalkAsync("spacecraft_configurations/?ordering=-name&limit=100");
        var rows = fixture.Corpus.SpacecraftConfigurations;

        Assert.Equal(46, rows.Count);
        Assert.Equal(rows.Select(r => (int)r["id"]!).Order(), SnapshotFixture.Ids(normal).Order());
        Assert.All(normal, c => Assert.Equal(fixture.Fields("SpacecraftConfigNormal"), c.Select(p => p.Key)));
        Assert.Equal(46, (int)detailed["count"]!);
        Assert.Equal(fixture.Fields("SpacecraftConfigDetailed"),
            detailed["results"]![0]!.AsObject().Select(p => p.Key));
        Assert.Equal("detailed", (string?)dragon["response_mode"]);
        Assert.Equal(7, (int)dragon["id"]!);
        Assert.Equal(rows.Where(r => r["human_rated"] is JsonValue v && v.GetValue<bool>()).Select(r => (int)r["id"]!)
            .Order(), SnapshotFixture.Ids(humanRated).Order());
        Assert.InRange(SnapshotFixture.Ids(humanRated).Count(), 1, 45);
        Assert.Equal(rows.Where(r => new[] { "name", "agency.name", "agency.abbrev" }.Any(path =>
                JsonPath.Text(r, path)?.Contains("dragon", StringComparison.OrdinalIgnoreCase) == true))
            .Select(r => (int)r["id"]!).Order(), SnapshotFixture.Ids(searched).Order());
        Assert.NotEmpty(searched);
        // The snapshot orders text as string.CompareTo does (culture-aware), as it does for every LL2 ordering.
        Assert.Equal(rows.Select(r => JsonPath.Text(r, "name")).OrderDescending(Comparer<string?>.Default),
            byName.Select(r => JsonPath.Text(r, "name")));
    }

    [Fact]
    public async Task ASpacecraftsDetailEmbedsItsConfigurationsTableRowAndItsNormalAnswerIsUnchanged()
    {
        var detail = await fixture.GetJsonAsync("spacecraft/197/");
        var normal = await fixture.GetJsonAsync("spacecraft/?limit=100");
        var config = detail["spacecraft_config"]!.AsObject();
        var row = fixture.Corpus.SpacecraftConfigurations.Single(c => (int)c["id"]! == (int)config["id"]!);

        Assert.Equal(fixture.Fields("SpacecraftConfigDetailed"), config.Select(p => p.Key));
        Assert.Equal("detailed", (string?)config["response_mode"]);
        Assert.Equal((string?)row["capability"], (string?)config["capability"]);
        Assert.NotNull(config["capability"]);
        Assert.Equal((int?)row["crew_capacity"], (int?)config["crew_capacity"]);
        Assert.All(normal["results"]!.AsArray(), s => Assert.Equal(fixture.Fields("SpacecraftConfigNormal"),
            s!["spacecraft_config"]!.AsObject().Select(p => p.Key)));
    }

    [Fact]
    public async Task SpacecraftFlightDetailComputesItsDockingEvents()
    {
        var flight = await fixture.GetJsonAsync("spacecraft_flights/877/");

        var expected = fixture.Corpus.DockingEvents.Where(e => JsonPath.Number(e, "flight_vehicle_chaser.id") == 877).Select(e => (int)e["id"]!);
        Assert.Equal(fixture.Fields("SpacecraftFlightDetailed"), flight.Select(p => p.Key));
        Assert.Equal(expected.Order(), flight["docking_events"]!.AsArray().Select(e => (int)e!["id"]!).Order());
        Assert.Equal("Cargo Dragon C209", (string?)flight["spacecraft"]!["name"]);
        Assert.Null(flight["launch_crew"]);
    }

    [Fact]
    public async Task SpacecraftDetailListsItsFlights()
    {
        var soyuz = fixture.Corpus.DockingEvents.First(e => JsonPath.Text(e, "flight_vehicle_chaser.spacecraft.name") == "Soyuz TMA-16");
        var id = (int)JsonPath.Number(soyuz, "flight_vehicle_chaser.spacecraft.id")!;

        var spacecraft = await fixture.GetJsonAsync($"spacecraft/{id}/");

        Assert.Equal(fixture.Fields("SpacecraftEndpointDetailed"), spacecraft.Select(p => p.Key));
        Assert.Contains((int)JsonPath.Number(soyuz, "flight_vehicle_chaser.id")!, spacecraft["flights"]!.AsArray().Select(f => (int)f!["id"]!));
    }

    [Fact]
    public async Task LaunchesByCommaSeparatedIds()
    {
        var ids = fixture.Corpus.Launches.Select(l => (string)l["id"]!).Take(3).ToList();

        var page = await fixture.GetJsonAsync($"launches/?id={string.Join(',', ids)}");
        var bad = await fixture.GetJsonAsync("launches/?id=not-a-uuid", 400);
        var one = await fixture.GetJsonAsync($"launches/{ids[0].ToUpperInvariant()}/");

        Assert.Equal(ids.Order(StringComparer.Ordinal), page["results"]!.AsArray().Select(l => (string)l!["id"]!).Order(StringComparer.Ordinal));
        Assert.Equal(fixture.Fields("LaunchNormal"), page["results"]![0]!.AsObject().Select(p => p.Key));
        Assert.NotNull(bad["id"]);
        Assert.Equal(ids[0], (string?)one["id"]);
    }

    [Fact]
    public async Task ExpeditionsBySpaceStation()
    {
        var expeditions = await fixture.WalkAsync("expeditions/?space_station=5&limit=100");

        var expected = fixture.Corpus.Expeditions.Where(e => JsonPath.Number(e, "spacestation.id") == 5).Select(e => (int)e["id"]!).Order();
        Assert.NotEmpty(expeditions);
        Assert.Equal(expected, SnapshotFixture.Ids(expeditions));
        Assert.All(expeditions, e => Assert.Equal("Mir", JsonPath.Text(e, "spacestation.name")));
    }

    [Fact]
    public async Task ApiThrottleIsFreeAndReportsTheBudget()
    {
        var before = await fixture.GetJsonAsync("api-throttle/");
        await fixture.GetJsonAsync("api-throttle/");
        var after = await fixture.GetJsonAsync("api-throttle/");

        Assert.Equal(fixture.Fields("APIThrottle"), before.Select(p => p.Key));
        Assert.Equal((int)before["current_use"]!, (int)after["current_use"]!);
        Assert.Equal(3600, (int)after["limit_frequency_secs"]!);
    }
}
