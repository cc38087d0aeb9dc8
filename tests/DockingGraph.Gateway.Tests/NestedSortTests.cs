using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// The nested sorts over what the rows embed: a flight's spacecraft, launch and landing (spacecraftFlights, a docking
/// event's chaser and target, a landing's flight), an expedition's station, a launch's rocket and mission, a docking
/// location's spacecraft. None is an LL2 ordering field, so each order is evaluated here over every row, read in
/// aligned blocks of 100. Seeded random orders (1–3 keys, DESC and mixed, over fields with NULLs) equal this test's
/// own brute-force sort (PostgreSQL NULL order, ordinal strings, then the list's tie-breakers and id) of the
/// snapshot's REST rows; a field a nesting does not carry is refused before any call.
/// </summary>
public sealed class NestedSortTests(GatewayFixture fixture, ITestOutputHelper output) : IClassFixture<GatewayFixture>
{
    private enum Kind
    {
        Text,
        Number,
        Instant,
    }

    /// <param name="Path">The sort field, dotted (<c>launch.mission.name</c>).</param>
    /// <param name="Json">The REST row's field at the same path.</param>
    private sealed record SortCase(string Path, Kind Kind, string Json);

    /// <param name="Rest">The snapshot's REST rows, in the serializer the gateway's blocks read.</param>
    /// <param name="Block">What every block's URL holds (its offset follows <c>offset=</c>).</param>
    /// <param name="TieBreakers">Appended ascending before the id when not in the order (docking events).</param>
    private sealed record ListCase(string Field, string Sort, string Rest, string Block, string IdField,
        IReadOnlyList<SortCase> Keys, IReadOnlyList<SortCase> TieBreakers);

    private static readonly SortCase Docking = new("docking", Kind.Instant, "docking");
    private static readonly SortCase Departure = new("departure", Kind.Instant, "departure");

    private static readonly ListCase[] Lists =
    [
        new("spacecraftFlights", "SpacecraftFlightSortInput", "spacecraft_flights/?limit=100",
            "/2.3.0/spacecraft_flights/?limit=100&mode=normal&offset=", "ll2Id",
            [
                new("spacecraft.name", Kind.Text, "spacecraft.name"),
                new("spacecraft.image.name", Kind.Text, "spacecraft.image.name"),
                new("spacecraft.spacecraftConfig.image.license.name", Kind.Text,
                    "spacecraft.spacecraft_config.image.license.name"),
                new("launch.image.thumbnailUrl", Kind.Text, "launch.image.thumbnail_url"),
                new("spacecraft.status.name", Kind.Text, "spacecraft.status.name"),
                new("spacecraft.spacecraftConfig.name", Kind.Text, "spacecraft.spacecraft_config.name"),
                new("spacecraft.spacecraftConfig.agency.abbrev", Kind.Text,
                    "spacecraft.spacecraft_config.agency.abbrev"),
                new("launch.net", Kind.Instant, "launch.net"),
                new("launch.id", Kind.Text, "launch.id"),
                new("launch.status.name", Kind.Text, "launch.status.name"),
                new("launch.rocket.configuration.fullName", Kind.Text, "launch.rocket.configuration.full_name"),
                new("launch.mission.type", Kind.Text, "launch.mission.type"),
                new("launch.mission.orbit.celestialBody.name", Kind.Text, "launch.mission.orbit.celestial_body.name"),
                new("landing.downrangeDistance", Kind.Number, "landing.downrange_distance"),
                new("landing.landingLocation.name", Kind.Text, "landing.landing_location.name"),
                new("landing.type.abbrev", Kind.Text, "landing.type.abbrev"),
                new("destination", Kind.Text, "destination"),
            ], []),
        new("expeditions", "ExpeditionSortInput", "expeditions/?limit=100&ordering=start,id",
            "/2.3.0/expeditions/?limit=100&mode=normal&offset=", "id",
            [
                new("spaceStation.name", Kind.Text, "spacestation.name"),
                new("spaceStation.id", Kind.Number, "spacestation.id"),
                new("spaceStation.status.name", Kind.Text, "spacestation.status.name"),
                new("spaceStation.founded", Kind.Text, "spacestation.founded"),
                new("spaceStation.deorbited", Kind.Text, "spacestation.deorbited"),
                new("spaceStation.type.name", Kind.Text, "spacestation.type.name"),
                new("spaceStation.orbit", Kind.Text, "spacestation.orbit"),
                new("spaceStation.image.name", Kind.Text, "spacestation.image.name"),
                new("spaceStation.image.license.priority", Kind.Number, "spacestation.image.license.priority"),
                new("end", Kind.Instant, "end"),
            ], []),
        new("launches", "LaunchSortInput", "launches/?limit=100&ordering=net,id",
            "/2.3.0/launches/?limit=100&mode=normal&offset=", "ll2Id",
            [
                new("rocket.id", Kind.Number, "rocket.id"),
                new("rocket.configuration.name", Kind.Text, "rocket.configuration.name"),
                new("rocket.configuration.variant", Kind.Text, "rocket.configuration.variant"),
                new("rocket.configuration.url", Kind.Text, "rocket.configuration.url"),
                new("mission.id", Kind.Number, "mission.id"),
                new("mission.name", Kind.Text, "mission.name"),
                new("mission.type", Kind.Text, "mission.type"),
                new("mission.description", Kind.Text, "mission.description"),
                new("mission.orbit.abbrev", Kind.Text, "mission.orbit.abbrev"),
                new("mission.orbit.celestialBody.id", Kind.Number, "mission.orbit.celestial_body.id"),
                new("image.name", Kind.Text, "image.name"),
                new("image.license.link", Kind.Text, "image.license.link"),
                new("pad.country.alpha3Code", Kind.Text, "pad.country.alpha_3_code"),
                new("pad.location.country.nationalityName", Kind.Text, "pad.location.country.nationality_name"),
                new("pad.image.credit", Kind.Text, "pad.image.credit"),
                new("net", Kind.Instant, "net"),
            ], []),
        new("landings", "LandingSortInput", "landings/?limit=100&ordering=id",
            "/2.3.0/landings/?limit=100&mode=normal&offset=", "ll2Id",
            [
                new("spacecraftFlight.spacecraft.name", Kind.Text, "spacecraftflight.spacecraft.name"),
                new("spacecraftFlight.launch.mission.name", Kind.Text, "spacecraftflight.launch.mission.name"),
                new("spacecraftFlight.launch.net", Kind.Instant, "spacecraftflight.launch.net"),
                new("spacecraftFlight.missionEnd", Kind.Instant, "spacecraftflight.mission_end"),
                new("spacecraftFlight.id", Kind.Number, "spacecraftflight.id"),
                new("spacecraftFlight.launch.pad.country.name", Kind.Text, "spacecraftflight.launch.pad.country.name"),
                new("landingLocation.image.name", Kind.Text, "landing_location.image.name"),
                new("downrangeDistance", Kind.Number, "downrange_distance"),
            ], []),
        new("dockingEvents", "DockingEventSortInput",
            "docking_events/?mode=detailed&limit=100&ordering=docking,departure",
            "/2.3.0/docking_events/?limit=100&mode=detailed&offset=", "ll2Id",
            [
                new("flightVehicleChaser.spacecraft.name", Kind.Text, "flight_vehicle_chaser.spacecraft.name"),
                new("flightVehicleChaser.spacecraft.spacecraftConfig.type.name", Kind.Text,
                    "flight_vehicle_chaser.spacecraft.spacecraft_config.type.name"),
                new("flightVehicleChaser.launch.mission.name", Kind.Text, "flight_vehicle_chaser.launch.mission.name"),
                new("flightVehicleChaser.launch.rocket.configuration.name", Kind.Text,
                    "flight_vehicle_chaser.launch.rocket.configuration.name"),
                new("flightVehicleChaser.launch.net", Kind.Instant, "flight_vehicle_chaser.launch.net"),
                new("flightVehicleChaser.landing.landingLocation.name", Kind.Text,
                    "flight_vehicle_chaser.landing.landing_location.name"),
                new("flightVehicleChaser.landing.success", Kind.Text, "flight_vehicle_chaser.landing.success"),
                new("flightVehicleTarget.spacecraft.name", Kind.Text, "flight_vehicle_target.spacecraft.name"),
                new("flightVehicleTarget.launch.name", Kind.Text, "flight_vehicle_target.launch.name"),
                new("dockingLocation.spacecraft.name", Kind.Text, "docking_location.spacecraft.name"),
                // The embedded SpaceStationMini's image: the one the event shows (no station table call).
                new("spaceStationTarget.image.name", Kind.Text, "space_station_target.image.name"),
                new("flightVehicleChaser.launch.image.name", Kind.Text, "flight_vehicle_chaser.launch.image.name"),
                Departure,
            ], [Docking, Departure]),
    ];

    public static TheoryData<string> ListNames => new(Lists.Select(l => l.Field));

    [Theory]
    [MemberData(nameof(ListNames))]
    public async Task RandomNestedOrdersEqualABruteForceSortOfTheRestRows(string name)
    {
        var list = Lists.Single(l => l.Field == name);
        var all = await fixture.RestAsync(list.Rest);
        var random = new Random(20261201 + name.Length);
        var blocks = Math.Max(1, (all.Count + 99) / 100);
        var (cases, reordered) = (20, 0);
        for (var i = 0; i < cases; i++)
        {
            // The first key always nested (a new sort), the others any of the list's keys.
            var nested = list.Keys.Where(k => k.Path.Contains('.', StringComparison.Ordinal)).ToList();
            var keys = new[] { nested[random.Next(nested.Count)] }
                .Concat(list.Keys.OrderBy(_ => random.Next()).Take(random.Next(0, 3)))
                .DistinctBy(k => k.Path)
                .Select(k => (Case: k, Descending: random.Next(2) == 0)).ToList();
            var size = random.Next(1, 12);
            var backwards = random.Next(3) == 0;
            var sorted = Sorted(list, all, keys);
            var expected = backwards ? sorted.TakeLast(size) : sorted.Take(size);
            var variables = new Dictionary<string, object?>
            {
                ["order"] = keys.Select(k => SortOracle.Entry(k.Case.Path, k.Descending)).ToList(),
                [backwards ? "last" : "first"] = size,
            };
            reordered += sorted.SequenceEqual(Sorted(list, all, [])) ? 0 : 1;
            fixture.Reset();

            var answer = await fixture.PostAsync(Query(list), variables);

            var text = JsonSerializer.Serialize(variables);
            Assert.True(answer.Errors.Count == 0, text + " " + answer);
            Assert.True(all.Count == (int)answer.Data![name]!["totalCount"]!, text + " " + answer);
            var ids = answer.Data[name]!["nodes"]!.AsArray().Select(n => SortOracle.Id(n![list.IdField])).ToList();
            Assert.True(expected.SequenceEqual(ids), text + " expected " + string.Join(',', expected) + " " + answer);
            // Every row, once per block: the blocks of the list's own ordering and mode, nothing else.
            var calls = fixture.Requests.Entries.Select(e => e.PathAndQuery).ToList();
            Assert.True(calls.Count == blocks, text + " " + string.Join(' ', calls));
            Assert.All(calls.Select((c, k) => (c, k)), call => Assert.StartsWith(list.Block + call.k * 100, call.c));
        }

        output.WriteLine($"{name}: {cases} nested orders over {all.Count} rows ({blocks} LL2 calls each), " +
            $"{reordered} differ from the order without them");
        // The nested keys reorder the rows: the comparison is not won by the tie-breakers alone.
        Assert.True(reordered >= cases / 2, $"{reordered} of {cases}");
    }

    [Theory]
    [InlineData("spacecraftFlights",
        """[{ "spacecraft": { "spacecraftConfig": { "name": "DESC" } } }, { "launch": { "net": "ASC" } }]""")]
    [InlineData("expeditions", """[{ "spaceStation": { "name": "ASC", "founded": "DESC" } }, { "end": "DESC" }]""")]
    [InlineData("launches", """[{ "mission": { "orbit": { "abbrev": "DESC" }, "name": "ASC" } }]""")]
    [InlineData("dockingEvents",
        """[{ "flightVehicleChaser": { "launch": { "mission": { "type": "DESC" } },""" +
        """ "spacecraft": { "name": "ASC" } } }]""")]
    public async Task PagingWalksBothWaysWithANestedSortVisitEveryRowOnce(string name, string orderJson)
    {
        var list = Lists.Single(l => l.Field == name);
        var all = await fixture.RestAsync(list.Rest);
        var order = JsonNode.Parse(orderJson)!;
        var keys = order.AsArray().SelectMany(entry => Flatten(entry!.AsObject(), ""))
            .Select(k => (Case: new SortCase(k.Path, KindOf(list, k.Path), JsonPath(list, k.Path)), k.Descending))
            .ToList();
        var expected = Sorted(list, all, keys);
        var query = $"query($first: Int, $last: Int, $after: String, $before: String, $order: [{list.Sort}!]) " +
            $"{{ {name}(first: $first, last: $last, after: $after, before: $before, order: $order) {{ totalCount " +
            $"pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} nodes {{ {list.IdField} }} }} }}";

        var (forward, pages) = (new List<string>(), 0);
        string? after = null;
        for (var hasNext = true; hasNext; pages++)
        {
            var answer = await fixture.PostAsync(query, new { first = 30, after, order });
            Assert.True(answer.Errors.Count == 0, answer.ToString());
            forward.AddRange(answer.Data![name]!["nodes"]!.AsArray().Select(n => SortOracle.Id(n![list.IdField])));
            var info = answer.Data[name]!["pageInfo"]!;
            (hasNext, after) = ((bool)info["hasNextPage"]!, (string?)info["endCursor"]);
        }

        var backward = new List<string>();
        string? before = null;
        for (var hasPrevious = true; hasPrevious;)
        {
            var answer = await fixture.PostAsync(query, new { last = 30, before, order });
            Assert.True(answer.Errors.Count == 0, answer.ToString());
            backward.InsertRange(0, answer.Data![name]!["nodes"]!.AsArray().Select(n => SortOracle.Id(n![list.IdField])));
            var info = answer.Data[name]!["pageInfo"]!;
            (hasPrevious, before) = ((bool)info["hasPreviousPage"]!, (string?)info["startCursor"]);
        }

        Assert.Equal(expected, forward);
        Assert.Equal(expected, backward);
        Assert.Equal((expected.Count + 29) / 30, pages);
        Assert.Equal(all.Count, forward.Distinct().Count());
        output.WriteLine($"{name}: {pages} pages of 30 each way over {all.Count} rows");
    }

    [Theory]
    // A docking event's target flight embeds its launch as LaunchMini.
    [InlineData("dockingEvents", "flightVehicleTarget.launch.net", 3, "LaunchMini")]
    [InlineData("dockingEvents", "flightVehicleTarget.launch.mission.name", 3, "LaunchMini")]
    [InlineData("dockingEvents", "flightVehicleTarget.launch.image.name", 3, "LaunchMini")]
    // An expedition's station is SpaceStationNormal, without the station table's dimensions and counts.
    [InlineData("expeditions", "spaceStation.onboardCrew", 2, "SpaceStationNormal")]
    [InlineData("expeditions", "spaceStation.volume", 2, "SpaceStationNormal")]
    // A mission orbit's celestial body is CelestialBodyMini (id, name).
    [InlineData("launches", "mission.orbit.celestialBody.mass", 4, "CelestialBodyMini")]
    [InlineData("launches", "mission.orbit.celestialBody.image.name", 4, "CelestialBodyMini")]
    [InlineData("spacecraftFlights", "launch.mission.orbit.celestialBody.type.name", 5, "CelestialBodyMini")]
    // A flight's landing is LL2's Landing, without the flight; a landing row's flight is without its landing.
    [InlineData("spacecraftFlights", "landing.spacecraftFlight.id", 2, "Landing")]
    [InlineData("landings", "spacecraftFlight.landing.id", 2, "SpacecraftFlightNormalSerializerNoLanding")]
    [InlineData("dockingEvents", "flightVehicleChaser.landing.spacecraftFlight.destination", 3, "Landing")]
    public async Task AFieldTheNestingDoesNotCarryIsRefusedBeforeAnyCall(string name, string path, int refusedDepth,
        string serializer)
    {
        var list = Lists.Single(l => l.Field == name);
        fixture.Reset();

        var answer = await fixture.PostAsync(Query(list), new Dictionary<string, object?>
        {
            ["order"] = new[] { SortOracle.Entry("id", false), SortOracle.Entry(path, true) }, ["first"] = 3,
        });

        Assert.Equal("SORT_NOT_SUPPORTED", answer.FirstCode);
        var message = (string)answer.Errors[0]!["message"]!;
        Assert.Contains(serializer, message);
        // The field refused is named with its path (the first one the nesting lacks).
        Assert.Contains($"order by {string.Join('.', path.Split('.')[..refusedDepth])} cannot", message);
        Assert.Empty(fixture.Requests.Entries);
        output.WriteLine(message);
    }

    [Fact]
    public async Task TheChaserCarriesItsWholeLaunchWhereTheTargetIsRefused()
    {
        var list = Lists.Single(l => l.Field == "dockingEvents");
        fixture.Reset();

        var chaser = await fixture.PostAsync(Query(list), new Dictionary<string, object?>
        {
            ["order"] = new[] { SortOracle.Entry("flightVehicleChaser.launch.mission.name", true) }, ["first"] = 3,
        });
        var target = await fixture.PostAsync(Query(list), new Dictionary<string, object?>
        {
            ["order"] = new[] { SortOracle.Entry("flightVehicleTarget.launch.mission.name", true) }, ["first"] = 3,
        });

        Assert.True(chaser.Errors.Count == 0, chaser.ToString());
        Assert.Equal("SORT_NOT_SUPPORTED", target.FirstCode);
        // The chaser's three blocks; the target's refusal read nothing.
        Assert.Equal(3, fixture.Requests.Entries.Count);
    }

    private static Kind KindOf(ListCase list, string path) =>
        list.Keys.FirstOrDefault(k => k.Path == path)?.Kind ?? (path.EndsWith("net", StringComparison.Ordinal)
            || path.EndsWith("end", StringComparison.OrdinalIgnoreCase) ? Kind.Instant : Kind.Text);

    // camelCase → snake_case; LL2 spells an expedition's station and a landing's flight without an underscore.
    private static string JsonPath(ListCase list, string path) =>
        list.Keys.FirstOrDefault(k => k.Path == path)?.Json ?? string.Concat(path
                .Select(c => char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()))
            .Replace("space_station.", "spacestation.", StringComparison.Ordinal)
            .Replace("spacecraft_flight.", "spacecraftflight.", StringComparison.Ordinal);

    private static IEnumerable<(string Path, bool Descending)> Flatten(JsonObject entry, string prefix) =>
        entry.SelectMany(pair => pair.Value is JsonObject inner
            ? Flatten(inner, prefix + pair.Key + ".")
            : [(prefix + pair.Key, (string)pair.Value! == "DESC")]);

    // HC over PostgreSQL: NULLs last ascending, first descending; strings byte-ordered; then the list's
    // tie-breakers not in the order, then the id.
    private static List<string> Sorted(ListCase list, List<JsonObject> rows,
        List<(SortCase Case, bool Descending)> keys) =>
        SortOracle.SortedIds(rows, keys.Concat(list.TieBreakers.Where(t => keys.All(k => k.Case.Path != t.Path))
                .Select(t => (Case: t, Descending: false)))
            .Select(k => ((Func<JsonObject, IComparable?>)(r => Value(r, k.Case.Json, k.Case.Kind)), k.Descending))
            .ToList(), r => Value(r, "id", Kind.Number) ?? Value(r, "id", Kind.Text)!);

    private static IComparable? Value(JsonObject row, string path, Kind kind)
    {
        if (SortOracle.At(row, path) is not { } value)
        {
            return null;
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.Number => value.GetValue<double>(),
            JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>(),
            JsonValueKind.String when kind == Kind.Instant =>
                DateTimeOffset.Parse(value.GetValue<string>(), CultureInfo.InvariantCulture),
            JsonValueKind.String when kind == Kind.Number => null,
            JsonValueKind.String => value.GetValue<string>(),
            _ => null,
        };
    }

    private static string Query(ListCase list) =>
        $"query($first: Int, $last: Int, $order: [{list.Sort}!]) {{ {list.Field}(first: $first, last: $last, " +
        $"order: $order) {{ totalCount nodes {{ {list.IdField} }} }} }}";
}
