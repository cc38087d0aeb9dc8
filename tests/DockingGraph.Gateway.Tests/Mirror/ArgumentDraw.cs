using System.Globalization;
using System.Text.Json.Nodes;

namespace DockingGraph.Gateway.Tests.Mirror;

/// <summary>
/// Random dockingEvents arguments drawn from the snapshot's corpus: ids that exist (and some that do not), docking
/// bounds at and around recorded instants, search words (and fragments, in any case) of the seven searched names,
/// orderings with departure's NULLs, page sizes 0–100 forwards and backwards.
/// </summary>
public sealed class ArgumentDraw(IReadOnlyList<JsonObject> events, Random random)
{
    private static readonly string[][] SearchedPaths =
    [
        ["docking_location", "name"], ["flight_vehicle_chaser", "spacecraft", "name"],
        ["flight_vehicle_target", "spacecraft", "name"], ["payload_flight_chaser", "payload", "name"],
        ["payload_flight_target", "payload", "name"], ["space_station_chaser", "name"],
        ["space_station_target", "name"],
    ];

    private static readonly object?[][] Orders =
    [
        [], [new { docking = "ASC" }], [new { docking = "DESC" }], [new { departure = "ASC" }],
        [new { departure = "DESC" }], [new { departure = "ASC" }, new { docking = "DESC" }],
        [new { departure = "DESC" }, new { docking = "ASC" }], [new { docking = "DESC" }, new { departure = "ASC" }],
    ];

    private readonly List<string> _words = events
        .SelectMany(e => SearchedPaths.Select(path => Text(e, path)))
        .OfType<string>()
        .SelectMany(name => name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .Distinct(StringComparer.Ordinal)
        .ToList();

    public Dictionary<string, object?> Next()
    {
        var arguments = new Dictionary<string, object?>();
        var where = new Dictionary<string, object?>();
        if (Chance(3))
        {
            where["docking"] = Bounds();
        }

        if (Chance(5))
        {
            where["dockingLocation"] = IdEquals(Id("docking_location"));
        }

        if (Chance(5))
        {
            where["spaceStationTarget"] = IdEquals(Id("space_station_target"));
        }

        if (Chance(8))
        {
            where["flightVehicleChaser"] = IdEquals(Id("flight_vehicle_chaser"));
        }

        if (Chance(8))
        {
            where["and"] = new[] { new Dictionary<string, object?> { ["docking"] = Bounds() } };
        }

        arguments["where"] = where.Count > 0 ? where : null;
        arguments["search"] = Chance(3) ? Search() : null;
        arguments["order"] = Orders[random.Next(Orders.Length)];
        var size = random.Next(8) == 0 ? 0 : random.Next(1, 101);
        arguments[Chance(3) ? "last" : "first"] = random.Next(4) == 0 ? null : size;
        return arguments;
    }

    /// <summary>A nested edge's parent: a target station's number, a location's or chaser flight's global id.</summary>
    public string ParentId(int kind) => kind switch
    {
        0 => Recorded("space_station_target"),
        1 => Global("DockingLocation", Recorded("docking_location")),
        _ => Global("SpacecraftFlight", Recorded("flight_vehicle_chaser")),
    };

    private string Recorded(string field)
    {
        var ids = events.Select(e => e[field]?["id"]).OfType<JsonNode>().Select(n => n.ToString()).ToList();
        return ids[random.Next(ids.Count)];
    }

    private static string Global(string type, string id) =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{type}:{id}"));

    private Dictionary<string, object?> Bounds()
    {
        var bounds = new Dictionary<string, object?>();
        foreach (var operation in new[] { "gt", "gte", "lt", "lte", "eq" })
        {
            if (Chance(operation == "eq" ? 10 : 3))
            {
                bounds[operation] = Instant();
            }
        }

        return bounds.Count > 0 ? bounds : new Dictionary<string, object?> { ["gte"] = Instant() };
    }

    private string Instant()
    {
        var recorded = DateTimeOffset.Parse((string)events[random.Next(events.Count)]["docking"]!,
            CultureInfo.InvariantCulture);
        var shifted = random.Next(3) switch
        {
            0 => recorded,
            1 => recorded.AddSeconds(random.Next(-1, 2)),
            _ => recorded.AddDays(random.Next(-400, 400)),
        };
        return shifted.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
    }

    private string Search()
    {
        var terms = Enumerable.Range(0, random.Next(1, 3)).Select(_ =>
        {
            var word = _words[random.Next(_words.Count)];
            return random.Next(4) switch
            {
                0 => word.ToUpperInvariant(),
                1 => word.ToLowerInvariant(),
                2 when word.Length > 3 => word[1..^1],
                _ => word,
            };
        });
        return random.Next(12) == 0 ? "zzqx" : string.Join(random.Next(5) == 0 ? ", " : " ", terms);
    }

    private string? Id(string field)
    {
        if (random.Next(15) == 0)
        {
            return "99999";
        }

        var ids = events.Select(e => e[field]?["id"]).OfType<JsonNode>().Select(n => n.ToString()).ToList();
        return ids.Count == 0 ? null : ids[random.Next(ids.Count)];
    }

    private static Dictionary<string, object?> IdEquals(string? id) =>
        new() { ["id"] = new Dictionary<string, object?> { ["eq"] = id ?? "1" } };

    private bool Chance(int oneIn) => random.Next(oneIn) == 0;

    private static string? Text(JsonObject e, string[] path)
    {
        JsonNode? node = e;
        foreach (var step in path)
        {
            node = node?[step];
        }

        return node is JsonValue value && value.TryGetValue(out string? text) ? text : null;
    }
}
