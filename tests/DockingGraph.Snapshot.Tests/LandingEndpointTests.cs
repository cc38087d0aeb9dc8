using DockingGraph.Snapshot.Rest;

namespace DockingGraph.Snapshot.Tests;

public sealed class LandingEndpointTests(SnapshotFixture fixture) : IClassFixture<SnapshotFixture>
{
    [Fact]
    public async Task LandingsAreTheLandingsFlightsEmbedWithTheirFlight()
    {
        var landings = await fixture.WalkAsync("landings/?limit=100");

        var embedded = fixture.Corpus.DockingEvents
            .Select(e => JsonPath.Number(e, "flight_vehicle_chaser.landing.id"))
            .OfType<double>().Select(id => (int)id).Distinct().Order();
        Assert.Equal(10, landings.Count);
        Assert.Equal(embedded, SnapshotFixture.Ids(landings));
        Assert.All(landings, l => Assert.Equal(fixture.Fields("LandingEndpointNormal"), l.Select(p => p.Key)));
        Assert.All(landings, l => Assert.Null(l["firststage"]));
        var dragon = landings.Single(l => (int)l["id"]! == 1598);
        Assert.Equal(877, (int)dragon["spacecraftflight"]!["id"]!);
        Assert.Equal(fixture.Fields("SpacecraftFlightNormalSerializerNoLanding"),
            dragon["spacecraftflight"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task LandingModesAndDetail()
    {
        var list = await fixture.GetJsonAsync("landings/?mode=list");
        var detailed = await fixture.GetJsonAsync("landings/?mode=detailed");
        var one = await fixture.GetJsonAsync("landings/1598/");

        Assert.Equal("list", (string?)list["results"]![0]!["response_mode"]);
        Assert.Equal(fixture.Fields("LandingEndpointDetailed"), detailed["results"]![0]!.AsObject().Select(p => p.Key));
        Assert.Equal("detailed", (string?)one["response_mode"]);
        Assert.NotEmpty(one["spacecraftflight"]!["docking_events"]!.AsArray());
        await fixture.GetJsonAsync("landings/1/", 404);
    }

    [Fact]
    public async Task LandingFiltersSearchAndOrdering()
    {
        var attempted = await fixture.WalkAsync("landings/?attempt=true");
        var succeeded = await fixture.WalkAsync("landings/?success=True");
        var unknownBoolean = await fixture.WalkAsync("landings/?success=maybe");
        var pacific = await fixture.WalkAsync("landings/?landing_location__ids=18,22");
        var reentries = await fixture.WalkAsync("landings/?landing_type__ids=7&ordering=-id");
        var dragon = await fixture.WalkAsync("landings/?spacecraft__ids=" +
            JsonPath.Number(fixture.Corpus.Landings[0], "spacecraftflight.spacecraft.id"));
        var boosters = await fixture.WalkAsync("landings/?launcher__ids=1");
        var shenzhou = await fixture.WalkAsync("landings/?search=shenzhou");

        Assert.Equal(Where(l => (bool)l["attempt"]!), SnapshotFixture.Ids(attempted));
        Assert.Equal([1594, 1598], SnapshotFixture.Ids(succeeded));
        Assert.Equal(10, unknownBoolean.Count);
        Assert.Equal(Where(l => JsonPath.Number(l, "landing_location.id") is 18 or 22), SnapshotFixture.Ids(pacific));
        Assert.Equal(Where(l => JsonPath.Number(l, "type.id") == 7).Reverse(), SnapshotFixture.Ids(reentries));
        Assert.Single(dragon);
        Assert.Empty(boosters);
        Assert.Equal(Where(l => JsonPath.Text(l, "spacecraftflight.spacecraft.name")!
            .Contains("Shenzhou", StringComparison.OrdinalIgnoreCase)), SnapshotFixture.Ids(shenzhou));
        Assert.NotEmpty(shenzhou);
    }

    private IEnumerable<int> Where(Func<System.Text.Json.Nodes.JsonObject, bool> keep) =>
        fixture.Corpus.Landings.Where(keep).Select(l => (int)l["id"]!).Order();
}
