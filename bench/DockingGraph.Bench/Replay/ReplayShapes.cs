using System.Text;
using System.Text.Json.Nodes;
using DockingGraph.Snapshot.Corpus;

namespace DockingGraph.Bench.Replay;

/// <summary>One request of the replay: its shape's name and the document.</summary>
public record ReplayRequest(string Shape, string Query, bool List);

/// <summary>
/// The query shapes a docking dashboard sends, with arguments ranked from the snapshot's corpus (recent events,
/// busy stations and recent years first) and drawn Zipf-like from a seeded generator.
/// </summary>
public sealed class ReplayShapes
{
    private const string EventFields = """
        ll2Id docking departure dockingLocation { name } spaceStationTarget { name }
        flightVehicleChaser { spacecraft { name } }
        """;

    private static readonly string[] Words =
    [
        "Dragon", "Soyuz", "Progress", "Crew Dragon", "Cygnus", "Tianzhou", "Shenzhou", "Zvezda", "Harmony", "Poisk",
        "Starliner", "HTV", "Rassvet", "Unity", "Kvant", "Mir", "Salyut", "ATV", "Tiangong", "Prichal", "Nauka",
        "Dra", "Soy", "Prog", "Tian", "MS-2", "Cargo", "Endeavour", "Resilience", "Freedom",
    ];

    private readonly Random _random;
    private readonly (string Name, double Weight, Func<ReplayRequest> Make)[] _shapes;
    private readonly Zipf _events, _stations, _flights, _years, _words, _firsts;
    private readonly IReadOnlyList<int> _eventIds, _stationIds, _flightIds, _yearList;
    private readonly Dictionary<int, string> _nextCursor = [];

    public ReplayShapes(SnapshotCorpus corpus, int seed)
    {
        _random = new Random(seed);
        var events = corpus.DockingEvents
            .OrderByDescending(e => (string?)e["docking"], StringComparer.Ordinal).ToList();
        _eventIds = events.Select(e => (int)e["id"]!).ToList();
        _stationIds = events.Select(e => (int?)e["space_station_target"]?["id"]).OfType<int>()
            .GroupBy(id => id).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();
        _flightIds = events.Select(e => (int?)e["flight_vehicle_chaser"]?["id"]).OfType<int>().Distinct().ToList();
        _yearList = Enumerable.Range(1971, 2026 - 1971 + 1).Reverse().ToList();
        (_events, _stations, _flights) = (Z(_eventIds.Count), Z(_stationIds.Count), Z(_flightIds.Count));
        (_years, _words, _firsts) = (Z(_yearList.Count), Z(Words.Length), Z(3));
        _shapes =
        [
            ("latest dockings", 20, Latest),
            ("docked now per station", 14, DockedNow),
            ("station history pages", 15, History),
            ("year window", 9, Year),
            ("search box", 10, Search),
            ("event detail", 10, EventDetail),
            ("flight detail", 6, FlightDetail),
            ("station detail", 5, StationDetail),
            ("node refetch", 8, NodeRefetch),
            ("stations overview", 3, Overview),
        ];
    }

    public IEnumerable<string> Names => _shapes.Select(s => s.Name);

    public ReplayRequest Next()
    {
        var u = _random.NextDouble() * _shapes.Sum(s => s.Weight);
        foreach (var (_, weight, make) in _shapes)
        {
            if ((u -= weight) < 0)
            {
                return make();
            }
        }

        return _shapes[^1].Make();
    }

    /// <summary>A history page's answer gives the cursor its station's next page continues from.</summary>
    public void Answered(ReplayRequest request, JsonNode? body)
    {
        if (request is not HistoryRequest history)
        {
            return;
        }

        var info = body?["data"]?["spaceStation"]?["dockingEvents"]?["pageInfo"];
        if ((bool?)info?["hasNextPage"] == true && (string?)info["endCursor"] is { } cursor)
        {
            _nextCursor[history.Station] = cursor;
        }
        else
        {
            _nextCursor.Remove(history.Station);
        }
    }

    private Zipf Z(int n) => new(n, _random);

    private ReplayRequest Latest() => new("latest dockings", $$"""
        { dockingEvents(first: {{(_firsts.Next() + 1) * 5}}, order: [{ docking: DESC }]) {
            totalCount nodes { {{EventFields}} } } }
        """, List: true);

    private ReplayRequest DockedNow() => new("docked now per station", $$"""
        { spaceStation(id: {{_stations.From(_stationIds)}}) { name dockedVehicles
            dockingLocations { name currentlyDocked { ll2Id docking flightVehicleChaser { spacecraft { name } } } } } }
        """, List: false);

    private ReplayRequest History()
    {
        var station = _stations.From(_stationIds);
        // A user who opened a station's history mostly pages on; sometimes starts over.
        var after = _nextCursor.TryGetValue(station, out var cursor) && _random.NextDouble() < 0.75
            ? $", after: \"{cursor}\""
            : "";
        return new HistoryRequest(station, $$"""
            { spaceStation(id: {{station}}) { name dockingEvents(first: 10{{after}}, order: [{ docking: DESC }]) {
                totalCount pageInfo { hasNextPage endCursor } nodes { {{EventFields}} } } } }
            """);
    }

    private ReplayRequest Year()
    {
        var year = _years.From(_yearList);
        return new("year window", $$"""
            { dockingEvents(first: 20,
                where: { docking: { gte: "{{year}}-01-01T00:00:00Z", lt: "{{year + 1}}-01-01T00:00:00Z" } }) {
                totalCount nodes { {{EventFields}} } } }
            """, List: true);
    }

    private ReplayRequest Search() => new("search box", $$"""
        { dockingEvents(first: 10, search: "{{_words.From(Words)}}") { totalCount nodes { {{EventFields}} } } }
        """, List: true);

    private ReplayRequest EventDetail() => new("event detail", $$"""
        { dockingEvent(id: {{_events.From(_eventIds)}}) { ll2Id docking departure
            dockingLocation { name spaceStation { name } } spaceStationTarget { name orbit dockedVehicles }
            flightVehicleChaser { destination spacecraft { name serialNumber } launch { name } } } }
        """, List: false);

    private ReplayRequest FlightDetail() => new("flight detail", $$"""
        { spacecraftFlight(id: {{_flights.From(_flightIds)}}) { ll2Id destination spacecraft { name }
            launch { name } dockingEvents(first: 5) { nodes { ll2Id docking departure dockingLocation { name } } } } }
        """, List: false);

    private ReplayRequest StationDetail() => new("station detail", $$"""
        { spaceStation(id: {{_stations.From(_stationIds)}}) { name orbit founded owners { name } onboardCrew
            expeditions { name start end }
            dockingEvents(first: 5, order: [{ docking: DESC }]) { nodes { {{EventFields}} } } } }
        """, List: false);

    private ReplayRequest NodeRefetch()
    {
        var id = Convert.ToBase64String(Encoding.UTF8.GetBytes($"DockingEvent:{_events.From(_eventIds)}"));
        return new("node refetch", $$"""
            { node(id: "{{id}}") { id ... on DockingEvent { ll2Id docking departure spaceStationTarget { name } } } }
            """, List: false);
    }

    private ReplayRequest Overview() => new("stations overview", """
        { spaceStations(first: 20) { nodes { ll2Id name status { name } dockedVehicles onboardCrew } } }
        """, List: false);

    private sealed record HistoryRequest(int Station, string Document)
        : ReplayRequest("station history pages", Document, List: true);
}
