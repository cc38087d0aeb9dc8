using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using DockingGraph.Snapshot;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter;
using Snapshooter.Xunit;

namespace DockingGraph.Gateway.Tests;

/// <summary>The gateway as README runs it: no LaunchLibrary:BaseUrl, so the snapshot is served in-process.</summary>
public sealed class EmbeddedSnapshotTests(EmbeddedGatewayFixture fixture) : IClassFixture<EmbeddedGatewayFixture>
{
    [Fact]
    public async Task WithoutABaseUrlTheEmbeddedSnapshotAnswersInProcess()
    {
        var upstream = fixture.Gateway.Services.GetRequiredService<SnapshotUpstream>();
        upstream.Requests.Clear();

        var data = await QueryAsync("{ dockingEvents(first: 1) { totalCount nodes { url } } }");

        Assert.Equal(upstream.Corpus.DockingEvents.Count, (int)data["dockingEvents"]!["totalCount"]!);
        Assert.StartsWith("http://embedded-snapshot/2.3.0/docking_events/", (string?)data["dockingEvents"]!["nodes"]![0]!["url"]);
        Assert.Equal(1, upstream.Requests.Count);
    }

    [Theory]
    [InlineData("LatestIssDockings", "{ dockingEvents(first: 3, order: [{ docking: DESC }], where: { spaceStationTarget: { id: { eq: 4 } } }) { totalCount pageInfo { hasNextPage hasPreviousPage } nodes { id ll2Id docking departure dockingLocation { name } flightVehicleChaser { destination duration spacecraft { name serialNumber timeInSpace status { name } spacecraftConfig { name agency { abbrev } } } launch { name } landing { success type { abbrev } } } } } }")]
    [InlineData("SalyutSearch", "{ dockingEvents(search: \"salyut\", first: 5) { totalCount nodes { ll2Id docking departure dockingLocation { name spaceStation { name founded } } spaceStationTarget { name } flightVehicleChaser { spacecraft { name } } } } }")]
    [InlineData("CurrentlyDockedWithFullLaunch", "{ dockingEvents(where: { docking: { gte: \"2026-01-01T00:00:00Z\" } }, first: 2) { nodes { docking flightVehicleChaser { spacecraft { name } launch { name net status { abbrev } rocket { configuration { fullName } } pad { name location { name } } mission { name type orbit { abbrev } } } } } } }")]
    [InlineData("SeedEventById", "{ dockingEvent(id: \"622\") { id docking departure dockingLocation { id name } spaceStationTarget { id name image { name credit license { name link } } } flightVehicleChaser { id missionEnd duration turnAroundTime spacecraft { name fastestTurnaround spacecraftConfig { family { name parent { name } maidenFlight manufacturer { name } } } } landing { description landingLocation { name celestialBody { name mass lengthOfDay } } } } } }")]
    public async Task RepresentativeResults(string name, string query)
    {
        var data = await QueryAsync(query);

        data.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
            .MatchSnapshot(SnapshotNameExtension.Create(name));
    }

    private async Task<JsonNode> QueryAsync(string query)
    {
        using var response = await fixture.Http.PostAsJsonAsync("/graphql", new { query });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!;
    }
}
