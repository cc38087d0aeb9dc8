using System.Globalization;
using System.Text.Json.Nodes;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// The filters LL2 documents for <c>landings/</c> and <c>expeditions/</c> that the gateway now pushes down: the exact
/// LL2 URL, one call, and the answer equal to the snapshot's own REST answer for the same parameters; and fields LL2
/// has no filter for, evaluated over the blocks LL2's part selects, equal to a brute force over the REST rows.
/// </summary>
public sealed class ListFilterPushDownTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private const string Page = "limit=10&mode=normal&offset=0";

    [Fact]
    public async Task LandingAttemptAndSuccessArePushedDownAndEqualLl2sAnswer()
    {
        var expected = await fixture.RestAsync("landings/?attempt=true&success=true&ordering=id");
        var all = await fixture.RestAsync("landings/?ordering=id");
        fixture.Reset();

        var answer = await fixture.PostAsync("{ landings(where: { attempt: { eq: true }, success: { eq: true } }) " +
            "{ totalCount nodes { ll2Id attempt success } } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal($"/2.3.0/landings/?attempt=true&{Page}&ordering=id&success=true",
            Assert.Single(fixture.Requests.Entries).PathAndQuery);
        Assert.Equal(expected.Select(l => (int)l["id"]!), Ids(answer, "landings", "ll2Id"));
        Assert.Equal(expected.Count, (int)answer.Data!["landings"]!["totalCount"]!);
        // The filter selects: some recorded landings have no success yet (null).
        Assert.True(expected.Count > 0 && expected.Count < all.Count, $"{expected.Count} of {all.Count}");
    }

    [Fact]
    public async Task ALandedSpacecraftsConfigurationIsPushedDownAsSpacecraftConfigIds()
    {
        var all = await fixture.RestAsync("landings/?ordering=id");
        var config = (int)all[0]["spacecraftflight"]!["spacecraft"]!["spacecraft_config"]!["id"]!;
        var expected = await fixture.RestAsync($"landings/?spacecraft_config__ids={config}&ordering=id");
        fixture.Reset();

        var answer = await fixture.PostAsync("query($c: Int) { landings(where: { spacecraftFlight: { spacecraft: " +
            "{ spacecraftConfig: { id: { eq: $c } } } } }) { totalCount nodes { ll2Id } } }", new { c = config });

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal($"/2.3.0/landings/?{Page}&ordering=id&spacecraft_config__ids={config}",
            Assert.Single(fixture.Requests.Entries).PathAndQuery);
        Assert.Equal(expected.Select(l => (int)l["id"]!), Ids(answer, "landings", "ll2Id"));
        Assert.Contains((int)all[0]["id"]!, Ids(answer, "landings", "ll2Id"));
        Assert.True(expected.Count < all.Count, $"{expected.Count} of {all.Count}");
    }

    [Fact]
    public async Task TheFirstStageFiltersAreSentAsLl2DocumentsThemAndMatchNoRecordedLanding()
    {
        var landings = await fixture.RestAsync("landings/?ordering=id");
        var launch = (string)landings[0]["spacecraftflight"]!["launch"]!["id"]!;
        // B1059: LL2's own example for landings/ search (its OpenAPI entry).
        const string rest = "launcher__ids=1&launcher_config__ids=2&launcher_serial_numbers=B1059";
        var expected = await fixture.RestAsync($"landings/?firststage_launch__ids={launch}&{rest}");
        fixture.Reset();

        var answer = await fixture.PostAsync("query($l: ID) { landings(where: { firstStage: { launch: { id: " +
            "{ eq: $l } }, launcher: { id: { eq: 1 }, serialNumber: { eq: \"B1059\" }, launcherConfig: { id: " +
            "{ eq: 2 } } } } }) { totalCount nodes { ll2Id } } }", new { l = launch });

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal($"/2.3.0/landings/?firststage_launch__ids={launch}&{rest}&{Page}&ordering=id",
            Assert.Single(fixture.Requests.Entries).PathAndQuery);
        Assert.Empty(expected);
        Assert.Equal(0, (int)answer.Data!["landings"]!["totalCount"]!);
    }

    [Theory]
    [InlineData("{ firstStage: { launcher: { id: { neq: 1 } } } }", "firstStage.launcher.id.neq")]
    [InlineData("{ or: [{ firstStage: { launcher: { id: { eq: 1 } } } }, { success: { eq: true } }] }",
        "or (2 branches)")]
    public async Task AFirstStageConditionLl2CannotExecuteIsRefusedWithTheReasonBeforeAnyCall(string where,
        string lacking)
    {
        fixture.Reset();

        var answer = await fixture.PostAsync($"{{ landings(where: {where}) {{ totalCount }} }}");

        Assert.Equal("FILTER_NOT_SUPPORTED", answer.FirstCode);
        Assert.Contains($"LL2 cannot execute {lacking} on landings; firstStage cannot be evaluated here: the " +
            "gateway does not evaluate a landing's first stage itself", (string)answer.Errors[0]!["message"]!);
        Assert.Equal(0, fixture.Requests.Count);
    }

    [Fact]
    public async Task ExpeditionNameAndStartAndEndBoundsArePushedDownAndEqualLl2sAnswer()
    {
        var row = (await fixture.RestAsync("expeditions/?ordering=start,id")).First(e => e["end"] is not null
            && (int)e["id"]! > 50);
        var name = (string)row["name"]!;
        var start = (DateTimeOffset)row["start"]!;
        var end = (DateTimeOffset)row["end"]!;
        var (after, before) = (start.AddDays(-1), start.AddDays(1));
        var query = $"end__gte={Iso(end)}&name={Uri.EscapeDataString(name)}&start__gt={Iso(after)}" +
            $"&start__lt={Iso(before)}";
        var expected = await fixture.RestAsync($"expeditions/?{query}&ordering=start,id");
        fixture.Reset();

        var answer = await fixture.PostAsync("query($n: String, $a: DateTime, $b: DateTime, $e: DateTime) " +
            "{ expeditions(where: { name: { eq: $n }, start: { gt: $a, lt: $b }, end: { gte: $e } }) " +
            "{ totalCount nodes { id name } } }", new { n = name, a = after, b = before, e = end });

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal($"/2.3.0/expeditions/?end__gte={Iso(end, true)}&limit=10&mode=normal" +
            $"&name={Uri.EscapeDataString(name)}&offset=0&ordering=start%2Cid&start__gt={Iso(after, true)}" +
            $"&start__lt={Iso(before, true)}", Assert.Single(fixture.Requests.Entries).PathAndQuery);
        Assert.Equal([(int)row["id"]!], expected.Select(e => (int)e["id"]!));
        Assert.Equal(expected.Select(e => (int)e["id"]!), Ids(answer, "expeditions", "id"));
    }

    [Fact]
    public async Task ExpeditionStartBoundsSelectAPageThatEqualsLl2sAnswer()
    {
        var expected = await fixture.RestAsync("expeditions/?start__gte=2000-01-01T00:00:00Z" +
            "&start__lt=2010-01-01T00:00:00Z&ordering=-start,id");
        fixture.Reset();

        var answer = await fixture.PostAsync("{ expeditions(first: 5, order: [{ start: DESC }], where: { start: " +
            "{ gte: \"2000-01-01T00:00:00Z\", lt: \"2010-01-01T00:00:00Z\" } }) { totalCount nodes { id } } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal("/2.3.0/expeditions/?limit=5&mode=normal&offset=0&ordering=-start%2Cid" +
            "&start__gte=2000-01-01T00%3A00%3A00Z&start__lt=2010-01-01T00%3A00%3A00Z",
            Assert.Single(fixture.Requests.Entries).PathAndQuery);
        Assert.Equal(expected.Take(5).Select(e => (int)e["id"]!), Ids(answer, "expeditions", "id"));
        Assert.Equal(expected.Count, (int)answer.Data!["expeditions"]!["totalCount"]!);
        Assert.True(expected.Count > 5, expected.Count.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("{ crew: { some: { astronaut: { id: { eq: 1 } } } } }", "crew__astronaut=1")]
    [InlineData("{ crew: { some: { astronaut: { agency: { id: { eq: 44 } } } } } }", "crew__astronaut__agency=44")]
    [InlineData("{ and: [{ crew: { some: { astronaut: { id: { eq: 1 } } } } }, { crew: { some: { astronaut: " +
        "{ agency: { id: { eq: 44 } } } } } }] }", "crew__astronaut=1&crew__astronaut__agency=44")]
    public async Task ACrewMemberIsPushedDownAndMatchesNoRecordedExpedition(string where, string parameters)
    {
        var expected = await fixture.RestAsync($"expeditions/?{parameters}");
        fixture.Reset();

        var answer = await fixture.PostAsync($"{{ expeditions(where: {where}) {{ totalCount nodes {{ id }} }} }}");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal($"/2.3.0/expeditions/?{parameters}&{Page}&ordering=start%2Cid",
            Assert.Single(fixture.Requests.Entries).PathAndQuery);
        // No recorded expedition has a crew (ExpeditionNormal rows, crew null or empty).
        Assert.Empty(expected);
        Assert.Equal(0, (int)answer.Data!["expeditions"]!["totalCount"]!);
    }

    [Theory]
    [InlineData("{ crew: { some: { astronaut: { id: { eq: 1 }, agency: { id: { eq: 44 } } } } } }",
        "crew.some.astronaut { id agency }")]
    [InlineData("{ crew: { some: { astronaut: { id: { neq: 1 } } } } }", "crew.some.astronaut.id.neq")]
    public async Task ACrewConditionLl2CannotExecuteIsRefusedBeforeAnyCall(string where, string lacking)
    {
        fixture.Reset();

        var answer = await fixture.PostAsync($"{{ expeditions(where: {where}) {{ totalCount }} }}");

        Assert.Equal("FILTER_NOT_SUPPORTED", answer.FirstCode);
        Assert.Contains($"LL2 cannot execute {lacking}", (string)answer.Errors[0]!["message"]!);
        Assert.Contains("crew cannot be evaluated here: LL2's expedition rows (ExpeditionNormal) carry no crew",
            (string)answer.Errors[0]!["message"]!);
        Assert.Equal(0, fixture.Requests.Count);
    }

    [Fact]
    public async Task ALandingLocationsNameIsEvaluatedOverTheOneBlockTheLandingTypeSelects()
    {
        var narrowed = await fixture.RestAsync("landings/?landing_type__ids=4&ordering=id");
        var location = (string)narrowed[0]["landing_location"]!["name"]!;
        var prefix = location[..Math.Min(5, location.Length)];
        fixture.Reset();

        var answer = await fixture.PostAsync("query($p: String) { landings(where: { type: { id: { eq: 4 } }, " +
            "landingLocation: { name: { startsWith: $p }, celestialBody: { name: { eq: \"Earth\" } } } }) " +
            "{ totalCount nodes { ll2Id } } }", new { p = prefix });

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal("/2.3.0/landings/?landing_type__ids=4&limit=100&mode=normal&offset=0&ordering=id",
            Assert.Single(fixture.Requests.Entries).PathAndQuery);
        var expected = narrowed.Where(l => ((string?)l["landing_location"]?["name"])?.StartsWith(prefix,
                StringComparison.Ordinal) == true
            && (string?)l["landing_location"]?["celestial_body"]?["name"] == "Earth").ToList();
        Assert.Equal(expected.Select(l => (int)l["id"]!), Ids(answer, "landings", "ll2Id"));
        Assert.NotEmpty(expected);
    }

    [Fact]
    public async Task ASpacecraftConfigurationsAgencyIsEvaluatedOverTheBlocksIsPlaceholderSelects()
    {
        var narrowed = await fixture.RestAsync("spacecraft/?is_placeholder=false&ordering=id");
        var abbrev = narrowed.GroupBy(s => (string?)s["spacecraft_config"]?["agency"]?["abbrev"])
            .OrderByDescending(g => g.Count()).First().Key!;
        fixture.Reset();

        var answer = await fixture.PostAsync("query($a: String) { spacecrafts(first: 3, where: { isPlaceholder: { eq: " +
            "false }, spacecraftConfig: { agency: { abbrev: { eq: $a } } }, timeInSpace: { gt: \"P1D\" } }) " +
            "{ totalCount nodes { ll2Id } } }", new { a = abbrev });

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(Enumerable.Range(0, (narrowed.Count + 99) / 100).Select(k =>
                $"/2.3.0/spacecraft/?is_placeholder=false&limit=100&mode=normal&offset={k * 100}" +
                "&ordering=id"),
            fixture.Requests.Entries.Select(e => e.PathAndQuery));
        var expected = narrowed.Where(s => (string?)s["spacecraft_config"]?["agency"]?["abbrev"] == abbrev
            && s["time_in_space"] is JsonValue time
            && System.Xml.XmlConvert.ToTimeSpan((string)time!) > TimeSpan.FromDays(1)).ToList();
        Assert.Equal(expected.Count, (int)answer.Data!["spacecrafts"]!["totalCount"]!);
        Assert.Equal(expected.Take(3).Select(s => (int)s["id"]!), Ids(answer, "spacecrafts", "ll2Id"));
        Assert.True(expected.Count > 3 && expected.Count < narrowed.Count, $"{expected.Count} of {narrowed.Count}");
    }

    [Fact]
    public async Task AnExpeditionIdListIsEvaluatedOverEveryBlock()
    {
        var all = await fixture.RestAsync("expeditions/?ordering=start,id");
        var ids = new[] { (int)all[3]["id"]!, (int)all[100]["id"]! };
        fixture.Reset();

        var answer = await fixture.PostAsync("query($i: [Int]) { expeditions(where: { id: { in: $i } }) " +
            "{ totalCount nodes { id } } }", new { i = ids });

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(ids, Ids(answer, "expeditions", "id"));
        Assert.Equal(Enumerable.Range(0, (all.Count + 99) / 100).Select(k =>
                $"/2.3.0/expeditions/?limit=100&mode=normal&offset={k * 100}&ordering=start%2Cid"),
            fixture.Requests.Entries.Select(e => e.PathAndQuery));
    }

    [Fact]
    public async Task ADurationTheGatewayCannotCompareIsRefusedWithTheReasonBeforeAnyCall()
    {
        fixture.Reset();

        // P1W passes the TimeSpan scalar (ISO 8601) but has no length in the comparison's terms.
        var answer = await fixture.PostAsync("{ spacecrafts(where: { timeInSpace: { gt: \"P1W\" } }) { totalCount } }");

        Assert.Equal("FILTER_NOT_SUPPORTED", answer.FirstCode);
        Assert.Contains("timeInSpace: 'P1W' is not a duration compared here", (string)answer.Errors[0]!["message"]!);
        Assert.Equal(0, fixture.Requests.Count);
    }

    private static string Iso(DateTimeOffset at, bool escaped = false) =>
        at.UtcDateTime.ToString(escaped ? "yyyy-MM-dd'T'HH'%3A'mm'%3A'ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss'Z'",
            CultureInfo.InvariantCulture);

    private static IEnumerable<int> Ids(GraphQLAnswer answer, string list, string field) =>
        answer.Data![list]!["nodes"]!.AsArray().Select(n => (int)n![field]!);
}
