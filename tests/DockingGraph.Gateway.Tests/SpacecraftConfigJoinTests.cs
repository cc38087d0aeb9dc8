using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml;
using DockingGraph.Gateway.Tests.Mirror;
using Xunit.Abstractions;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// A spacecraft configuration's SpacecraftConfigDetailed-only fields (crewCapacity, maidenFlight, the counts, …) in
/// a where or an order: every row embeds the configuration as SpacecraftConfigNormal, so the gateway joins LL2's
/// <c>spacecraft_configurations/?mode=detailed</c> table (46 rows: one call) by id. Compared with a brute force over
/// the snapshot's REST rows joined with the REST table, with the exact LL2 calls (the rows' blocks and the table).
/// </summary>
public sealed class SpacecraftConfigJoinTests(GatewayFixture fixture, ITestOutputHelper output)
    : IClassFixture<GatewayFixture>
{
    private const string Table = "/2.3.0/spacecraft_configurations/?limit=100&mode=detailed&offset=0";

    private enum Kind { Text, Number, Boolean, Date, Duration }

    // SpacecraftConfigDetailed's fields beyond SpacecraftConfigNormal: GraphQL name, LL2 name, kind.
    private static readonly (string Field, string Ll2, Kind Kind)[] Fields =
    [
        ("maidenFlight", "maiden_flight", Kind.Date), ("capability", "capability", Kind.Text),
        ("history", "history", Kind.Text), ("details", "details", Kind.Text), ("height", "height", Kind.Number),
        ("diameter", "diameter", Kind.Number), ("humanRated", "human_rated", Kind.Boolean),
        ("crewCapacity", "crew_capacity", Kind.Number), ("payloadCapacity", "payload_capacity", Kind.Number),
        ("payloadReturnCapacity", "payload_return_capacity", Kind.Number),
        ("flightLife", "flight_life", Kind.Text), ("wikiLink", "wiki_link", Kind.Text),
        ("infoLink", "info_link", Kind.Text), ("spacecraftFlown", "spacecraft_flown", Kind.Number),
        ("totalLaunchCount", "total_launch_count", Kind.Number),
        ("successfulLaunches", "successful_launches", Kind.Number),
        ("failedLaunches", "failed_launches", Kind.Number), ("attemptedLandings", "attempted_landings", Kind.Number),
        ("successfulLandings", "successful_landings", Kind.Number), ("failedLandings", "failed_landings", Kind.Number),
        ("fastestTurnaround", "fastest_turnaround", Kind.Duration),
    ];

    private sealed record Test(string Where, Func<JsonObject, bool> Holds);

    private static string Json(string? text) => text is null ? "null" : JsonSerializer.Serialize(text);

    private static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];

    private static double? Number(JsonNode? node) => node is JsonValue v ? v.GetValue<double>() : null;

    private static TimeSpan? Duration(JsonNode? node) => (string?)node is { } text ? XmlConvert.ToTimeSpan(text) : null;

    // One predicate over a detailed configuration (REST keys), its operand drawn from a recorded configuration's
    // value, with Hot Chocolate's lifted semantics (a null holds for eq null, neq, the negated operators).
    private static Test ConfigTest(IReadOnlyList<JsonObject> configs, Random random)
    {
        var (field, ll2, kind) = Pick(Fields, random);
        var value = Pick(configs, random)[ll2];
        if (value is null)
        {
            return random.Next(2) == 0
                ? new($"{{ {field}: {{ eq: null }} }}", c => c[ll2] is null)
                : new($"{{ {field}: {{ neq: null }} }}", c => c[ll2] is not null);
        }

        switch (kind)
        {
            case Kind.Text:
                var text = (string)value!;
                var part = text[..Math.Min(text.Length, random.Next(1, 12))];
                // Limits:MaxStringArgumentLength (256) bounds an operand: a long text is matched by its start.
                return (text.Length > 200 ? 1 : random.Next(4)) switch
                {
                    0 => new($"{{ {field}: {{ eq: {Json(text)} }} }}", c => (string?)c[ll2] == text),
                    1 => new($"{{ {field}: {{ startsWith: {Json(part)} }} }}",
                        c => ((string?)c[ll2])?.StartsWith(part, StringComparison.Ordinal) == true),
                    2 => new($"{{ {field}: {{ ncontains: {Json(part)} }} }}",
                        c => ((string?)c[ll2])?.Contains(part, StringComparison.Ordinal) != true),
                    _ => new($"{{ {field}: {{ neq: {Json(text)} }} }}", c => (string?)c[ll2] != text),
                };
            case Kind.Number:
                var number = Number(value)!.Value;
                var literal = number.ToString(CultureInfo.InvariantCulture);
                return random.Next(5) switch
                {
                    0 => new($"{{ {field}: {{ gte: {literal} }} }}", c => Number(c[ll2]) >= number),
                    1 => new($"{{ {field}: {{ lt: {literal} }} }}", c => Number(c[ll2]) < number),
                    2 => new($"{{ {field}: {{ ngt: {literal} }} }}", c => !(Number(c[ll2]) > number)),
                    3 => new($"{{ {field}: {{ in: [{literal}, 123456] }} }}",
                        c => Number(c[ll2]) is { } n && (n == number || n == 123456)),
                    _ => new($"{{ {field}: {{ neq: {literal} }} }}", c => Number(c[ll2]) != number),
                };
            case Kind.Boolean:
                var flag = (bool)value!;
                return new($"{{ {field}: {{ eq: {(flag ? "true" : "false")} }} }}", c => (bool?)c[ll2] == flag);
            case Kind.Date:
                var date = (string)value!;
                return random.Next(2) == 0
                    ? new($"{{ {field}: {{ gt: {Json(date)} }} }}",
                        c => (string?)c[ll2] is { } d && string.CompareOrdinal(d, date) > 0)
                    : new($"{{ {field}: {{ lte: {Json(date)} }} }}",
                        c => (string?)c[ll2] is { } d && string.CompareOrdinal(d, date) <= 0);
            default:
                var span = Duration(value)!.Value;
                var iso = (string)value!;
                return random.Next(2) == 0
                    ? new($"{{ {field}: {{ lt: {Json(iso)} }} }}", c => Duration(c[ll2]) < span)
                    : new($"{{ {field}: {{ ngte: {Json(iso)} }} }}", c => !(Duration(c[ll2]) >= span));
        }
    }

    private async Task<Dictionary<int, JsonObject>> TableAsync() =>
        (await fixture.RestAsync("spacecraft_configurations/?mode=detailed&limit=100")).ToDictionary(c => (int)c["id"]!);

    // The detailed row of a row's embedded configuration.
    private static Func<JsonObject, bool> OnConfig(Func<JsonObject, JsonObject?> embedded,
        Dictionary<int, JsonObject> table, Func<JsonObject, bool> holds) =>
        row => embedded(row) is { } config && holds(table[(int)config["id"]!]);

    [Fact]
    public async Task RandomDetailedConfigurationWheresOnSpacecraftsEqualABruteForceOverTheJoinedRestRows()
    {
        var table = await TableAsync();
        var rows = await fixture.RestAsync("spacecraft/?limit=100&ordering=id");
        var embedded = rows.Select(r => (JsonObject)r["spacecraft_config"]!).ToList();
        Assert.All(embedded, c => Assert.Equal("normal", (string?)c["response_mode"]));
        var configs = embedded.Select(c => table[(int)c["id"]!]).DistinctBy(c => (int)c["id"]!).ToList();
        var random = new Random(20261205);
        var (some, tests) = (0, 80);
        for (var i = 0; i < tests; i++)
        {
            var test = ConfigTest(configs, random);
            fixture.Reset();

            var answer = await fixture.PostAsync($"{{ spacecrafts(first: 100, where: {{ spacecraftConfig: " +
                $"{test.Where} }}) {{ totalCount nodes {{ ll2Id }} }} }}");

            var expected = rows.Where(OnConfig(r => r["spacecraft_config"] as JsonObject, table, test.Holds))
                .Select(r => (int)r["id"]!).ToList();
            Assert.True(answer.Errors.Count == 0, test.Where + " " + answer);
            Assert.True(expected.Count == (int)answer.Data!["spacecrafts"]!["totalCount"]!, test.Where + " " + answer);
            Assert.Equal(expected.Take(100), answer.Data!["spacecrafts"]!["nodes"]!.AsArray()
                .Select(n => (int)n!["ll2Id"]!));
            // The spacecraft in aligned blocks of 100 and the configuration table once.
            Assert.Equal((rows.Count + 99) / 100, fixture.Requests.CountPath("/2.3.0/spacecraft/"));
            Assert.Equal([Table], fixture.Requests.Entries.Where(e => e.Path != "/2.3.0/spacecraft/")
                .Select(e => e.PathAndQuery));
            some += expected.Count > 0 && expected.Count < rows.Count ? 1 : 0;
        }

        output.WriteLine($"{tests} configuration wheres over {rows.Count} spacecraft ({configs.Count} " +
            $"configurations): {some} select some but not all");
        Assert.True(some > tests / 2, some.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task TheJoinServesEveryListAConfigurationNestsInWithOneTableCall()
    {
        var table = await TableAsync();
        var flights = await fixture.RestAsync("spacecraft_flights/?limit=100");
        var landings = await fixture.RestAsync("landings/?limit=100");
        var events = await fixture.RestAsync("docking_events/?mode=detailed&limit=100&ordering=docking,departure");
        JsonObject? Config(JsonNode? spacecraft) => spacecraft?["spacecraft_config"] as JsonObject;
        var cases = new (string List, string Where, int Expected, string Path, int Blocks)[]
        {
            ("spacecraftFlights", "spacecraft: { spacecraftConfig: { crewCapacity: { gte: 3 } } }",
                flights.Count(OnConfig(f => Config(f["spacecraft"]), table, c => Number(c["crew_capacity"]) >= 3)),
                "/2.3.0/spacecraft_flights/", (flights.Count + 99) / 100),
            ("landings", "spacecraftFlight: { spacecraft: { spacecraftConfig: { humanRated: { eq: true } } } }",
                landings.Count(OnConfig(l => Config(l["spacecraftflight"]?["spacecraft"]), table,
                    c => (bool?)c["human_rated"] == true)),
                "/2.3.0/landings/", (landings.Count + 99) / 100),
            ("dockingEvents", "flightVehicleChaser: { spacecraft: { spacecraftConfig: { maidenFlight: " +
                "{ lt: \"2000-01-01\" } } } }",
                events.Count(OnConfig(e => Config(e["flight_vehicle_chaser"]?["spacecraft"]), table,
                    c => string.CompareOrdinal((string?)c["maiden_flight"], "2000-01-01") < 0
                        && c["maiden_flight"] is not null)),
                "/2.3.0/docking_events/", (events.Count + 99) / 100),
            ("dockingEvents", "flightVehicleTarget: { spacecraft: { spacecraftConfig: { totalLaunchCount: " +
                "{ gt: 10 } } } }",
                events.Count(OnConfig(e => Config(e["flight_vehicle_target"]?["spacecraft"]), table,
                    c => Number(c["total_launch_count"]) > 10)),
                "/2.3.0/docking_events/", (events.Count + 99) / 100),
        };
        foreach (var (list, where, expected, path, blocks) in cases)
        {
            fixture.Reset();

            var answer = await fixture.PostAsync($"{{ {list}(where: {{ {where} }}) {{ totalCount }} }}");

            Assert.True(answer.Errors.Count == 0, where + " " + answer);
            Assert.True(expected == (int)answer.Data![list]!["totalCount"]!, where + " " + answer);
            Assert.Equal(blocks, fixture.Requests.CountPath(path));
            Assert.Equal([Table], fixture.Requests.Entries.Where(e => e.Path != path).Select(e => e.PathAndQuery));
            output.WriteLine($"{list} {where}: {expected}");
        }

        Assert.True(cases[0].Expected > 0 && cases[0].Expected < flights.Count);
        Assert.True(cases[1].Expected > 0);
        Assert.True(cases[2].Expected > 0 && cases[2].Expected < events.Count);
    }

    [Fact]
    public async Task RandomDetailedConfigurationOrdersEqualABruteForceSortWithOneTableCall()
    {
        var table = await TableAsync();
        var rows = await fixture.RestAsync("spacecraft/?limit=100&ordering=id");
        var random = new Random(20261206);
        var changed = 0;
        for (var i = 0; i < 20; i++)
        {
            var (field, ll2, kind) = Pick(Fields, random);
            var descending = random.Next(2) == 0;
            Func<JsonObject, IComparable?> value = kind switch
            {
                Kind.Number => r => Number(table[(int)r["spacecraft_config"]!["id"]!][ll2]),
                Kind.Boolean => r => (bool?)table[(int)r["spacecraft_config"]!["id"]!][ll2],
                Kind.Duration => r => Duration(table[(int)r["spacecraft_config"]!["id"]!][ll2]),
                _ => r => (string?)table[(int)r["spacecraft_config"]!["id"]!][ll2],
            };
            var expected = SortOracle.SortedIds(rows, [(value, descending)], r => (int)r["id"]!);
            fixture.Reset();

            var answer = await fixture.PostAsync($"{{ spacecrafts(first: 100, order: {{ spacecraftConfig: " +
                $"{{ {field}: {(descending ? "DESC" : "ASC")} }} }}) {{ nodes {{ ll2Id }} }} }}");

            Assert.True(answer.Errors.Count == 0, field + " " + answer);
            Assert.Equal(expected.Take(100), answer.Data!["spacecrafts"]!["nodes"]!.AsArray()
                .Select(n => n!["ll2Id"]!.ToJsonString()));
            Assert.Equal((rows.Count + 99) / 100, fixture.Requests.CountPath("/2.3.0/spacecraft/"));
            Assert.Equal([Table], fixture.Requests.Entries.Where(e => e.Path != "/2.3.0/spacecraft/")
                .Select(e => e.PathAndQuery));
            changed += expected.Take(100).SequenceEqual(rows.Take(100).Select(r => SortOracle.Id(r["id"]))) ? 0 : 1;
        }

        output.WriteLine($"20 configuration orders over {rows.Count} spacecraft: {changed} change the id order");
        Assert.True(changed >= 15, changed.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task FromTheMirrorTheTableIsTheOnlyCall()
    {
        await using var set = await MirrorGateways.StartAsync(false,
            [.. GatewayHost.NoCrossRequestCache, .. GatewayHost.MirrorOn]);
        await set.PostAsync(0, "{ dockingEvents(first: 1) { totalCount } }");
        await set.WaitUntilAnsweringAsync(0);
        await set.CallsSettledAsync(4);
        var table = await TableAsync();
        var events = await fixture.RestAsync("docking_events/?mode=detailed&limit=100&ordering=docking,departure");
        var expected = events.Where(OnConfig(e => e["flight_vehicle_chaser"]?["spacecraft"]?["spacecraft_config"]
                as JsonObject, table, c => Number(c["crew_capacity"]) >= 4))
            .Select(e => (int)e["id"]!).ToList();
        set.Reset();

        var answer = await set.PostAsync(0, "{ dockingEvents(first: 100, where: { flightVehicleChaser: { spacecraft: " +
            "{ spacecraftConfig: { crewCapacity: { gte: 4 } } } } }, order: [{ flightVehicleChaser: { spacecraft: " +
            "{ spacecraftConfig: { crewCapacity: DESC } } } }]) { totalCount nodes { ll2Id } } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(expected.Count, (int)answer.Data!["dockingEvents"]!["totalCount"]!);
        Assert.True(expected.Count > 0 && expected.Count < events.Count, expected.Count.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(expected.Order().Take(100), answer.Data["dockingEvents"]!["nodes"]!.AsArray()
            .Select(n => (int)n!["ll2Id"]!).Order());
        Assert.Equal([Table], set.Requests.Entries.Select(e => e.PathAndQuery));
    }

    [Fact]
    public async Task TheEstimateCountsTheTableAndTheCachedTableIsFree()
    {
        await using var harness = await CacheHarness.StartAsync();
        const string query = "{ spacecrafts(where: { spacecraftConfig: { humanRated: { eq: true } } }) { totalCount } }";
        harness.Reset();

        var cold = await LocalFetchEstimateTests.PostAsync(harness, query);
        var coldCalls = harness.Requests.Entries.Select(e => e.Path).ToList();
        harness.Reset();
        var warm = await LocalFetchEstimateTests.PostAsync(harness, query);

        Assert.True(cold.Errors.Count == 0, cold.ToString());
        // The first block, a lower bound (the count unknown: the first block may refuse the rest and the table).
        Assert.Equal((1, true), LocalFetchEstimateTests.Estimate(cold));
        Assert.Equal(["/2.3.0/spacecraft/", "/2.3.0/spacecraft/", "/2.3.0/spacecraft/",
            "/2.3.0/spacecraft_configurations/"], coldCalls);
        Assert.Equal((0, false), LocalFetchEstimateTests.Estimate(warm));
        Assert.Equal(0, harness.Requests.Count);
        Assert.Equal(cold.Data!.ToJsonString(), warm.Data!.ToJsonString());

        // Another joined where over the same blocks and the same table: both are cached.
        harness.Reset();
        var other = await LocalFetchEstimateTests.PostAsync(harness,
            "{ spacecrafts(where: { spacecraftConfig: { crewCapacity: { gte: 3 } } }) { totalCount } }");
        Assert.Equal((0, false), LocalFetchEstimateTests.Estimate(other));
        Assert.Equal(0, harness.Requests.Count);
    }

    [Fact]
    public async Task WithTheCountKnownTheEstimateIsTheUncachedBlocksAndTheTable()
    {
        await using var harness = await CacheHarness.StartAsync();
        harness.Reset();
        // LL2 gives the list's count (same list, no filters) without reading the blocks of 100 or the table.
        await LocalFetchEstimateTests.PostAsync(harness, "{ spacecrafts(first: 1) { totalCount } }");
        harness.Reset();

        var answer = await LocalFetchEstimateTests.PostAsync(harness,
            "{ spacecrafts(where: { spacecraftConfig: { humanRated: { eq: true } } }) { totalCount } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal((4, false), LocalFetchEstimateTests.Estimate(answer));
        Assert.Equal(4, harness.Requests.Count);
    }

    [Fact]
    public async Task DockingEventsEstimateCountsTheTableFromTheMirror()
    {
        await using var set = await MirrorGateways.StartAsync(false,
            [.. GatewayHost.NoCrossRequestCache, .. GatewayHost.MirrorOn]);
        await set.PostAsync(0, "{ dockingEvents(first: 1) { totalCount } }");
        await set.WaitUntilAnsweringAsync(0);
        await set.CallsSettledAsync(4);
        set.Reset();

        var answer = await set.PostAsync(0, "{ dockingEvents(where: { flightVehicleChaser: { spacecraft: " +
            "{ spacecraftConfig: { humanRated: { eq: false } } } } }) { totalCount } }", costReport: true);

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal((1, false), LocalFetchEstimateTests.Estimate(answer));
        Assert.Equal([Table], set.Requests.Entries.Select(e => e.PathAndQuery));
    }

    [Theory]
    [InlineData("maidenFlight: { gt: \"June 1966\" }")]
    [InlineData("fastestTurnaround: { lt: \"two weeks\" }")]
    public async Task AMalformedOperandIsRefusedBeforeTheTableOrAnyBlock(string where)
    {
        fixture.Reset();

        var answer = await fixture.PostAsync($"{{ spacecrafts(where: {{ spacecraftConfig: {{ {where} }} }}) " +
            "{ totalCount } }");

        Assert.True(answer.FirstCode == "ARGUMENTS_OF_CORRECT_TYPE", answer.ToString());
        Assert.Equal(0, fixture.Requests.Count);
    }

    [Theory]
    [InlineData("SpacecraftConfigFilterInput", "crewCapacity")]
    [InlineData("SpacecraftConfigFilterInput", "maidenFlight")]
    [InlineData("SpacecraftConfigSortInput", "fastestTurnaround")]
    public void TheJoinedFieldsDescriptionSaysWhereItIsRead(string input, string field)
    {
        var body = Regex.Match(SchemaTests.PrintSchema(),
            $@"^input {input} {{\n((?:  .*\n)+?)}}", RegexOptions.Multiline);
        var described = Regex.Match(body.Groups[1].Value,
            $"^  \"([^\"]*)\"\\n  {field}: ", RegexOptions.Multiline);

        Assert.True(described.Success, $"{input}.{field} has no description");
        Assert.Contains("evaluated over LL2's spacecraft_configurations/ table", described.Groups[1].Value);
        Assert.DoesNotContain("Refused", described.Groups[1].Value);
    }
}
