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

    [Fact]
    public async Task AnEmbeddedLaunchsDetailedOnlyFieldIsStillRefused()
    {
        await fixture.AssertFilterRefusedBeforeAnyCallAsync("spacecraftFlights",
            "launch: { flightclubUrl: { neq: null } }",
            "flightclubUrl cannot be evaluated here: LL2 writes a launch in its lists (and embedded in flights, " +
            "landings and a docking event's chaser) as LaunchNormal");
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
        Assert.Contains("on the launch lists evaluated over the blocks read with mode=detailed",
            described.Groups[1].Value);
    }

    private static string LaunchUuid(string globalId) =>
        System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(globalId)).Split(':')[1];
}
