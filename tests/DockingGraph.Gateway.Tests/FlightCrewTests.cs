using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// A flight's <c>crew</c> (SpacecraftFlightDetailed's three seat lists) on <c>spacecraftFlights</c>: its blocks are
/// read with <c>mode=detailed</c> (the same number of calls) and the crews evaluated on those rows, compared with the
/// snapshot's detailed REST rows. No recording holds a crew or an astronaut, so every recorded flight's crews are
/// null there: the tests combine them with fields that have values and check the blocks' mode exactly. Where a flight
/// is embedded (a landing's, a docking event's chaser and target) the crew stays refused (DetailedOnlyFieldTests).
/// </summary>
public sealed class FlightCrewTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private static string Block(int offset) => $"/2.3.0/spacecraft_flights/?limit=100&mode=detailed&offset={offset}";

    // HC's list operators on a seat list are those the one ListFilterInputTypeOfAstronautFlightFilterInput offers
    // (some: the input is shared with an expedition's crew, where LL2 executes some only).
    public static TheoryData<string, string> Wheres() => new()
    {
        { "crew: { launchCrew: { some: { astronaut: { name: { contains: \"a\" } } } } }", "some" },
        { "or: [{ crew: { onboardCrew: { some: { id: { gt: 0 } } } } }, { destination: { eq: " +
            "\"International Space Station\" } }]", "iss" },
        { "or: [{ crew: { landingCrew: { some: { role: { eq: \"Commander\" } } } } }, { spacecraft: { name: " +
            "{ startsWith: \"Soyuz\" } } }]", "or" },
    };

    [Theory]
    [MemberData(nameof(Wheres))]
    public async Task ACrewIsEvaluatedOverTheFlightsBlocksReadDetailed(string where, string kind)
    {
        var rows = await fixture.RestAsync("spacecraft_flights/?mode=detailed&limit=100");
        Assert.All(rows, f => Assert.Equal("detailed", (string?)f["response_mode"]));
        static bool Seats(JsonObject f, string list) => f[list] is JsonArray { Count: > 0 };
        Func<JsonObject, bool> holds = kind switch
        {
            // No recorded flight has a seat: some needs the list.
            "some" => f => Seats(f, "launch_crew") && false,
            "iss" => f => Seats(f, "onboard_crew") || (string?)f["destination"] == "International Space Station",
            _ => f => f["landing_crew"] is JsonArray seats && seats.OfType<JsonObject>()
                    .Any(s => (string?)s["role"]?["role"] == "Commander")
                || ((string?)f["spacecraft"]?["name"])?.StartsWith("Soyuz", StringComparison.Ordinal) == true,
        };
        var expected = rows.Count(holds);
        fixture.Reset();

        var answer = await fixture.PostAsync($"{{ spacecraftFlights(where: {{ {where} }}) {{ totalCount }} }}");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(expected, (int)answer.Data!["spacecraftFlights"]!["totalCount"]!);
        Assert.Equal([Block(0), Block(100), Block(200)], fixture.Requests.Entries.Select(e => e.PathAndQuery));
        if (kind is "iss" or "or")
        {
            Assert.True(expected > 0 && expected < rows.Count, $"{kind}: {expected} of {rows.Count}");
        }
    }

    [Fact]
    public async Task AnEmbeddedFlightsCrewIsStillRefused()
    {
        await fixture.AssertFilterRefusedBeforeAnyCallAsync("landings",
            "spacecraftFlight: { crew: { launchCrew: { some: { id: { eq: 1 } } } } }", "crew cannot be evaluated here");
    }

    [Fact]
    public void TheCrewsDescriptionSaysWhereItIsEvaluated()
    {
        var body = Regex.Match(SchemaTests.PrintSchema(), @"^input SpacecraftFlightFilterInput {\n((?:  .*\n)+?)}",
            RegexOptions.Multiline);
        var described = Regex.Match(body.Groups[1].Value, "^  \"([^\"]*)\"\\n  crew: ", RegexOptions.Multiline);

        Assert.True(described.Success);
        Assert.Contains("on spacecraftFlights evaluated over the blocks read with mode=detailed",
            described.Groups[1].Value);
    }
}
