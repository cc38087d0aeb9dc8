using System.Text.Json.Nodes;
using System.Xml;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// A launch's LaunchDetailed-only fields (flightclubUrl, padTurnaround, updates, infoUrls, vidUrls, timeline,
/// missionPatches) on the launch lists: the list's own blocks are read with <c>mode=detailed</c> (the same number of
/// calls), and the fields are evaluated on those rows, compared with a brute force over the snapshot's detailed REST
/// rows. No recording holds these fields' values (every recorded launch is LaunchNormal), so on the snapshot they are
/// null in every row: the tests combine them with a field that has values, and check the blocks' mode exactly.
/// Where a launch is embedded (LaunchNormal) they stay refused (DetailedOnlyFieldTests).
/// </summary>
public sealed class LaunchDetailedRowsTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private static string Block(int offset) =>
        $"/2.3.0/launches/?limit=100&mode=detailed&offset={offset}&ordering=net%2Cid";

    private static DateTimeOffset? Net(JsonObject l) =>
        (string?)l["net"] is { } net ? DateTimeOffset.Parse(net, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    public static TheoryData<string, string> Wheres() => new()
    {
        { "flightclubUrl: { eq: null }, net: { gt: \"2020-01-01T00:00:00Z\" }", "recent" },
        { "flightclubUrl: { neq: null }", "flightclub" },
        { "padTurnaround: { lt: \"P10D\" }", "turnaround" },
        { "updates: { any: true }", "updates" },
        { "timeline: { any: false }, net: { lt: \"2026-01-01T00:00:00Z\" }", "older" },
        { "missionPatches: { some: { name: { contains: \"Dragon\" } } }", "patches" },
        { "or: [{ infoUrls: { some: { url: { neq: null } } } }, { vidUrls: { any: true } }, { net: { eq: null } }]",
            "urls" },
    };

    [Theory]
    [MemberData(nameof(Wheres))]
    public async Task ADetailedOnlyFieldIsEvaluatedOverTheListsBlocksReadDetailed(string where, string kind)
    {
        var rows = await fixture.RestAsync("launches/?mode=detailed&limit=100&ordering=net,id");
        // 8 recorded launches have a net, from 2025-11-27 to 2026-07-14 (Corpus/PROVENANCE.md).
        var cut = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var newYear = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        Func<JsonObject, bool> holds = kind switch
        {
            "recent" => l => l["flightclub_url"] is null && Net(l) > cut,
            "flightclub" => l => l["flightclub_url"] is not null,
            "turnaround" => l => (string?)l["pad_turnaround"] is { } t && XmlConvert.ToTimeSpan(t) < TimeSpan.FromDays(10),
            "updates" => l => l["updates"] is JsonArray { Count: > 0 },
            "older" => l => l["timeline"] is not JsonArray { Count: > 0 } && Net(l) < newYear,
            "patches" => l => l["mission_patches"] is JsonArray patches && patches.OfType<JsonObject>()
                .Any(p => ((string?)p["name"])?.Contains("Dragon", StringComparison.Ordinal) == true),
            _ => l => (l["info_urls"] is JsonArray info && info.OfType<JsonObject>().Any(u => u["url"] is not null))
                || l["vid_urls"] is JsonArray { Count: > 0 } || l["net"] is null,
        };
        Assert.All(rows, l => Assert.Equal("detailed", (string?)l["response_mode"]));
        var expected = rows.Count(holds);
        fixture.Reset();

        var answer = await fixture.PostAsync($"{{ launches(where: {{ {where} }}) {{ totalCount }} }}");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(expected, (int)answer.Data!["launches"]!["totalCount"]!);
        // LL2's part (a net bound, pushed down) decides the blocks; every block is read detailed.
        var selected = kind switch
        {
            "recent" => rows.Count(l => Net(l) > cut),
            "older" => rows.Count(l => Net(l) < newYear),
            _ => rows.Count,
        };
        Assert.Equal(Math.Max(1, (selected + 99) / 100), fixture.Requests.Count);
        Assert.All(fixture.Requests.Entries, e => Assert.Equal("/2.3.0/launches/", e.Path));
        Assert.All(fixture.Requests.Entries, e => Assert.Contains("mode=detailed", e.Query));
        if (selected == rows.Count)
        {
            Assert.Equal([Block(0), Block(100), Block(200)], fixture.Requests.Entries.Select(e => e.PathAndQuery));
        }

        if (kind is "recent" or "older")
        {
            Assert.True(expected > 0 && expected < rows.Count, $"{kind}: {expected} of {rows.Count}");
        }
    }

    [Fact]
    public async Task AnOrderByADetailedOnlyFieldReadsTheBlocksDetailed()
    {
        var rows = await fixture.RestAsync("launches/?mode=detailed&limit=100&ordering=net,id");
        var expected = SortOracle.SortedIds(rows,
            [(l => (string?)l["pad_turnaround"] is { } t ? XmlConvert.ToTimeSpan(t) : null, true),
                (l => Net(l), false)],
            l => (string)l["id"]!);
        fixture.Reset();

        var answer = await fixture.PostAsync("{ launches(first: 20, order: [{ padTurnaround: DESC }, { net: ASC }]) " +
            "{ nodes { id } } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(expected.Take(20), answer.Data!["launches"]!["nodes"]!.AsArray()
            .Select(n => LaunchUuid((string)n!["id"]!)));
        Assert.Equal([Block(0), Block(100), Block(200)], fixture.Requests.Entries.Select(e => e.PathAndQuery));
    }

    [Theory]
    [InlineData("upcomingLaunches", "launches/upcoming/")]
    [InlineData("previousLaunches", "launches/previous/")]
    public async Task UpcomingAndPreviousLaunchesReadTheirBlocksDetailedToo(string list, string path)
    {
        fixture.Reset();

        var answer = await fixture.PostAsync($"{{ {list}(where: {{ vidUrls: {{ any: false }}, " +
            "flightclubUrl: { eq: null } }) { totalCount } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.NotEmpty(fixture.Requests.Entries);
        Assert.All(fixture.Requests.Entries, e => Assert.Equal($"/2.3.0/{path}", e.Path));
        Assert.All(fixture.Requests.Entries, e => Assert.Contains("mode=detailed", e.Query));
    }

    // An embedded launch (LaunchNormal) is read by id: launches/?id=…&mode=detailed, 100 per call, for the launches
    // the where reaches.
    [Theory]
    [InlineData("spacecraftFlights", "launch: { flightclubUrl: { eq: null } }, destination: { eq: \"International Space Station\" }",
        "/2.3.0/spacecraft_flights/")]
    [InlineData("landings", "spacecraftFlight: { launch: { timeline: { any: false } } }, success: { eq: true }",
        "/2.3.0/landings/")]
    public async Task AnEmbeddedLaunchsDetailedOnlyFieldIsReadFromTheLaunchesByIdInBatches(string list, string where,
        string path)
    {
        var rows = list == "spacecraftFlights"
            ? await fixture.RestAsync("spacecraft_flights/?limit=100")
            : await fixture.RestAsync("landings/?limit=100");
        var launchOf = (JsonObject r) => (list == "spacecraftFlights" ? r["launch"] : r["spacecraftflight"]?["launch"])
            as JsonObject;
        var ids = rows.Select(launchOf).OfType<JsonObject>().Select(l => (string)l["id"]!).Distinct().ToList();
        var detailed = new Dictionary<string, JsonObject>();
        foreach (var chunk in ids.Order(StringComparer.Ordinal).Chunk(100))
        {
            foreach (var launch in await fixture.RestAsync($"launches/?id={string.Join(',', chunk)}&mode=detailed&limit=100"))
            {
                detailed[(string)launch["id"]!] = launch;
            }
        }

        var expected = list == "spacecraftFlights"
            ? rows.Count(f => launchOf(f) is { } l && detailed[(string)l["id"]!]["flightclub_url"] is null
                && (string?)f["destination"] == "International Space Station")
            : rows.Count(r => launchOf(r) is { } l && detailed[(string)l["id"]!]["timeline"] is not JsonArray { Count: > 0 }
                && (bool?)r["success"] == true);
        fixture.Reset();

        var answer = await fixture.PostAsync($"{{ {list}(where: {{ {where} }}) {{ totalCount }} }}");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(expected, (int)answer.Data![list]!["totalCount"]!);
        Assert.True(expected > 0 && expected < rows.Count, $"{expected} of {rows.Count}");
        Assert.Equal((rows.Count + 99) / 100, fixture.Requests.CountPath(path));
        var launchCalls = fixture.Requests.Entries.Where(e => e.Path == "/2.3.0/launches/").ToList();
        // Only the launches the where reaches are read (a condition written later may be evaluated first), at most
        // every launch the rows embed, 100 per call.
        Assert.InRange(launchCalls.Count, 1, (ids.Count + 99) / 100);
        var asked = launchCalls.SelectMany(e => Uri.UnescapeDataString(e.Query).Split('&')
            .Single(p => p.StartsWith("id=", StringComparison.Ordinal))[3..].Split(',')).ToList();
        Assert.Equal(asked.Count, asked.Distinct().Count());
        Assert.All(asked, id => Assert.Contains(id, ids));
        Assert.All(launchCalls, e => Assert.Contains("mode=detailed", e.Query));
        Assert.Equal(fixture.Requests.Count, (rows.Count + 99) / 100 + launchCalls.Count);
    }

    [Fact]
    public async Task AnOrderByAnEmbeddedLaunchsDetailedOnlyFieldIsEvaluated()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync("{ spacecraftFlights(first: 5, order: [{ launch: { padTurnaround: DESC } }]) " +
            "{ nodes { ll2Id } } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(5, answer.Data!["spacecraftFlights"]!["nodes"]!.AsArray().Count);
        Assert.Contains(fixture.Requests.Entries, e => e.Path == "/2.3.0/launches/" && e.Query.Contains("mode=detailed"));
    }

    [Theory]
    [InlineData("LaunchFilterInput", "flightclubUrl")]
    [InlineData("LaunchFilterInput", "timeline")]
    [InlineData("LaunchSortInput", "padTurnaround")]
    public void TheFieldsDescriptionSaysWhereItIsEvaluated(string input, string field)
    {
        var body = System.Text.RegularExpressions.Regex.Match(SchemaTests.PrintSchema(),
            $@"^input {input} {{\n((?:  .*\n)+?)}}", System.Text.RegularExpressions.RegexOptions.Multiline);
        var described = System.Text.RegularExpressions.Regex.Match(body.Groups[1].Value,
            $"^  \"([^\"]*)\"\\n  {field}: ", System.Text.RegularExpressions.RegexOptions.Multiline);

        Assert.True(described.Success, $"{input}.{field} has no description");
        Assert.Contains("evaluated over the embedded launches read by id with launches/?id=…&mode=detailed",
            described.Groups[1].Value);
        Assert.Contains("on the launch lists over their blocks read with mode=detailed", described.Groups[1].Value);
    }

    private static string LaunchUuid(string globalId) =>
        System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(globalId)).Split(':')[1];
}
