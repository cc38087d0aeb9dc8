using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
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
        Uuid,
        Number,
        Instant,
        Flight,
        Duration,
        Object,
    }

    private sealed record FieldCase(string Name, Kind Kind, string Json, FieldCase[]? Inner = null);

    /// <param name="Rest">The snapshot's REST path in the gateway's default order (the oracle).</param>
    /// <param name="Orders">GraphQL order → LL2 ordering, for lists the test also orders and searches.</param>
    private sealed record ListCase(string Field, string Input, string Rest, IReadOnlyList<FieldCase> Fields,
        IReadOnlyDictionary<string, string>? Orders = null, string? Sort = null, string IdField = "ll2Id");

    private static readonly FieldCase[] LaunchFields =
    [
        new("id", Kind.Uuid, "id"), new("slug", Kind.Text, "slug"), new("name", Kind.Text, "name"),
        // No url: the oracle's and the gateway's snapshots write their own hosts into it.
        new("launchDesignator", Kind.Text, "launch_designator"), new("failreason", Kind.Text, "failreason"), new("status", Kind.Lookup, "status"),
        new("launchServiceProvider", Kind.Lookup, "launch_service_provider"),
        new("netPrecision", Kind.Lookup, "net_precision"), new("webcastLive", Kind.Flag, "webcast_live"),
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
                new("name", Kind.Text, "name"), new("spacecraftConfig", Kind.Lookup, "spacecraft_config"),
                new("status", Kind.Lookup, "status"), new("inSpace", Kind.Flag, "in_space"),
                new("isPlaceholder", Kind.Flag, "is_placeholder"),
            ],
            new Dictionary<string, string>
            {
                ["id"] = "id", ["flightsCount"] = "flights_count", ["timeInSpace"] = "time_in_space",
            }, "SpacecraftSortInput"),
        new("spacecraftFlights", "SpacecraftFlightFilterInput", "spacecraft_flights/?limit=100",
            [
                new("spacecraft", Kind.Lookup, "spacecraft"), new("id", Kind.Uuid, "id"),
                new("destination", Kind.Text, "destination"), new("missionEnd", Kind.Instant, "mission_end"),
                new("duration", Kind.Duration, "duration"), new("turnAroundTime", Kind.Duration, "turn_around_time"),
            ]),
        new("launches", "LaunchFilterInput", "launches/?limit=100&ordering=net,id", LaunchFields,
            LaunchOrders, "LaunchSortInput"),
        new("previousLaunches", "LaunchFilterInput", "launches/previous/?limit=100&ordering=-net,id", LaunchFields,
            LaunchOrders, "LaunchSortInput"),
        new("landings", "LandingFilterInput", "landings/?limit=100&ordering=id",
            [
                new("landingLocation", Kind.Lookup, "landing_location"), new("type", Kind.Lookup, "type"),
                new("spacecraftFlight", Kind.Flight, "spacecraftflight"),
            ]),
        new("expeditions", "ExpeditionFilterInput", "expeditions/?limit=100&ordering=start,id",
            [
                new("spaceStation", Kind.Lookup, "spacestation"),
                new("spaceStation", Kind.Object, "spacestation",
                [
                    new("id", Kind.Uuid, "id"), new("name", Kind.Text, "name"), new("orbit", Kind.Text, "orbit"),
                    new("status", Kind.Lookup, "status"), new("type", Kind.Lookup, "type"),
                ]),
            ], IdField: "id"),
        new("astronauts", "AstronautFilterInput", "astronauts/?limit=100&ordering=id",
            [
                new("age", Kind.Number, "age"), new("inSpace", Kind.Flag, "in_space"),
                new("status", Kind.Lookup, "status"), new("lastFlight", Kind.Instant, "last_flight"),
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
        var (cases, local) = (40, 0);
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
        var answer = await fixture.PostAsync("query($s: ID!) { spacecrafts(first: 2, where: { status: { id: " +
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
        var answer = await fixture.PostAsync("query($s: ID!) { spacecrafts(last: 3, order: [{ id: DESC }], where: " +
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
    public async Task AFieldTheRowsDoNotCarryIsRefusedWithTheReasonBeforeAnyCall()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync("{ astronauts(where: { isHuman: { neq: true } }) { totalCount } }");

        Assert.Equal("FILTER_NOT_SUPPORTED", answer.FirstCode);
        Assert.Contains("LL2 cannot execute isHuman.neq on astronauts; isHuman cannot be evaluated here: LL2's " +
            "astronaut rows carry no is_human value", (string)answer.Errors[0]!["message"]!);
        Assert.Equal(0, fixture.Requests.Count);
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

    private static string Query(ListCase list) => list.Orders is null
        ? $"query($first: Int, $last: Int, $where: {list.Input}) {{ {list.Field}(first: $first, last: $last, " +
            $"where: $where) {{ totalCount nodes {{ {list.IdField} }} }} }}"
        : $"query($first: Int, $last: Int, $where: {list.Input}, $order: [{list.Sort}!], $search: String) " +
            $"{{ {list.Field}(first: $first, last: $last, where: $where, order: $order, search: $search) " +
            $"{{ totalCount nodes {{ {list.IdField} }} }} }}";

    private static string Id(JsonNode? id) =>
        id is JsonValue value && value.TryGetValue<string>(out var text) ? text : id!.ToJsonString();

    private static Dictionary<string, object?> Where(ListCase list, List<JsonObject> rows, Random random, int depth) =>
        Where(list.Fields, rows, random, depth);

    private static Dictionary<string, object?> Where(IReadOnlyList<FieldCase> fields, List<JsonObject> rows,
        Random random, int depth)
    {
        var where = new Dictionary<string, object?>();
        for (var p = random.Next(1, 3); p > 0; p--)
        {
            if (random.Next(depth < 1 ? 4 : 8) == 0)
            {
                where[random.Next(2) == 0 ? "or" : "and"] = Enumerable.Range(0, random.Next(1, 4))
                    .Select(_ => Where(fields, rows, random, depth + 1)).ToArray();
                continue;
            }

            var field = fields[random.Next(fields.Count)];
            where[field.Name] = field.Kind == Kind.Object
                ? Where(field.Inner!, rows.Select(r => r[field.Json]).OfType<JsonObject>().ToList(), random, 1)
                : Operation(field, rows, random);
        }

        return where;
    }

    private static Dictionary<string, object?> Operation(FieldCase field, List<JsonObject> rows, Random random)
    {
        var row = rows.Count > 0 ? rows[random.Next(rows.Count)] : null;
        switch (field.Kind)
        {
            case Kind.Text:
                string[] texts = ["eq", "neq", "contains", "ncontains", "in", "nin", "startsWith", "nstartsWith",
                    "endsWith", "nendsWith"];
                var operation = texts[random.Next(texts.Length)];
                // An empty text (a launch's failreason) has no substrings to pick.
                var value = (string?)row?[field.Json] is { Length: > 0 } recorded ? recorded : "Dragon";
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
            case Kind.Uuid:
                return Ids(rows.Select(r => r[field.Json]).ToList(), random);
            case Kind.Flag:
                bool?[] flags = [true, false, null];
                return new() { [random.Next(2) == 0 ? "eq" : "neq"] = flags[random.Next(3)] };
            case Kind.Number:
                string[] numbers = ["eq", "neq", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"];
                var bound = random.Next(4) == 0 ? (int?)null : random.Next(30, 70);
                return new() { [numbers[random.Next(numbers.Length)]] = bound };
            case Kind.Instant:
                return new() { [random.Next(2) == 0 ? "neq" : "ngt"] = "2020-01-01T00:00:00Z" };
            case Kind.Duration:
                string[] spans = ["eq", "neq", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"];
                return new()
                {
                    [spans[random.Next(spans.Length)]] =
                        (string?)row?[field.Json] ?? (random.Next(2) == 0 ? null : "P1D"),
                };
            default:
                var flight = new Dictionary<string, object?>();
                if (random.Next(3) != 0)
                {
                    flight["spacecraft"] = new Dictionary<string, object?>
                    {
                        ["id"] = Ids(rows.Select(r => r[field.Json]?["spacecraft"]?["id"]).ToList(), random),
                    };
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
    // object's filter holds only where it is there, lifted comparisons (null only equals null).
    private static bool Holds(ListCase list, Dictionary<string, object?> where, JsonObject row) =>
        Holds(list.Fields, where, row);

    // A field name may be drawn in two forms (the id lookup and the whole nested object): the value tells which.
    private static bool Holds(IReadOnlyList<FieldCase> fields, Dictionary<string, object?> where, JsonObject row) =>
        where.All(pair => pair.Key switch
        {
            "and" => ((IEnumerable<Dictionary<string, object?>>)pair.Value!).All(b => Holds(fields, b, row)),
            "or" => ((IEnumerable<Dictionary<string, object?>>)pair.Value!) is var branches
                && (!branches.Any() || branches.Any(b => Holds(fields, b, row))),
            _ => fields.Where(f => f.Name == pair.Key).ToList() is var named && named.Count == 2
                ? row[named[1].Json] is JsonObject child
                    && Holds(named[1].Inner!, (Dictionary<string, object?>)pair.Value!, child)
                : Field(named.Single(), (Dictionary<string, object?>)pair.Value!, row),
        });

    private static bool Field(FieldCase field, Dictionary<string, object?> operations, JsonObject row) =>
        field.Kind switch
        {
            Kind.Text => Text(operations, (string?)row[field.Json]),
            Kind.Lookup => row[field.Json] is JsonObject related
                && IdHolds((Dictionary<string, object?>)operations["id"]!, Id(related["id"])),
            Kind.Uuid => IdHolds(operations, Id(row[field.Json])),
            Kind.Flag => operations.All(pair => (pair.Key == "eq") == ((bool?)row[field.Json] == (bool?)pair.Value)),
            Kind.Number => Compare(operations, (long?)row[field.Json],
                v => Convert.ToInt64(v, CultureInfo.InvariantCulture)),
            Kind.Instant => Compare(operations, (DateTimeOffset?)row[field.Json],
                v => DateTimeOffset.Parse((string)v, CultureInfo.InvariantCulture)),
            Kind.Duration => Compare(operations,
                (string?)row[field.Json] is { } span ? System.Xml.XmlConvert.ToTimeSpan(span) : (TimeSpan?)null,
                v => System.Xml.XmlConvert.ToTimeSpan((string)v)),
            _ => row[field.Json] is JsonObject flight && operations.All(pair => flight[pair.Key] is JsonObject related
                && IdHolds((Dictionary<string, object?>)((Dictionary<string, object?>)pair.Value!)["id"]!,
                    Id(related["id"]))),
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
        TValue? operand = pair.Value is null ? null : parse(pair.Value);
        int? order = value is { } v && operand is { } o ? v.CompareTo(o) : null;
        return pair.Key switch
        {
            "eq" => Nullable.Equals(value, operand),
            "neq" => !Nullable.Equals(value, operand),
            "gt" => order > 0,
            "ngt" => !(order > 0),
            "gte" => order >= 0,
            "ngte" => !(order >= 0),
            "lt" => order < 0,
            "nlt" => !(order < 0),
            "lte" => order <= 0,
            _ => !(order <= 0),
        };
    });
}
