using System.Text.Json.Nodes;

namespace DockingGraph.Snapshot.Tests;

public sealed class ModeTests(SnapshotFixture fixture) : IClassFixture<SnapshotFixture>
{
    [Fact]
    public async Task NormalIsTheDefaultAndHasTheNormalFields()
    {
        var plain = await fixture.GetJsonAsync("docking_events/?limit=100");
        var normal = await fixture.GetJsonAsync("docking_events/?limit=100&mode=normal");

        Assert.True(JsonNode.DeepEquals(plain["results"], normal["results"]));
        Assert.All(normal["results"]!.AsArray(), e =>
        {
            Assert.Equal(fixture.Fields("DockingEventEndpointNormal"), e!.AsObject().Select(p => p.Key));
            Assert.Equal("normal", (string?)e["response_mode"]);
            if (e["flight_vehicle_chaser"] is JsonObject chaser)
            {
                Assert.Equal(fixture.Fields("SpacecraftFlightMini"), chaser.Select(p => p.Key));
                Assert.Equal(["id", "url", "name"], chaser["launch"]!.AsObject().Select(p => p.Key));
            }
        });
    }

    [Fact]
    public async Task DetailedUpgradesOnlyTheChaserFields()
    {
        var normal = await fixture.GetJsonAsync("docking_events/?limit=100&ordering=-docking");
        var detailed = await fixture.GetJsonAsync("docking_events/?limit=100&ordering=-docking&mode=detailed");

        foreach (var (n, d) in normal["results"]!.AsArray().Zip(detailed["results"]!.AsArray()))
        {
            Assert.Equal("detailed", (string?)d!["response_mode"]);
            foreach (var field in new[] { "id", "docking", "departure", "docking_location", "space_station_target", "flight_vehicle_target", "payload_flight_target" })
            {
                Assert.True(JsonNode.DeepEquals(n![field], d[field]), $"{field} of event {n["id"]} changed with mode=detailed");
            }

            Assert.Equal(fixture.Fields("SpacecraftFlightNormal"), d["flight_vehicle_chaser"]!.AsObject().Select(p => p.Key));
            Assert.Equal(fixture.Fields("LaunchNormal"), d["flight_vehicle_chaser"]!["launch"]!.AsObject().Select(p => p.Key));
        }
    }

    [Fact]
    public async Task DetailedCarriesTheRecordedLaunchOfCurrentlyDockedEvents()
    {
        var tianzhou = await fixture.GetJsonAsync("docking_events/?mode=detailed&search=Tianzhou-10");

        var launch = tianzhou["results"]![0]!["flight_vehicle_chaser"]!["launch"]!;
        Assert.Equal("Long March 7 | Tianzhou-10", (string?)launch["name"]);
        Assert.Equal("2026-102", (string?)launch["launch_designator"]);
    }

    [Fact]
    public async Task DetailEndpointIsAlwaysDetailed()
    {
        var detail = await fixture.GetJsonAsync("docking_events/622/?mode=normal");

        Assert.Equal(fixture.Fields("DockingEventEndpointDetailed"), detail.Select(p => p.Key));
        Assert.Equal("detailed", (string?)detail["response_mode"]);
        Assert.Equal("normal", (string?)detail["flight_vehicle_chaser"]!["response_mode"]);
    }
}
