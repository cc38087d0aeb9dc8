using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// A station port's <c>currentlyDocked</c> filter (issue 12: refused only where neither the mirror nor a fetch within
/// budget can answer): evaluated over LL2's station table, whose ports embed it as
/// DockingEventDetailedSerializerForSpacestation, against this file's brute force over the snapshot's REST station
/// table with the exact LL2 calls; the fields that form lacks refused with the reason before any call; a docking
/// event's own dockingLocation (LL2's DockingLocation, no currently_docked) still refused.
/// </summary>
public sealed class CurrentlyDockedFilterTests(GatewayFixture fixture, ITestOutputHelper output)
    : IClassFixture<GatewayFixture>
{
    private const string StationTable = "/2.3.0/space_stations/?limit=100&mode=detailed&offset=0";

    // A where over the docked event, and the brute force's reading of it over the REST event, its port and station
    // (the form carries neither: they are the port and the station row).
    private sealed record Test(string Where, Func<JsonObject, JsonObject, JsonObject, bool> Holds);

    private static string Json(string? text) => text is null ? "null" : JsonSerializer.Serialize(text);

    private static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];

    // HC: a nested object's filter holds only where the object is there.
    private static Func<JsonObject, bool> In(string field, Func<JsonObject, bool> inner) =>
        row => row[field] is JsonObject child && inner(child);

    private static DateTimeOffset At(JsonNode? value) =>
        DateTimeOffset.Parse((string)value!, CultureInfo.InvariantCulture);

    private static List<JsonObject> Docked(IEnumerable<JsonObject> stations) => stations
        .SelectMany(s => s["docking_location"] is JsonArray ports ? ports.OfType<JsonObject>() : [])
        .Select(p => p["currently_docked"]).OfType<JsonObject>().ToList();

    // One predicate over a docked event, its values drawn from the recorded docked events, ports and stations.
    private static Test EventTest(List<JsonObject> stations, Random random)
    {
        var docked = Docked(stations);
        var e = Pick(docked, random);
        var flight = (JsonObject)e["flight_vehicle_chaser"]!;
        var config = (JsonObject)flight["spacecraft"]!["spacecraft_config"]!;
        switch (random.Next(18))
        {
            case 0:
                var id = (int)e["id"]!;
                return new($"{{ id: {{ eq: {id} }} }}", (x, _, _) => (int)x["id"]! == id);
            case 1:
                var ids = Enumerable.Range(0, random.Next(1, 4)).Select(_ => (int)Pick(docked, random)["id"]!)
                    .ToList();
                return new($"{{ id: {{ nin: [{string.Join(", ", ids)}] }} }}",
                    (x, _, _) => !ids.Contains((int)x["id"]!));
            case 2:
                var at = (string)e["docking"]!;
                var op = new[] { "gt", "gte", "lt", "lte", "ngt" }[random.Next(5)];
                return new($"{{ docking: {{ {op}: {Json(at)} }} }}", (x, _, _) => Compare(op, At(x["docking"]),
                    At(at)));
            case 3:
                var isNull = random.Next(2) == 0;
                return new($"{{ departure: {{ {(isNull ? "eq" : "neq")}: null }} }}",
                    (x, _, _) => (x["departure"] is null) == isNull);
            case 4:
                var word = ((string)flight["spacecraft"]!["name"]!).Split(' ')[0];
                return new($"{{ flightVehicleChaser: {{ spacecraft: {{ name: {{ startsWith: {Json(word)} }} }} }} }}",
                    (x, _, _) => In("flight_vehicle_chaser", In("spacecraft",
                        s => ((string?)s["name"])?.StartsWith(word, StringComparison.Ordinal) == true))(x));
            case 5:
                var configName = (string?)config["name"];
                return new($"{{ flightVehicleChaser: {{ spacecraft: {{ spacecraftConfig: {{ name: {{ neq: " +
                    $"{Json(configName)} }} }} }} }} }}",
                    (x, _, _) => InConfig(x, c => (string?)c["name"] != configName));
            case 6:
                var net = (string)flight["launch"]!["net"]!;
                return new($"{{ flightVehicleChaser: {{ launch: {{ net: {{ lt: {Json(net)} }} }} }} }}",
                    (x, _, _) => In("flight_vehicle_chaser", In("launch", l => At(l["net"]) < At(net)))(x));
            case 7:
                var flightId = (int)flight["id"]!;
                return new($"{{ flightVehicleChaser: {{ id: {{ neq: {flightId} }}, url: {{ contains: \"/\" }} }} }}",
                    (x, _, _) => In("flight_vehicle_chaser", f => (int)f["id"]! != flightId
                        && ((string?)f["url"])?.Contains('/', StringComparison.Ordinal) == true)(x));
            case 8:
                // No recorded docked event has a chaser station or payload flight: these hold for none.
                return random.Next(2) == 0
                    ? new("{ spaceStationChaser: { orbit: { neq: \"x\" } } }",
                        (x, _, _) => In("space_station_chaser", s => (string?)s["orbit"] != "x")(x))
                    : new("{ payloadFlightChaser: { launch: { name: { neq: \"x\" } } } }",
                        (x, _, _) => In("payload_flight_chaser", In("launch", l => (string?)l["name"] != "x"))(x));
            case 9:
                var station = Pick(stations, random);
                var name = (string)station["name"]!;
                return new($"{{ spaceStationTarget: {{ name: {{ eq: {Json(name)} }} }} }}",
                    (_, _, s) => (string?)s["name"] == name);
            case 10:
                var ports = stations.SelectMany(s => s["docking_location"]!.AsArray().OfType<JsonObject>()).ToList();
                var portWord = ((string)Pick(ports, random)["name"]!).Split(' ')[0];
                return new($"{{ dockingLocation: {{ name: {{ startsWith: {Json(portWord)} }} }} }}",
                    (_, p, _) => ((string?)p["name"])?.StartsWith(portWord, StringComparison.Ordinal) == true);
            case 11:
                // The docked event's location is the port: its own currently_docked is this event again.
                var again = (int)e["id"]!;
                return new($"{{ dockingLocation: {{ currentlyDocked: {{ id: {{ neq: {again} }} }} }} }}",
                    (x, _, _) => (int)x["id"]! != again);
            // The chaser's configuration is SpacecraftConfigDetailed here: its detailed fields are evaluated.
            case 12:
                var crew = (int?)config["crew_capacity"] ?? 2;
                return new($"{{ flightVehicleChaser: {{ spacecraft: {{ spacecraftConfig: {{ crewCapacity: " +
                    $"{{ gte: {crew} }}, humanRated: {{ eq: true }} }} }} }} }}", (x, _, _) => InConfig(x,
                    c => (int?)c["crew_capacity"] >= crew && (bool?)c["human_rated"] == true));
            case 13:
                var maiden = (string?)config["maiden_flight"] ?? "2016-01-01";
                return new($"{{ flightVehicleChaser: {{ spacecraft: {{ spacecraftConfig: {{ maidenFlight: " +
                    $"{{ lt: {Json(maiden)} }} }} }} }} }}", (x, _, _) => InConfig(x,
                    c => (string?)c["maiden_flight"] is { } m && string.CompareOrdinal(m, maiden) < 0));
            case 14:
                var payload = (double?)config["payload_capacity"] ?? 3000;
                var flown = (int)config["spacecraft_flown"]!;
                return new($"{{ flightVehicleChaser: {{ spacecraft: {{ spacecraftConfig: {{ or: [{{ " +
                    $"payloadCapacity: {{ ngt: {payload.ToString(CultureInfo.InvariantCulture)} }} }}, " +
                    $"{{ spacecraftFlown: {{ gt: {flown} }} }}] }} }} }} }}", (x, _, _) => InConfig(x,
                    c => !((double?)c["payload_capacity"] > payload) || (int?)c["spacecraft_flown"] > flown));
            case 15:
                var year = (int?)config["agency"]!["founding_year"] ?? 1990;
                return new($"{{ flightVehicleChaser: {{ spacecraft: {{ spacecraftConfig: {{ agency: " +
                    $"{{ foundingYear: {{ lt: {year} }} }} }} }} }} }}", (x, _, _) => InConfig(x,
                    c => c["agency"] is JsonObject a && (int?)a["founding_year"] < year));
            case 16:
                return new("{ flightVehicleChaser: { spacecraft: { spacecraftConfig: { family: { some: " +
                    "{ totalLaunchCount: { gt: 20 }, manufacturer: { country: { some: { alpha2Code: " +
                    "{ eq: \"US\" } } } } } } } } } }", (x, _, _) => InConfig(x, c => c["family"] is JsonArray f
                    && f.OfType<JsonObject>().Any(m => (int?)m["total_launch_count"] > 20
                        && m["manufacturer"]?["country"] is JsonArray countries
                        && countries.OfType<JsonObject>().Any(k => (string?)k["alpha_2_code"] == "US"))));
            default:
                var a = EventTest(stations, random);
                var b = EventTest(stations, random);
                return random.Next(2) == 0
                    ? new($"{{ or: [{a.Where}, {b.Where}] }}", (x, p, s) => a.Holds(x, p, s) || b.Holds(x, p, s))
                    : new($"{{ and: [{a.Where}, {b.Where}] }}", (x, p, s) => a.Holds(x, p, s) && b.Holds(x, p, s));
        }
    }

    private static bool InConfig(JsonObject docked, Func<JsonObject, bool> config) =>
        In("flight_vehicle_chaser", In("spacecraft", In("spacecraft_config", config)))(docked);

    private static bool Compare(string op, DateTimeOffset value, DateTimeOffset bound) => op switch
    {
        "gt" => value > bound,
        "gte" => value >= bound,
        "lt" => value < bound,
        "lte" => value <= bound,
        _ => !(value > bound),
    };

    // A port holds for { currentlyDocked: test } only where something is docked (HC's null check on a navigation).
    private static bool PortHolds(JsonObject port, JsonObject station, Test test) =>
        port["currently_docked"] is JsonObject docked && test.Holds(docked, port, station);

    private static bool ListHolds(string operation, JsonObject station, Func<JsonObject, bool> port) =>
        station["docking_location"] is JsonArray ports && operation switch
        {
            "some" => ports.OfType<JsonObject>().Any(port),
            "all" => ports.OfType<JsonObject>().All(port),
            _ => !ports.OfType<JsonObject>().Any(port),
        };

    [Fact]
    public async Task RandomCurrentlyDockedWheresOnStationsEqualABruteForceOverTheOneTableCall()
    {
        var stations = await fixture.RestAsync("space_stations/?mode=detailed&limit=100");
        Assert.Equal(8, Docked(stations).Count);
        var random = new Random(20261205);
        var (tests, selective, empty) = (60, 0, 0);
        for (var i = 0; i < tests; i++)
        {
            var operation = new[] { "some", "some", "none", "all" }[random.Next(4)];
            var test = EventTest(stations, random);
            var withName = random.Next(4) == 0;
            var item = withName ? $"{{ name: {{ ncontains: \"forward\" }}, currentlyDocked: {test.Where} }}"
                : $"{{ currentlyDocked: {test.Where} }}";
            fixture.Reset();

            var answer = await fixture.PostAsync($"{{ spaceStations(first: 100, where: {{ dockingLocations: " +
                $"{{ {operation}: {item} }} }}) {{ totalCount nodes {{ ll2Id }} }} }}");

            var expected = stations.Where(s => ListHolds(operation, s, p => PortHolds(p, s, test)
                    && !(withName && ((string?)p["name"])?.Contains("forward", StringComparison.Ordinal) == true)))
                .Select(s => (int)s["id"]!).Order().ToList();
            Assert.True(answer.Errors.Count == 0, item + " " + answer);
            Assert.True(expected.SequenceEqual(answer.Data!["spaceStations"]!["nodes"]!.AsArray()
                .Select(n => (int)n!["ll2Id"]!).Order()), $"{operation}: {item} {answer}");
            Assert.Equal(expected.Count, (int)answer.Data!["spaceStations"]!["totalCount"]!);
            Assert.Equal(StationTable, Assert.Single(fixture.Requests.Entries).PathAndQuery);
            selective += expected.Count is > 0 and < 15 ? 1 : 0;
            empty += expected.Count == 0 ? 1 : 0;
        }

        output.WriteLine($"{tests} currentlyDocked wheres over {stations.Count} stations: {selective} select some " +
            $"but not all, {empty} none");
        Assert.True(selective >= tests / 2, selective.ToString(CultureInfo.InvariantCulture));
    }

    // The ports whose docked event holds, per station, as the brute force reads them: a port-level count.
    [Fact]
    public async Task RandomCurrentlyDockedWheresSelectTheDockedPortsTheTableHolds()
    {
        var stations = await fixture.RestAsync("space_stations/?mode=detailed&limit=100");
        var random = new Random(20261206);
        var (tests, selective) = (20, 0);
        for (var i = 0; i < tests; i++)
        {
            var test = EventTest(stations, random);
            fixture.Reset();

            var answer = await fixture.PostAsync("{ spaceStations(first: 100, where: { dockingLocations: { some: " +
                $"{{ currentlyDocked: {test.Where} }} }} }}) {{ nodes {{ ll2Id dockingLocations {{ ll2Id " +
                "currentlyDocked { ll2Id } } } } }");

            var expected = stations.SelectMany(s => s["docking_location"]!.AsArray().OfType<JsonObject>()
                    .Where(p => PortHolds(p, s, test)).Select(p => (int)p["currently_docked"]!["id"]!))
                .Order().ToList();
            Assert.True(answer.Errors.Count == 0, test.Where + " " + answer);
            // What each selected station shows docked, filtered by the same brute force: the ports that hold.
            var shown = answer.Data!["spaceStations"]!["nodes"]!.AsArray().Select(n => n!["dockingLocations"]!
                .AsArray().Select(p => p!["currentlyDocked"]?["ll2Id"]).OfType<JsonNode>().Select(id => (int)id)
                .ToList()).ToList();
            Assert.All(expected, id => Assert.Contains(shown, docked => docked.Contains(id)));
            Assert.All(shown, docked => Assert.Contains(docked, expected.Contains));
            Assert.Equal(StationTable, Assert.Single(fixture.Requests.Entries).PathAndQuery);
            selective += expected.Count is > 0 and < 8 ? 1 : 0;
        }

        output.WriteLine($"{tests} port-level currentlyDocked wheres: {selective} select some but not all of 8");
        Assert.True(selective >= tests / 2, selective.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task ADockingEventsTargetStationJoinsTheTableForItsPortsCurrentlyDocked()
    {
        var stations = (await fixture.RestAsync("space_stations/?mode=detailed&limit=100"))
            .ToDictionary(s => (int)s["id"]!);
        var events = await fixture.RestAsync("docking_events/?mode=detailed&limit=100&ordering=docking,departure");
        var random = new Random(20261207);
        var (tests, selective) = (12, 0);
        for (var i = 0; i < tests; i++)
        {
            var test = EventTest([.. stations.Values], random);
            fixture.Reset();

            var answer = await fixture.PostAsync("{ dockingEvents(first: 100, where: { spaceStationTarget: " +
                $"{{ dockingLocations: {{ some: {{ currentlyDocked: {test.Where} }} }} }} }}) {{ totalCount }} }}");

            var expected = events.Count(e => e["space_station_target"] is JsonObject target
                && stations[(int)target["id"]!] is var station
                && station["docking_location"]!.AsArray().OfType<JsonObject>().Any(p => PortHolds(p, station, test)));
            Assert.True(answer.Errors.Count == 0, test.Where + " " + answer);
            Assert.Equal(expected, (int)answer.Data!["dockingEvents"]!["totalCount"]!);
            // The events in blocks of 100 (the mirror is off here), the station table once.
            Assert.Equal((events.Count + 99) / 100,
                fixture.Requests.Entries.Count(e => e.Path == "/2.3.0/docking_events/"));
            Assert.Equal(StationTable,
                Assert.Single(fixture.Requests.Entries, e => e.Path == "/2.3.0/space_stations/").PathAndQuery);
            Assert.Equal((events.Count + 99) / 100 + 1, fixture.Requests.Count);
            selective += expected > 0 && expected < events.Count ? 1 : 0;
        }

        output.WriteLine($"{tests} joined currentlyDocked wheres over {events.Count} events: {selective} selective");
        Assert.True(selective >= tests / 2, selective.ToString(CultureInfo.InvariantCulture));
    }

    // From the mirror (complete), a docking event's station joins the table in one call: the event's target, and
    // the station of its docking location.
    [Fact]
    public async Task FromTheMirrorAPortsCurrentlyDockedCostsTheOneStationTableCall()
    {
        await using var set = await Mirror.MirrorGateways.StartAsync(false,
            [.. GatewayHost.NoCrossRequestCache, .. GatewayHost.MirrorOn]);
        await set.PostAsync(0, "{ dockingEvents(first: 1) { totalCount } }");
        await set.WaitUntilAnsweringAsync(0);
        await set.CallsSettledAsync(3);
        var stations = (await fixture.RestAsync("space_stations/?mode=detailed&limit=100"))
            .ToDictionary(s => (int)s["id"]!);
        var events = await fixture.RestAsync("docking_events/?mode=detailed&limit=100&ordering=docking,departure");
        var random = new Random(20261208);
        var selective = 0;
        for (var i = 0; i < 10; i++)
        {
            var test = EventTest([.. stations.Values], random);
            var target = i % 2 == 0;
            var (field, close) = target ? ("spaceStationTarget", "") : ("dockingLocation: { spaceStation", " }");
            JsonNode? Station(JsonObject e) =>
                target ? e["space_station_target"] : e["docking_location"]?["spacestation"];
            set.Reset();

            var answer = await set.PostAsync(0, $"{{ dockingEvents(first: 1, where: {{ {field}: " +
                $"{{ dockingLocations: {{ some: {{ currentlyDocked: {test.Where} }} }} }}{close} }}) " +
                "{ totalCount } }");

            var expected = events.Count(e => Station(e) is JsonObject embedded
                && stations.TryGetValue((int)embedded["id"]!, out var station)
                && station["docking_location"]!.AsArray().OfType<JsonObject>().Any(p => PortHolds(p, station, test)));
            Assert.True(answer.Errors.Count == 0, test.Where + " " + answer);
            Assert.Equal(expected, (int)answer.Data!["dockingEvents"]!["totalCount"]!);
            Assert.Equal(StationTable, Assert.Single(set.Requests.Entries).PathAndQuery);
            selective += expected > 0 && expected < events.Count ? 1 : 0;
        }

        output.WriteLine(
            $"10 currentlyDocked wheres from the mirror over {events.Count} events: {selective} selective");
        Assert.True(selective >= 5, selective.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("{ dockingLocations: { some: { currentlyDocked: { docking: { gt: \"2026-04-01T00:00:00Z\" } } } " +
        "} }", 4, 18)]
    [InlineData("{ dockingLocations: { some: { currentlyDocked: { flightVehicleChaser: { spacecraft: { name: " +
        "{ startsWith: \"Shenzhou\" } } } } } } }", 18)]
    [InlineData("{ dockingLocations: { some: { currentlyDocked: { flightVehicleChaser: { launch: { name: " +
        "{ contains: \"Crew-12\" } } } } } } }", 4)]
    [InlineData("{ dockingLocations: { some: { currentlyDocked: { departure: { eq: null } } } } }", 4, 18)]
    [InlineData("{ dockingLocations: { none: { currentlyDocked: { id: { in: [\"634\", \"639\"] } } } } }", 5, 6, 7,
        8, 9, 10, 11, 12, 13, 14, 15, 16, 17)]
    // HC's null check: an event condition holds only at a port where something is docked (ids are never null, so
    // neq null holds for every docked event), and all holds for the empty port lists (10, 16, 17).
    [InlineData("{ dockingLocations: { some: { currentlyDocked: { id: { neq: null } } } } }", 4, 18)]
    [InlineData("{ dockingLocations: { all: { currentlyDocked: { id: { neq: null } } } } }", 10, 16, 17)]
    // A null field is no condition (as for every filter field here): every station has a port list.
    [InlineData("{ dockingLocations: { all: { currentlyDocked: null } } }", 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
        15, 16, 17, 18)]
    public async Task KnownDockedEventsAnswerAsTheRecordingSays(string where, params int[] expected)
    {
        fixture.Reset();

        var answer = await fixture.PostAsync(
            $"{{ spaceStations(first: 100, where: {where}) {{ nodes {{ ll2Id }} }} }}");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(expected.Order(), answer.Data!["spaceStations"]!["nodes"]!.AsArray()
            .Select(n => (int)n!["ll2Id"]!).Order());
        Assert.Equal(StationTable, Assert.Single(fixture.Requests.Entries).PathAndQuery);
    }

    private const string Form = "LL2's station table embeds a port's currently_docked as " +
        "DockingEventDetailedSerializerForSpacestation";

    private const string ChaserFlight = "LL2's DockingEventDetailedSerializerForSpacestation embeds the chaser " +
        "flight as SpacecraftFlightForDockingEvent (id, url, spacecraft, launch)";

    [Theory]
    [InlineData("spaceStations", "dockingLocations: { some: { currentlyDocked: { flightVehicleTarget: { id: " +
        "{ eq: 1 } } } } }", "flightVehicleTarget cannot be evaluated here: " + Form)]
    [InlineData("spaceStations", "dockingLocations: { all: { currentlyDocked: { payloadFlightTarget: { amount: " +
        "{ gt: 1 } } } } }", "payloadFlightTarget cannot be evaluated here: " + Form)]
    [InlineData("spaceStations", "dockingLocations: { some: { currentlyDocked: { flightVehicleChaser: " +
        "{ destination: { eq: \"ISS\" } } } } }", "destination cannot be evaluated here: " + ChaserFlight)]
    [InlineData("spaceStations", "dockingLocations: { some: { currentlyDocked: { flightVehicleChaser: " +
        "{ missionEnd: { eq: null } } } } }", "missionEnd cannot be evaluated here: " + ChaserFlight)]
    [InlineData("spaceStations", "dockingLocations: { none: { currentlyDocked: { flightVehicleChaser: " +
        "{ landing: { success: { eq: true } } } } } }", "landing cannot be evaluated here: " + ChaserFlight)]
    [InlineData("spaceStations", "dockingLocations: { some: { currentlyDocked: { flightVehicleChaser: " +
        "{ duration: { gt: \"P1D\" } } } } }", "duration cannot be evaluated here: " + ChaserFlight)]
    [InlineData("spaceStations", "dockingLocations: { some: { currentlyDocked: { flightVehicleChaser: " +
        "{ crew: { launchCrew: { some: { role: { eq: \"x\" } } } } } } } }",
        "crew cannot be evaluated here: " + ChaserFlight)]
    [InlineData("spaceStations", "dockingLocations: { some: { currentlyDocked: { spaceStationChaser: " +
        "{ mass: { gt: 1 } } } } }", "mass cannot be evaluated here: LL2's " +
        "DockingEventDetailedSerializerForSpacestation embeds the chaser station as SpaceStationNormal")]
    [InlineData("spaceStations", "dockingLocations: { some: { currentlyDocked: { or: [{ id: { eq: 1 } }, " +
        "{ flightVehicleTarget: { url: { eq: \"x\" } } }] } } }", "flightVehicleTarget cannot be evaluated here")]
    [InlineData("spaceStations", "dockingLocations: { some: { currentlyDocked: { dockingLocation: { spacecraft: " +
        "{ id: { eq: 1 } } } } } }", "spacecraft cannot be evaluated here: LL2's station table embeds a " +
        "station's docking locations as DockingLocationSerializerForSpacestation")]
    [InlineData("dockingEvents", "spaceStationTarget: { dockingLocations: { some: { currentlyDocked: " +
        "{ flightVehicleTarget: { id: { eq: 1 } } } } } }", "flightVehicleTarget cannot be evaluated here: " + Form)]
    [InlineData("dockingEvents", "dockingLocation: { currentlyDocked: { id: { eq: 634 } } }",
        "currentlyDocked cannot be evaluated here: a docking event embeds its docking location as LL2's " +
        "DockingLocation (id, name, spacestation, spacecraft, payload), which has no currently_docked")]
    [InlineData("spaceStations", "activeDockingEvents: { some: { dockingLocation: { currentlyDocked: " +
        "{ id: { eq: 634 } } } } }", "currentlyDocked cannot be evaluated here: a docking event embeds its " +
        "docking location as LL2's DockingLocation")]
    public async Task AFieldTheFormLacksIsRefusedWithTheReasonBeforeAnyCall(string list, string where,
        string message) =>
        await fixture.AssertFilterRefusedBeforeAnyCallAsync(list, where, message);

    // Each of SpacecraftConfigDetailed's fields beyond SpacecraftConfigNormal (joined from LL2's configuration table
    // where a configuration is SpacecraftConfigNormal) is read here from the docked chaser's configuration itself.
    [Fact]
    public async Task TheChasersDetailedConfigurationFieldsAreEvaluated()
    {
        var stations = await fixture.RestAsync("space_stations/?mode=detailed&limit=100");
        var names = Flights.SpacecraftConfigDetailedFields.Fields.Select(f => f.Name).ToList();
        var selective = 0;
        foreach (var name in names)
        {
            var key = string.Concat(name.Select(c => char.IsUpper(c) ? $"_{char.ToLowerInvariant(c)}" : $"{c}"));
            fixture.Reset();

            var answer = await fixture.PostAsync("{ spaceStations(first: 100, where: { dockingLocations: { some: " +
                "{ currentlyDocked: { flightVehicleChaser: { spacecraft: { spacecraftConfig: " +
                $"{{ {name}: {{ neq: null }} }} }} }} }} }} }} }}) {{ totalCount }} }}");

            var docked = stations.Count(s => s["docking_location"]!.AsArray().OfType<JsonObject>().Any(p =>
                p["currently_docked"] is JsonObject e && InConfig(e, c => c[key] is not null)));
            Assert.True(answer.Errors.Count == 0, name + " " + answer);
            Assert.True(docked == (int)answer.Data!["spaceStations"]!["totalCount"]!, name + " " + answer);
            Assert.Equal(StationTable, Assert.Single(fixture.Requests.Entries).PathAndQuery);
            selective += docked > 0 ? 1 : 0;
        }

        output.WriteLine($"{names.Count} SpacecraftConfigDetailed fields: {selective} hold for a docked chaser");
        Assert.True(selective > names.Count / 2, selective.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TheFormDeclaresEveryDockingEventFilterField()
    {
        var ports = new Data.Local.LocalWhere<DockingGraph.LaunchLibrary.Dtos.DockingLocationDto>("port");
        var station = Stations.SpaceStationFilter.Whole;
        var form = Stations.CurrentlyDockedFilter.Where(ports, station);

        Assert.Equal(DockingEvents.Mirror.LocalWhere.FieldNames.Order(StringComparer.Ordinal),
            form.FieldNames.Order(StringComparer.Ordinal));
    }
}
