using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// Hot Chocolate's list filters (<c>ListFilterInputTypeOf…</c>: <c>some all none any</c>) on the lists the rows
/// carry, against this file's own brute force over the snapshot's REST rows with the exact LL2 calls, and the lists
/// the rows do not carry refused with the reason before any call. HC: a missing list holds only for
/// <c>any: false</c>; <c>all</c> holds for an empty list, <c>some</c> does not.
/// </summary>
public sealed class ListFilterTests(GatewayFixture fixture, ITestOutputHelper output) : IClassFixture<GatewayFixture>
{
    private const string StationTable = "/2.3.0/space_stations/?limit=100&mode=detailed&offset=0";

    private sealed record ItemTest(string Where, Func<JsonObject, bool> Holds);

    // One item predicate of a station's docking port, and the brute force's reading of the REST item (LL2's
    // DockingLocationSerializerForSpacestation; the port's station is the station row).
    private static ItemTest PortTest(List<JsonObject> stations, Random random)
    {
        var ports = stations.SelectMany(s => s["docking_location"]!.AsArray().OfType<JsonObject>()).ToList();
        var port = ports[random.Next(ports.Count)];
        var name = (string)port["name"]!;
        var word = name.Split(' ')[random.Next(name.Split(' ').Length)];
        switch (random.Next(6))
        {
            case 0:
                return new($"{{ name: {{ eq: {Json(name)} }} }}", p => (string?)p["name"] == name);
            case 1:
                return new($"{{ name: {{ contains: {Json(word)} }} }}",
                    p => (string?)p["name"] is { } n && n.Contains(word, StringComparison.Ordinal));
            case 2:
                return new($"{{ name: {{ nendsWith: {Json(word)} }} }}",
                    p => !((string?)p["name"] is { } n && n.EndsWith(word, StringComparison.Ordinal)));
            case 3:
                var ids = Enumerable.Range(0, random.Next(1, 6))
                    .Select(_ => (int)ports[random.Next(ports.Count)]["id"]!).ToList();
                var idList = string.Join(", ", ids.Select(i => Json(i.ToString(CultureInfo.InvariantCulture))));
                return new($"{{ id: {{ in: [{idList}] }} }}", p => ids.Contains((int)p["id"]!));
            case 4:
                var station = (string)stations[random.Next(stations.Count)]["name"]!;
                return new($"{{ spaceStation: {{ name: {{ eq: {Json(station)} }} }} }}",
                    p => (string?)p["station"] == station);
            default:
                var prefix = name[..random.Next(1, name.Length + 1)];
                return new($"{{ or: [{{ name: {{ startsWith: {Json(prefix)} }} }}, " +
                    $"{{ id: {{ eq: {(int)port["id"]!} }} }}] }}",
                    p => ((string?)p["name"] is { } n && n.StartsWith(prefix, StringComparison.Ordinal))
                        || (int)p["id"]! == (int)port["id"]!);
        }
    }

    private static string Json(string text) => JsonSerializer.Serialize(text);

    // HC's list operators over the REST list (null: LL2 wrote no list).
    private static bool ListHolds(string operation, string operand, JsonArray? items, Func<JsonObject, bool> item) =>
        operation switch
        {
            "some" => items is not null && items.OfType<JsonObject>().Any(item),
            "all" => items is not null && items.OfType<JsonObject>().All(item),
            "none" => items is not null && !items.OfType<JsonObject>().Any(item),
            _ => (items is { Count: > 0 }) == (operand == "true"),
        };

    [Fact]
    public async Task RandomDockingLocationListFiltersEqualABruteForceOverTheOneTableCall()
    {
        var stations = await fixture.RestAsync("space_stations/?mode=detailed&limit=100");
        var random = new Random(20261201);
        var (some, empty) = (0, 0);
        for (var i = 0; i < 40; i++)
        {
            var operation = new[] { "some", "all", "none", "any" }[random.Next(4)];
            var test = PortTest(stations, random);
            var operand = operation == "any" ? (random.Next(2) == 0 ? "true" : "false") : test.Where;
            fixture.Reset();

            var answer = await fixture.PostAsync($"{{ spaceStations(first: 100, where: {{ dockingLocations: " +
                $"{{ {operation}: {operand} }} }}) {{ totalCount nodes {{ ll2Id }} }} }}");

            var expected = stations.Where(s => ListHolds(operation, operand, s["docking_location"] as JsonArray,
                    port => test.Holds(WithStation(port, s))))
                .Select(s => (int)s["id"]!).Order().ToList();
            Assert.True(answer.Errors.Count == 0, operand + " " + answer);
            Assert.True(expected.SequenceEqual(answer.Data!["spaceStations"]!["nodes"]!.AsArray()
                .Select(n => (int)n!["ll2Id"]!).Order()), $"{operation}: {operand} {answer}");
            Assert.Equal(StationTable, Assert.Single(fixture.Requests.Entries).PathAndQuery);
            some += expected.Count is > 0 and < 15 ? 1 : 0;
            empty += expected.Count == 0 ? 1 : 0;
        }

        output.WriteLine($"40 dockingLocations filters: {some} select some stations, {empty} none");
        Assert.True(some > 15, some.ToString(CultureInfo.InvariantCulture));
    }

    private static JsonObject WithStation(JsonObject port, JsonObject station)
    {
        var copy = port.DeepClone().AsObject();
        copy["station"] = station["name"]?.DeepClone();
        return copy;
    }

    [Theory]
    [InlineData("dockingLocations: { some: { name: { startsWith: \"Harmony\" } } }", 4)]
    [InlineData("dockingLocations: { any: false }", 10, 16, 17)]
    [InlineData("dockingLocations: { all: { name: { startsWith: \"Salyut-7\" } }, any: true }", 15)]
    public async Task KnownPortsAnswerAsTheTableSays(string where, params int[] expected)
    {
        fixture.Reset();

        var answer = await fixture.PostAsync($"{{ spaceStations(where: {{ {where} }}) {{ nodes {{ ll2Id }} }} }}");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(expected.Order(), answer.Data!["spaceStations"]!["nodes"]!.AsArray()
            .Select(n => (int)n!["ll2Id"]!).Order());
        Assert.Single(fixture.Requests.Entries);
    }

    [Fact]
    public async Task AStationsOwnersCountryIsEvaluatedOverTheTable()
    {
        var stations = await fixture.RestAsync("space_stations/?mode=detailed&limit=100");
        fixture.Reset();

        var answer = await fixture.PostAsync("{ spaceStations(where: { owners: { some: { country: { some: " +
            "{ alpha2Code: { in: [\"US\", \"JP\"] } } } } } }) { nodes { ll2Id } } }");

        var expected = stations.Where(s => s["owners"]!.AsArray().Any(o => o!["country"]!.AsArray()
            .Any(c => (string?)c!["alpha_2_code"] is "US" or "JP"))).Select(s => (int)s["id"]!).Order().ToList();
        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(expected, answer.Data!["spaceStations"]!["nodes"]!.AsArray().Select(n => (int)n!["ll2Id"]!)
            .Order());
        Assert.True(expected.Count is > 1 and < 15, string.Join(",", expected));
        Assert.Equal(StationTable, Assert.Single(fixture.Requests.Entries).PathAndQuery);
    }

    [Fact]
    public async Task DockingLocationsNestedInADockingEventsStationJoinTheTable()
    {
        var stations = (await fixture.RestAsync("space_stations/?mode=detailed&limit=100"))
            .ToDictionary(s => (int)s["id"]!);
        var events = await fixture.RestAsync("docking_events/?mode=detailed&limit=100&ordering=docking,departure");
        fixture.Reset();

        var answer = await fixture.PostAsync("{ dockingEvents(first: 100, where: { spaceStationTarget: " +
            "{ dockingLocations: { some: { name: { startsWith: \"Tianhe\" } } } } }) { totalCount } }");

        var expected = events.Count(e => e["space_station_target"] is JsonObject target
            && stations[(int)target["id"]!]["docking_location"]!.AsArray()
                .Any(p => ((string)p!["name"]!).StartsWith("Tianhe", StringComparison.Ordinal)));
        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(expected, (int)answer.Data!["dockingEvents"]!["totalCount"]!);
        Assert.True(expected > 0);
        // The events in three blocks (the mirror is off here), the station table once.
        Assert.Equal(3, fixture.Requests.Entries.Count(e => e.Path == "/2.3.0/docking_events/"));
        Assert.Equal(1, fixture.Requests.Entries.Count(e => e.Path == "/2.3.0/space_stations/"));
    }

    [Theory]
    [InlineData("some", "{ alpha2Code: { eq: \"US\" } }")]
    [InlineData("all", "{ nationalityName: { startsWith: \"Am\" } }")]
    [InlineData("none", "{ id: { in: [1, 2] } }")]
    [InlineData("any", "false")]
    public async Task AnAstronautsNationalityIsEvaluatedOverTheFetchedRows(string operation, string operand)
    {
        // The snapshot holds no astronaut recording (PROVENANCE): LL2's answer is empty, and so is the brute force.
        var rows = await fixture.RestAsync("astronauts/?limit=100&ordering=id");
        fixture.Reset();

        var answer = await fixture.PostAsync($"{{ astronauts(where: {{ nationality: {{ {operation}: {operand} }}, " +
            $"socialMediaLinks: {{ any: false }} }}) {{ totalCount nodes {{ id }} }} }}");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(rows.Count, (int)answer.Data!["astronauts"]!["totalCount"]!);
        Assert.Equal("/2.3.0/astronauts/?limit=100&mode=normal&offset=0&ordering=id",
            Assert.Single(fixture.Requests.Entries).PathAndQuery);
    }

    [Theory]
    // A launch's LaunchDetailed-only lists on a docking event's target, which embeds its launch as LaunchMini (the
    // launch lists read their blocks detailed, an embedded LaunchNormal is read by id: LaunchDetailedRowsTests).
    [InlineData("dockingEvents", "flightVehicleTarget: { launch: { updates: { any: true } } }", "updates")]
    [InlineData("dockingEvents", "flightVehicleTarget: { launch: { timeline: { any: true } } }", "timeline")]
    public async Task ALaunchDetailedListIsRefusedWithTheReasonBeforeAnyCall(string list, string where, string field)
    {
        fixture.Reset();

        var answer = await fixture.PostAsync($"{{ {list}(where: {{ {where} }}) {{ totalCount }} }}");

        Assert.Equal("FILTER_NOT_SUPPORTED", answer.FirstCode);
        Assert.Contains($"{field} cannot be evaluated here: a docking event embeds its target flight's launch as " +
            "LL2's LaunchMini", (string)answer.Errors[0]!["message"]!);
        Assert.Equal(0, fixture.Requests.Count);
    }

    [Theory]
    [InlineData("spaceStations", "dockingLocations: { some: { spacecraft: { name: { eq: \"Soyuz\" } } } }",
        "spacecraft cannot be evaluated here: LL2's station table embeds a station's docking locations as " +
        "DockingLocationSerializerForSpacestation (id, name, currently_docked")]
    [InlineData("spaceStations", "owners: { some: { socialMediaLinks: { any: true } } }",
        "socialMediaLinks cannot be evaluated here: LL2's station table embeds a station's owners as AgencyNormal")]
    [InlineData("launches", "launchServiceProvider: { country: { some: { alpha2Code: { eq: \"US\" } } } }",
        "country cannot be evaluated here: launches' rows embed the launch service provider as LL2's AgencyMini")]
    [InlineData("expeditions", "spaceStation: { dockingLocations: { any: true } }",
        "dockingLocations cannot be evaluated here: an expedition embeds its station as SpaceStationNormal")]
    public async Task AListTheRowsDoNotCarryIsRefusedWithTheReasonBeforeAnyCall(string list, string where,
        string message) =>
        await fixture.AssertFilterRefusedBeforeAnyCallAsync(list, where, message);

    private static bool Some(JsonNode? list, Func<JsonObject, bool> item) =>
        list is JsonArray items && items.OfType<JsonObject>().Any(item);

    public static TheoryData<string, string, string> CarriedLists => new()
    {
        // A launch row's programs (ProgramNormal) and its rocket configuration's families (LauncherConfigFamilyMini).
        { "launches", "program: { some: { name: { startsWith: \"Commercial\" } } }", "program" },
        { "launches", "rocket: { configuration: { families: { some: { name: { eq: \"Falcon 9\" } } } } }",
            "families" },
        // A pad's agencies (AgencyNormal).
        { "launches", "pad: { agencies: { some: { abbrev: { eq: \"SpX\" } } } }", "agencies" },
        // An expedition row's lists (ExpeditionNormal): null in every recorded expedition, so only any: false holds.
        { "expeditions", "or: [{ spacewalks: { none: { name: { eq: \"x\" } } } }, { missionPatches: { any: false } }]",
            "expedition" },
        // A spacecraft configuration's families (SpacecraftConfigFamilyNormal).
        { "spacecrafts", "spacecraftConfig: { family: { some: { manufacturer: { abbrev: { eq: \"SpX\" } } } } }",
            "family" },
    };

    [Theory]
    [MemberData(nameof(CarriedLists))]
    public async Task AListTheFetchedRowsCarryIsEvaluatedOverThemInTheirBlocks(string list, string where,
        string kind)
    {
        var (path, ll2) = list switch
        {
            "launches" => ("launches/?limit=100&ordering=net,id", "/2.3.0/launches/"),
            "expeditions" => ("expeditions/?limit=100&ordering=start,id", "/2.3.0/expeditions/"),
            _ => ("spacecraft/?limit=100&ordering=id", "/2.3.0/spacecraft/"),
        };
        var rows = await fixture.RestAsync(path);
        Func<JsonObject, bool> holds = kind switch
        {
            "program" => l => Some(l["program"], p => ((string?)p["name"])?.StartsWith("Commercial",
                StringComparison.Ordinal) == true),
            "families" => l => Some(l["rocket"]?["configuration"]?["families"], f => (string?)f["name"] == "Falcon 9"),
            "agencies" => l => Some(l["pad"]?["agencies"], a => (string?)a["abbrev"] == "SpX"),
            "expedition" => e => (e["spacewalks"] is JsonArray walks && !walks.Any(w => (string?)w!["name"] == "x"))
                || e["mission_patches"] is not JsonArray { Count: > 0 },
            _ => c => Some(c["spacecraft_config"]?["family"], f => (string?)f["manufacturer"]?["abbrev"] == "SpX"),
        };
        var expected = rows.Count(holds);
        fixture.Reset();

        var answer = await fixture.PostAsync($"{{ {list}(where: {{ {where} }}) {{ totalCount }} }}");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(expected, (int)answer.Data![list]!["totalCount"]!);
        Assert.True(expected > 0, kind);
        // Every row in aligned blocks of 100: the whole list, no other call.
        Assert.Equal((rows.Count + 99) / 100, fixture.Requests.Entries.Count(e => e.Path == ll2));
        Assert.Equal((rows.Count + 99) / 100, fixture.Requests.Count);
    }

    [Fact]
    public async Task AStationsActiveExpeditionsAreEvaluatedOverTheTable()
    {
        var stations = await fixture.RestAsync("space_stations/?mode=detailed&limit=100");
        fixture.Reset();

        var answer = await fixture.PostAsync("{ spaceStations(where: { activeExpeditions: { some: { name: " +
            "{ startsWith: \"Expedition\" }, spaceStation: { id: { eq: 4 } } } }, activeDockingEvents: " +
            "{ any: false } }) { nodes { ll2Id } } }");

        var expected = stations.Where(s => (int)s["id"]! == 4 && Some(s["active_expeditions"],
                e => ((string)e["name"]!).StartsWith("Expedition", StringComparison.Ordinal))
                && s["active_docking_events"] is JsonArray { Count: 0 })
            .Select(s => (int)s["id"]!).ToList();
        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(expected, answer.Data!["spaceStations"]!["nodes"]!.AsArray().Select(n => (int)n!["ll2Id"]!));
        Assert.Equal([4], expected);
        Assert.Equal(StationTable, Assert.Single(fixture.Requests.Entries).PathAndQuery);
    }

    [Theory]
    [InlineData("spaceStations", "expeditions: { any: true }",
        "expeditions cannot be evaluated here: a station's expeditions are not in LL2's station table")]
    [InlineData("spaceStations", "activeExpeditions: { some: { crew: { some: { role: { eq: \"x\" } } } } }",
        "crew cannot be evaluated here: LL2's station table embeds a station's active expeditions as ExpeditionMini")]
    [InlineData("spaceStations", "activeDockingEvents: { some: { flightVehicleChaser: { id: { eq: 1 } } } }",
        "flightVehicleChaser cannot be evaluated here: LL2's station table embeds a station's active docking " +
        "events as DockingEventForChaserNormal")]
    [InlineData("spacecrafts", "flights: { any: true }",
        "flights cannot be evaluated here: LL2's SpacecraftNormal (the spacecraft/ rows, and a flight's spacecraft) " +
        "carries no flights")]
    [InlineData("launches", "rocket: { spacecraftStage: { any: true } }",
        "spacecraftStage cannot be evaluated here: launches' rows embed the rocket as LL2's RocketNormal")]
    [InlineData("launches", "rocket: { configuration: { program: { any: true } } }",
        "program cannot be evaluated here: launches' rows embed the rocket configuration as LL2's LauncherConfigList")]
    [InlineData("spacecrafts", "spacecraftConfig: { family: { some: { totalLaunchCount: { gt: 1 } } } }",
        "totalLaunchCount cannot be evaluated here: LL2's SpacecraftConfigNormal embeds its families as " +
        "SpacecraftConfigFamilyNormal")]
    [InlineData("spacecrafts", "spacecraftConfig: { family: { some: { parent: { description: { eq: \"x\" } } } } }",
        "description cannot be evaluated here: LL2's SpacecraftConfigFamilyNormal embeds its parent family as " +
        "SpacecraftConfigFamilyMini (id, name)")]
    [InlineData("launches", "program: { some: { agencies: { some: { foundingYear: { gt: 1 } } } } }",
        "foundingYear cannot be evaluated here: LL2's ProgramNormal embeds its agencies as AgencyMini")]
    public async Task AnotherListTheRowsDoNotCarryIsRefusedWithTheReasonBeforeAnyCall(string list, string where,
        string message) =>
        await fixture.AssertFilterRefusedBeforeAnyCallAsync(list, where, message);
}
