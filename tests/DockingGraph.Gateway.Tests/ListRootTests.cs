using System.Text.Json.Nodes;
using DockingGraph.Gateway.Schema.Relay;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// The spacecraftFlights, spacecrafts and astronauts roots: the exact LL2 request of a page, one call per page, a
/// contradiction without a call, the list equal to the snapshot's REST answer, node round trips and paging walks.
/// </summary>
public sealed class ListRootTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task AFilteredOrderedSpacecraftPageIsOneCallAndEqualsLl2sAnswer()
    {
        var all = await fixture.RestAsync("spacecraft/?limit=100");
        var status = all.GroupBy(s => (int)s["status"]!["id"]!).OrderByDescending(g => g.Count()).First().Key;
        fixture.Reset();

        var answer = await fixture.PostAsync("query($s: Int!) { spacecrafts(first: 4, where: { status: { id: { eq: $s } } }, " +
            "order: [{ flightsCount: DESC }]) { totalCount nodes { ll2Id name flightsCount } } }", new { s = status });

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        var call = Assert.Single(fixture.Requests.Entries);
        Assert.Equal($"/2.3.0/spacecraft/?limit=4&mode=normal&offset=0&ordering=-flights_count%2Cid&status={status}",
            call.PathAndQuery);
        var expected = await fixture.RestAsync($"spacecraft/?status={status}&ordering=-flights_count,id");
        Assert.Equal(expected.Take(4).Select(s => (int)s["id"]!), Ids(answer, "spacecrafts"));
        Assert.Equal(expected.Count, (int)answer.Data!["spacecrafts"]!["totalCount"]!);
        Assert.True(expected.Count > 4);
    }

    [Fact]
    public async Task SpacecraftNameConfigurationBooleansAndSearchArePushedDown()
    {
        var one = (await fixture.RestAsync("spacecraft/?limit=100")).First(s => s["spacecraft_config"] is not null);
        var name = (string)one["name"]!;
        var config = (int)one["spacecraft_config"]!["id"]!;
        fixture.Reset();

        var answer = await fixture.PostAsync("query($n: String, $c: Int!, $q: String) { spacecrafts(search: $q, " +
            "where: { name: { eq: $n }, spacecraftConfig: { id: { eq: $c } } }) { nodes { ll2Id } } }",
            new { n = name, c = config, q = name });

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        var call = Assert.Single(fixture.Requests.Entries);
        Assert.Equal($"/2.3.0/spacecraft/?limit=10&mode=normal&name={Uri.EscapeDataString(name)}&offset=0&ordering=id" +
            $"&search={Uri.EscapeDataString(name)}&spacecraft_config={config}", call.PathAndQuery);
        var expected = await fixture.RestAsync(
            $"spacecraft/?name={Uri.EscapeDataString(name)}&spacecraft_config={config}&ordering=id");
        Assert.Contains((int)one["id"]!, Ids(answer, "spacecrafts"));
        Assert.Equal(expected.Select(s => (int)s["id"]!), Ids(answer, "spacecrafts"));

        fixture.Reset();
        var flags = await fixture.PostAsync(
            "{ spacecrafts(where: { inSpace: { eq: false }, isPlaceholder: { eq: false } }) { totalCount } }");
        Assert.True(flags.Errors.Count == 0, flags.ToString());
        Assert.Equal("/2.3.0/spacecraft/?in_space=false&is_placeholder=false&limit=10&mode=normal&offset=0&ordering=id",
            Assert.Single(fixture.Requests.Entries).PathAndQuery);
        Assert.Equal((await fixture.RestAsync("spacecraft/?in_space=false&is_placeholder=false&limit=100")).Count,
            (int)flags.Data!["spacecrafts"]!["totalCount"]!);
    }

    [Fact]
    public async Task ContradictionsCostNoCallEvenWithOperatorsLl2Lacks()
    {
        fixture.Reset();

        var empty = await fixture.PostAsync("{ spacecrafts(where: { and: [{ spacecraftConfig: { id: { eq: 1 } } }, " +
            "{ spacecraftConfig: { id: { eq: 2 } } }] }) { totalCount } " +
            "flights: spacecraftFlights(where: { and: [{ spacecraft: { id: { eq: 1 } } }, " +
            "{ spacecraft: { id: { eq: 2 } } }] }) { totalCount } " +
            "astronauts(where: { flightsCount: { gt: 3, lt: 2 } }) { totalCount } }");
        // LL2's part is a contradiction: nothing to read for the local part either.
        var local = await fixture.PostAsync("{ spacecrafts(where: { name: { contains: \"Dragon\" }, and: [" +
            "{ spacecraftConfig: { id: { eq: 1 } } }, { spacecraftConfig: { id: { eq: 2 } } }] }) { totalCount } }");

        Assert.True(empty.Errors.Count == 0, empty.ToString());
        Assert.Equal(0, (int)empty.Data!["spacecrafts"]!["totalCount"]!);
        Assert.Equal(0, (int)empty.Data["flights"]!["totalCount"]!);
        Assert.Equal(0, (int)empty.Data["astronauts"]!["totalCount"]!);
        Assert.True(local.Errors.Count == 0, local.ToString());
        Assert.Equal(0, (int)local.Data!["spacecrafts"]!["totalCount"]!);
        Assert.Equal(0, fixture.Requests.Count);
    }

    [Fact]
    public async Task SpacecraftPagesWalkForwardAndBackwardOverTheWholeList()
    {
        var expected = (await fixture.RestAsync("spacecraft/?ordering=-flights_count,id&limit=100"))
            .Select(s => (int)s["id"]!).ToList();
        fixture.Reset();

        var forward = await WalkAsync("spacecrafts", "order: [{ flightsCount: DESC }]", forward: true);
        var backward = await WalkAsync("spacecrafts", "order: [{ flightsCount: DESC }]", forward: false);

        Assert.Equal(expected, forward.Ids);
        Assert.Equal(expected, backward.Ids);
        Assert.Equal(forward.Pages + backward.Pages, fixture.Requests.Count);
    }

    [Fact]
    public async Task SpacecraftRoundTripsThroughNodeFromTheList()
    {
        fixture.Reset();
        var list = await fixture.PostAsync("{ spacecrafts(first: 1, order: [{ id: DESC }]) { nodes { id ll2Id name } } }");
        var node = list.Data!["spacecrafts"]!["nodes"]![0]!;

        var byNode = await fixture.PostAsync("query($id: ID!) { node(id: $id) { __typename ... on Spacecraft { ll2Id name } } }",
            new { id = (string)node["id"]! });

        Assert.True(list.Errors.Count == 0 && byNode.Errors.Count == 0, list + " " + byNode);
        Assert.Equal(GlobalId.Encode("Spacecraft", (int)node["ll2Id"]!), (string)node["id"]!);
        Assert.Equal("Spacecraft", (string)byNode.Data!["node"]!["__typename"]!);
        Assert.Equal((string?)node["name"], (string?)byNode.Data["node"]!["name"]);
    }

    [Fact]
    public async Task AFlightsPageBySpacecraftIsOneCallAndEqualsLl2sAnswer()
    {
        var flights = await fixture.RestAsync("spacecraft_flights/?limit=100");
        var spacecraft = flights.GroupBy(f => (int)f["spacecraft"]!["id"]!).OrderByDescending(g => g.Count()).First().Key;
        fixture.Reset();

        var answer = await fixture.PostAsync("query($s: ID!) { spacecraftFlights(first: 2, where: { spacecraft: { id: " +
            "{ eq: $s } } }) { totalCount nodes { id ll2Id spacecraft { ll2Id } } } }",
            new { s = GlobalId.Encode("Spacecraft", spacecraft) });

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal($"/2.3.0/spacecraft_flights/?limit=2&mode=normal&offset=0&spacecraft={spacecraft}",
            Assert.Single(fixture.Requests.Entries).PathAndQuery);
        var expected = await fixture.RestAsync($"spacecraft_flights/?spacecraft={spacecraft}");
        Assert.Equal(expected.Take(2).Select(f => (int)f["id"]!), Ids(answer, "spacecraftFlights"));
        Assert.Equal(expected.Count, (int)answer.Data!["spacecraftFlights"]!["totalCount"]!);
        Assert.True(expected.Count > 2);

        var node = answer.Data["spacecraftFlights"]!["nodes"]![0]!;
        var byNode = await fixture.PostAsync(
            "query($id: ID!) { node(id: $id) { ... on SpacecraftFlight { ll2Id spacecraft { ll2Id } } } }",
            new { id = (string)node["id"]! });
        Assert.Equal((int)node["ll2Id"]!, (int)byNode.Data!["node"]!["ll2Id"]!);
        Assert.Equal(spacecraft, (int)byNode.Data["node"]!["spacecraft"]!["ll2Id"]!);
    }

    [Fact]
    public async Task FlightsLastWithoutBeforeReadsTheCountThenTheTail()
    {
        var expected = (await fixture.RestAsync("spacecraft_flights/?limit=100")).Select(f => (int)f["id"]!).ToList();
        fixture.Reset();

        var answer = await fixture.PostAsync("{ spacecraftFlights(last: 5) { totalCount pageInfo { hasNextPage " +
            "hasPreviousPage } nodes { ll2Id } } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(expected.TakeLast(5), Ids(answer, "spacecraftFlights"));
        Assert.Equal(["/2.3.0/spacecraft_flights/?limit=5&mode=normal&offset=0",
                $"/2.3.0/spacecraft_flights/?limit=5&mode=normal&offset={expected.Count - 5}"],
            fixture.Requests.Entries.Select(e => e.PathAndQuery));
        Assert.True((bool)answer.Data!["spacecraftFlights"]!["pageInfo"]!["hasPreviousPage"]!);
        Assert.False((bool)answer.Data["spacecraftFlights"]!["pageInfo"]!["hasNextPage"]!);

        // A list no longer than `last` is answered by the first call.
        fixture.Reset();
        var spacecraft = (int)(await fixture.RestAsync("spacecraft_flights/?limit=1"))[0]["spacecraft"]!["id"]!;
        var few = await fixture.RestAsync($"spacecraft_flights/?spacecraft={spacecraft}");
        fixture.Reset();
        var short_ = await fixture.PostAsync($"{{ spacecraftFlights(last: 100, where: {{ spacecraft: {{ id: {{ eq: " +
            $"{spacecraft} }} }} }}) {{ nodes {{ ll2Id }} }} }}");
        Assert.Equal(few.Select(f => (int)f["id"]!), Ids(short_, "spacecraftFlights"));
        Assert.Equal(1, fixture.Requests.Count);
    }

    [Fact]
    public async Task FlightPagesWalkForwardAndBackwardOverTheWholeList()
    {
        var expected = (await fixture.RestAsync("spacecraft_flights/?limit=100")).Select(f => (int)f["id"]!).ToList();
        fixture.Reset();

        var forward = await WalkAsync("spacecraftFlights", null, forward: true);
        var backward = await WalkAsync("spacecraftFlights", null, forward: false);

        Assert.Equal(expected, forward.Ids);
        Assert.Equal(expected, backward.Ids);
        Assert.True(expected.Count > 200);
        // Backwards: the first page without before costs two calls (count, then the tail), each later page one.
        Assert.Equal(forward.Pages + backward.Pages + 1, fixture.Requests.Count);
    }

    [Fact]
    public async Task AstronautFiltersOrderAndSearchAreOnePushedDownCall()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync("{ astronauts(first: 5, search: \"Meir\", where: { inSpace: { eq: true }, " +
            "isHuman: { eq: true }, flightsCount: { gt: 1 }, age: { lte: 60 }, agency: { id: { eq: 44 } }, " +
            "status: { id: { eq: 1 } }, type: { id: { eq: 2 } }, lastFlight: { gte: \"2020-01-01T00:00:00Z\" } }, " +
            "order: [{ timeInSpace: DESC }]) { totalCount nodes { id name } pageInfo { hasNextPage } } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal("/2.3.0/astronauts/?age__lte=60&agency_ids=44&flights_count__gte=2&in_space=true&is_human=true" +
            "&last_flight__gte=2020-01-01T00%3A00%3A00Z&limit=5&mode=normal&offset=0&ordering=-time_in_space%2Cid" +
            "&search=Meir&status_ids=1&type__id=2", Assert.Single(fixture.Requests.Entries).PathAndQuery);
        // The snapshot holds no recorded astronaut (no LL2 2.3.0 astronaut recording was found): LL2's answer is empty.
        var expected = await fixture.RestAsync("astronauts/?in_space=true&is_human=true&flights_count__gte=2" +
            "&age__lte=60&agency_ids=44&status_ids=1&type__id=2&last_flight__gte=2020-01-01T00:00:00Z&search=Meir");
        Assert.Equal(expected.Count, (int)answer.Data!["astronauts"]!["totalCount"]!);
        Assert.Empty(answer.Data["astronauts"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task AstronautOperatorsLl2LacksAreEvaluatedOverOneBlock()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync("{ astronauts(where: { age: { neq: 40 } }) { totalCount } }");

        // The snapshot holds no astronaut: LL2's (empty) answer is one block.
        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal((await fixture.RestAsync("astronauts/?limit=100")).Count(a => (int?)a["age"] != 40),
            (int)answer.Data!["astronauts"]!["totalCount"]!);
        Assert.Equal("/2.3.0/astronauts/?limit=100&mode=normal&offset=0&ordering=id",
            Assert.Single(fixture.Requests.Entries).PathAndQuery);
    }

    private async Task<(List<int> Ids, int Pages)> WalkAsync(string field, string? arguments, bool forward)
    {
        var ids = new List<int>();
        string? cursor = null;
        var pages = 0;
        var extra = arguments is null ? "" : $", {arguments}";
        while (true)
        {
            var paging = forward ? "first: 50, after: $c" : "last: 50, before: $c";
            var answer = await fixture.PostAsync($"query($c: String) {{ {field}({paging}{extra}) {{ pageInfo " +
                "{ hasNextPage hasPreviousPage startCursor endCursor } nodes { ll2Id } } }", new { c = cursor });
            Assert.True(answer.Errors.Count == 0, answer.ToString());
            pages++;
            var page = Ids(answer, field);
            ids = forward ? [.. ids, .. page] : [.. page, .. ids];
            var info = answer.Data![field]!["pageInfo"]!;
            if (!(bool)info[forward ? "hasNextPage" : "hasPreviousPage"]!)
            {
                return (ids, pages);
            }

            cursor = (string)info[forward ? "endCursor" : "startCursor"]!;
        }
    }

    private static IEnumerable<int> Ids(GraphQLAnswer answer, string field) =>
        answer.Data![field]!["nodes"]!.AsArray().Select(n => (int)n!["ll2Id"]!).ToList();
}
