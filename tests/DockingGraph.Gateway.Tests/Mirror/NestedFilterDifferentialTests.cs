using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DockingGraph.Gateway.DockingEvents.Mirror;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.Snapshot;
using DockingGraph.Snapshot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace DockingGraph.Gateway.Tests.Mirror;

/// <summary>
/// Every field of <c>DockingEventFilterInput</c>, with the one <c>SpaceStationFilterInput</c>,
/// <c>SpacecraftFlightFilterInput</c>, <c>DockingLocationFilterInput</c> and <c>PayloadFlightFilterInput</c> nested:
/// seeded random wheres answered by the gateway from the mirror (no call) equal this test's own brute-force Hot
/// Chocolate evaluation over the snapshot's REST rows; station fields a docking event does not embed are evaluated
/// over LL2's station table, joined in one call, and equal the brute force over the REST rows joined with the REST
/// station table.
/// </summary>
public sealed class NestedFilterDifferentialTests(ITestOutputHelper output)
{
    private const int Local = 0;

    // How LL2's JSON binds to the DTOs (the client's own options are internal to it).
    private static readonly JsonSerializerOptions Ll2Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString,
    };

    private enum Kind
    {
        Id,
        Text,
        Instant,
        Duration,
        Int,
        Float,
        Lookup,
        Object,
        Date,
    }

    private sealed record Field(string Name, Kind Kind, string Json, string? Node = null, Field[]? Inner = null);

    private static readonly Field[] EmbeddedStation =
        [new("id", Kind.Id, "id", "SpaceStation"), new("url", Kind.Text, "url"), new("name", Kind.Text, "name")];

    private static readonly Field[] WholeStation =
    [
        .. EmbeddedStation, new("status", Kind.Lookup, "status"), new("description", Kind.Text, "description"),
        new("orbit", Kind.Text, "orbit"), new("type", Kind.Lookup, "type"), new("height", Kind.Float, "height"),
        new("width", Kind.Float, "width"), new("mass", Kind.Float, "mass"), new("volume", Kind.Float, "volume"),
        new("onboardCrew", Kind.Int, "onboard_crew"), new("dockedVehicles", Kind.Int, "docked_vehicles"),
        new("founded", Kind.Date, "founded"), new("deorbited", Kind.Date, "deorbited"),
    ];

    private static readonly Field[] Flight =
    [
        new("id", Kind.Id, "id", "SpacecraftFlight"), new("url", Kind.Text, "url"),
        new("destination", Kind.Text, "destination"), new("missionEnd", Kind.Instant, "mission_end"),
        // The one SpacecraftFilterInput over the embedded SpacecraftNormal; the one LaunchFilterInput over the
        // embedded launch's LaunchMini fields (its other fields are refused: OneInputPerTypeRefusalTests).
        new("spacecraft", Kind.Object, "spacecraft", Inner:
        [
            new("id", Kind.Id, "id", "Spacecraft"), new("name", Kind.Text, "name"),
            new("serialNumber", Kind.Text, "serial_number"), new("timeInSpace", Kind.Duration, "time_in_space"),
            new("flightsCount", Kind.Int, "flights_count"),
            new("status", Kind.Object, "status", Inner: [new("id", Kind.Int, "id"), new("name", Kind.Text, "name")]),
        ]),
        new("launch", Kind.Object, "launch", Inner: [new("name", Kind.Text, "name")]),
        new("duration", Kind.Duration, "duration"),
        new("turnAroundTime", Kind.Duration, "turn_around_time"),
    ];

    private static readonly Field[] PayloadFlight =
    [
        new("id", Kind.Int, "id"), new("url", Kind.Text, "url"), new("destination", Kind.Text, "destination"),
        new("amount", Kind.Int, "amount"),
    ];

    private static Field[] Event(Field[] station) =>
    [
        new("id", Kind.Id, "id", "DockingEvent"), new("url", Kind.Text, "url"),
        new("docking", Kind.Instant, "docking"), new("departure", Kind.Instant, "departure"),
        new("dockingLocation", Kind.Object, "docking_location", Inner:
        [
            new("id", Kind.Id, "id", "DockingLocation"), new("name", Kind.Text, "name"),
            new("spaceStation", Kind.Object, "spacestation", Inner: station),
            new("spacecraft", Kind.Object, "spacecraft", Inner:
            [
                new("id", Kind.Int, "id"), new("name", Kind.Text, "name"),
            ]),
        ]),
        new("spaceStationTarget", Kind.Object, "space_station_target", Inner: station),
        new("flightVehicleTarget", Kind.Object, "flight_vehicle_target", Inner: Flight),
        new("payloadFlightTarget", Kind.Object, "payload_flight_target", Inner: PayloadFlight),
        new("flightVehicleChaser", Kind.Object, "flight_vehicle_chaser", Inner: Flight),
        new("spaceStationChaser", Kind.Object, "space_station_chaser", Inner: station),
        new("payloadFlightChaser", Kind.Object, "payload_flight_chaser", Inner: PayloadFlight),
    ];

    [Fact]
    public async Task RandomNestedWheresFromTheMirrorEqualABruteForceOverTheRestRows()
    {
        await using var set = await MirrorGateways.StartAsync(false,
            [.. GatewayHost.NoCrossRequestCache, .. GatewayHost.MirrorOn]);
        await set.PostAsync(Local, "{ dockingEvents(first: 1) { totalCount } }");
        await set.WaitUntilAnsweringAsync(Local);
        await set.CallsSettledAsync(4);
        var rows = await RestAsync(set, "docking_events/?mode=detailed&limit=100&ordering=docking,departure");
        var fields = Event(EmbeddedStation);
        var random = new Random(20261213);
        const string query = "query($first: Int, $last: Int, $where: DockingEventFilterInput) { dockingEvents(" +
            "first: $first, last: $last, where: $where) { totalCount nodes { ll2Id } } }";
        var (withRows, nested) = (0, 0);
        // 200 draws: the flight's spacecraft and launch objects nest deeper, and fewer draws match an event.
        for (var i = 0; i < 200; i++)
        {
            var where = Where(fields, rows, random, 0);
            // An always-true id.nin [] keeps every case on the mirror, also when LL2 could execute the draw.
            var sent = new Dictionary<string, object?>
            {
                ["and"] = new object[]
                {
                    where, new Dictionary<string, object?> { ["id"] = Op("nin", Array.Empty<string>()) },
                },
            };
            var size = random.Next(1, 9);
            var backwards = random.Next(3) == 0;
            var variables = new Dictionary<string, object?> { ["where"] = sent, [backwards ? "last" : "first"] = size };
            var matching = rows.Where(r => Holds(fields, where, r)).Select(r => (int)r["id"]!).ToList();
            var expected = backwards ? matching.TakeLast(size) : matching.Take(size);
            var before = set.Requests.Count;

            var answer = await set.PostAsync(Local, query, variables);

            var text = JsonSerializer.Serialize(variables);
            Assert.True(answer.Errors.Count == 0, text + " " + answer);
            Assert.True(matching.Count == (int)answer.Data!["dockingEvents"]!["totalCount"]!, text + " " + answer);
            Assert.True(expected.SequenceEqual(answer.Data["dockingEvents"]!["nodes"]!.AsArray()
                .Select(n => (int)n!["ll2Id"]!)), text + " " + answer);
            Assert.Equal(before, set.Requests.Count);
            withRows += matching.Count > 0 ? 1 : 0;
            nested += text.Contains("Target\":{", StringComparison.Ordinal)
                || text.Contains("Chaser\":{", StringComparison.Ordinal)
                || text.Contains("Location\":{", StringComparison.Ordinal) ? 1 : 0;
        }

        output.WriteLine($"200 nested wheres from the mirror ({withRows} with events, {nested} nested)");
        Assert.True(withRows > 40 && nested > 100, $"{withRows} with events, {nested} nested");
    }

    [Fact]
    public async Task StationFieldsAnEventDoesNotEmbedJoinTheStationTableInOneCall()
    {
        await using var set = await MirrorGateways.StartAsync(false, [.. GatewayHost.NoCrossRequestCache]);
        var rows = await RestAsync(set, "docking_events/?mode=detailed&limit=100&ordering=docking,departure");
        var stations = (await RestAsync(set, "space_stations/?mode=detailed&limit=100"))
            .ToDictionary(s => (int)s["id"]!);
        var events = rows.Select(r => r.Deserialize<DockingEventDto>(Ll2Json)!).ToList();
        var joined = rows.Select(r => Joined(r, stations)).ToList();
        var fields = Event(WholeStation);
        var random = new Random(20261214);
        var (withTable, withRows) = (0, 0);
        for (var i = 0; i < 150; i++)
        {
            var where = Where(fields, joined, random, 0);
            var matching = joined.Where(r => Holds(fields, where, r)).Select(r => (int)r["id"]!).ToList();
            var needs = LocalWhere.NeedsStationTable(where);
            set.Reset();
            using var scope = set.Services(Local).CreateScope();

            var (test, _) = await LocalWhere.CompileAsync(Coerced(fields, where), scope.ServiceProvider
                .GetRequiredService<LaunchLibraryClient>(), CancellationToken.None);

            var text = JsonSerializer.Serialize(where);
            Assert.True(matching.SequenceEqual(events.Where(test).Select(e => e.Id)), text);
            Assert.Equal(needs ? ["/2.3.0/space_stations/"] : Array.Empty<string>(),
                set.Requests.Entries.Select(e => e.Path));
            withTable += needs ? 1 : 0;
            withRows += matching.Count > 0 ? 1 : 0;
        }

        output.WriteLine($"150 wheres with the whole station ({withTable} joined the table, {withRows} with events)");
        Assert.True(withTable > 40 && withRows > 20, $"{withTable} joined, {withRows} with events");
    }

    [Fact]
    public async Task AStationFieldTheEventEmbedsIsTheMirrorsAndAnIdEqStaysPushedDown()
    {
        await using var set = await MirrorGateways.StartAsync(false,
            [.. GatewayHost.NoCrossRequestCache, .. GatewayHost.MirrorOn], [.. GatewayHost.NoCrossRequestCache]);
        await set.PostAsync(Local, "{ dockingEvents(first: 1) { totalCount } }");
        await set.WaitUntilAnsweringAsync(Local);
        await set.CallsSettledAsync(4);
        var rows = await RestAsync(set, "docking_events/?mode=detailed&limit=100&ordering=docking,departure");
        set.Reset();

        var local = await set.PostAsync(Local, "{ dockingEvents(first: 100, where: { spaceStationTarget: " +
            "{ id: { eq: 4 }, name: { startsWith: \"International\" } } }) { totalCount nodes { ll2Id } } }");
        Assert.Equal(0, set.Requests.Count);
        var pushed = await set.PostAsync(1, "{ dockingEvents(first: 100, where: { spaceStationTarget: " +
            "{ id: { eq: 4 } } }) { totalCount nodes { ll2Id } } }");

        var expected = rows.Where(r => (int?)r["space_station_target"]?["id"] == 4).Select(r => (int)r["id"]!).ToList();
        Assert.True(local.Errors.Count == 0 && pushed.Errors.Count == 0, local + " " + pushed);
        Assert.Equal(expected.Count, (int)local.Data!["dockingEvents"]!["totalCount"]!);
        Assert.Equal(expected.Take(100),
            local.Data["dockingEvents"]!["nodes"]!.AsArray().Select(n => (int)n!["ll2Id"]!));
        Assert.Equal(local.Data.ToJsonString(), pushed.Data!.ToJsonString());
        Assert.Equal("/2.3.0/docking_events/?limit=100&mode=normal&offset=0&ordering=docking%2Cdeparture" +
            "&space_station_target__id=4", Assert.Single(set.Requests.Entries).PathAndQuery);
        Assert.True(expected.Count > 100, expected.Count.ToString(CultureInfo.InvariantCulture));
    }

    // The oracle's rows as the gateway's snapshot writes them: LL2's urls carry the host they were asked on.
    [Fact]
    public async Task AStationFieldTheEventDoesNotEmbedIsTheMirrorsPlusOneStationTableCall()
    {
        await using var set = await MirrorGateways.StartAsync(false,
            [.. GatewayHost.NoCrossRequestCache, .. GatewayHost.MirrorOn], [.. GatewayHost.NoCrossRequestCache]);
        await set.PostAsync(Local, "{ dockingEvents(first: 1) { totalCount } }");
        await set.WaitUntilAnsweringAsync(Local);
        await set.CallsSettledAsync(4);
        var stations = (await RestAsync(set, "space_stations/?mode=detailed&limit=100")).ToDictionary(s => (int)s["id"]!);
        var rows = await RestAsync(set, "docking_events/?mode=detailed&limit=100&ordering=docking,departure");
        var expected = rows.Where(r => r["space_station_target"] is JsonObject target
                && (int?)stations[(int)target["id"]!]["status"]?["id"] == 1
                && (string?)stations[(int)target["id"]!]["orbit"] is { } orbit && orbit.Contains("Orbit"))
            .Select(r => (int)r["id"]!).ToList();
        const string query = "{ dockingEvents(first: 5, where: { spaceStationTarget: { status: { id: { eq: 1 } }, " +
            "orbit: { contains: \"Orbit\" } } }) { totalCount nodes { ll2Id } } }";
        set.Reset();

        var mirror = await set.PostAsync(Local, query);

        Assert.True(mirror.Errors.Count == 0, mirror.ToString());
        Assert.Equal("/2.3.0/space_stations/?limit=100&mode=detailed&offset=0",
            Assert.Single(set.Requests.Entries).PathAndQuery);
        set.Reset();

        // Without the mirror: every event read in blocks of 100, plus the station table.
        var fetched = await set.PostAsync(1, query);

        Assert.True(fetched.Errors.Count == 0, fetched.ToString());
        Assert.Equal(expected.Count, (int)mirror.Data!["dockingEvents"]!["totalCount"]!);
        Assert.Equal(expected.Take(5), mirror.Data["dockingEvents"]!["nodes"]!.AsArray().Select(n => (int)n!["ll2Id"]!));
        Assert.Equal(mirror.Data.ToJsonString(), fetched.Data!.ToJsonString());
        Assert.Equal(1, set.Requests.Entries.Count(e => e.Path == "/2.3.0/space_stations/"));
        Assert.Equal((rows.Count + 99) / 100, set.Requests.Entries.Count(e => e.Path == "/2.3.0/docking_events/"));
        Assert.True(expected.Count > 5 && expected.Count < rows.Count, $"{expected.Count} of {rows.Count}");
    }

    private static async Task<List<JsonObject>> RestAsync(MirrorGateways set, string relative)
    {
        var configuration = set.Services(Local).GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>();
        var authority = new Uri(configuration["LaunchLibrary:BaseUrl"]!).GetLeftPart(UriPartial.Authority);
        using var rest = new HttpClient(new SnapshotHttpMessageHandler(new SnapshotUpstream()))
        {
            BaseAddress = new Uri("http://oracle/2.3.0/"),
        };
        var results = new List<JsonObject>();
        for (string? next = relative; next is not null;)
        {
            var raw = await rest.GetStringAsync(next);
            var page = JsonNode.Parse(raw.Replace("http://oracle", authority, StringComparison.Ordinal))!;
            results.AddRange(page["results"]!.AsArray().Select(r => r!.AsObject()));
            next = (string?)JsonNode.Parse(raw)!["next"];
        }

        return results;
    }

    // The event with each embedded station completed by the station table's row (the oracle's join): what the
    // event embeds stays the embedded value (its url has ?format=json, the table's has not).
    private static JsonObject Joined(JsonObject row, Dictionary<int, JsonObject> stations)
    {
        var copy = row.DeepClone().AsObject();
        JsonNode? Station(JsonNode? embedded)
        {
            if (embedded is not JsonObject station)
            {
                return null;
            }

            var whole = stations[(int)station["id"]!].DeepClone().AsObject();
            foreach (var (key, value) in station)
            {
                whole[key] = value?.DeepClone();
            }

            return whole;
        }

        copy["space_station_target"] = Station(copy["space_station_target"]);
        copy["space_station_chaser"] = Station(copy["space_station_chaser"]);
        if (copy["docking_location"] is JsonObject location)
        {
            location["spacestation"] = Station(location["spacestation"]);
        }

        return copy;
    }

    // What GraphQL's input coercion hands the resolver: DateTime operands as DateTimeOffset.
    private static Dictionary<string, object?> Coerced(Field[] fields, Dictionary<string, object?> where) =>
        where.ToDictionary(pair => pair.Key, pair => pair.Key is "and" or "or"
            ? ((IEnumerable<Dictionary<string, object?>>)pair.Value!).Select(b => Coerced(fields, b)).ToArray()
            : fields.Single(f => f.Name == pair.Key) is var field && field.Kind == Kind.Object
                ? Coerced(field.Inner!, (Dictionary<string, object?>)pair.Value!)
                : field.Kind == Kind.Instant ? CoercedInstants((Dictionary<string, object?>)pair.Value!)
                : pair.Value);

    private static Dictionary<string, object?> CoercedInstants(Dictionary<string, object?> operations) =>
        operations.ToDictionary(pair => pair.Key, pair => pair.Value switch
        {
            IEnumerable<Dictionary<string, object?>> branches => branches.Select(CoercedInstants).ToArray(),
            string text => Instant(text),
            object?[] list => list.Select(o => (object?)Instant(o!)).ToArray(),
            var other => other,
        });

    private static Dictionary<string, object?> Op(string operation, object? operand) => new() { [operation] = operand };

    private static Dictionary<string, object?> Where(Field[] fields, List<JsonObject> objects, Random random,
        int depth)
    {
        var where = new Dictionary<string, object?>();
        for (var p = random.Next(1, 3); p > 0; p--)
        {
            if (random.Next(depth < 2 ? 6 : 12) == 0)
            {
                where[random.Next(2) == 0 ? "or" : "and"] = Enumerable.Range(0, random.Next(0, 3))
                    .Select(_ => Where(fields, objects, random, depth + 1)).ToArray();
                continue;
            }

            // Mostly the nested objects: they are what this test is about.
            var field = random.Next(3) != 0 && fields.Where(f => f.Kind == Kind.Object).ToList() is { Count: > 0 } objs
                ? objs[random.Next(objs.Count)]
                : fields[random.Next(fields.Length)];
            var values = objects.Select(o => o[field.Json]).ToList();
            where[field.Name] = field.Kind == Kind.Object
                ? Where(field.Inner!, values.OfType<JsonObject>().ToList(), random, depth + 1)
                // An operation input's own and/or (a lookup's input has none).
                : random.Next(6) == 0 && field.Kind != Kind.Lookup
                    ? Op(random.Next(2) == 0 ? "or" : "and",
                        Enumerable.Range(0, random.Next(0, 3)).Select(_ => Operation(field, values, random)).ToArray())
                    : Operation(field, values, random);
        }

        return where;
    }

    private static Dictionary<string, object?> Operation(Field field, List<JsonNode?> values, Random random)
    {
        var known = values.Where(v => v is not null).ToList();
        JsonNode? Pick() => known.Count == 0 ? null : known[random.Next(known.Count)];
        string[] comparisons = ["eq", "neq", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte", "in", "nin"];
        switch (field.Kind)
        {
            case Kind.Id:
            case Kind.Lookup:
                var ids = known.Select(v => field.Kind == Kind.Lookup ? v!["id"] : v).Select(v => (int)v!).ToList();
                string IdText() => ids.Count == 0 ? "1"
                    : ids[random.Next(ids.Count)] is var id && field.Node is { } node && random.Next(2) == 0
                        ? Convert.ToBase64String(Encoding.UTF8.GetBytes($"{node}:{id}"))
                        : id.ToString(CultureInfo.InvariantCulture);
                var idOperation = new[] { "eq", "neq", "in", "nin" }[random.Next(4)];
                var idOperand = idOperation is "in" or "nin"
                    ? Enumerable.Range(0, random.Next(0, 4)).Select(_ => IdText()).ToArray()
                    : random.Next(10) == 0 ? null : (object)IdText();
                var ops = Op(idOperation, idOperand);
                return field.Kind == Kind.Lookup ? new() { ["id"] = ops } : ops;
            case Kind.Text:
                string[] texts = ["eq", "neq", "contains", "ncontains", "in", "nin", "startsWith", "nstartsWith",
                    "endsWith", "nendsWith"];
                var operation = texts[random.Next(texts.Length)];
                var value = (string?)Pick() ?? "Soyuz";
                var start = random.Next(value.Length);
                object? text = random.Next(5) switch
                {
                    0 => value,
                    1 => value[..random.Next(1, value.Length + 1)],
                    2 => value[start..],
                    3 => operation is "eq" or "neq" ? null : value.ToUpperInvariant(),
                    _ => value.Substring(start, random.Next(1, value.Length - start + 1)),
                };
                return Op(operation, operation is "in" or "nin" ? new[] { (string?)text, (string?)Pick() } : text);
            default:
                var comparison = comparisons[random.Next(comparisons.Length)];
                object? Bound() => Pick() is { } node
                    ? field.Kind switch
                    {
                        Kind.Int => (object)(int)node,
                        Kind.Float => (double)node,
                        _ => (string)node!,
                    }
                    : null;
                return comparison is "in" or "nin"
                    ? Op(comparison, Enumerable.Range(0, random.Next(0, 3)).Select(_ => Bound())
                        .Where(b => b is not null).ToArray())
                    : Op(comparison, random.Next(8) == 0 && comparison is "eq" or "neq" ? null : Bound());
        }
    }

    // The test's own Hot Chocolate semantics: fields and operators AND, and/or lists (an empty or is no condition),
    // ordinal strings, ids never null, lifted comparisons (null only equals null), a nested object's filter holds
    // only where the object is there.
    private static bool Holds(Field[] fields, Dictionary<string, object?> where, JsonObject row) =>
        where.All(pair => pair.Key switch
        {
            "and" => ((IEnumerable<Dictionary<string, object?>>)pair.Value!).All(b => Holds(fields, b, row)),
            "or" => ((IEnumerable<Dictionary<string, object?>>)pair.Value!).ToList() is var branches
                && (branches.Count == 0 || branches.Any(b => Holds(fields, b, row))),
            _ => fields.Single(f => f.Name == pair.Key) is var field && field.Kind == Kind.Object
                ? row[field.Json] is JsonObject child && Holds(field.Inner!, (Dictionary<string, object?>)pair.Value!,
                    child)
                : Operations((Dictionary<string, object?>)pair.Value!, field, row[field.Json]),
        });

    private static bool Operations(Dictionary<string, object?> operations, Field field, JsonNode? value) =>
        operations.All(pair => pair.Key switch
        {
            "and" => ((IEnumerable<Dictionary<string, object?>>)pair.Value!).All(b => Operations(b, field, value)),
            "or" => ((IEnumerable<Dictionary<string, object?>>)pair.Value!).ToList() is var branches
                && (branches.Count == 0 || branches.Any(b => Operations(b, field, value))),
            _ => field.Kind switch
            {
                Kind.Id => IdHolds(pair.Key, pair.Value, (int)value!),
                Kind.Lookup => value is JsonObject related
                    && Operations((Dictionary<string, object?>)pair.Value!, field with { Kind = Kind.Id },
                        related["id"]),
                Kind.Text => TextHolds(pair.Key, pair.Value, (string?)value),
                Kind.Instant => Compare(pair.Key, pair.Value, value is null ? null : Instant((string)value!), Instant),
                Kind.Duration => Compare(pair.Key, pair.Value, value is null ? null : Duration((string)value!),
                    Duration),
                Kind.Date => Compare(pair.Key, pair.Value, value is null ? null : Day((string)value!), Day),
                _ => Compare(pair.Key, pair.Value, value is null ? null : (double)value,
                    operand => Convert.ToDouble(operand, CultureInfo.InvariantCulture)),
            },
        });

    private static DateTimeOffset Instant(object text) =>
        DateTimeOffset.Parse((string)text, CultureInfo.InvariantCulture);

    private static DateOnly Day(object text) =>
        DateOnly.ParseExact((string)text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static TimeSpan Duration(object text) => System.Xml.XmlConvert.ToTimeSpan((string)text);

    private static int IdNumber(string text) => int.TryParse(text, CultureInfo.InvariantCulture, out var number)
        ? number
        : int.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(text)).Split(':')[1],
            CultureInfo.InvariantCulture);

    private static bool IdHolds(string operation, object? operand, int id)
    {
        var set = (operand as string[] ?? (operand is null ? [] : [(string)operand])).Select(IdNumber).ToList();
        return operation is "eq" or "in" ? set.Contains(id) : !set.Contains(id);
    }

    private static bool TextHolds(string operation, object? operand, string? value)
    {
        var text = operand as string;
        return operation switch
        {
            "eq" => value == text,
            "neq" => value != text,
            "in" => ((string?[])operand!).Contains(value),
            "nin" => !((string?[])operand!).Contains(value),
            "contains" => value is not null && value.Contains(text!, StringComparison.Ordinal),
            "ncontains" => !(value is not null && value.Contains(text!, StringComparison.Ordinal)),
            "startsWith" => value is not null && value.StartsWith(text!, StringComparison.Ordinal),
            "nstartsWith" => !(value is not null && value.StartsWith(text!, StringComparison.Ordinal)),
            "endsWith" => value is not null && value.EndsWith(text!, StringComparison.Ordinal),
            _ => !(value is not null && value.EndsWith(text!, StringComparison.Ordinal)),
        };
    }

    private static bool Compare<TValue>(string operation, object? operand, TValue? value, Func<object, TValue> parse)
        where TValue : struct, IComparable<TValue>
    {
        if (operation is "in" or "nin")
        {
            var set = ((object?[])operand!).Select(o => (TValue?)parse(o!)).ToList();
            return operation == "in" ? set.Contains(value) : !set.Contains(value);
        }

        return HotChocolateOracle.Compare(operation, value, operand is null ? null : parse(operand));
    }
}
