using System.Text.Json;
using static System.Globalization.CultureInfo;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// Hot Chocolate's operators LL2 cannot execute on spaceStations, answered over LL2's whole station table in the one
/// call the table costs: compared with an independent brute-force evaluation (this file's own, over the snapshot's
/// REST rows in LL2's search and order) and, for rewrites of LL2-executable wheres, with the pushed-down answer.
/// </summary>
public sealed class SpaceStationLocalWhereTests(GatewayFixture fixture, ITestOutputHelper output)
    : IClassFixture<GatewayFixture>
{
    private const string Query = "query($first: Int, $last: Int, $search: String, $where: SpaceStationFilterInput, " +
        "$order: [SpaceStationSortInput!]) { spaceStations(first: $first, last: $last, search: $search, " +
        "where: $where, order: $order) { totalCount pageInfo { hasNextPage hasPreviousPage } nodes { ll2Id } } }";

    private static readonly string[] Sorts =
    [
        "id", "name", "founded", "volume", "onboardCrew", "dockedVehicles",
        // Evaluated over the table: no LL2 ordering field.
        "mass", "orbit", "deorbited", "status.name", "type.id",
    ];

    private static readonly Dictionary<string, string> Ll2Sort = new()
    {
        ["id"] = "id", ["name"] = "name", ["founded"] = "founded", ["volume"] = "volume",
        ["onboardCrew"] = "onboard_crew", ["dockedVehicles"] = "docked_vehicles",
    };

    [Fact]
    public async Task AStartsWithIsOneTableCallSharedWithTheStationLookup()
    {
        var rows = await fixture.RestAsync("space_stations/?mode=detailed&limit=100");
        fixture.Reset();

        var answer = await fixture.PostAsync("{ spaceStations(first: 100, where: { name: { startsWith: \"Salyut\" }, " +
            "status: { id: { neq: 1 } } }) { totalCount nodes { ll2Id name } } spaceStation(id: 4) { name } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        var expected = rows.Where(r => ((string)r["name"]!).StartsWith("Salyut", StringComparison.Ordinal)
            && (int)r["status"]!["id"]! != 1).Select(r => (int)r["id"]!).Order().ToList();
        Assert.Equal(expected, answer.Data!["spaceStations"]!["nodes"]!.AsArray().Select(n => (int)n!["ll2Id"]!));
        Assert.True(expected.Count >= 5);
        Assert.Equal("/2.3.0/space_stations/?limit=100&mode=detailed&offset=0",
            Assert.Single(fixture.Requests.Entries).PathAndQuery);
    }

    [Fact]
    public async Task TheIdSortIsPushedDownAndANestedStatusSortIsTheOneTableCall()
    {
        var rows = await fixture.RestAsync("space_stations/?mode=detailed&limit=100&ordering=id");
        fixture.Reset();

        var byId = await fixture.PostAsync("{ spaceStations(first: 3, order: [{ id: DESC }]) { nodes { ll2Id } } }");
        var pushed = fixture.Requests.Entries.Select(e => e.PathAndQuery).ToList();
        fixture.Reset();
        var byStatus = await fixture.PostAsync("{ spaceStations(first: 100, order: [{ status: { name: DESC } }, " +
            "{ name: ASC }]) { totalCount nodes { ll2Id } } }");

        Assert.True(byId.Errors.Count == 0 && byStatus.Errors.Count == 0, byId + " " + byStatus);
        Assert.Equal(["/2.3.0/space_stations/?limit=3&mode=detailed&offset=0&ordering=-id"], pushed);
        Assert.Equal(rows.Select(r => (int)r["id"]!).OrderDescending().Take(3),
            byId.Data!["spaceStations"]!["nodes"]!.AsArray().Select(n => (int)n!["ll2Id"]!));
        var expected = rows.OrderByDescending(r => (string)r["status"]!["name"]!, StringComparer.Ordinal)
            .ThenBy(r => (string)r["name"]!, StringComparer.Ordinal).ThenBy(r => (int)r["id"]!)
            .Select(r => (int)r["id"]!);
        Assert.Equal(expected, byStatus.Data!["spaceStations"]!["nodes"]!.AsArray().Select(n => (int)n!["ll2Id"]!));
        Assert.Equal("/2.3.0/space_stations/?limit=100&mode=detailed&offset=0",
            Assert.Single(fixture.Requests.Entries).PathAndQuery);
    }

    [Fact]
    public async Task AnLl2ExecutableWhereIsStillPushedDownAsBefore()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync(
            "{ spaceStations(where: { name: { contains: \"Salyut\" }, or: [{ status: { id: { eq: 2 } } }] }) { totalCount } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal("/2.3.0/space_stations/?limit=10&mode=detailed&name__contains=Salyut&offset=0&ordering=id&status=2",
            Assert.Single(fixture.Requests.Entries).PathAndQuery);
    }

    [Fact]
    public async Task AnOperationLevelAndOfPushableOperatorsCostsTheOneTableCallOfTheLocalPath()
    {
        var pushed = await fixture.PostAsync("{ spaceStations(first: 100, where: { name: { contains: \"Salyut\" }, " +
            "status: { id: { eq: 2 } } }) { totalCount nodes { ll2Id } } }");
        fixture.Reset();

        var local = await fixture.PostAsync("{ spaceStations(first: 100, where: { name: { and: [{ contains: " +
            "\"Salyut\" }] }, status: { id: { or: [{ eq: 2 }] } } }) { totalCount nodes { ll2Id } } }");

        Assert.True(pushed.Errors.Count == 0 && local.Errors.Count == 0, pushed + " " + local);
        Assert.Equal(pushed.Data!.ToJsonString(), local.Data!.ToJsonString());
        Assert.True((int)local.Data!["spaceStations"]!["totalCount"]! >= 3, local.ToString());
        Assert.Equal("/2.3.0/space_stations/?limit=100&mode=detailed&offset=0",
            Assert.Single(fixture.Requests.Entries).PathAndQuery);
    }

    [Fact]
    public async Task RandomOperationLevelAndOrEqualABruteForceEvaluation()
    {
        var rows = WithUrls(await fixture.RestAsync("space_stations/?mode=detailed&limit=100&ordering=id"),
            await UrlsAsync());
        var random = new Random(20261212);
        var combined = 0;
        for (var i = 0; i < 80; i++)
        {
            var where = Where(rows, random, depth: 0, operationLevel: true);
            var text = JsonSerializer.Serialize(where);
            combined += text.Contains("\"id\":{\"and\"", StringComparison.Ordinal)
                || text.Contains("\"id\":{\"or\"", StringComparison.Ordinal)
                || text.Contains("\"name\":{\"and\"", StringComparison.Ordinal)
                || text.Contains("\"name\":{\"or\"", StringComparison.Ordinal) ? 1 : 0;
            var matching = rows.Where(r => Holds(where, r)).Select(r => (int)r["id"]!).ToList();
            fixture.Reset();

            var answer = await fixture.PostAsync(Query, new { first = 100, where });

            Assert.True(answer.Errors.Count == 0, text + " " + answer);
            Assert.True(matching.Count == (int)answer.Data!["spaceStations"]!["totalCount"]!, text + " " + answer);
            Assert.True(matching.SequenceEqual(
                answer.Data["spaceStations"]!["nodes"]!.AsArray().Select(n => (int)n!["ll2Id"]!)), text);
            Assert.True(fixture.Requests.Count <= 1, text);
        }

        output.WriteLine($"{combined} of 80 with an operation-level and/or");
        Assert.True(combined > 30, $"{combined} of 80");
    }

    [Fact]
    public async Task RandomLocalWheresEqualABruteForceEvaluation()
    {
        var urls = await UrlsAsync();
        var rows = WithUrls(await fixture.RestAsync("space_stations/?mode=detailed&limit=100"), urls);
        var random = new Random(20261201);
        var local = 0;
        for (var i = 0; i < 150; i++)
        {
            var where = Where(rows, random, depth: 0);
            var order = random.Next(3) == 0 ? null : Sorts[random.Next(Sorts.Length)];
            var descending = random.Next(2) == 0;
            var search = random.Next(4) == 0 ? Term(rows, random) : null;
            var size = random.Next(1, 8);
            var backwards = random.Next(3) == 0;
            var variables = new Dictionary<string, object?>
            {
                ["where"] = where, ["search"] = search, [backwards ? "last" : "first"] = size,
                ["order"] = order is null ? null : new[] { Nest(order, descending ? "DESC" : "ASC") },
            };
            var pushed = order is null || Ll2Sort.ContainsKey(order);
            var ordering = !pushed ? "id"
                : order is null ? "id" : $"{(descending ? "-" : "")}{Ll2Sort[order]}" + (order == "id" ? "" : ",id");
            var ordered = WithUrls(await fixture.RestAsync("space_stations/?mode=detailed&limit=100&ordering=" +
                ordering + (search is null ? "" : "&search=" + Uri.EscapeDataString(search))), urls);
            var matching = (pushed ? ordered : LocalOrder(ordered, order!, descending))
                .Where(r => Holds(where, r)).Select(r => (int)r["id"]!).ToList();
            var expected = backwards ? matching.TakeLast(size) : matching.Take(size);
            fixture.Reset();

            var answer = await fixture.PostAsync(Query, variables);

            var text = JsonSerializer.Serialize(variables);
            Assert.True(answer.Errors.Count == 0, text + " " + answer);
            Assert.True(matching.Count == (int)answer.Data!["spaceStations"]!["totalCount"]!, text + " " + answer);
            Assert.True(expected.SequenceEqual(
                answer.Data["spaceStations"]!["nodes"]!.AsArray().Select(n => (int)n!["ll2Id"]!)), text);
            Assert.True(fixture.Requests.Count <= 1, text);
            local += fixture.Requests.Entries.Count(e => !e.PathAndQuery.Contains("ordering", StringComparison.Ordinal));
        }

        output.WriteLine($"{local} of 150 answered over the whole table");
        Assert.True(local > 100);
    }

    [Fact]
    public async Task MirrorOnlyRewritesOfLl2ExecutableWheresEqualThePushedDownAnswer()
    {
        var rows = await fixture.RestAsync("space_stations/?mode=detailed&limit=100");
        var names = rows.Select(r => (string)r["name"]!).ToList();
        var random = new Random(7);
        for (var i = 0; i < 100; i++)
        {
            var pushed = new Dictionary<string, object?>();
            var rewritten = new Dictionary<string, object?>();
            if (random.Next(2) == 0)
            {
                var name = names[random.Next(names.Count)];
                var text = random.Next(2) == 0 ? name : name[..random.Next(1, name.Length)];
                var exact = text == name && random.Next(2) == 0;
                pushed["name"] = new Dictionary<string, object?> { [exact ? "eq" : "contains"] = text };
                rewritten["name"] = exact
                    ? new Dictionary<string, object?> { ["in"] = new[] { text } }
                    : new Dictionary<string, object?> { ["contains"] = text, ["nendsWith"] = "\u0001" };
            }

            var status = random.Next(1, 4);
            pushed["status"] = Lookup("eq", status);
            rewritten["status"] = Lookup("in", new[] { status });
            var rewrittenWhere = new Dictionary<string, object?>
            {
                ["or"] = new object[] { rewritten, new Dictionary<string, object?> { ["type"] = Lookup("in", Array.Empty<int>()) } },
            };
            var first = random.Next(1, 6);

            var local = await fixture.PostAsync(Query, new { first, where = rewrittenWhere });
            var pushedDown = await fixture.PostAsync(Query, new { first, where = pushed });

            Assert.True(local.Errors.Count == 0 && pushedDown.Errors.Count == 0, local + " " + pushedDown);
            Assert.Equal(pushedDown.Data!.ToJsonString(), local.Data!.ToJsonString());
        }
    }

    [Theory]
    [InlineData("some", "{ abbrev: { eq: \"NASA\" } }")]
    [InlineData("all", "{ abbrev: { eq: \"RFSA\" } }")]
    [InlineData("none", "{ abbrev: { in: [\"RFSA\", \"CNSA\"] } }")]
    [InlineData("any", "false")]
    [InlineData("any", "true")]
    public async Task OwnersTakeHotChocolatesListFilterOverTheOneTableCall(string operation, string operand)
    {
        var rows = await fixture.RestAsync("space_stations/?mode=detailed&limit=100");
        fixture.Reset();

        var answer = await fixture.PostAsync(
            $"{{ spaceStations(first: 100, where: {{ owners: {{ {operation}: {operand} }} }}) {{ totalCount " +
            "nodes { ll2Id } } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        // The test's own HC semantics over LL2's rows: a missing list holds only for any: false.
        bool Holds(JsonArray? owners)
        {
            var abbrevs = owners?.Select(o => (string?)o!["abbrev"]).ToList();
            return operation switch
            {
                "some" => abbrevs is not null && abbrevs.Contains("NASA"),
                "all" => abbrevs is not null && abbrevs.All(a => a == "RFSA"),
                "none" => abbrevs is not null && !abbrevs.Any(a => a is "RFSA" or "CNSA"),
                _ => (abbrevs is { Count: > 0 }) == (operand == "true"),
            };
        }

        var expected = rows.Where(r => Holds(r["owners"] as JsonArray)).Select(r => (int)r["id"]!).Order().ToList();
        Assert.Equal(expected, answer.Data!["spaceStations"]!["nodes"]!.AsArray().Select(n => (int)n!["ll2Id"]!)
            .Order());
        Assert.Equal("/2.3.0/space_stations/?limit=100&mode=detailed&offset=0",
            Assert.Single(fixture.Requests.Entries).PathAndQuery);
    }

    [Fact]
    public async Task AnOwnerFieldTheTableDoesNotCarryIsRefusedBeforeAnyCall()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync(
            "{ spaceStations(where: { owners: { some: { totalLaunchCount: { gt: 1 } } } }) { totalCount } }");

        Assert.Equal("FILTER_NOT_SUPPORTED", answer.FirstCode);
        Assert.Contains("LL2's station table embeds a station's owners as AgencyNormal",
            (string)answer.Errors[0]!["message"]!);
        Assert.Empty(fixture.Requests.Entries);
    }

    [Fact]
    public async Task EveryStationFilterFieldIsEvaluatedLocally()
    {
        var fields = Gateway.Stations.SpaceStationsPushDown.Table.Filters.Select(f => f.Name).Order();
        Assert.Equal(fields, Gateway.Stations.SpaceStationsLocal.Where.FieldNames.Order());
        await Task.CompletedTask;
    }

    // LL2 writes urls with the host it was asked on: the oracle's rows carry the gateway's urls (read through it).
    private async Task<Dictionary<int, string>> UrlsAsync()
    {
        var answer = await fixture.PostAsync("{ spaceStations(first: 100) { nodes { ll2Id url } } }");
        return answer.Data!["spaceStations"]!["nodes"]!.AsArray()
            .ToDictionary(n => (int)n!["ll2Id"]!, n => (string)n!["url"]!);
    }

    private static List<JsonObject> WithUrls(List<JsonObject> rows, Dictionary<int, string> urls)
    {
        foreach (var row in rows)
        {
            row["url"] = urls[(int)row["id"]!];
        }

        return rows;
    }

    private static object Nest(string path, string direction) => path.Split('.') is [var outer, var inner]
        ? new Dictionary<string, object> { [outer] = new Dictionary<string, string> { [inner] = direction } }
        : new Dictionary<string, string> { [path] = direction };

    // Hot Chocolate over PostgreSQL: NULLs last ascending, first descending, strings byte-ordered; ties by id.
    private static List<JsonObject> LocalOrder(List<JsonObject> rows, string path, bool descending)
    {
        static IComparable? Key(JsonObject row, string path)
        {
            JsonNode? node = row;
            foreach (var part in path.Split('.'))
            {
                node = node?[part];
            }

            return node is null || node.GetValueKind() == JsonValueKind.Null ? null
                : node.GetValueKind() == JsonValueKind.Number ? (double)node : (string)node!;
        }

        var sorted = rows.ToList();
        sorted.Sort((a, b) =>
        {
            var c = (Key(a, path), Key(b, path)) switch
            {
                (null, null) => 0,
                (null, _) => 1,
                (_, null) => -1,
                (string x, string y) => string.CompareOrdinal(x, y),
                var (x, y) => x!.CompareTo(y),
            };
            return c != 0 ? (descending ? -c : c) : ((int)a["id"]!).CompareTo((int)b["id"]!);
        });
        return sorted;
    }

    private static Dictionary<string, object?> Lookup(string operation, object? value) =>
        new() { ["id"] = new Dictionary<string, object?> { [operation] = value } };

    private static Dictionary<string, object?> Where(List<JsonObject> rows, Random random, int depth,
        bool operationLevel = false)
    {
        var where = new Dictionary<string, object?>();
        var parts = random.Next(1, 3);
        for (var p = 0; p < parts; p++)
        {
            switch (random.Next(depth < 1 ? 7 : 5))
            {
                case 3:
                case 4:
                    var (field, operation) = NewField(rows, random);
                    where[field] = operationLevel && random.Next(2) == 0
                        ? new Dictionary<string, object?>
                        {
                            [random.Next(2) == 0 ? "or" : "and"] =
                                new[] { operation, NewField(rows, random, field).Operation },
                        }
                        : operation;
                    break;
                case 0:
                    where["name"] = operationLevel
                        ? Combined(random, () => StringOperation(rows, random))
                        : StringOperation(rows, random);
                    break;
                case 1:
                    where["status"] = operationLevel ? Lookup(random) : IdLookup(random);
                    break;
                case 2:
                    where["type"] = operationLevel ? Lookup(random) : IdLookup(random);
                    break;
                default:
                    where[random.Next(2) == 0 ? "or" : "and"] = Enumerable.Range(0, random.Next(1, 4))
                        .Select(_ => Where(rows, random, depth + 1, operationLevel)).ToArray();
                    break;
            }
        }

        return where;
    }

    // The station fields beyond name, status and type, evaluated over the whole table: LL2 name → GraphQL name.
    private static readonly (string Field, string Json, string Kind)[] NewFields =
    [
        ("id", "id", "id"), ("url", "url", "text"), ("description", "description", "text"),
        ("orbit", "orbit", "text"), ("height", "height", "number"), ("width", "width", "number"),
        ("mass", "mass", "number"), ("volume", "volume", "number"), ("onboardCrew", "onboard_crew", "number"),
        ("dockedVehicles", "docked_vehicles", "number"), ("founded", "founded", "date"),
        ("deorbited", "deorbited", "date"),
    ];

    private static (string Field, Dictionary<string, object?> Operation) NewField(List<JsonObject> rows,
        Random random, string? name = null)
    {
        var (field, json, kind) = name is null ? NewFields[random.Next(NewFields.Length)]
            : NewFields.Single(f => f.Field == name);
        var row = rows[random.Next(rows.Count)];
        switch (kind)
        {
            case "id":
                var id = (int)row["id"]!;
                object Id() => random.Next(2) == 0 ? id
                    : Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"SpaceStation:{id}"));
                var idOperation = new[] { "eq", "neq", "in", "nin" }[random.Next(4)];
                return (field, new() { [idOperation] = idOperation is "in" or "nin" ? new[] { Id(), Id() } : Id() });
            case "text":
                var text = (string?)row[json] ?? "Orbit";
                var start = random.Next(text.Length);
                // At most Limits:MaxStringArgumentLength: a long description is matched by a part of it.
                var fragment = random.Next(3) == 0 && text.Length <= 200 ? text
                    : text.Substring(start, random.Next(1, Math.Min(60, text.Length - start) + 1));
                string[] texts = ["eq", "neq", "contains", "ncontains", "startsWith", "nstartsWith", "endsWith",
                    "nendsWith"];
                return (field, new() { [texts[random.Next(texts.Length)]] = fragment });
            case "date":
                // A station's own date, a day either side, or null (eq/neq only); in/nin with two of them.
                string? Day(JsonObject station) => Date(station, json) is { } date && random.Next(5) != 0
                    ? date.AddDays(random.Next(-1, 2)).ToString("yyyy-MM-dd", InvariantCulture)
                    : null;
                string[] dateOperations = ["eq", "neq", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte", "in",
                    "nin"];
                var dateOperation = dateOperations[random.Next(dateOperations.Length)];
                var day = Day(row) ?? (dateOperation is "eq" or "neq" or "in" or "nin" ? null : "1998-11-20");
                return (field, new()
                {
                    [dateOperation] = dateOperation is "in" or "nin"
                        ? new[] { day, Day(rows[random.Next(rows.Count)]) }
                        : day,
                });
            default:
                string[] comparisons = ["eq", "neq", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"];
                var bound = row[json] is { } value ? (double?)(double)value : null;
                var comparison = comparisons[random.Next(comparisons.Length)];
                return (field, new()
                {
                    [comparison] = bound is null && comparison is not ("eq" or "neq") ? 1.0 : bound,
                });
        }
    }

    // The new fields' Hot Chocolate semantics: lifted comparisons, ordinal strings, ids never null.
    private static bool NewFieldHolds(string field, Dictionary<string, object?> operations, JsonObject row)
    {
        var (_, json, kind) = NewFields.Single(f => f.Field == field);
        return operations.All(pair =>
        {
            if (pair.Key is "and" or "or")
            {
                var branches = ((Dictionary<string, object?>[])pair.Value!).Select(b => NewFieldHolds(field, b, row));
                return pair.Key == "and" ? branches.All(b => b) : !branches.Any() || branches.Any(b => b);
            }

            switch (kind)
            {
                case "id":
                    int Parse(object operand) => operand is int number ? number
                        : int.Parse(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String((string)operand))
                            .Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);
                    var set = (pair.Value as object[] ?? [pair.Value!]).Select(Parse).ToList();
                    return (pair.Key is "eq" or "in") == set.Contains((int)row["id"]!);
                case "text":
                    return Text(new Dictionary<string, object?> { [pair.Key] = pair.Value }, (string?)row[json]);
                case "date":
                    var date = Date(row, json);
                    if (pair.Key is "in" or "nin")
                    {
                        var days = ((string?[])pair.Value!).Select(d => d is null ? (DateOnly?)null : DateOnly
                            .ParseExact(d, "yyyy-MM-dd", InvariantCulture)).ToList();
                        return (pair.Key == "in") == days.Contains(date);
                    }

                    DateOnly? day = pair.Value is string text
                        ? DateOnly.ParseExact(text, "yyyy-MM-dd", InvariantCulture)
                        : null;
                    int? dateOrder = date is { } d && day is { } e ? d.CompareTo(e) : null;
                    return HotChocolateOracle.Compare(pair.Key, date == day, dateOrder);
                default:
                    var value = row[json] is { } node ? (double?)(double)node : null;
                    return HotChocolateOracle.Compare(pair.Key, value, (double?)pair.Value);
            }
        });
    }

    // LL2's yyyy-MM-dd (founded, deorbited), null for none.
    private static DateOnly? Date(JsonObject row, string json) => row[json] is { } node
        ? DateOnly.ParseExact((string)node!, "yyyy-MM-dd", InvariantCulture)
        : null;

    private static Dictionary<string, object?> Lookup(Random random) =>
        new() { ["id"] = Combined(random, () => (Dictionary<string, object?>)IdLookup(random)["id"]!) };

    // Usually an operation input's own and/or (0-3 branches, perhaps one nested), sometimes beside an operator.
    private static Dictionary<string, object?> Combined(Random random, Func<Dictionary<string, object?>> operation,
        int depth = 0)
    {
        if (random.Next(4) == 0)
        {
            return operation();
        }

        var combined = random.Next(3) == 0 ? operation() : new Dictionary<string, object?>();
        combined[random.Next(2) == 0 ? "or" : "and"] = Enumerable.Range(0, random.Next(0, 4))
            .Select(_ => depth < 1 && random.Next(4) == 0 ? Combined(random, operation, depth + 1) : operation())
            .ToArray();
        return combined;
    }

    // in/nin take a list; a single value is coerced to a list of one (GraphQL's input coercion).
    private static Dictionary<string, object?> IdLookup(Random random)
    {
        var operation = new[] { "eq", "neq", "in", "nin" }[random.Next(4)];
        object operand = operation is "in" or "nin" && random.Next(4) != 0
            ? Enumerable.Range(0, random.Next(0, 3)).Select(_ => random.Next(1, 4)).ToArray()
            : random.Next(1, 4);
        return Lookup(operation, operand);
    }

    private static Dictionary<string, object?> StringOperation(List<JsonObject> rows, Random random)
    {
        string[] operations = ["eq", "neq", "contains", "ncontains", "in", "nin", "startsWith", "nstartsWith",
            "endsWith", "nendsWith"];
        var operation = operations[random.Next(operations.Length)];
        var name = (string)rows[random.Next(rows.Count)]["name"]!;
        var start = random.Next(name.Length);
        var text = random.Next(6) switch
        {
            0 => name,
            1 => name[..random.Next(1, name.Length + 1)],
            2 => name[start..],
            3 => name.ToLowerInvariant(),
            _ => name.Substring(start, random.Next(1, name.Length - start + 1)),
        };
        return new Dictionary<string, object?>
        {
            [operation] = operation is "in" or "nin" ? new[] { text, (string)rows[random.Next(rows.Count)]["name"]! } : text,
        };
    }

    private static string Term(List<JsonObject> rows, Random random)
    {
        var row = rows[random.Next(rows.Count)];
        var words = ((string)row["name"]!).Split(' ');
        return words[random.Next(words.Length)];
    }

    // The test's own Hot Chocolate semantics: fields AND, or/and lists, ordinal strings, lookups by id.
    private static bool Holds(Dictionary<string, object?> where, JsonObject row) => where.All(pair => pair.Key switch
    {
        "and" => ((IEnumerable<Dictionary<string, object?>>)pair.Value!).All(b => Holds(b, row)),
        "or" => ((IEnumerable<Dictionary<string, object?>>)pair.Value!) is var branches && (!branches.Any() || branches.Any(b => Holds(b, row))),
        "name" => Text((Dictionary<string, object?>)pair.Value!, (string?)row["name"]),
        "status" or "type" => Id((Dictionary<string, object?>)((Dictionary<string, object?>)pair.Value!)["id"]!,
            (int?)row[pair.Key]?["id"]),
        _ => NewFieldHolds(pair.Key, (Dictionary<string, object?>)pair.Value!, row),
    });

    private static bool Text(Dictionary<string, object?> operations, string? value) => operations.All(pair =>
    {
        var text = pair.Value as string;
        var list = pair.Value as string[];
        return pair.Key switch
        {
            "and" => ((Dictionary<string, object?>[])pair.Value!).All(b => Text(b, value)),
            "or" => ((Dictionary<string, object?>[])pair.Value!) is var branches
                && (branches.Length == 0 || branches.Any(b => Text(b, value))),
            "eq" => value == text,
            "neq" => value != text,
            "in" => list!.Contains(value),
            "nin" => !list!.Contains(value),
            "contains" => value is not null && value.Contains(text!, StringComparison.Ordinal),
            "ncontains" => !(value is not null && value.Contains(text!, StringComparison.Ordinal)),
            "startsWith" => value is not null && value.StartsWith(text!, StringComparison.Ordinal),
            "nstartsWith" => !(value is not null && value.StartsWith(text!, StringComparison.Ordinal)),
            "endsWith" => value is not null && value.EndsWith(text!, StringComparison.Ordinal),
            _ => !(value is not null && value.EndsWith(text!, StringComparison.Ordinal)),
        };
    });

    // A lookup filter holds only where the lookup is there (HC's null check on the related object).
    private static bool Id(Dictionary<string, object?> operations, int? id) => id is { } value && Ids(operations, value);

    private static bool Ids(Dictionary<string, object?> operations, int value) => operations.All(pair =>
    {
        if (pair.Value is Dictionary<string, object?>[] branches)
        {
            return pair.Key == "and"
                ? branches.All(b => Ids(b, value))
                : branches.Length == 0 || branches.Any(b => Ids(b, value));
        }

        var set = pair.Value as int[] ?? [(int)pair.Value!];
        return pair.Key switch
        {
            "eq" or "in" => set.Contains(value),
            _ => !set.Contains(value),
        };
    });
}
