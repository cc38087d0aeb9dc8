using System.Text.Json.Nodes;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// The one <c>SpacecraftFlightFilterInput</c> (spacecraftFlights, a landing's flight, a docking event's flights) with
/// the one <c>SpacecraftFilterInput</c> and <c>LaunchFilterInput</c> nested: what LL2 executes keeps its exact
/// parameter, the embedded spacecraft's and launch's other fields are evaluated over the rows LL2's part selects and
/// equal a brute force over the snapshot's REST rows, read in exactly the blocks of 100 the collection needs.
/// </summary>
public sealed class SpacecraftFlightInputTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task AnEmbeddedSpacecraftFieldIsEvaluatedOverEveryFlightInBlocksOf100()
    {
        var all = await fixture.RestAsync("spacecraft_flights/?limit=100");
        var prefix = all.Select(f => (string?)f["spacecraft"]?["name"]).OfType<string>()
            .GroupBy(n => n.Split(' ')[0]).OrderByDescending(g => g.Count()).First().Key;
        var expected = all.Where(f => (string?)f["spacecraft"]?["name"] is { } name
                && name.StartsWith(prefix, StringComparison.Ordinal))
            .Select(f => (int)f["id"]!).ToList();
        fixture.Reset();

        var answer = await fixture.PostAsync("query($p: String) { spacecraftFlights(first: 100, where: { " +
            "spacecraft: { name: { startsWith: $p } } }) { totalCount nodes { ll2Id } } }", new { p = prefix });

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < all.Count);
        Assert.Equal(expected.Take(100), Ids(answer, "spacecraftFlights"));
        Assert.Equal(expected.Count, (int)answer.Data!["spacecraftFlights"]!["totalCount"]!);
        Assert.Equal(Enumerable.Range(0, (all.Count + 99) / 100)
                .Select(k => $"/2.3.0/spacecraft_flights/?limit=100&mode=normal&offset={k * 100}"),
            fixture.Requests.Entries.Select(e => e.PathAndQuery));
    }

    [Fact]
    public async Task TheSpacecraftIdIsPushedDownAndTheEmbeddedLaunchEvaluatedOverWhatItSelects()
    {
        var all = await fixture.RestAsync("spacecraft_flights/?limit=100");
        var busiest = all.GroupBy(f => (int)f["spacecraft"]!["id"]!).OrderByDescending(g => g.Count()).First();
        var launch = (string)busiest.First()["launch"]!["name"]!;
        var expected = busiest.Where(f => (string?)f["launch"]?["name"] != launch).Select(f => (int)f["id"]!)
            .ToList();
        fixture.Reset();

        var answer = await fixture.PostAsync("query($s: ID, $l: String) { spacecraftFlights(first: 100, where: { " +
            "spacecraft: { id: { eq: $s } }, launch: { name: { neq: $l } } }) { totalCount nodes { ll2Id } } }",
            new { s = busiest.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), l = launch });

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.True(busiest.Count() > expected.Count);
        Assert.Equal(expected, Ids(answer, "spacecraftFlights"));
        Assert.Equal(expected.Count, (int)answer.Data!["spacecraftFlights"]!["totalCount"]!);
        Assert.Equal([$"/2.3.0/spacecraft_flights/?limit=100&mode=normal&offset=0&spacecraft={busiest.Key}"],
            fixture.Requests.Entries.Select(e => e.PathAndQuery));
    }

    [Fact]
    public async Task ALandingsFlightIsTheOneFlightInputEvaluatedOverTheLandingsRows()
    {
        var all = await fixture.RestAsync("landings/?limit=100&ordering=id");
        var flights = all.Where(l => l["spacecraftflight"] is JsonObject).ToList();
        var destination = flights.Select(l => (string?)l["spacecraftflight"]!["destination"]).OfType<string>()
            .GroupBy(d => d).OrderByDescending(g => g.Count()).First().Key;
        var word = ((string)flights.First(l => (string?)l["spacecraftflight"]!["destination"] == destination)
            ["spacecraftflight"]!["spacecraft"]!["name"]!).Split(' ')[0];
        var expected = flights.Where(l => (string?)l["spacecraftflight"]!["destination"] == destination
                && (string?)l["spacecraftflight"]!["spacecraft"]?["name"] is { } name
                && name.StartsWith(word, StringComparison.Ordinal))
            .Select(l => (int)l["id"]!).ToList();
        fixture.Reset();

        var answer = await fixture.PostAsync("query($d: String, $w: String) { landings(first: 100, where: { " +
            "spacecraftFlight: { destination: { eq: $d }, spacecraft: { name: { startsWith: $w } } } }) { " +
            "totalCount nodes { ll2Id } } }", new { d = destination, w = word });

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < all.Count);
        Assert.Equal(expected.Take(100), Ids(answer, "landings"));
        Assert.Equal(expected.Count, (int)answer.Data!["landings"]!["totalCount"]!);
        Assert.Equal(Enumerable.Range(0, (all.Count + 99) / 100)
                .Select(k => $"/2.3.0/landings/?limit=100&mode=normal&offset={k * 100}&ordering=id"),
            fixture.Requests.Entries.Select(e => e.PathAndQuery));
    }

    private static IEnumerable<int> Ids(GraphQLAnswer answer, string list) =>
        answer.Data![list]!["nodes"]!.AsArray().Select(n => (int)n!["ll2Id"]!);
}
