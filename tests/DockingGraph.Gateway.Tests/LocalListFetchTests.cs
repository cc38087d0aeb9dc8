using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using Xunit.Abstractions;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// "Fetched within budget" on the lists without a mirror or a whole reference table: seeded random wheres with
/// operators LL2 lacks (neq, in/nin, startsWith…, null operands, several or branches) answered by the gateway equal
/// this test's own brute-force Hot Chocolate evaluation over the snapshot's full REST collection (read by the test
/// from the snapshot, in LL2's order), and every LL2 read of a local answer is an aligned block of 100.
/// </summary>
public sealed class LocalListFetchTests(GatewayFixture fixture, ITestOutputHelper output)
    : IClassFixture<GatewayFixture>
{
    private enum Kind
    {
        Text,
        Lookup,
        Flag,
        Id,
        Number,
        Float,
        Duration,
        Instant,
        Flight,
        Date,
    }

    /// <param name="Name">The filter field; a dotted path is a nested object's field
    /// (<c>landingLocation.name</c>).</param>
    /// <param name="Json">The LL2 field at the same path (<c>landing_location.name</c>).</param>
    private sealed record FieldCase(string Name, Kind Kind, string Json);

    /// <remarks>No <c>url</c> cases: the snapshot writes its urls with the host it is asked through.</remarks>
    /// <param name="Rest">The snapshot's REST path in the gateway's default order (the oracle).</param>
    /// <param name="Orders">GraphQL order → LL2 ordering, for lists the test also orders and searches.</param>
    private sealed record ListCase(string Field, string Input, string Rest, IReadOnlyList<FieldCase> Fields,
        IReadOnlyDictionary<string, string>? Orders = null, string? Sort = null, string IdField = "ll2Id");

    private static readonly FieldCase[] LaunchFields =
    [
        new("id", Kind.Id, "id"), new("slug", Kind.Text, "slug"), new("name", Kind.Text, "name"),
        // No url: the oracle's and the gateway's snapshots write their own hosts into it.
        new("launchDesignator", Kind.Text, "launch_designator"), new("failreason", Kind.Text, "failreason"),
        // LaunchStatusFilterInput: Int id, and the detailed status's texts.
        new("status.id", Kind.Number, "status.id"), new("status.abbrev", Kind.Text, "status.abbrev"),
        // One AgencyFilterInput / NetPrecisionFilterInput / PadFilterInput / LauncherConfigFilterInput per type:
        // Int ids, and the fields a normal launch row embeds.
        new("launchServiceProvider.id", Kind.Number, "launch_service_provider.id"),
        new("launchServiceProvider.abbrev", Kind.Text, "launch_service_provider.abbrev"),
        new("netPrecision.id", Kind.Number, "net_precision.id"),
        new("netPrecision.abbrev", Kind.Text, "net_precision.abbrev"),
        new("pad.name", Kind.Text, "pad.name"), new("pad.latitude", Kind.Float, "pad.latitude"),
        new("pad.location.timezoneName", Kind.Text, "pad.location.timezone_name"),
        new("rocket.configuration.fullName", Kind.Text, "rocket.configuration.full_name"),
        new("webcastLive", Kind.Flag, "webcast_live"),
        new("net", Kind.Instant, "net"), new("lastUpdated", Kind.Instant, "last_updated"),
        new("padLaunchAttemptCount", Kind.Number, "pad_launch_attempt_count"),
    ];

    private static readonly Dictionary<string, string> LaunchOrders = new()
    {
        ["id"] = "id", ["net"] = "net", ["lastUpdated"] = "last_updated", ["name"] = "name",
    };

    private static readonly ListCase[] Lists =
    [
        new("spacecrafts", "SpacecraftFilterInput", "spacecraft/?limit=100",
            [
                new("id", Kind.Id, "id"), new("name", Kind.Text, "name"),
                new("serialNumber", Kind.Text, "serial_number"), new("description", Kind.Text, "description"),
                new("inSpace", Kind.Flag, "in_space"), new("isPlaceholder", Kind.Flag, "is_placeholder"),
                new("timeInSpace", Kind.Duration, "time_in_space"), new("timeDocked", Kind.Duration, "time_docked"),
                new("fastestTurnaround", Kind.Duration, "fastest_turnaround"),
                new("flightsCount", Kind.Number, "flights_count"),
                new("missionEndsCount", Kind.Number, "mission_ends_count"),
                new("status.id", Kind.Number, "status.id"), new("status.name", Kind.Text, "status.name"),
                new("spacecraftConfig.id", Kind.Number, "spacecraft_config.id"),
                new("spacecraftConfig.name", Kind.Text, "spacecraft_config.name"),
                new("spacecraftConfig.inUse", Kind.Flag, "spacecraft_config.in_use"),
                new("spacecraftConfig.type.name", Kind.Text, "spacecraft_config.type.name"),
                new("spacecraftConfig.agency.id", Kind.Number, "spacecraft_config.agency.id"),
                new("spacecraftConfig.agency.abbrev", Kind.Text, "spacecraft_config.agency.abbrev"),
            ],
            new Dictionary<string, string>
            {
                ["id"] = "id", ["flightsCount"] = "flights_count", ["timeInSpace"] = "time_in_space",
            }, "SpacecraftSortInput"),
        new("spacecraftFlights", "SpacecraftFlightFilterInput", "spacecraft_flights/?limit=100",
            [
                // The one SpacecraftFilterInput: id.eq pushed down (spacecraft=), the rest over the embedded
                // SpacecraftNormal; the one LaunchFilterInput over the embedded LaunchNormal.
                new("spacecraft.id", Kind.Id, "spacecraft.id"), new("spacecraft.name", Kind.Text, "spacecraft.name"),
                new("spacecraft.inSpace", Kind.Flag, "spacecraft.in_space"),
                new("spacecraft.timeInSpace", Kind.Duration, "spacecraft.time_in_space"),
                new("spacecraft.status.name", Kind.Text, "spacecraft.status.name"),
                new("spacecraft.spacecraftConfig.name", Kind.Text, "spacecraft.spacecraft_config.name"),
                new("launch.id", Kind.Id, "launch.id"), new("launch.name", Kind.Text, "launch.name"),
                new("launch.net", Kind.Instant, "launch.net"), new("id", Kind.Id, "id"),
                new("destination", Kind.Text, "destination"), new("missionEnd", Kind.Instant, "mission_end"),
                new("duration", Kind.Duration, "duration"), new("turnAroundTime", Kind.Duration, "turn_around_time"),
            ]),
        new("launches", "LaunchFilterInput", "launches/?limit=100&ordering=net,id", LaunchFields,
            LaunchOrders, "LaunchSortInput"),
        new("previousLaunches", "LaunchFilterInput", "launches/previous/?limit=100&ordering=-net,id", LaunchFields,
            LaunchOrders, "LaunchSortInput"),
        new("landings", "LandingFilterInput", "landings/?limit=100&ordering=id",
            [
                new("id", Kind.Id, "id"), new("attempt", Kind.Flag, "attempt"),
                new("success", Kind.Flag, "success"), new("description", Kind.Text, "description"),
                new("downrangeDistance", Kind.Float, "downrange_distance"),
                new("landingLocation.id", Kind.Number, "landing_location.id"),
                new("landingLocation.name", Kind.Text, "landing_location.name"),
                new("landingLocation.active", Kind.Flag, "landing_location.active"),
                new("landingLocation.latitude", Kind.Float, "landing_location.latitude"),
                new("landingLocation.successfulLandings", Kind.Number, "landing_location.successful_landings"),
                new("landingLocation.celestialBody.name", Kind.Text, "landing_location.celestial_body.name"),
                new("landingLocation.celestialBody.mass", Kind.Float, "landing_location.celestial_body.mass"),
                new("type.id", Kind.Number, "type.id"), new("type.abbrev", Kind.Text, "type.abbrev"),
                new("spacecraftFlight", Kind.Flight, "spacecraftflight"),
            ]),
        new("expeditions", "ExpeditionFilterInput", "expeditions/?limit=100&ordering=start,id",
            [
                new("id", Kind.Number, "id"), new("name", Kind.Text, "name"),
                new("start", Kind.Instant, "start"), new("end", Kind.Instant, "end"),
                new("spaceStation.id", Kind.Id, "spacestation.id"),
                new("spaceStation.name", Kind.Text, "spacestation.name"),
                new("spaceStation.orbit", Kind.Text, "spacestation.orbit"),
                new("spaceStation.status.id", Kind.Number, "spacestation.status.id"),
                new("spaceStation.status.name", Kind.Text, "spacestation.status.name"),
                new("spaceStation.type.id", Kind.Number, "spacestation.type.id"),
                new("spaceStation.founded", Kind.Date, "spacestation.founded"),
                new("spaceStation.deorbited", Kind.Date, "spacestation.deorbited"),
            ], IdField: "id"),
        new("astronauts", "AstronautFilterInput", "astronauts/?limit=100&ordering=id",
            [
                new("id", Kind.Number, "id"), new("name", Kind.Text, "name"), new("age", Kind.Number, "age"),
                new("inSpace", Kind.Flag, "in_space"), new("timeInSpace", Kind.Duration, "time_in_space"),
                new("status.id", Kind.Number, "status.id"), new("agency.abbrev", Kind.Text, "agency.abbrev"),
                new("lastFlight", Kind.Instant, "last_flight"),
                new("dateOfBirth", Kind.Date, "date_of_birth"), new("dateOfDeath", Kind.Date, "date_of_death"),
            ], IdField: "id"),
    ];

    public static TheoryData<string> ListNames => new(Lists.Select(l => l.Field));

    [Theory]
    [MemberData(nameof(ListNames))]
    public async Task RandomWheresLl2CannotExecuteEqualABruteForceEvaluationOfTheWholeCollection(string name)
    {
        var list = Lists.Single(l => l.Field == name);
        var all = await fixture.RestAsync(list.Rest);
        var random = new Random(20261201 + name.Length);
        var oracle = new Dictionary<string, List<JsonObject>> { [""] = all };
        var (cases, local) = (80, 0);
        for (var i = 0; i < cases; i++)
        {
            var where = Where(list, all, random, depth: 0);
            var (order, ordering, search) = (null as object, (string?)null, (string?)null);
            if (list.Orders is { } orders && random.Next(2) == 0)
            {
                var (field, ll2) = orders.ElementAt(random.Next(orders.Count));
                var descending = random.Next(2) == 0;
                order = new[] { new Dictionary<string, string> { [field] = descending ? "DESC" : "ASC" } };
                ordering = (descending ? "-" : "") + ll2 + (ll2 == "id" ? "" : ",id");
            }

            if (list.Orders is not null && all.Count > 0 && random.Next(4) == 0)
            {
                var words = ((string?)all[random.Next(all.Count)]["name"] ?? "Soyuz").Split(' ');
                search = words[random.Next(words.Length)];
            }

            var key = $"{ordering}|{search}";
            if (!oracle.TryGetValue(key, out var rows))
            {
                rows = oracle[key] = await fixture.RestAsync(list.Rest
                    + (ordering is null ? "" : "&ordering=" + ordering)
                    + (search is null ? "" : "&search=" + Uri.EscapeDataString(search)));
            }

            var size = random.Next(1, 9);
            var backwards = random.Next(3) == 0;
            var matching = rows.Where(r => Holds(list, where, r)).Select(r => Id(r["id"])).ToList();
            var expected = backwards ? matching.TakeLast(size) : matching.Take(size);
            var variables = new Dictionary<string, object?>
            {
                ["where"] = where, [backwards ? "last" : "first"] = size,
            };
            if (list.Orders is not null)
            {
                variables["order"] = order;
                variables["search"] = search;
            }

            fixture.Reset();

            var answer = await fixture.PostAsync(Query(list), variables);

            var text = JsonSerializer.Serialize(variables);
            Assert.True(answer.Errors.Count == 0, text + " " + answer);
            Assert.True(matching.Count == (int)answer.Data![name]!["totalCount"]!, text + " " + answer);
            var ids = answer.Data[name]!["nodes"]!.AsArray().Select(n => Id(n![list.IdField]));
            Assert.True(expected.SequenceEqual(ids), text + " " + answer);
            var calls = fixture.Requests.Entries.Select(e => e.PathAndQuery).ToList();
            if (calls.Any(c => c.Contains("limit=100&", StringComparison.Ordinal)))
            {
                local++;
                // Aligned blocks of 100 in order, never more than the whole collection needs.
                Assert.Equal(calls.Select((_, k) => $"offset={k * 100}&"),
                    calls.Select(c => c[c.IndexOf("offset=", StringComparison.Ordinal)..]
                        .Split('&')[0] + "&"));
                Assert.True(calls.Count <= Math.Max(1, (all.Count + 99) / 100), text);
            }
            else
            {
                Assert.True(calls.Count <= 1, text);
            }
        }

        output.WriteLine($"{name}: {local} of {cases} answered locally over {all.Count} rows");
        Assert.True(local >= cases / 2, $"{local} of {cases}");
    }

    [Fact]
    public async Task ANeqOnSpacecraftReadsEverySpacecraftInCeilCountOver100AlignedBlocks()
    {
        var all = await fixture.RestAsync("spacecraft/?limit=100&ordering=id");
        fixture.Reset();

        var answer = await fixture.PostAsync(
            "{ spacecrafts(first: 2, where: { status: { id: { neq: 1 } } }) { totalCount nodes { ll2Id } } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        var expected = all.Where(s => s["status"] is JsonObject status && (int)status["id"]! != 1).ToList();
        Assert.Equal(expected.Count, (int)answer.Data!["spacecrafts"]!["totalCount"]!);
        Assert.Equal(expected.Take(2).Select(s => Id(s["id"])),
            answer.Data["spacecrafts"]!["nodes"]!.AsArray().Select(n => Id(n!["ll2Id"])));
        Assert.Equal(201, all.Count);
        Assert.Equal(Enumerable.Range(0, 3).Select(k => $"/2.3.0/spacecraft/?limit=100&mode=normal&offset={k * 100}" +
            "&ordering=id"), fixture.Requests.Entries.Select(e => e.PathAndQuery));
    }

    [Fact]
    public async Task AnOperationLevelAndOfPushableOperatorsReadsTheBlocksOfTheLocalPath()
    {
        var all = await fixture.RestAsync("spacecraft/?limit=100&ordering=id");
        var status = all.GroupBy(s => (int?)s["status"]?["id"]).OrderByDescending(g => g.Count()).First().Key!.Value;
        fixture.Reset();

        // Pushing { status: { id: { eq } } } would be one call with status=; the and is evaluated here, whole.
        var answer = await fixture.PostAsync("query($s: Int!) { spacecrafts(first: 2, where: { status: { id: " +
            "{ and: [{ eq: $s }] } }, name: { or: [{ contains: \"a\" }, { contains: \"o\" }] } }) " +
            "{ totalCount nodes { ll2Id } } }", new { s = status });

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        var expected = all.Where(s => (int?)s["status"]?["id"] == status
            && ((string?)s["name"] is { } name && (name.Contains('a') || name.Contains('o')))).ToList();
        Assert.Equal(expected.Count, (int)answer.Data!["spacecrafts"]!["totalCount"]!);
        Assert.Equal(expected.Take(2).Select(s => Id(s["id"])),
            answer.Data["spacecrafts"]!["nodes"]!.AsArray().Select(n => Id(n!["ll2Id"])));
        Assert.True(expected.Count > 2 && expected.Count < all.Count, $"{expected.Count} of {all.Count}");
        Assert.Equal(Enumerable.Range(0, 3).Select(k => $"/2.3.0/spacecraft/?limit=100&mode=normal&offset={k * 100}" +
            "&ordering=id"), fixture.Requests.Entries.Select(e => e.PathAndQuery));
    }

    [Fact]
    public async Task LL2sPartIsPushedDownAndOnlyNarrowsTheBlocksRead()
    {
        var all = await fixture.RestAsync("spacecraft/?limit=100&ordering=id");
        var status = all.GroupBy(s => (int?)s["status"]?["id"]).OrderByDescending(g => g.Count()).First().Key!.Value;
        var narrowed = await fixture.RestAsync($"spacecraft/?limit=100&status={status}&ordering=-id");
        fixture.Reset();

        // status.id { eq neq }: eq is pushed, neq evaluated here; startsWith and the or branches here only.
        var answer = await fixture.PostAsync("query($s: Int!) { spacecrafts(last: 3, order: [{ id: DESC }], where: " +
            "{ status: { id: { eq: $s, neq: 999 } }, name: { nstartsWith: \"Soyuz\" }, " +
            "or: [{ isPlaceholder: { neq: true } }, { name: { endsWith: \"1\" } }] }) { totalCount nodes { ll2Id } } }",
            new { s = status });

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        var expected = narrowed.Where(s => !((string?)s["name"] ?? "").StartsWith("Soyuz", StringComparison.Ordinal)
            && ((bool?)s["is_placeholder"] != true || ((string?)s["name"])?.EndsWith('1') == true)).ToList();
        Assert.Equal(expected.Count, (int)answer.Data!["spacecrafts"]!["totalCount"]!);
        Assert.Equal(expected.TakeLast(3).Select(s => Id(s["id"])),
            answer.Data["spacecrafts"]!["nodes"]!.AsArray().Select(n => Id(n!["ll2Id"])));
        Assert.Equal(Enumerable.Range(0, Math.Max(1, (narrowed.Count + 99) / 100)).Select(k =>
                $"/2.3.0/spacecraft/?limit=100&mode=normal&offset={k * 100}&ordering=-id&status={status}"),
            fixture.Requests.Entries.Select(e => e.PathAndQuery));
        Assert.True(expected.Count > 3 && expected.Count < narrowed.Count && narrowed.Count > 100,
            $"{expected.Count} of {narrowed.Count}");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task CursorsWalkALocalAnswerBothWaysAsOneList(bool forward)
    {
        var all = await fixture.RestAsync("spacecraft/?limit=100&ordering=-flights_count,id");
        var expected = all.Where(s => ((string?)s["name"])?.StartsWith("Soyuz", StringComparison.Ordinal) != true)
            .Select(s => Id(s["id"])).ToList();
        var (ids, pages, cursor) = (new List<string>(), 0, (string?)null);
        while (true)
        {
            var paging = forward ? "first: 20, after: $c" : "last: 20, before: $c";
            var answer = await fixture.PostAsync($"query($c: String) {{ spacecrafts({paging}, order: [{{ " +
                "flightsCount: DESC }], where: { name: { nstartsWith: \"Soyuz\" } }) { totalCount pageInfo " +
                "{ hasNextPage hasPreviousPage startCursor endCursor } nodes { ll2Id } } }", new { c = cursor });
            Assert.True(answer.Errors.Count == 0, answer.ToString());
            Assert.Equal(expected.Count, (int)answer.Data!["spacecrafts"]!["totalCount"]!);
            var page = answer.Data["spacecrafts"]!["nodes"]!.AsArray().Select(n => Id(n!["ll2Id"])).ToList();
            ids = forward ? [.. ids, .. page] : [.. page, .. ids];
            pages++;
            var info = answer.Data["spacecrafts"]!["pageInfo"]!;
            if (!(bool)info[forward ? "hasNextPage" : "hasPreviousPage"]!)
            {
                break;
            }

            cursor = (string)info[forward ? "endCursor" : "startCursor"]!;
        }

        Assert.Equal(expected, ids);
        Assert.Equal((expected.Count + 19) / 20, pages);
        Assert.True(expected.Count > 40, expected.Count.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task AStationFieldAnExpeditionDoesNotEmbedIsRefusedWithTheReasonBeforeAnyCall()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync(
            "{ expeditions(where: { spaceStation: { id: { eq: 4 }, mass: { gt: 100 } } }) { totalCount } }");

        Assert.Equal("FILTER_NOT_SUPPORTED", answer.FirstCode);
        Assert.Contains("mass cannot be evaluated here: an expedition embeds its station as SpaceStationNormal (no " +
            "dimensions, crew or vehicle counts)", (string)answer.Errors[0]!["message"]!);
        Assert.Equal(0, fixture.Requests.Count);
    }

    [Fact]
    public async Task AFieldTheRowsDoNotCarryIsRefusedWithTheReasonBeforeAnyCall()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync("{ astronauts(where: { isHuman: { neq: true } }) { totalCount } }");

        Assert.Equal("FILTER_NOT_SUPPORTED", answer.FirstCode);
        Assert.Contains("LL2 cannot execute isHuman.neq on astronauts; isHuman cannot be evaluated here: LL2's " +
            "astronaut rows carry no is_human value", (string)answer.Errors[0]!["message"]!);
        Assert.Equal(0, fixture.Requests.Count);
    }

    private static string Query(ListCase list) => list.Orders is null
        ? $"query($first: Int, $last: Int, $where: {list.Input}) {{ {list.Field}(first: $first, last: $last, " +
            $"where: $where) {{ totalCount nodes {{ {list.IdField} }} }} }}"
        : $"query($first: Int, $last: Int, $where: {list.Input}, $order: [{list.Sort}!], $search: String) " +
            $"{{ {list.Field}(first: $first, last: $last, where: $where, order: $order, search: $search) " +
            $"{{ totalCount nodes {{ {list.IdField} }} }} }}";

    private static string Id(JsonNode? id) =>
        id is JsonValue value && value.TryGetValue<string>(out var text) ? text : id!.ToJsonString();

    private static Dictionary<string, object?> Where(ListCase list, List<JsonObject> rows, Random random, int depth)
    {
        var where = new Dictionary<string, object?>();
        for (var p = random.Next(1, 3); p > 0; p--)
        {
            if (random.Next(depth < 1 ? 4 : 8) == 0)
            {
                where[random.Next(2) == 0 ? "or" : "and"] = Enumerable.Range(0, random.Next(1, 4))
                    .Select(_ => Where(list, rows, random, depth + 1)).ToArray();
                continue;
            }

            var field = list.Fields[random.Next(list.Fields.Count)];
            // A nested field is { a: { b: operations } }; one more of the same object replaces it.
            var path = field.Name.Split('.');
            object? value = Operation(field, rows, random);
            foreach (var segment in path[1..].Reverse())
            {
                value = new Dictionary<string, object?> { [segment] = value };
            }

            where[path[0]] = value;
        }

        return where;
    }

    private static readonly string[] Comparisons =
        ["eq", "neq", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte", "in", "nin"];

    private static Dictionary<string, object?> Operation(FieldCase field, List<JsonObject> rows, Random random)
    {
        var row = rows.Count > 0 ? rows[random.Next(rows.Count)] : null;
        // Mostly a value some row has (most recorded durations and coordinates are null).
        var values = rows.Select(r => At(r, field.Json)).Where(v => v is JsonValue).ToList();
        var leaf = values.Count > 0 && random.Next(4) != 0 ? values[random.Next(values.Count)]
            : At(row, field.Json);
        switch (field.Kind)
        {
            case Kind.Text:
                string[] texts = ["eq", "neq", "contains", "ncontains", "in", "nin", "startsWith", "nstartsWith",
                    "endsWith", "nendsWith"];
                var operation = texts[random.Next(texts.Length)];
                // Within Limits:MaxStringArgumentLength (LL2's descriptions are longer).
                var value = (string?)leaf is { Length: > 0 } recorded ? recorded[..Math.Min(recorded.Length, 120)]
                    : "Dragon";
                var start = random.Next(value.Length);
                object? text = random.Next(5) switch
                {
                    0 => value,
                    1 => value[..random.Next(1, value.Length + 1)],
                    2 => value[start..],
                    3 => operation is "eq" or "neq" ? null : value.ToUpperInvariant(),
                    _ => value.Substring(start, random.Next(1, value.Length - start + 1)),
                };
                return new() { [operation] = operation is "in" or "nin" ? new[] { text, value } : text };
            case Kind.Lookup:
                return new() { ["id"] = Ids(rows.Select(r => r[field.Json]?["id"]).ToList(), random) };
            case Kind.Id:
                return Ids(rows.Select(r => At(r, field.Json)).ToList(), random);
            case Kind.Flag:
                bool?[] flags = [true, false, null];
                return new() { [random.Next(2) == 0 ? "eq" : "neq"] = flags[random.Next(3)] };
            case Kind.Number:
                return Compared(random, leaf is JsonValue number && number.TryGetValue<long>(out var n)
                    ? n + random.Next(-1, 2)
                    : random.Next(30, 70));
            case Kind.Float:
                return Compared(random, leaf is JsonValue real ? real.GetValue<double>() : 1.5);
            case Kind.Duration:
                return Compared(random, (string?)leaf ?? "P1D");
            case Kind.Instant:
                return Compared(random, (string?)leaf ?? "2020-01-01T00:00:00Z");
            case Kind.Date:
                // A recorded date or a day either side (1998-11-20: Zarya's launch, the ISS's founding).
                return Compared(random, ParseDay((string?)leaf ?? "1998-11-20").AddDays(random.Next(-1, 2))
                    .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            default:
                var flight = new Dictionary<string, object?>();
                if (random.Next(3) != 0)
                {
                    var spacecraft = new Dictionary<string, object?>();
                    if (random.Next(3) != 0)
                    {
                        spacecraft["id"] = Ids(rows.Select(r => r[field.Json]?["spacecraft"]?["id"]).ToList(),
                            random);
                    }

                    if (spacecraft.Count == 0 || random.Next(3) == 0)
                    {
                        var config = At(row, field.Json + ".spacecraft.spacecraft_config.id");
                        spacecraft["spacecraftConfig"] = new Dictionary<string, object?>
                        {
                            ["id"] = Compared(random, config is JsonValue id ? id.GetValue<long>() : 1L),
                        };
                    }

                    flight["spacecraft"] = spacecraft;
                }

                if (flight.Count == 0 || random.Next(2) == 0)
                {
                    flight["launch"] = new Dictionary<string, object?>
                    {
                        ["id"] = Ids(rows.Select(r => r[field.Json]?["launch"]?["id"]).ToList(), random),
                    };
                }

                return flight;
        }
    }

    // One of HC's comparison operators with a value near the recorded ones (null now and then; in/nin: a list).
    private static Dictionary<string, object?> Compared(Random random, object value)
    {
        var operation = Comparisons[random.Next(Comparisons.Length)];
        object? operand = random.Next(6) == 0 ? null : value;
        return new()
        {
            [operation] = operation is "in" or "nin" ? new[] { operand, value } : operand,
        };
    }

    private static DateOnly ParseDay(string text) =>
        DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JsonNode? At(JsonNode? node, string path) =>
        path.Split('.').Aggregate(node, (current, segment) => current is JsonObject o ? o[segment] : null);

    // in/nin take a list; a single value is coerced to a list of one (GraphQL's input coercion).
    private static Dictionary<string, object?> Ids(List<JsonNode?> ids, Random random)
    {
        var known = ids.Where(i => i is not null).Select(Id).Distinct().ToList();
        string Pick() => known.Count == 0 ? "1" : known[random.Next(known.Count)];
        var operation = new[] { "eq", "neq", "in", "nin" }[random.Next(4)];
        object? operand = operation is "in" or "nin"
            ? Enumerable.Range(0, random.Next(0, 4)).Select(_ => Pick()).ToArray()
            : random.Next(8) == 0 ? null : Pick();
        return new() { [operation] = operand };
    }

    // The test's own Hot Chocolate semantics: fields and operators AND, and/or lists, ordinal strings, a related
    // or nested object's filter holds only where it is there, lifted comparisons (null only equals null).
    private static bool Holds(ListCase list, Dictionary<string, object?> where, JsonObject row, string prefix = "") =>
        where.All(pair => pair.Key switch
        {
            "and" => ((IEnumerable<Dictionary<string, object?>>)pair.Value!).All(b => Holds(list, b, row, prefix)),
            "or" => ((IEnumerable<Dictionary<string, object?>>)pair.Value!) is var branches
                && (!branches.Any() || branches.Any(b => Holds(list, b, row, prefix))),
            _ => list.Fields.SingleOrDefault(f => f.Name == prefix + pair.Key) is { } field
                ? Field(field, (Dictionary<string, object?>)pair.Value!, row[field.Json.Split('.')[^1]])
                : row[Segment(list, prefix + pair.Key)] is JsonObject nested
                    && Holds(list, (Dictionary<string, object?>)pair.Value!, nested, prefix + pair.Key + "."),
        });

    // The LL2 field of the nested object at a filter path (landingLocation.celestialBody → celestial_body).
    private static string Segment(ListCase list, string path)
    {
        var depth = path.Count(c => c == '.');
        return list.Fields.First(f => f.Name.StartsWith(path + ".", StringComparison.Ordinal)).Json.Split('.')[depth];
    }

    private static bool Field(FieldCase field, Dictionary<string, object?> operations, JsonNode? value) =>
        field.Kind switch
        {
            Kind.Text => Text(operations, (string?)value),
            Kind.Lookup => value is JsonObject related
                && IdHolds((Dictionary<string, object?>)operations["id"]!, Id(related["id"])),
            Kind.Id => IdHolds(operations, Id(value)),
            Kind.Flag => operations.All(pair => (pair.Key == "eq") == ((bool?)value == (bool?)pair.Value)),
            Kind.Number => Compare(operations, (long?)value, v => Convert.ToInt64(v, CultureInfo.InvariantCulture)),
            Kind.Float => Compare(operations, (double?)value, v => Convert.ToDouble(v, CultureInfo.InvariantCulture)),
            Kind.Duration => Compare(operations, value is null ? null : XmlConvert.ToTimeSpan((string)value!),
                v => XmlConvert.ToTimeSpan((string)v)),
            Kind.Instant => Compare(operations, (DateTimeOffset?)value,
                v => DateTimeOffset.Parse((string)v, CultureInfo.InvariantCulture)),
            Kind.Date => Compare(operations, value is null ? null : ParseDay((string)value!), v => ParseDay((string)v)),
            _ => value is JsonObject flight && operations.All(pair => flight[pair.Key] is JsonObject related
                && ((Dictionary<string, object?>)pair.Value!).All(inner => inner.Key == "id"
                    ? IdHolds((Dictionary<string, object?>)inner.Value!, Id(related["id"]))
                    : related["spacecraft_config"] is JsonObject config
                        && Compare((Dictionary<string, object?>)((Dictionary<string, object?>)inner.Value!)["id"]!,
                            (long?)config["id"], v => Convert.ToInt64(v, CultureInfo.InvariantCulture)))),
        };

    private static bool Text(Dictionary<string, object?> operations, string? value) => operations.All(pair =>
    {
        var text = pair.Value as string;
        return pair.Key switch
        {
            "eq" => value == text,
            "neq" => value != text,
            "in" => ((object?[])pair.Value!).Contains(value),
            "nin" => !((object?[])pair.Value!).Contains(value),
            "contains" => value is not null && value.Contains(text!, StringComparison.Ordinal),
            "ncontains" => !(value is not null && value.Contains(text!, StringComparison.Ordinal)),
            "startsWith" => value is not null && value.StartsWith(text!, StringComparison.Ordinal),
            "nstartsWith" => !(value is not null && value.StartsWith(text!, StringComparison.Ordinal)),
            "endsWith" => value is not null && value.EndsWith(text!, StringComparison.Ordinal),
            _ => !(value is not null && value.EndsWith(text!, StringComparison.Ordinal)),
        };
    });

    // Ids are never null: eq null holds for nothing, neq null for everything.
    private static bool IdHolds(Dictionary<string, object?> operations, string id) => operations.All(pair =>
    {
        var set = pair.Value as string?[] ?? new[] { (string?)pair.Value };
        return pair.Key is "eq" or "in" ? set.Contains(id) : !set.Contains(id);
    });

    private static bool Compare<TValue>(Dictionary<string, object?> operations, TValue? value,
        Func<object, TValue> parse)
        where TValue : struct, IComparable<TValue> => operations.All(pair =>
    {
        if (pair.Key is "in" or "nin")
        {
            var set = ((IEnumerable<object?>)pair.Value!).Select(v => v is null ? (TValue?)null : parse(v));
            return set.Contains(value) == (pair.Key == "in");
        }

        return HotChocolateOracle.Compare(pair.Key, value, pair.Value is null ? null : parse(pair.Value));
    });
}
