using System.Globalization;
using System.Text.Json.Nodes;
using DockingGraph.Snapshot.Rest;
using Microsoft.Extensions.Time.Testing;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// The gateway against a snapshot whose clock stands at 2026-04-12T00:00Z, inside the recorded launches' nets
/// (2025-11-27 … 2026-07-14): launches/upcoming/ holds 5 launches (4 with hide_recent_previous), launches/previous/
/// 4, Cygnus NG-24 (2026-04-11T11:41Z) both. The oracle is a second snapshot at the same clock.
/// </summary>
public sealed class LaunchClockGatewayFixture : GatewayFixture
{
    public static readonly DateTimeOffset Now = new(2026, 4, 12, 0, 0, 0, TimeSpan.Zero);

    // Nothing advances it: the snapshot and the oracle read the same "now".
    private static readonly FakeTimeProvider Clock = new(Now);

    protected override TimeProvider SnapshotClock => Clock;
}

public sealed class UpcomingPreviousLaunchesTests(LaunchClockGatewayFixture fixture)
    : IClassFixture<LaunchClockGatewayFixture>
{
    private const string Nodes = "totalCount nodes { ll2Id net }";

    [Fact]
    public async Task EachRootIsOnePushedDownCallOnItsLl2ListInLl2sOwnOrder()
    {
        fixture.Reset();

        var upcoming = await fixture.PostAsync($"{{ upcomingLaunches(first: 3) {{ {Nodes} }} }}");
        var hidden = await fixture.PostAsync(
            $"{{ upcomingLaunches(first: 3, hideRecentPrevious: true) {{ {Nodes} }} }}");
        var shown = await fixture.PostAsync(
            $"{{ upcomingLaunches(first: 3, hideRecentPrevious: false) {{ {Nodes} }} }}");
        var previous = await fixture.PostAsync($"{{ previousLaunches(first: 3) {{ {Nodes} }} }}");

        Assert.Equal(
        [
            "/2.3.0/launches/upcoming/?limit=3&mode=normal&offset=0&ordering=net%2Cid",
            "/2.3.0/launches/upcoming/?hide_recent_previous=true&limit=3&mode=normal&offset=0&ordering=net%2Cid",
            "/2.3.0/launches/upcoming/?limit=3&mode=normal&offset=0&ordering=net%2Cid",
            "/2.3.0/launches/previous/?limit=3&mode=normal&offset=0&ordering=-net%2Cid",
        ], fixture.Requests.Entries.Select(e => e.PathAndQuery));
        await AssertEqualsRest(upcoming, "upcomingLaunches", "launches/upcoming/?ordering=net,id", 3);
        await AssertEqualsRest(hidden, "upcomingLaunches",
            "launches/upcoming/?ordering=net,id&hide_recent_previous=true", 3);
        await AssertEqualsRest(shown, "upcomingLaunches", "launches/upcoming/?ordering=net,id", 3);
        await AssertEqualsRest(previous, "previousLaunches", "launches/previous/?ordering=-net,id", 3);
        Assert.Equal((5, 4, 4), (Total(upcoming, "upcomingLaunches"), Total(hidden, "upcomingLaunches"),
            Total(previous, "previousLaunches")));
        // The recent previous launch is the first upcoming one and the latest previous one.
        Assert.Equal(Ll2Ids(upcoming, "upcomingLaunches")[0], Ll2Ids(previous, "previousLaunches")[0]);
        Assert.NotEqual(Ll2Ids(upcoming, "upcomingLaunches")[0], Ll2Ids(hidden, "upcomingLaunches")[0]);
    }

    public static TheoryData<string, string, string> PushedDown() => new()
    {
        { "upcomingLaunches", "net: { gte: \"2026-05-01T00:00:00Z\" }", "net__gte=2026-05-01T00:00:00Z" },
        { "previousLaunches", "net: { gt: \"2025-11-27T09:27:57Z\", lte: \"2026-03-22T11:59:51Z\" }",
            "net__gt=2025-11-27T09:27:57Z&net__lte=2026-03-22T11:59:51Z" },
        { "upcomingLaunches", "status: { id: { eq: 3 } }", "status__ids=3" },
        { "previousLaunches", "launchServiceProvider: { id: { eq: 63 } }", "lsp__id=63" },
        { "previousLaunches", "pad: { location: { id: { eq: 12 } } }", "location__ids=12" },
        { "upcomingLaunches", "pad: { id: { eq: 20 } }", "pad=20" },
        { "upcomingLaunches", "rocket: { configuration: { id: { eq: 24 } } }", "launcher_config__id=24" },
        { "launches", "launchDesignator: { eq: \"2026-079\" }", "launch_designator=2026-079" },
        { "previousLaunches", "orbitalLaunchAttemptCount: { gt: 7207 }", "orbital_launch_attempt_count__gte=7208" },
        { "upcomingLaunches", "agencyLaunchAttemptCountYear: { eq: 18 }", "agency_launch_attempt_count_year=18" },
        { "upcomingLaunches", "lastUpdated: { lte: \"2026-05-11T12:25:23Z\" }",
            "last_updated__lte=2026-05-11T12:25:23Z" },
        { "previousLaunches", "windowStart: { lt: \"2026-03-22T11:59:51Z\" }",
            "window_start__lt=2026-03-22T11:59:51Z" },
        { "upcomingLaunches", "windowEnd: { eq: \"2026-05-11T00:29:00Z\" }",
            "window_end__gte=2026-05-11T00:29:00Z&window_end__lte=2026-05-11T00:29:00Z" },
    };

    [Theory]
    [MemberData(nameof(PushedDown))]
    public async Task EachLl2FilterIsPushedDownAndTheAnswerIsLl2s(string root, string where, string ll2)
    {
        var path = Path(root);
        var ordering = root == "previousLaunches" ? "-net,id" : "net,id";
        var unfiltered = await fixture.RestAsync($"{path}?ordering={ordering}");
        fixture.Reset();

        var answer = await fixture.PostAsync($"{{ {root}(where: {{ {where} }}) {{ {Nodes} }} }}");
        Assert.True(answer.Errors.Count == 0, answer.ToString());

        var call = Assert.Single(fixture.Requests.Entries);
        var parameters = ll2.Split('&').Select(p => p.Split('=', 2))
            .Select(p => new KeyValuePair<string, string>(p[0], p[1]))
            .Concat([new("limit", "10"), new("mode", "normal"), new("offset", "0"), new("ordering", ordering)])
            .OrderBy(p => p.Key, StringComparer.Ordinal);
        var query = string.Join('&', parameters.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
        Assert.Equal($"/2.3.0/{path}?{query}", call.PathAndQuery);
        var expected = await AssertEqualsRest(answer, root, $"{path}?{ll2}&ordering={ordering}", 10);
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < unfiltered.Count || root == "upcomingLaunches" && where.StartsWith("status"),
            $"{where} keeps all {unfiltered.Count}");
    }

    [Fact]
    public async Task ACursorIsBoundToItsListAndToHideRecentPrevious()
    {
        fixture.Reset();

        var page = await fixture.PostAsync(
            "{ upcomingLaunches(first: 2, hideRecentPrevious: true) { pageInfo { endCursor } } }");
        var cursor = (string)page.Data!["upcomingLaunches"]!["pageInfo"]!["endCursor"]!;
        var same = await fixture.PostAsync(
            $"{{ upcomingLaunches(first: 2, after: \"{cursor}\", hideRecentPrevious: true) {{ totalCount }} }}");
        var shown = await fixture.PostAsync(
            $"{{ upcomingLaunches(first: 2, after: \"{cursor}\") {{ totalCount }} }}");
        var previous = await fixture.PostAsync(
            $"{{ previousLaunches(first: 2, after: \"{cursor}\") {{ totalCount }} }}");
        var launches = await fixture.PostAsync($"{{ launches(first: 2, after: \"{cursor}\") {{ totalCount }} }}");

        Assert.True(same.Errors.Count == 0, same.ToString());
        Assert.Equal(4, (int)same.Data!["upcomingLaunches"]!["totalCount"]!);
        Assert.Equal("INVALID_CURSOR", shown.FirstCode);
        Assert.Equal("INVALID_CURSOR", previous.FirstCode);
        Assert.Equal("INVALID_CURSOR", launches.FirstCode);
        // The first page and the page after it; the refused cursors cost nothing.
        Assert.Equal(2, fixture.Requests.Entries.Count);
    }

    [Fact]
    public async Task HideRecentPreviousIsSentWithTheFiltersAndTheOrder()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync("{ upcomingLaunches(hideRecentPrevious: true, where: " +
            "{ launchServiceProvider: { id: { eq: 88 } } }, order: [{ name: DESC }]) { totalCount nodes { ll2Id } } }");

        var call = Assert.Single(fixture.Requests.Entries);
        Assert.Equal("/2.3.0/launches/upcoming/?hide_recent_previous=true&limit=10&lsp__id=88&mode=normal&offset=0" +
            "&ordering=-name%2Cid", call.PathAndQuery);
        var expected = await fixture.RestAsync(
            "launches/upcoming/?hide_recent_previous=true&lsp__id=88&ordering=-name,id");
        Assert.Equal(expected.Select(r => (string)r["id"]!), Ll2Ids(answer, "upcomingLaunches"));
        Assert.Equal(2, expected.Count);
    }

    public static TheoryData<string, string, string, int> EvaluatedHere() => new()
    {
        { "upcomingLaunches", "or: [{ pad: { location: { id: { eq: 8 } } } }, " +
            "{ launchServiceProvider: { id: { eq: 63 } } }]", "or", 1 },
        { "previousLaunches", "webcastLive: { eq: false }, url: { contains: \"5ed6ab75\" }", "url", 1 },
        { "launches", "net: { neq: null }", "net-not-null", 3 },
        { "previousLaunches", "padLaunchAttemptCount: { in: [362, 377, 426] }, failreason: { eq: \"\" }", "pad-count",
            1 },
        { "upcomingLaunches", "netPrecision: { id: { in: [0, 1] } }, probability: { eq: null }", "precision", 1 },
        { "launches", "lastUpdated: { gt: \"2026-05-05T15:56:48Z\" }", "updated-after", 3 },
        { "previousLaunches", "name: { startsWith: \"Soyuz\" }, hashtag: { eq: null }", "soyuz", 1 },
        { "upcomingLaunches", "status: { id: { nin: [4, 7] } }, weatherConcerns: { neq: \"x\" }, " +
            "rocket: { configuration: { id: { in: [84, 100] } } }", "chinese-rockets", 1 },
    };

    [Theory]
    [MemberData(nameof(EvaluatedHere))]
    public async Task WhatLl2CannotFilterIsEvaluatedHereAsBruteForceOverLl2sRows(string root, string where,
        string oracle, int calls)
    {
        var ordering = root == "previousLaunches" ? "-net,id" : "net,id";
        var rows = await fixture.RestAsync($"{Path(root)}?ordering={ordering}&limit=100");
        var expected = rows.Where(Oracle(oracle)).Select(r => (string)r["id"]!).ToList();
        fixture.Reset();

        var answer = await fixture.PostAsync(
            $"{{ {root}(first: 100, where: {{ {where} }}) {{ totalCount nodes {{ ll2Id }} }} }}");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(expected, Ll2Ids(answer, root));
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < rows.Count, $"{where} keeps all {rows.Count}");
        Assert.Equal(calls, fixture.Requests.Count);
        Assert.All(fixture.Requests.Entries, e => Assert.StartsWith($"/2.3.0/{Path(root)}?limit=100&", e.PathAndQuery));
    }

    [Fact]
    public async Task ALocalEvaluationOfUpcomingLaunchesKeepsHideRecentPrevious()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync("{ upcomingLaunches(hideRecentPrevious: true, where: " +
            "{ webcastLive: { neq: true } }) { totalCount nodes { ll2Id } } }");

        var call = Assert.Single(fixture.Requests.Entries);
        Assert.Equal("/2.3.0/launches/upcoming/?hide_recent_previous=true&limit=100&mode=normal&offset=0" +
            "&ordering=net%2Cid", call.PathAndQuery);
        var expected = (await fixture.RestAsync("launches/upcoming/?hide_recent_previous=true&ordering=net,id"))
            .Where(r => r["webcast_live"]?.GetValue<bool>() != true).Select(r => (string)r["id"]!).ToList();
        Assert.Equal(expected, Ll2Ids(answer, "upcomingLaunches"));
        Assert.Equal(4, expected.Count);
    }

    [Fact]
    public async Task AnUpcomingLaunchRoundTripsThroughNodeAndLaunch()
    {
        fixture.Reset();
        var page = await fixture.PostAsync("{ upcomingLaunches(first: 2) { nodes { id ll2Id name net } } }");
        var first = page.Data!["upcomingLaunches"]!["nodes"]![1]!;
        fixture.Reset();

        var node = await fixture.PostAsync(
            $"{{ node(id: \"{first["id"]}\") {{ id ... on Launch {{ ll2Id name net }} }} " +
            $"launch(id: \"{first["id"]}\") {{ id ll2Id name net }} }}");

        Assert.True(node.Errors.Count == 0, node.ToString());
        Assert.Equal(first.ToJsonString(), node.Data!["node"]!.ToJsonString());
        Assert.Equal(first.ToJsonString(), node.Data["launch"]!.ToJsonString());
        // node and launch are one launches/?id= batch.
        var call = Assert.Single(fixture.Requests.Entries);
        Assert.StartsWith($"/2.3.0/launches/?id={first["ll2Id"]}&", call.PathAndQuery);
    }

    [Theory]
    [InlineData("upcomingLaunches", "launches/upcoming/?ordering=net,id")]
    [InlineData("previousLaunches", "launches/previous/?ordering=-net,id")]
    [InlineData("upcomingLaunches", "launches/upcoming/?ordering=-last_updated,id", "order: [{ lastUpdated: DESC }]")]
    public async Task PagingWalksBothWaysOverEveryLaunch(string root, string rest, string order = "")
    {
        var expected = (await fixture.RestAsync(rest)).Select(r => (string)r["id"]!).ToList();
        fixture.Reset();

        var forward = new List<string>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = await fixture.PostAsync($"{{ {root}(first: 2{(after is null ? "" : $", after: \"{after}\"")}" +
                $"{(order.Length > 0 ? $", {order}" : "")}) " +
                "{ pageInfo { hasNextPage endCursor } nodes { ll2Id } } }");
            Assert.True(page.Errors.Count == 0, page.ToString());
            forward.AddRange(Ll2Ids(page, root));
            pages++;
            var info = page.Data![root]!["pageInfo"]!;
            after = (bool)info["hasNextPage"]! ? (string?)info["endCursor"] : null;
        }
        while (after is not null);

        Assert.Equal(expected, forward);
        Assert.Equal(pages, fixture.Requests.Count);
        Assert.Equal((expected.Count + 1) / 2, pages);

        var backward = new List<string>();
        string? before = null;
        do
        {
            var page = await fixture.PostAsync($"{{ {root}(last: 2{(before is null ? "" : $", before: \"{before}\"")}" +
                $"{(order.Length > 0 ? $", {order}" : "")}) " +
                "{ pageInfo { hasPreviousPage startCursor } nodes { ll2Id } } }");
            Assert.True(page.Errors.Count == 0, page.ToString());
            backward.InsertRange(0, Ll2Ids(page, root));
            var info = page.Data![root]!["pageInfo"]!;
            before = (bool)info["hasPreviousPage"]! ? (string?)info["startCursor"] : null;
        }
        while (before is not null);

        Assert.Equal(expected, backward);
    }

    [Fact]
    public async Task AnOperatorNoneCanEvaluateIsRefusedWithoutACall()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync(
            "{ previousLaunches(where: { name: { contains: null } }) { totalCount } }");

        Assert.Equal("FILTER_NOT_SUPPORTED", answer.FirstCode);
        Assert.Equal(0, fixture.Requests.Count);
    }

    private static string Path(string root) => root switch
    {
        "upcomingLaunches" => "launches/upcoming/",
        "previousLaunches" => "launches/previous/",
        _ => "launches/",
    };

    private static Func<JsonObject, bool> Oracle(string name) => name switch
    {
        "or" => r => JsonPath.Number(r, "pad.location.id") == 8
            || JsonPath.Number(r, "launch_service_provider.id") == 63,
        "url" => r => r["webcast_live"]?.GetValue<bool>() == false
            && ((string?)r["url"])?.Contains("5ed6ab75", StringComparison.Ordinal) == true,
        "net-not-null" => r => r["net"] is not null,
        "pad-count" => r => JsonPath.Number(r, "pad_launch_attempt_count") is 362 or 377 or 426
            && (string?)r["failreason"] == "",
        "precision" => r => JsonPath.Number(r, "net_precision.id") is 0 or 1 && r["probability"] is null,
        "updated-after" => r => JsonPath.Instant(r, "last_updated")
            > DateTimeOffset.Parse("2026-05-05T15:56:48Z", CultureInfo.InvariantCulture),
        "soyuz" => r => ((string?)r["name"])?.StartsWith("Soyuz", StringComparison.Ordinal) == true
            && r["hashtag"] is null,
        _ => r => JsonPath.Number(r, "status.id") is not (4 or 7) && (string?)r["weather_concerns"] != "x"
            && JsonPath.Number(r, "rocket.configuration.id") is 84 or 100,
    };

    private async Task<List<JsonObject>> AssertEqualsRest(GraphQLAnswer answer, string root, string rest, int first)
    {
        Assert.True(answer.Errors.Count == 0, answer.ToString());
        var expected = await fixture.RestAsync(rest);
        Assert.Equal(expected.Take(first).Select(r => (string)r["id"]!), Ll2Ids(answer, root));
        Assert.Equal(expected.Take(first).Select(r => (string?)r["net"]),
            answer.Data![root]!["nodes"]!.AsArray().Select(n => Iso((string?)n!["net"])));
        Assert.Equal(expected.Count, Total(answer, root));
        return expected;
    }

    // The gateway writes DateTime with milliseconds (as Hot Chocolate does); LL2 without.
    private static string? Iso(string? at) => at is null ? null
        : DateTimeOffset.Parse(at, CultureInfo.InvariantCulture).UtcDateTime
            .ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static int Total(GraphQLAnswer answer, string root) => (int)answer.Data![root]!["totalCount"]!;

    private static List<string> Ll2Ids(GraphQLAnswer answer, string root) =>
        answer.Data![root]!["nodes"]!.AsArray().Select(n => (string)n!["ll2Id"]!).ToList();
}
