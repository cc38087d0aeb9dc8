using System.Net;
using System.Text.Json.Nodes;

namespace DockingGraph.Snapshot.Tests;

/// <summary>
/// The filters and ordering fields LL2 documents for spacecraft/ (in_space, is_placeholder; mission_ends_count,
/// time_docked, time_in_space as durations), and astronauts/, served with zero rows: no astronaut recording exists.
/// </summary>
public sealed class SpacecraftAndAstronautEndpointTests
{
    private readonly HttpClient _http = new(new SnapshotHttpMessageHandler(new SnapshotUpstream()))
    {
        BaseAddress = new Uri("http://snapshot.local/2.3.0/"),
    };

    [Fact]
    public async Task SpacecraftBooleansFilterAsLl2Documents()
    {
        var all = await ResultsAsync("spacecraft/?limit=100&offset=0");
        var all2 = all.Concat(await ResultsAsync("spacecraft/?limit=100&offset=100"))
            .Concat(await ResultsAsync("spacecraft/?limit=100&offset=200")).ToList();

        var inSpace = await CountAsync("spacecraft/?in_space=true");
        var notInSpace = await CountAsync("spacecraft/?in_space=false");

        Assert.Equal(all2.Count(s => s["in_space"]?.GetValueKind() == System.Text.Json.JsonValueKind.True), inSpace);
        Assert.Equal(all2.Count(s => s["in_space"]?.GetValueKind() == System.Text.Json.JsonValueKind.False), notInSpace);
        Assert.Equal(all2.Count(s => s["is_placeholder"]?.GetValueKind() == System.Text.Json.JsonValueKind.False),
            await CountAsync("spacecraft/?is_placeholder=false"));
    }

    [Fact]
    public async Task TimeInSpaceOrdersAsADurationNotAsText()
    {
        var ordered = await ResultsAsync("spacecraft/?ordering=time_in_space,id&limit=100&mode=detailed");
        var durations = ordered.Select(s => (string?)s["time_in_space"])
            .Select(t => t is null ? (TimeSpan?)null : System.Xml.XmlConvert.ToTimeSpan(t)).ToList();

        // Ascending: the shortest first, NULLs last (PostgreSQL). As text, "P74D…" would sort after "P533D…".
        var known = durations.TakeWhile(d => d is not null).ToList();
        Assert.All(durations.Skip(known.Count), d => Assert.Null(d));
        Assert.Equal(known.Order().ToList(), known);
        Assert.True(known.Count > 1);
    }

    [Fact]
    public async Task AstronautsAnswerAnEmptyListAndValidateTheirFilters()
    {
        var page = JsonNode.Parse(await _http.GetStringAsync("astronauts/?in_space=true&flights_count__gte=2&ordering=-time_in_space"))!;
        using var bad = await _http.GetAsync("astronauts/?age=abc");
        using var detail = await _http.GetAsync("astronauts/5/");

        Assert.Equal(0, (int)page["count"]!);
        Assert.Empty(page["results"]!.AsArray());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
    }

    [Fact]
    public async Task AstronautDateFiltersAreDjangoDateFiltersComparingCalendarDates()
    {
        using var dateTime = await _http.GetAsync("astronauts/?date_of_birth__gte=1960-01-01T00:00:00Z");
        using var badDay = await _http.GetAsync("astronauts/?date_of_death=1960-02-30");
        var page = JsonNode.Parse(await _http.GetStringAsync(
            "astronauts/?date_of_birth__gte=1960-01-01&date_of_birth__lte=1969-12-31&date_of_death=11/20/1998"))!;
        // The filters over real rows with a yyyy-MM-dd date (LL2's recorded stations' founded; no astronaut row is
        // recorded): whole days, not instants, and Django's other date input formats.
        var stations = await ResultsAsync("space_stations/?mode=detailed&limit=100");
        var gte = Rest.ListFilter.Date("date_of_birth__gte", "founded", Rest.Comparison.Gte);
        var exact = Rest.ListFilter.Date("date_of_birth", "founded", Rest.Comparison.Exact);
        var lt = Rest.ListFilter.Date("date_of_birth__lt", "founded", Rest.Comparison.Lt);

        Assert.Equal(HttpStatusCode.BadRequest, dateTime.StatusCode);
        Assert.Contains("Enter a valid date.", await dateTime.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, badDay.StatusCode);
        Assert.Equal(0, (int)page["count"]!);
        var iss = stations.Single(s => (string?)s["founded"] == "1998-11-20");
        Assert.True(exact.Matches(iss, exact.Parse("1998-11-20")!));
        Assert.True(exact.Matches(iss, exact.Parse("11/20/1998")!));
        Assert.True(gte.Matches(iss, gte.Parse("1998-11-20")!));
        Assert.False(lt.Matches(iss, lt.Parse("1998-11-20")!));
        var bound = gte.Parse("1990-01-01")!;
        var founded = stations.Select(s => (string?)s["founded"]).ToList();
        Assert.Equal(founded.Count(f => f is not null && string.CompareOrdinal(f, "1990-01-01") >= 0),
            stations.Count(s => gte.Matches(s, bound)));
        Assert.Contains(founded, f => f is not null && string.CompareOrdinal(f, "1990-01-01") < 0);
    }

    private async Task<int> CountAsync(string relative) =>
        (int)JsonNode.Parse(await _http.GetStringAsync(relative))!["count"]!;

    private async Task<List<JsonObject>> ResultsAsync(string relative) =>
        JsonNode.Parse(await _http.GetStringAsync(relative))!["results"]!.AsArray().Select(r => r!.AsObject()).ToList();
}
