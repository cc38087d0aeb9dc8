using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace DockingGraph.Gateway.Tests.Mirror;

/// <summary>
/// A detailed docking event (the mirror's rows and the fetched blocks) embeds its chaser flight as
/// SpacecraftFlightNormal, whose launch is LaunchNormal: seeded random nested launch wheres on
/// <c>flightVehicleChaser.launch</c> equal this file's own brute-force Hot Chocolate evaluation over the snapshot's
/// detailed REST rows, from the mirror with no call and, with the mirror off, in exactly the three block calls.
/// </summary>
public sealed class DockingEventChaserLaunchTests(ITestOutputHelper output)
{
    private const int Mirrored = 0;
    private const int Fetched = 1;

    private enum Kind
    {
        Key,
        Text,
        Instant,
        Int,
        Bool,
        Object,
        List,
    }

    private sealed record Field(string Name, Kind Kind, string Json, Field[]? Inner = null);

    private static readonly Field[] Lookup = [new("id", Kind.Int, "id"), new("name", Kind.Text, "name")];

    private static readonly Field[] Launch =
    [
        new("id", Kind.Key, "id"), new("name", Kind.Text, "name"), new("slug", Kind.Text, "slug"),
        new("launchDesignator", Kind.Text, "launch_designator"), new("net", Kind.Instant, "net"),
        new("windowStart", Kind.Instant, "window_start"), new("lastUpdated", Kind.Instant, "last_updated"),
        new("probability", Kind.Int, "probability"), new("webcastLive", Kind.Bool, "webcast_live"),
        new("orbitalLaunchAttemptCount", Kind.Int, "orbital_launch_attempt_count"),
        new("status", Kind.Object, "status", [.. Lookup, new("abbrev", Kind.Text, "abbrev")]),
        new("netPrecision", Kind.Object, "net_precision", Lookup),
        new("launchServiceProvider", Kind.Object, "launch_service_provider",
            [.. Lookup, new("abbrev", Kind.Text, "abbrev"), new("type", Kind.Object, "type", Lookup)]),
        new("pad", Kind.Object, "pad",
        [
            .. Lookup, new("totalLaunchCount", Kind.Int, "total_launch_count"),
            new("location", Kind.Object, "location", [.. Lookup, new("timezoneName", Kind.Text, "timezone_name")]),
        ]),
        new("rocket", Kind.Object, "rocket",
            [new("id", Kind.Int, "id"), new("configuration", Kind.Object, "configuration",
                [.. Lookup, new("fullName", Kind.Text, "full_name"), new("variant", Kind.Text, "variant")])]),
        new("program", Kind.List, "program", [.. Lookup, new("type", Kind.Object, "type", Lookup)]),
    ];

    [Fact]
    public async Task RandomChaserLaunchWheresEqualABruteForceFromTheMirrorAndFromTheBlocks()
    {
        await using var set = await MirrorGateways.StartAsync(false,
            [.. GatewayHost.NoCrossRequestCache, .. GatewayHost.MirrorOn], [.. GatewayHost.NoCrossRequestCache]);
        await set.PostAsync(Mirrored, "{ dockingEvents(first: 1) { totalCount } }");
        await set.WaitUntilAnsweringAsync(Mirrored);
        await set.CallsSettledAsync(4);
        var rows = await RestAsync("docking_events/?mode=detailed&limit=100&ordering=docking,departure");
        var launches = rows.Select(r => r["flight_vehicle_chaser"]?["launch"]).OfType<JsonObject>().ToList();
        var random = new Random(20261201);
        const string query = "query($where: DockingEventFilterInput) { dockingEvents(first: 100, where: $where) " +
            "{ totalCount nodes { ll2Id } } }";
        var (withRows, beyondMini) = (0, 0);
        for (var i = 0; i < 150; i++)
        {
            var launch = Where(Launch, launches, random, 0);
            var where = new Dictionary<string, object?>
            {
                ["flightVehicleChaser"] = new Dictionary<string, object?> { ["launch"] = launch },
            };
            var expected = rows.Where(r => r["flight_vehicle_chaser"]?["launch"] is JsonObject l
                    && Holds(Launch, launch, l))
                .Select(r => (int)r["id"]!).ToList();
            var text = JsonSerializer.Serialize(where);
            set.Reset();

            var mirrored = await set.PostAsync(Mirrored, query, new { where });

            Assert.True(mirrored.Errors.Count == 0, text + " " + mirrored);
            Assert.True(expected.Take(100).SequenceEqual(mirrored.Data!["dockingEvents"]!["nodes"]!.AsArray()
                .Select(n => (int)n!["ll2Id"]!)), text + " " + mirrored);
            Assert.Equal(expected.Count, (int)mirrored.Data["dockingEvents"]!["totalCount"]!);
            Assert.Equal(0, set.Requests.Count);
            if (i % 10 == 0)
            {
                var fetched = await set.PostAsync(Fetched, query, new { where });

                Assert.True(fetched.Errors.Count == 0, text + " " + fetched);
                Assert.Equal(mirrored.Data.ToJsonString(), fetched.Data!.ToJsonString());
                Assert.Equal(
                [
                    "/2.3.0/docking_events/?limit=100&mode=detailed&offset=0&ordering=docking%2Cdeparture",
                    "/2.3.0/docking_events/?limit=100&mode=detailed&offset=100&ordering=docking%2Cdeparture",
                    "/2.3.0/docking_events/?limit=100&mode=detailed&offset=200&ordering=docking%2Cdeparture",
                ], set.Requests.Entries.Select(e => e.PathAndQuery));
            }

            withRows += expected.Count is > 0 and < 260 ? 1 : 0;
            beyondMini += launch.Keys.Any(k => k is not ("id" or "name" or "and" or "or")) ? 1 : 0;
        }

        output.WriteLine($"150 chaser launch wheres: {withRows} select some events, {beyondMini} beyond LaunchMini");
        Assert.True(withRows > 30 && beyondMini > 90, $"{withRows} with rows, {beyondMini} beyond LaunchMini");
    }

    [Fact]
    public async Task TheTargetsLaunchStaysLaunchMiniAndIsRefusedBeyondItBeforeAnyCall()
    {
        await using var set = await MirrorGateways.StartAsync(false, [.. GatewayHost.NoCrossRequestCache]);
        set.Reset();

        var answer = await set.PostAsync(Mirrored, "{ dockingEvents(where: { flightVehicleTarget: { launch: " +
            "{ status: { id: { eq: 3 } } } } }) { totalCount } }");

        Assert.Equal("FILTER_NOT_SUPPORTED", answer.FirstCode);
        Assert.Contains("status cannot be evaluated here: a docking event embeds its target flight's launch as " +
            "LL2's LaunchMini (id, url, name)", (string)answer.Errors[0]!["message"]!);
        Assert.Equal(0, set.Requests.Count);
    }

    private static async Task<List<JsonObject>> RestAsync(string relative)
    {
        using var rest = new HttpClient(new Snapshot.SnapshotHttpMessageHandler(new Snapshot.SnapshotUpstream()))
        {
            BaseAddress = new Uri("http://oracle/2.3.0/"),
        };
        var results = new List<JsonObject>();
        for (string? next = relative; next is not null;)
        {
            var page = JsonNode.Parse(await rest.GetStringAsync(next))!;
            results.AddRange(page["results"]!.AsArray().Select(r => r!.AsObject()));
            next = (string?)page["next"];
        }

        return results;
    }

    private static Dictionary<string, object?> Op(string operation, object? operand) => new() { [operation] = operand };

    private static Dictionary<string, object?> Where(Field[] fields, List<JsonObject> objects, Random random,
        int depth)
    {
        var where = new Dictionary<string, object?>();
        for (var p = random.Next(1, 3); p > 0; p--)
        {
            if (depth == 0 && random.Next(8) == 0)
            {
                where["or"] = Enumerable.Range(0, random.Next(1, 3))
                    .Select(_ => Where(fields, objects, random, depth + 1)).ToArray();
                continue;
            }

            var field = fields[random.Next(fields.Length)];
            var values = objects.Select(o => o[field.Json]).ToList();
            where[field.Name] = field.Kind switch
            {
                Kind.Object => Where(field.Inner!, values.OfType<JsonObject>().ToList(), random, depth + 1),
                Kind.List => random.Next(4) == 0
                    ? Op("any", random.Next(2) == 0)
                    : Op(new[] { "some", "all", "none" }[random.Next(3)], Where(field.Inner!,
                        values.OfType<JsonArray>().SelectMany(a => a.OfType<JsonObject>()).ToList(), random,
                        depth + 1)),
                _ => Operation(field, values.Where(v => v is not null && v.GetValueKind() != JsonValueKind.Null)
                    .ToList(), random),
            };
        }

        return where;
    }

    private static Dictionary<string, object?> Operation(Field field, List<JsonNode?> known, Random random)
    {
        JsonNode? Pick() => known.Count == 0 ? null : known[random.Next(known.Count)];
        switch (field.Kind)
        {
            case Kind.Key:
                var ids = Enumerable.Range(0, random.Next(1, 4)).Select(_ => (string?)Pick()).OfType<string>()
                    .ToArray();
                return random.Next(2) == 0 ? Op(random.Next(2) == 0 ? "in" : "nin", ids)
                    : Op(random.Next(2) == 0 ? "eq" : "neq", ids.FirstOrDefault());
            case Kind.Text:
                var value = (string?)Pick() ?? "Soyuz";
                var operation = new[] { "eq", "neq", "contains", "startsWith", "nendsWith", "in" }[random.Next(6)];
                object? text = operation switch
                {
                    "in" => new[] { value, (string?)Pick() },
                    "eq" or "neq" => random.Next(4) == 0 ? null : value,
                    "contains" => random.Next(Math.Max(1, value.Length - 2)) is var start
                        ? value.Substring(start, Math.Min(3, value.Length - start))
                        : value,
                    "startsWith" => value[..Math.Min(value.Length, random.Next(1, 8))],
                    _ => value[^Math.Min(value.Length, 4)..],
                };
                return Op(operation, text);
            case Kind.Bool:
                return Op(random.Next(2) == 0 ? "eq" : "neq", random.Next(3) switch
                {
                    0 => null,
                    1 => true,
                    _ => false,
                });
            default:
                var comparison = new[] { "eq", "neq", "gt", "gte", "lt", "nlte" }[random.Next(6)];
                object? bound = Pick() is { } node && random.Next(6) != 0
                    ? field.Kind == Kind.Int ? (int)node : (string)node!
                    : null;
                return Op(comparison is "eq" or "neq" || bound is not null ? comparison : "eq", bound);
        }
    }

    // The test's own Hot Chocolate semantics: fields and operators AND, an or of branches, ordinal strings, lifted
    // comparisons, a nested object holds only where it is there, a list: some/all/none of its items (a missing list
    // holds for nothing but any: false).
    private static bool Holds(Field[] fields, Dictionary<string, object?> where, JsonObject row) =>
        where.All(pair =>
        {
            if (pair.Key == "or")
            {
                return ((IEnumerable<Dictionary<string, object?>>)pair.Value!).Any(b => Holds(fields, b, row));
            }

            var field = fields.Single(f => f.Name == pair.Key);
            var value = row[field.Json] is { } v && v.GetValueKind() != JsonValueKind.Null ? v : null;
            var operations = (Dictionary<string, object?>)pair.Value!;
            switch (field.Kind)
            {
                case Kind.Object:
                    return value is JsonObject child && Holds(field.Inner!, operations, child);
                case Kind.List:
                    var items = (value as JsonArray)?.OfType<JsonObject>().ToList();
                    var (operation, operand) = operations.Single() is var o ? (o.Key, o.Value) : default;
                    return operation switch
                    {
                        "any" => (items is { Count: > 0 }) == (bool)operand!,
                        "some" => items is not null
                            && items.Any(i => Holds(field.Inner!, (Dictionary<string, object?>)operand!, i)),
                        "all" => items is not null
                            && items.All(i => Holds(field.Inner!, (Dictionary<string, object?>)operand!, i)),
                        _ => items is not null
                            && !items.Any(i => Holds(field.Inner!, (Dictionary<string, object?>)operand!, i)),
                    };
                default:
                    return operations.All(op => Scalar(field.Kind, op.Key, op.Value, value));
            }
        });

    private static bool Scalar(Kind kind, string operation, object? operand, JsonNode? value)
    {
        switch (kind)
        {
            case Kind.Key or Kind.Text:
                var text = (string?)value;
                var sought = operand as string;
                return operation switch
                {
                    "eq" => text == sought,
                    "neq" => text != sought,
                    "in" => ((IEnumerable<string?>)operand!).Contains(text),
                    "nin" => !((IEnumerable<string?>)operand!).Contains(text),
                    "contains" => text is not null && text.Contains(sought!, StringComparison.Ordinal),
                    "startsWith" => text is not null && text.StartsWith(sought!, StringComparison.Ordinal),
                    _ => !(text is not null && text.EndsWith(sought!, StringComparison.Ordinal)),
                };
            case Kind.Bool:
                var flag = (bool?)value;
                return operation == "eq" ? flag == (bool?)operand : flag != (bool?)operand;
            case Kind.Int:
                return HotChocolateOracle.Compare<long>(operation, value is null ? null : (int)value,
                    operand is null ? null : Convert.ToInt64(operand, CultureInfo.InvariantCulture));
            default:
                return HotChocolateOracle.Compare<DateTimeOffset>(operation,
                    value is null ? null : DateTimeOffset.Parse((string)value!, CultureInfo.InvariantCulture),
                    operand is null ? null : DateTimeOffset.Parse((string)operand, CultureInfo.InvariantCulture));
        }
    }
}
