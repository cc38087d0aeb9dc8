using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// The non-list object fields Hot Chocolate would generate in each filter input (issue 12 point 3): images
/// (<c>ImageFilterInput</c>), a launch's <c>mission</c> (<c>MissionFilterInput</c>, <c>OrbitFilterInput</c>), a pad's
/// and a pad location's <c>country</c>, a docking location's <c>payload</c>, a payload flight's <c>payload</c> and
/// <c>launch</c>. Evaluated where the rows carry them, against this file's brute force over the snapshot's REST rows
/// with the exact LL2 calls; refused with the reason and no call where they do not.
/// </summary>
public sealed class ObjectFilterFieldTests(GatewayFixture fixture, ITestOutputHelper output)
    : IClassFixture<GatewayFixture>
{
    private const string StationTable = "/2.3.0/space_stations/?limit=100&mode=detailed&offset=0";

    private sealed record Test(string Where, Func<JsonObject, bool> Holds);

    private static string Json(string? text) => text is null ? "null" : JsonSerializer.Serialize(text);

    // HC: a nested object's filter holds only where the object is there.
    private static Func<JsonObject, bool> In(string field, Func<JsonObject, bool> inner) =>
        row => row[field] is JsonObject child && inner(child);

    private static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];

    // One predicate over an LL2 Image (snake_case REST keys), its text values drawn from the recorded images.
    private static Test ImageTest(IReadOnlyList<JsonObject> images, Random random)
    {
        var image = Pick(images, random);
        var name = (string?)image["name"];
        switch (random.Next(7))
        {
            case 0:
                return new($"{{ name: {{ eq: {Json(name)} }} }}", i => (string?)i["name"] == name);
            case 1:
                var prefix = name is null ? "x" : name[..random.Next(1, name.Length + 1)];
                return new($"{{ name: {{ nstartsWith: {Json(prefix)} }} }}",
                    i => !((string?)i["name"] is { } n && n.StartsWith(prefix, StringComparison.Ordinal)));
            case 2:
                return new("{ credit: { eq: null } }", i => (string?)i["credit"] is null);
            case 3:
                var license = (string?)image["license"]?["name"];
                return new($"{{ license: {{ name: {{ eq: {Json(license)} }} }} }}",
                    In("license", l => (string?)l["name"] == license));
            case 4:
                var single = random.Next(2) == 0;
                return new($"{{ singleUse: {{ neq: {(single ? "true" : "false")} }} }}",
                    i => (bool?)i["single_use"] != single);
            case 5:
                var any = random.Next(2) == 0;
                return new($"{{ variants: {{ any: {(any ? "true" : "false")} }} }}",
                    i => (i["variants"] is JsonArray { Count: > 0 }) == any);
            default:
                var id = (int)image["id"]!;
                return new($"{{ id: {{ in: [{id}, 1] }} }}", i => (int?)i["id"] is { } v && (v == id || v == 1));
        }
    }

    // One predicate over a launch row: its image, its mission (and orbit), its pad's and location's country and
    // images.
    private static Test LaunchTest(IReadOnlyList<JsonObject> launches, Random random)
    {
        var images = launches.SelectMany(l => new[] { l["image"], l["pad"]?["image"], l["mission"]?["image"] })
            .OfType<JsonObject>().ToList();
        var withMission = launches.Where(l => l["mission"] is JsonObject).ToList();
        var mission = (JsonObject)Pick(withMission, random)["mission"]!;
        var countries = launches.Select(l => l["pad"]?["country"]).OfType<JsonObject>().ToList();
        switch (random.Next(9))
        {
            case 0:
                var image = ImageTest(images, random);
                return new($"image: {image.Where}", In("image", image.Holds));
            case 1:
                var padImage = ImageTest(images, random);
                return new($"pad: {{ image: {padImage.Where} }}", In("pad", In("image", padImage.Holds)));
            case 2:
                var name = (string)mission["name"]!;
                var word = name.Split(' ')[0];
                return new($"mission: {{ name: {{ contains: {Json(word)} }} }}",
                    In("mission", m => ((string?)m["name"])?.Contains(word, StringComparison.Ordinal) == true));
            case 3:
                var type = (string?)mission["type"];
                return new($"mission: {{ type: {{ neq: {Json(type)} }} }}",
                    In("mission", m => (string?)m["type"] != type));
            case 4:
                var abbrev = (string?)mission["orbit"]?["abbrev"];
                return new($"mission: {{ orbit: {{ abbrev: {{ eq: {Json(abbrev)} }}, celestialBody: " +
                    "{ name: { eq: \"Earth\" } } } }",
                    In("mission", In("orbit", o => (string?)o["abbrev"] == abbrev
                        && o["celestial_body"] is JsonObject b && (string?)b["name"] == "Earth")));
            case 5:
                var agencies = mission["agencies"] as JsonArray;
                var agency = agencies is { Count: > 0 } ? (string?)agencies[0]!["abbrev"] : "x";
                return new($"mission: {{ agencies: {{ some: {{ abbrev: {{ eq: {Json(agency)} }} }} }} }}",
                    In("mission", m => m["agencies"] is JsonArray a
                        && a.OfType<JsonObject>().Any(x => (string?)x["abbrev"] == agency)));
            case 6:
                var code = (string?)Pick(countries, random)["alpha_2_code"];
                return new($"pad: {{ country: {{ alpha2Code: {{ eq: {Json(code)} }} }} }}",
                    In("pad", In("country", c => (string?)c["alpha_2_code"] == code)));
            case 7:
                var three = (string?)Pick(countries, random)["alpha_3_code"];
                return new($"pad: {{ location: {{ country: {{ alpha3Code: {{ neq: {Json(three)} }} }} }} }}",
                    In("pad", In("location", In("country", c => (string?)c["alpha_3_code"] != three))));
            default:
                var missionImage = ImageTest(images, random);
                return new($"mission: {{ image: {missionImage.Where} }}",
                    In("mission", In("image", missionImage.Holds)));
        }
    }

    [Fact]
    public async Task RandomImageMissionAndCountryWheresOnLaunchesEqualABruteForceOverTheRestRows()
    {
        var launches = await fixture.RestAsync("launches/?limit=100&ordering=net,id");
        var random = new Random(20261202);
        var (some, tests) = (0, 60);
        for (var i = 0; i < tests; i++)
        {
            var first = LaunchTest(launches, random);
            var test = random.Next(3) == 0 ? Or(first, LaunchTest(launches, random)) : first;
            fixture.Reset();

            var answer = await fixture.PostAsync($"{{ launches(first: 100, where: {{ {test.Where} }}) " +
                "{ totalCount nodes { id } } }");

            var expected = launches.Where(test.Holds).Select(l => (string)l["id"]!).ToList();
            Assert.True(answer.Errors.Count == 0, test.Where + " " + answer);
            Assert.True((int)answer.Data!["launches"]!["totalCount"]! == expected.Count, test.Where + " " + answer);
            Assert.Equal(expected.Take(100).Order(StringComparer.Ordinal), answer.Data!["launches"]!["nodes"]!
                .AsArray().Select(n => Uuid((string)n!["id"]!)).Order(StringComparer.Ordinal));
            // Every launch in aligned blocks of 100 (nothing pushed down), no other call.
            Assert.Equal((launches.Count + 99) / 100, fixture.Requests.Count);
            Assert.All(fixture.Requests.Entries, e => Assert.Equal("/2.3.0/launches/", e.Path));
            some += expected.Count > 0 && expected.Count < launches.Count ? 1 : 0;
        }

        output.WriteLine($"{tests} launch wheres over {launches.Count} launches: {some} select some but not all");
        Assert.True(some > tests / 3, some.ToString(CultureInfo.InvariantCulture));
    }

    private static Test Or(Test a, Test b) =>
        new($"or: [{{ {a.Where} }}, {{ {b.Where} }}]", row => a.Holds(row) || b.Holds(row));

    // A launch's global id is base64 of Launch:{uuid}.
    private static string Uuid(string id)
    {
        var text = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(id));
        return text[(text.IndexOf(':', StringComparison.Ordinal) + 1)..];
    }

    [Fact]
    public async Task RandomImageWheresOnStationsAndTheirOwnersEqualABruteForceOverTheOneTableCall()
    {
        var stations = await fixture.RestAsync("space_stations/?mode=detailed&limit=100");
        var images = stations.SelectMany(s => new[] { s["image"] }
                .Concat(s["owners"]!.AsArray().SelectMany(o => new[] { o!["image"], o["logo"], o["social_logo"] })))
            .OfType<JsonObject>().ToList();
        var random = new Random(20261203);
        var some = 0;
        for (var i = 0; i < 40; i++)
        {
            var image = ImageTest(images, random);
            var field = new[] { "image", "logo", "socialLogo" }[random.Next(3)];
            var key = field == "socialLogo" ? "social_logo" : field;
            var test = random.Next(2) == 0
                ? new Test($"image: {image.Where}", In("image", image.Holds))
                : new Test($"owners: {{ some: {{ {field}: {image.Where} }} }}", s => s["owners"] is JsonArray o
                    && o.OfType<JsonObject>().Any(In(key, image.Holds)));
            fixture.Reset();

            var answer = await fixture.PostAsync($"{{ spaceStations(first: 100, where: {{ {test.Where} }}) " +
                "{ nodes { ll2Id } } }");

            var expected = stations.Where(test.Holds).Select(s => (int)s["id"]!).Order().ToList();
            Assert.True(answer.Errors.Count == 0, test.Where + " " + answer);
            Assert.True(expected.SequenceEqual(answer.Data!["spaceStations"]!["nodes"]!.AsArray()
                .Select(n => (int)n!["ll2Id"]!).Order()), test.Where + " " + answer);
            Assert.Equal(StationTable, Assert.Single(fixture.Requests.Entries).PathAndQuery);
            some += expected.Count is > 0 and < 15 ? 1 : 0;
        }

        output.WriteLine($"40 station image wheres: {some} select some but not all");
        Assert.True(some > 10, some.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("image: { name: { startsWith: \"[AUTO]\" } }", "image")]
    [InlineData("spacecraftConfig: { image: { license: { priority: { lte: 5 } } } }", "configImage")]
    [InlineData("image: { singleUse: { eq: false }, name: { ncontains: \"Dragon\" } }", "thumb")]
    public async Task ASpacecraftsImagesAreEvaluatedOverTheFetchedRows(string where, string kind)
    {
        var rows = await fixture.RestAsync("spacecraft/?limit=100&ordering=id");
        Func<JsonObject, bool> holds = kind switch
        {
            "image" => In("image",
                i => ((string?)i["name"])?.StartsWith("[AUTO]", StringComparison.Ordinal) == true),
            "configImage" => In("spacecraft_config", In("image", In("license", l => (int?)l["priority"] <= 5))),
            _ => In("image", i => (bool?)i["single_use"] == false
                && ((string?)i["name"])?.Contains("Dragon", StringComparison.Ordinal) != true),
        };
        var expected = rows.Count(holds);
        fixture.Reset();

        var answer = await fixture.PostAsync($"{{ spacecrafts(where: {{ {where} }}) {{ totalCount }} }}");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(expected, (int)answer.Data!["spacecrafts"]!["totalCount"]!);
        output.WriteLine($"{kind}: {expected} of {rows.Count}");
        Assert.True(expected > 0 && expected < rows.Count, kind);
        Assert.Equal((rows.Count + 99) / 100, fixture.Requests.Count);
        Assert.All(fixture.Requests.Entries, e => Assert.Equal("/2.3.0/spacecraft/", e.Path));
    }

    [Fact]
    public async Task AFlightsLaunchMissionIsEvaluatedOverTheEmbeddedLaunchNormal()
    {
        var flights = await fixture.RestAsync("spacecraft_flights/?limit=100");
        var expected = flights.Count(In("launch", In("mission", In("orbit", o => (string?)o["abbrev"] == "LEO"))));
        fixture.Reset();

        var answer = await fixture.PostAsync("{ spacecraftFlights(where: { launch: { mission: { orbit: " +
            "{ abbrev: { eq: \"LEO\" } } } } }) { totalCount } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(expected, (int)answer.Data!["spacecraftFlights"]!["totalCount"]!);
        Assert.True(expected > 0);
        Assert.Equal((flights.Count + 99) / 100, fixture.Requests.Count);
    }

    // One predicate over a flight's landing (LL2's Landing), its values drawn from the recorded landings.
    private static Test LandingTest(IReadOnlyList<JsonObject> landings, Random random)
    {
        var landing = Pick(landings, random);
        switch (random.Next(5))
        {
            case 0:
                var success = random.Next(2) == 0;
                return new($"success: {{ eq: {(success ? "true" : "false")} }}", l => (bool?)l["success"] == success);
            case 1:
                var location = (string?)landing["landing_location"]?["abbrev"];
                return new($"landingLocation: {{ abbrev: {{ eq: {Json(location)} }} }}",
                    In("landing_location", l => (string?)l["abbrev"] == location));
            case 2:
                var type = (string?)landing["type"]?["abbrev"];
                return new($"type: {{ abbrev: {{ neq: {Json(type)} }} }}",
                    In("type", t => (string?)t["abbrev"] != type));
            case 3:
                return new("downrangeDistance: { eq: null }", l => l["downrange_distance"] is null);
            default:
                var word = ((string?)landing["description"] ?? "x").Split(' ')[0];
                return new($"description: {{ startsWith: {Json(word)} }}",
                    l => ((string?)l["description"])?.StartsWith(word, StringComparison.Ordinal) == true);
        }
    }

    [Fact]
    public async Task RandomFlightLandingWheresEqualABruteForceOverTheRestFlightsAndDockingEvents()
    {
        var flights = await fixture.RestAsync("spacecraft_flights/?limit=100");
        var events = await fixture.RestAsync("docking_events/?mode=detailed&limit=100&ordering=docking,departure");
        var landings = flights.Select(f => f["landing"]).OfType<JsonObject>().ToList();
        Assert.NotEmpty(landings);
        var random = new Random(20261204);
        var some = 0;
        for (var i = 0; i < 30; i++)
        {
            var test = LandingTest(landings, random);
            var onEvents = i % 3 == 2;
            fixture.Reset();

            var answer = onEvents
                ? await fixture.PostAsync($"{{ dockingEvents(where: {{ flightVehicleChaser: {{ landing: " +
                    $"{{ {test.Where} }} }} }}) {{ totalCount }} }}")
                : await fixture.PostAsync($"{{ spacecraftFlights(where: {{ landing: {{ {test.Where} }} }}) " +
                    "{ totalCount } }");

            var (rows, path) = onEvents
                ? (events.Select(e => e["flight_vehicle_chaser"]).OfType<JsonObject>().ToList(),
                    "/2.3.0/docking_events/")
                : (flights, "/2.3.0/spacecraft_flights/");
            var expected = rows.Count(In("landing", test.Holds));
            Assert.True(answer.Errors.Count == 0, test.Where + " " + answer);
            Assert.True(expected == (int)answer.Data![onEvents ? "dockingEvents" : "spacecraftFlights"]!
                ["totalCount"]!, test.Where + " " + answer);
            var blocks = ((onEvents ? events.Count : flights.Count) + 99) / 100;
            Assert.Equal(blocks, fixture.Requests.Count);
            Assert.All(fixture.Requests.Entries, e => Assert.Equal(path, e.Path));
            some += expected > 0 ? 1 : 0;
        }

        output.WriteLine($"30 landing wheres over {landings.Count} recorded flight landings: {some} select some");
        Assert.True(some > 8, some.ToString(CultureInfo.InvariantCulture));
    }

    // No recorded docking event has a payload (PROVENANCE): the payload filters are evaluated, and select nothing
    // but where they hold for a missing payload flight's absence (they never do: a nested filter needs the object).
    [Theory]
    [InlineData("dockingLocation: { payload: { name: { eq: \"Cygnus\" } } }")]
    [InlineData("payloadFlightTarget: { payload: { manufacturer: { abbrev: { neq: \"x\" } } } }")]
    [InlineData("payloadFlightChaser: { launch: { name: { startsWith: \"S\" } } }")]
    [InlineData("payloadFlightTarget: { landing: { success: { neq: true } } }")]
    public async Task APayloadIsEvaluatedOverTheEventsAndNoRecordedEventHasOne(string where)
    {
        var events = await fixture.RestAsync("docking_events/?mode=detailed&limit=100&ordering=docking,departure");
        Assert.DoesNotContain(events, e => e["payload_flight_target"] is JsonObject
            || e["payload_flight_chaser"] is JsonObject || e["docking_location"]?["payload"] is JsonObject);
        fixture.Reset();

        var answer = await fixture.PostAsync($"{{ dockingEvents(first: 100, where: {{ {where} }}) " +
            "{ totalCount } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(0, (int)answer.Data!["dockingEvents"]!["totalCount"]!);
        Assert.Equal((events.Count + 99) / 100,
            fixture.Requests.Entries.Count(e => e.Path == "/2.3.0/docking_events/"));
        Assert.Equal((events.Count + 99) / 100, fixture.Requests.Count);
    }

    // No recorded landing is a payload's (PROVENANCE): a landing's payload flight (LL2's
    // PayloadFlightNormalSerializerNoLanding, its launch LaunchNormal) is evaluated over the landing rows, and a
    // nested filter needs the object, so none holds.
    [Theory]
    [InlineData("payloadFlight: { amount: { gt: 1 } }")]
    [InlineData("payloadFlight: { launch: { net: { gt: \"2020-01-01T00:00:00Z\" } } }")]
    [InlineData("payloadFlight: { payload: { name: { neq: \"x\" } }, destination: { eq: null } }")]
    [InlineData("or: [{ payloadFlight: { id: { eq: 1 } } }, { success: { eq: true } }]")]
    public async Task ALandingsPayloadFlightIsEvaluatedOverTheLandingRows(string where)
    {
        var landings = await fixture.RestAsync("landings/?limit=100");
        Assert.DoesNotContain(landings, l => l["payloadflight"] is JsonObject);
        var expected = where.StartsWith("or:", StringComparison.Ordinal)
            ? landings.Count(l => (bool?)l["success"] == true)
            : 0;
        fixture.Reset();

        var answer = await fixture.PostAsync($"{{ landings(where: {{ {where} }}) {{ totalCount }} }}");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(expected, (int)answer.Data!["landings"]!["totalCount"]!);
        Assert.Equal((landings.Count + 99) / 100, fixture.Requests.CountPath("/2.3.0/landings/"));
        Assert.Equal((landings.Count + 99) / 100, fixture.Requests.Count);
    }

    [Theory]
    [InlineData("launches", "launchServiceProvider: { image: { name: { eq: \"x\" } } }",
        "image cannot be evaluated here: launches' rows embed the launch service provider as LL2's AgencyMini")]
    [InlineData("launches", "rocket: { configuration: { image: { id: { eq: 1 } } } }",
        "image cannot be evaluated here: launches' rows embed the rocket configuration as LL2's LauncherConfigList")]
    [InlineData("launches", "mission: { orbit: { celestialBody: { image: { id: { eq: 1 } } } } }",
        "image cannot be evaluated here: a launch's mission embeds its orbit's celestial body as LL2's " +
        "CelestialBodyMini (id, name)")]
    [InlineData("astronauts", "agency: { logo: { name: { eq: \"x\" } } }",
        "logo cannot be evaluated here: LL2's astronaut rows embed the agency as AgencyMini")]
    [InlineData("dockingEvents", "flightVehicleTarget: { launch: { mission: { name: { eq: \"x\" } } } }",
        "mission cannot be evaluated here: a docking event embeds its target flight's launch as LL2's LaunchMini")]
    [InlineData("dockingEvents", "flightVehicleTarget: { launch: { image: { name: { eq: \"x\" } } } }",
        "image cannot be evaluated here: a docking event embeds its target flight's launch as LL2's LaunchMini")]
    [InlineData("dockingEvents", "payloadFlightTarget: { launch: { net: { gt: \"2020-01-01T00:00:00Z\" } } }",
        "net cannot be evaluated here: a docking event embeds a payload flight as LL2's PayloadFlightMini")]
    [InlineData("dockingEvents", "payloadFlightChaser: { landing: { firstStage: { id: { eq: 1 } } } }",
        "firstStage cannot be evaluated here: LL2 embeds a flight's landing as its Landing serializer (id, url, " +
        "attempt, success, description, downrange_distance, landing_location, type)")]
    [InlineData("dockingEvents", "dockingLocation: { currentlyDocked: { id: { eq: 1 } } }",
        "currentlyDocked cannot be evaluated here: a docking event embeds its docking location as LL2's " +
        "DockingLocation (id, name, spacestation, spacecraft, payload), which has no currently_docked")]
    [InlineData("dockingEvents", "dockingLocation: { payload: { operator: { foundingYear: { gt: 1 } } } }",
        "foundingYear cannot be evaluated here: LL2's PayloadMini embeds the manufacturer and operator as AgencyMini")]
    [InlineData("spaceStations", "dockingLocations: { some: { payload: { id: { eq: 1 } } } }",
        "payload cannot be evaluated here: LL2's station table embeds its docking locations as " +
        "DockingLocationSerializerForSpacestation (id, name, currently_docked), which has no payload")]
    [InlineData("spacecraftFlights", "landing: { spacecraftFlight: { id: { eq: 1 } } }",
        "spacecraftFlight cannot be evaluated here: LL2 embeds a flight's landing as its Landing serializer")]
    [InlineData("landings", "spacecraftFlight: { landing: { success: { eq: true } } }",
        "landing cannot be evaluated here: LL2's landings/ rows embed their flight without its landing " +
        "(SpacecraftFlightNormalSerializerNoLanding); the landing is the row itself")]
    [InlineData("landings", "payloadFlight: { landing: { success: { eq: true } } }",
        "landing cannot be evaluated here: a landing row embeds its payload flight as LL2's " +
        "PayloadFlightNormalSerializerNoLanding, without the landing (the landing is the row itself)")]
    [InlineData("landings", "firstStage: { previousFlight: { name: { eq: \"x\" } } }",
        "previousFlight")]
    [InlineData("landings", "firstStage: { landing: { success: { eq: true } } }", "landing")]
    public async Task AnObjectTheRowsDoNotCarryIsRefusedWithTheReasonBeforeAnyCall(string list, string where,
        string message) =>
        await fixture.AssertFilterRefusedBeforeAnyCallAsync(list, where, message);
}
