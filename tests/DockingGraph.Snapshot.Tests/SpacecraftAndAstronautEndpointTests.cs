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

    private async Task<int> CountAsync(string relative) =>
        (int)JsonNode.Parse(await _http.GetStringAsync(relative))!["count"]!;

    private async Task<List<JsonObject>> ResultsAsync(string relative) =>
        JsonNode.Parse(await _http.GetStringAsync(relative))!["results"]!.AsArray().Select(r => r!.AsObject()).ToList();
}
