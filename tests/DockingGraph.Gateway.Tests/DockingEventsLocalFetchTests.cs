using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// dockingEvents with a where or an order LL2 cannot execute while the mirror is off: every event LL2's part selects
/// is read as aligned blocks of 100 (the mirror's own URLs), evaluated, counted and paged here. Compared with this
/// file's own brute-force evaluation of Hot Chocolate's semantics over the snapshot's REST collection.
/// </summary>
public sealed class DockingEventsLocalFetchTests(GatewayFixture fixture, ITestOutputHelper output)
    : IClassFixture<GatewayFixture>
{
    private const string Query = "query($first: Int, $last: Int, $after: String, $before: String, " +
        "$where: DockingEventFilterInput, $order: [DockingEventSortInput!]) { dockingEvents(first: $first, " +
        "last: $last, after: $after, before: $before, where: $where, order: $order) { totalCount " +
        "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { ll2Id } } }";

    // Sort paths and the brute force's reading of each (the REST row's JSON).
    private static readonly string[] Paths =
    [
        "id", "url", "docking", "departure", "dockingLocation.id", "dockingLocation.name",
        "dockingLocation.spaceStation.name", "spaceStationTarget.id", "spaceStationTarget.name",
        "spaceStationTarget.volume", "spaceStationTarget.status.name", "flightVehicleChaser.destination",
        "flightVehicleChaser.missionEnd", "flightVehicleChaser.duration", "flightVehicleChaser.id",
    ];

    [Fact]
    public async Task ThreeBlocksWithTheMirrorOffTheParentStaysAnLl2FilterAndTheCacheAnswersARepeat()
    {
        await using var harness = await CacheHarness.StartAsync();
        harness.Reset();

        var first = await harness.PostAsync("{ dockingEvents(first: 5, where: { departure: { eq: null } }) " +
            "{ totalCount nodes { ll2Id } } }");
        var blocks = harness.Requests.Entries.Select(e => e.PathAndQuery).ToList();
        var sorted = await harness.PostAsync("{ dockingEvents(last: 3, order: [{ url: DESC }]) " +
            "{ totalCount nodes { ll2Id } } }");
        var nested = await harness.PostAsync("{ spaceStation(id: 18) { dockingEvents(where: { departure: " +
            "{ eq: null } }, order: [{ id: DESC }]) { totalCount nodes { ll2Id } } } }");

        Assert.True(first.Errors.Count == 0, first.ToString());
        Assert.Equal(22, (int)first.Data!["dockingEvents"]!["totalCount"]!);
        Assert.Equal(3, (int)first.Ll2()!["calls"]!);
        Assert.Equal(
        [
            "/2.3.0/docking_events/?limit=100&mode=detailed&offset=0&ordering=docking%2Cdeparture",
            "/2.3.0/docking_events/?limit=100&mode=detailed&offset=100&ordering=docking%2Cdeparture",
            "/2.3.0/docking_events/?limit=100&mode=detailed&offset=200&ordering=docking%2Cdeparture",
        ], blocks);
        // Another page, another where-less local order: the same blocks, from the cross-request cache.
        Assert.True(sorted.Errors.Count == 0, sorted.ToString());
        Assert.Equal(260, (int)sorted.Data!["dockingEvents"]!["totalCount"]!);
        Assert.Equal(0, (int)sorted.Ll2()!["calls"]!);
        Assert.Equal(3, (int)sorted.Ll2()!["cacheHits"]!);
        // A station's events: its id stays the LL2 filter (one block of its own), the rest is evaluated here.
        Assert.True(nested.Errors.Count == 0, nested.ToString());
        Assert.Contains("/2.3.0/docking_events/?limit=100&mode=detailed&offset=0&ordering=docking%2Cdeparture" +
            "&space_station_target__id=18", harness.Requests.Entries.Select(e => e.PathAndQuery));
        Assert.Equal(5, (int)nested.Data!["spaceStation"]!["dockingEvents"]!["totalCount"]!);
        var ids = nested.Data["spaceStation"]!["dockingEvents"]!["nodes"]!.AsArray().Select(n => (int)n!["ll2Id"]!);
        Assert.Equal(ids.OrderDescending(), ids);
        Assert.Equal(4, harness.Requests.Entries.Count(e => e.Path == "/2.3.0/docking_events/"));
    }

    [Fact]
    public async Task MoreBlocksThanTheLimitAreRefusedSayingHowManyAndARepeatCostsNoCall()
    {
        await using var harness = await CacheHarness.StartAsync(1, null, "--Limits:MaxLl2CallsPerRequest", "2");
        harness.Reset();
        const string dockedNow = "{ dockingEvents(where: { departure: { eq: null } }) { totalCount } }";

        var refused = await harness.PostAsync(dockedNow);
        var spent = harness.Requests.Count;
        var again = await harness.PostAsync(dockedNow);
        var byOrder = await harness.PostAsync("{ dockingEvents(order: [{ dockingLocation: { name: ASC } }]) " +
            "{ totalCount } }");
        var narrowed = await harness.PostAsync("{ dockingEvents(where: { departure: { eq: null }, " +
            "spaceStationTarget: { id: { eq: 18 } } }) { totalCount } }");

        Assert.Equal("FILTER_NOT_SUPPORTED", refused.FirstCode);
        Assert.Contains("LL2 cannot execute departure.eq: null on docking events, and evaluating it here needs all " +
            "260 docking events the rest of the where selects: 3 LL2 calls of 100 rows, while a request may make 2 " +
            "(Limits:MaxLl2CallsPerRequest)", (string)refused.Errors[0]!["message"]!);
        Assert.Equal(3, (int)refused.Errors[0]!["extensions"]!["ll2CallsNeeded"]!);
        Assert.Equal(1, spent);
        Assert.Equal("FILTER_NOT_SUPPORTED", again.FirstCode);
        Assert.Equal(0, (int)again.Ll2()!["calls"]!);
        // The order alone needs the blocks: its own code, and the message says how to avoid it.
        Assert.Equal("SORT_NOT_SUPPORTED", byOrder.FirstCode);
        Assert.Contains("LL2 cannot execute the order by dockingLocation.name", (string)byOrder.Errors[0]!["message"]!);
        Assert.Contains("or order by what LL2 orders by.", (string)byOrder.Errors[0]!["message"]!);
        Assert.DoesNotContain("order by what LL2", (string)refused.Errors[0]!["message"]!);
        Assert.Equal(0, (int)byOrder.Ll2()!["calls"]!);
        // What LL2 executes narrows the blocks: one call, within the limit.
        Assert.True(narrowed.Errors.Count == 0, narrowed.ToString());
        Assert.Equal(5, (int)narrowed.Data!["dockingEvents"]!["totalCount"]!);
        Assert.Equal(1, (int)narrowed.Ll2()!["calls"]!);
        Assert.Equal(2, harness.Requests.Count);
    }

    [Fact]
    public async Task RandomLocalWheresAndOrdersEqualABruteForceEvaluation()
    {
        var events = await fixture.RestAsync("docking_events/?mode=detailed&limit=100&ordering=docking,departure");
        var stations = (await fixture.RestAsync("space_stations/?mode=detailed&limit=100"))
            .ToDictionary(s => (int)s["id"]!);
        Assert.Equal(260, events.Count);
        var random = new Random(20261201);
        var withRows = 0;
        for (var i = 0; i < 120; i++)
        {
            var where = Where(events, random);
            var order = Enumerable.Range(0, random.Next(1, 3))
                .Select(_ => (Path: Paths[random.Next(Paths.Length)], Descending: random.Next(2) == 0))
                .DistinctBy(k => k.Path).ToList();
            var expected = Sort(events.Where(e => Holds(where, e)), order, stations).ToList();
            var size = random.Next(1, 12);
            var backwards = random.Next(3) == 0;
            var variables = new Dictionary<string, object?>
            {
                ["where"] = where, [backwards ? "last" : "first"] = size, ["order"] = order.Select(Order).ToArray(),
            };
            fixture.Reset();

            var answer = await fixture.PostAsync(Query, variables);

            var text = JsonSerializer.Serialize(variables);
            Assert.True(answer.Errors.Count == 0, text + " " + answer);
            Assert.Equal(expected.Count, (int)answer.Data!["dockingEvents"]!["totalCount"]!);
            var page = backwards ? expected.TakeLast(size) : expected.Take(size);
            Assert.True(page.SequenceEqual(Ids(answer)), text);
            Assert.InRange(fixture.Requests.Entries.Count(e => e.Path == "/2.3.0/docking_events/"), 1, 3);
            withRows += expected.Count > 0 ? 1 : 0;
        }

        output.WriteLine($"{withRows} of 120 with events");
        Assert.True(withRows > 60, $"{withRows} of 120");
    }

    [Theory]
    [InlineData("""[{ "dockingLocation": { "name": "ASC" } }]""")]
    [InlineData("""[{ "spaceStationTarget": { "name": "DESC" } }, { "departure": "DESC" }]""")]
    [InlineData("""[{ "flightVehicleChaser": { "destination": "ASC", "missionEnd": "DESC" } }]""")]
    public async Task PagingWalksBothWaysWithALocalSortVisitEveryEventOnce(string orderJson)
    {
        var events = await fixture.RestAsync("docking_events/?mode=detailed&limit=100&ordering=docking,departure");
        var order = JsonNode.Parse(orderJson)!;
        var keys = order.AsArray().SelectMany(entry => Flatten(entry!.AsObject(), "")).ToList();
        var expected = Sort(events, keys, new Dictionary<int, JsonObject>()).ToList();

        var forward = new List<int>();
        string? after = null;
        for (var hasNext = true; hasNext;)
        {
            var answer = await fixture.PostAsync(Query, new { first = 40, after, order });
            Assert.True(answer.Errors.Count == 0, answer.ToString());
            forward.AddRange(Ids(answer));
            var info = answer.Data!["dockingEvents"]!["pageInfo"]!;
            (hasNext, after) = ((bool)info["hasNextPage"]!, (string?)info["endCursor"]);
        }

        var backward = new List<int>();
        string? before = null;
        for (var hasPrevious = true; hasPrevious;)
        {
            var answer = await fixture.PostAsync(Query, new { last = 40, before, order });
            Assert.True(answer.Errors.Count == 0, answer.ToString());
            backward.InsertRange(0, Ids(answer));
            var info = answer.Data!["dockingEvents"]!["pageInfo"]!;
            (hasPrevious, before) = ((bool)info["hasPreviousPage"]!, (string?)info["startCursor"]);
        }

        Assert.Equal(expected, forward);
        Assert.Equal(expected, backward);
    }

    private static IEnumerable<int> Ids(GraphQLAnswer answer) =>
        answer.Data!["dockingEvents"]!["nodes"]!.AsArray().Select(n => (int)n!["ll2Id"]!);

    private static IEnumerable<(string Path, bool Descending)> Flatten(JsonObject entry, string prefix) =>
        entry.SelectMany(pair => pair.Value is JsonObject inner
            ? Flatten(inner, prefix + pair.Key + ".")
            : [(prefix + pair.Key, (string)pair.Value! == "DESC")]);

    private static object Order((string Path, bool Descending) key)
    {
        object value = key.Descending ? "DESC" : "ASC";
        foreach (var part in key.Path.Split('.').Reverse())
        {
            value = new Dictionary<string, object> { [part] = value };
        }

        return value;
    }

    // HC over PostgreSQL: NULLs last ascending, first descending; strings byte-ordered; then the push-down's
    // tie-breakers (docking, departure) and the id.
    private static IEnumerable<int> Sort(IEnumerable<JsonObject> events, List<(string Path, bool Descending)> order,
        Dictionary<int, JsonObject> stations)
    {
        var keys = order.Concat(new[] { ("docking", false), ("departure", false) }
            .Where(t => order.All(k => k.Path != t.Item1))).ToList();
        var list = events.ToList();
        list.Sort((a, b) =>
        {
            foreach (var (path, descending) in keys)
            {
                var (x, y) = (Value(a, path, stations), Value(b, path, stations));
                var c = (x, y) switch
                {
                    (null, null) => 0,
                    (null, _) => 1,
                    (_, null) => -1,
                    (string s, string t) => string.CompareOrdinal(s, t),
                    _ => x.CompareTo(y),
                };
                if (c != 0)
                {
                    return descending ? -c : c;
                }
            }

            return ((int)a["id"]!).CompareTo((int)b["id"]!);
        });
        return list.Select(e => (int)e["id"]!);
    }

    private static IComparable? Value(JsonObject e, string path, Dictionary<int, JsonObject> stations)
    {
        var snake = path switch
        {
            "dockingLocation.spaceStation.name" => "docking_location.spacestation.name",
            _ => string.Concat(path.Select(c => char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString())),
        };
        JsonNode? node = e;
        var parts = snake.Split('.');
        for (var i = 0; i < parts.Length && node is not null; i++)
        {
            // A station field the event does not embed: the station table's row.
            if (i == 1 && parts[0] == "space_station_target" && parts[1] is "volume" or "status"
                && node["id"] is { } id)
            {
                node = stations[(int)id!];
            }

            node = node[parts[i]];
        }

        return node?.GetValueKind() switch
        {
            null or JsonValueKind.Null => null,
            JsonValueKind.Number => (double)node,
            _ when snake.EndsWith("duration", StringComparison.Ordinal) =>
                System.Xml.XmlConvert.ToTimeSpan((string)node!),
            _ when snake is "docking" or "departure" or "flight_vehicle_chaser.mission_end" =>
                DateTimeOffset.Parse((string)node!, CultureInfo.InvariantCulture),
            _ => (string)node!,
        };
    }

    private static Dictionary<string, object?> Where(List<JsonObject> events, Random random)
    {
        var where = new Dictionary<string, object?>();
        string Date() => (string)events[random.Next(events.Count)]["docking"]!;
        foreach (var _ in Enumerable.Range(0, random.Next(1, 4)))
        {
            switch (random.Next(6))
            {
                case 0:
                    where["departure"] = random.Next(3) switch
                    {
                        0 => new Dictionary<string, object?> { ["eq"] = null },
                        1 => new Dictionary<string, object?> { ["neq"] = null },
                        _ => new Dictionary<string, object?> { [random.Next(2) == 0 ? "gte" : "lt"] = Date() },
                    };
                    break;
                case 1:
                    where["id"] = new Dictionary<string, object?>
                    {
                        [random.Next(2) == 0 ? "in" : "nin"] = Enumerable.Range(0, 60)
                            .Select(_ => ((int)events[random.Next(events.Count)]["id"]!).ToString(
                                CultureInfo.InvariantCulture)).ToArray(),
                    };
                    break;
                case 2:
                    where["spaceStationTarget"] = new Dictionary<string, object?>
                    {
                        ["id"] = random.Next(2) == 0
                            ? new Dictionary<string, object?> { ["in"] = new[] { 5, 18 } }
                            : new Dictionary<string, object?> { ["neq"] = 4 },
                    };
                    break;
                case 3:
                    where["docking"] = new Dictionary<string, object?>
                    {
                        [random.Next(2) == 0 ? "gte" : "lt"] = Date(),
                    };
                    break;
                case 4:
                    where["spaceStationTarget"] = new Dictionary<string, object?>
                    {
                        ["id"] = new Dictionary<string, object?> { ["eq"] = random.Next(2) == 0 ? 4 : 5 },
                    };
                    break;
                default:
                    where["docking"] = new Dictionary<string, object?> { ["ngt"] = Date() };
                    break;
            }
        }

        return where;
    }

    private static bool Holds(Dictionary<string, object?> where, JsonObject e) => where.All(pair =>
    {
        var (op, operand) = ((Dictionary<string, object?>)pair.Value!).Single() is var o ? (o.Key, o.Value) : default;
        switch (pair.Key)
        {
            case "departure" or "docking":
                var value = e[pair.Key] is { } v && v.GetValueKind() != JsonValueKind.Null
                    ? DateTimeOffset.Parse((string)v!, CultureInfo.InvariantCulture)
                    : (DateTimeOffset?)null;
                if (operand is null)
                {
                    return op == "eq" ? value is null : value is not null;
                }

                var bound = DateTimeOffset.Parse((string)operand, CultureInfo.InvariantCulture);
                return value is { } d && op switch
                {
                    "gte" => d >= bound,
                    "lt" => d < bound,
                    _ => !(d > bound), // ngt
                };
            case "id":
                var ids = ((string[])operand!).Select(int.Parse).ToHashSet();
                return ids.Contains((int)e["id"]!) == (op == "in");
            default:
                var station = (int?)e["space_station_target"]?["id"];
                var (stationOp, stationOperand) = ((Dictionary<string, object?>)operand!).Single() is var s
                    ? (s.Key, s.Value)
                    : default;
                return station is { } id && stationOp switch
                {
                    "in" => ((int[])stationOperand!).Contains(id),
                    "neq" => id != (int)stationOperand!,
                    _ => id == (int)stationOperand!,
                };
        }
    });
}
