using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using Xunit.Abstractions;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// Hot Chocolate's sorts on every field of the root lists' sort inputs: an order of LL2's ordering fields only is one
/// pushed-down LL2 call, any other is evaluated here over every row the where selects, read in aligned blocks of 100
/// in the list's default ordering. Seeded random orders (1–2 keys, nested ones too) equal this test's own brute-force
/// sort (PostgreSQL NULL order, ordinal strings, then by id) of the snapshot's full REST collection.
/// </summary>
public sealed class LocalSortFetchTests(GatewayFixture fixture, ITestOutputHelper output)
    : IClassFixture<GatewayFixture>
{
    private enum Kind
    {
        Text,
        Number,
        Flag,
        Instant,
        Duration,
    }

    /// <param name="Path">The sort field; dotted for a nested one (<c>status.name</c>).</param>
    /// <param name="Json">The LL2 field at the same path.</param>
    private sealed record SortCase(string Path, Kind Kind, string Json);

    /// <param name="Rest">The snapshot's REST path in the list's default ordering (the blocks' ordering).</param>
    /// <param name="Pushed">The sort fields LL2 orders by.</param>
    private sealed record ListCase(string Field, string Sort, string Rest, string IdField, Kind IdKind,
        IReadOnlyList<SortCase> Keys, IReadOnlyList<string> Pushed);

    private static readonly ListCase[] Lists =
    [
        new("spacecrafts", "SpacecraftSortInput", "spacecraft/?limit=100&ordering=id", "ll2Id", Kind.Number,
            [
                new("id", Kind.Number, "id"), new("name", Kind.Text, "name"),
                new("serialNumber", Kind.Text, "serial_number"), new("inSpace", Kind.Flag, "in_space"),
                new("timeInSpace", Kind.Duration, "time_in_space"), new("flightsCount", Kind.Number, "flights_count"),
                new("status.name", Kind.Text, "status.name"), new("status.id", Kind.Number, "status.id"),
                new("spacecraftConfig.name", Kind.Text, "spacecraft_config.name"),
                new("spacecraftConfig.type.name", Kind.Text, "spacecraft_config.type.name"),
                new("spacecraftConfig.agency.abbrev", Kind.Text, "spacecraft_config.agency.abbrev"),
            ], ["id", "flightsCount", "timeInSpace"]),
        new("launches", "LaunchSortInput", "launches/?limit=100&ordering=net,id", "ll2Id", Kind.Text,
            [
                new("id", Kind.Text, "id"), new("name", Kind.Text, "name"), new("net", Kind.Instant, "net"),
                new("lastUpdated", Kind.Instant, "last_updated"), new("status.name", Kind.Text, "status.name"),
                new("netPrecision.id", Kind.Number, "net_precision.id"),
                new("launchServiceProvider.abbrev", Kind.Text, "launch_service_provider.abbrev"),
                new("launchServiceProvider.type.name", Kind.Text, "launch_service_provider.type.name"),
                new("pad.name", Kind.Text, "pad.name"), new("pad.latitude", Kind.Number, "pad.latitude"),
                new("pad.location.timezoneName", Kind.Text, "pad.location.timezone_name"),
                new("pad.location.celestialBody.name", Kind.Text, "pad.location.celestial_body.name"),
                new("probability", Kind.Number, "probability"), new("webcastLive", Kind.Flag, "webcast_live"),
                new("padLaunchAttemptCount", Kind.Number, "pad_launch_attempt_count"),
            ], ["id", "name", "net", "lastUpdated"]),
        new("previousLaunches", "LaunchSortInput", "launches/previous/?limit=100&ordering=-net,id", "ll2Id",
            Kind.Text,
            [
                new("name", Kind.Text, "name"), new("net", Kind.Instant, "net"),
                new("status.abbrev", Kind.Text, "status.abbrev"), new("windowEnd", Kind.Instant, "window_end"),
                new("pad.totalLaunchCount", Kind.Number, "pad.total_launch_count"),
            ], ["id", "name", "net", "lastUpdated"]),
        new("landings", "LandingSortInput", "landings/?limit=100&ordering=id", "ll2Id", Kind.Number,
            [
                new("id", Kind.Number, "id"), new("attempt", Kind.Flag, "attempt"),
                new("success", Kind.Flag, "success"), new("description", Kind.Text, "description"),
                new("downrangeDistance", Kind.Number, "downrange_distance"),
                new("landingLocation.name", Kind.Text, "landing_location.name"),
                new("landingLocation.latitude", Kind.Number, "landing_location.latitude"),
                new("landingLocation.celestialBody.mass", Kind.Number, "landing_location.celestial_body.mass"),
                new("type.abbrev", Kind.Text, "type.abbrev"),
            ], ["id", "downrangeDistance"]),
        new("expeditions", "ExpeditionSortInput", "expeditions/?limit=100&ordering=start,id", "id", Kind.Number,
            [
                new("id", Kind.Number, "id"), new("name", Kind.Text, "name"),
                new("start", Kind.Instant, "start"), new("end", Kind.Instant, "end"),
            ], ["id", "start", "end"]),
        new("astronauts", "AstronautSortInput", "astronauts/?limit=100&ordering=id", "id", Kind.Number,
            [
                new("id", Kind.Number, "id"), new("name", Kind.Text, "name"), new("age", Kind.Number, "age"),
                new("inSpace", Kind.Flag, "in_space"), new("timeInSpace", Kind.Duration, "time_in_space"),
                new("status.id", Kind.Number, "status.id"), new("status.name", Kind.Text, "status.name"),
                new("type.name", Kind.Text, "type.name"), new("agency.abbrev", Kind.Text, "agency.abbrev"),
                new("lastFlight", Kind.Instant, "last_flight"), new("dateOfBirth", Kind.Text, "date_of_birth"),
            ], ["id", "name", "age", "dateOfBirth", "evaTime", "flightsCount", "landingsCount", "lastFlight",
                "spacewalksCount", "timeInSpace"]),
        // LL2 documents no ordering field for spacecraft_flights/: every order is evaluated here.
        new("spacecraftFlights", "SpacecraftFlightSortInput", "spacecraft_flights/?limit=100", "ll2Id", Kind.Number,
            [
                new("id", Kind.Number, "id"), new("destination", Kind.Text, "destination"),
                new("missionEnd", Kind.Instant, "mission_end"), new("duration", Kind.Duration, "duration"),
                new("turnAroundTime", Kind.Duration, "turn_around_time"),
            ], []),
    ];

    public static TheoryData<string> ListNames => new(Lists.Select(l => l.Field));

    [Theory]
    [MemberData(nameof(ListNames))]
    public async Task RandomOrdersEqualABruteForceSortOfTheWholeCollection(string name)
    {
        var list = Lists.Single(l => l.Field == name);
        var all = await fixture.RestAsync(list.Rest);
        var random = new Random(20261202 + name.Length);
        var (cases, local) = (24, 0);
        for (var i = 0; i < cases; i++)
        {
            var keys = list.Keys.OrderBy(_ => random.Next()).Take(random.Next(1, 3))
                .Select(k => (Case: k, Descending: random.Next(2) == 0)).ToList();
            var order = Order(keys, oneObject: random.Next(2) == 0 && keys.Select(k => k.Case.Path.Split('.')[0])
                .Distinct().Count() == keys.Count);
            var size = random.Next(1, 9);
            var backwards = random.Next(3) == 0;
            var sorted = Sorted(list, all, keys);
            var expected = backwards ? sorted.TakeLast(size) : sorted.Take(size);
            var variables = new Dictionary<string, object?>
            {
                ["order"] = order, [backwards ? "last" : "first"] = size,
            };
            fixture.Reset();

            var answer = await fixture.PostAsync(Query(list), variables);

            var text = JsonSerializer.Serialize(variables);
            Assert.True(answer.Errors.Count == 0, text + " " + answer);
            Assert.True(all.Count == (int)answer.Data![name]!["totalCount"]!, text + " " + answer);
            var ids = answer.Data[name]!["nodes"]!.AsArray().Select(n => SortOracle.Id(n![list.IdField])).ToList();
            Assert.True(expected.SequenceEqual(ids), text + " expected " + string.Join(',', expected) + " " + answer);
            var calls = fixture.Requests.Entries.Select(e => e.PathAndQuery).ToList();
            if (keys.All(k => list.Pushed.Contains(k.Case.Path)))
            {
                // LL2 orders by every key: one page, as before.
                Assert.True(calls.Count is 1 or 2, text + string.Join(' ', calls));
                Assert.DoesNotContain(calls, c => c.Contains("limit=100&", StringComparison.Ordinal) && size < 100);
            }
            else
            {
                local++;
                var at = list.Rest.IndexOf("ordering=", StringComparison.Ordinal);
                var ordering = at < 0 ? null : list.Rest[(at + 9)..].Replace(",", "%2C", StringComparison.Ordinal);
                Assert.True(calls.Count == Math.Max(1, (all.Count + 99) / 100), text + string.Join(' ', calls));
                Assert.All(calls.Select((c, k) => (c, k)), call =>
                {
                    Assert.Contains($"limit=100&mode=normal&offset={call.k * 100}&", call.c + "&");
                    if (ordering is null)
                    {
                        Assert.DoesNotContain("ordering=", call.c);
                    }
                    else
                    {
                        Assert.Contains($"ordering={ordering}", call.c);
                    }
                });
            }
        }

        output.WriteLine($"{name}: {local} of {cases} orders evaluated here over {all.Count} rows");
        // Expeditions: LL2 orders by three of their five fields (id start end), so fewer orders are local there.
        Assert.True(local >= cases / 8, $"{local} of {cases}");
    }

    [Fact]
    public async Task AnOrderOfLl2OrderingFieldsStaysOnePushedDownCall()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync(
            "{ astronauts(first: 3, order: [{ age: DESC }, { name: ASC }]) { totalCount nodes { id } } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        output.WriteLine(string.Join(' ', fixture.Requests.Entries.Select(e => e.PathAndQuery)));
        Assert.Equal(["/2.3.0/astronauts/?limit=3&mode=normal&offset=0&ordering=-age%2Cname%2Cid"],
            fixture.Requests.Entries.Select(e => e.PathAndQuery));
    }

    [Fact]
    public async Task ANestedSortOnSpacecraftReadsEverySpacecraftInAlignedBlocks()
    {
        var all = await fixture.RestAsync("spacecraft/?limit=100&ordering=id");
        fixture.Reset();

        var answer = await fixture.PostAsync(
            "{ spacecrafts(first: 2, order: [{ status: { name: DESC } }]) { totalCount nodes { ll2Id } } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(201, all.Count);
        Assert.Equal(Enumerable.Range(0, 3).Select(k => $"/2.3.0/spacecraft/?limit=100&mode=normal&offset={k * 100}" +
            "&ordering=id"), fixture.Requests.Entries.Select(e => e.PathAndQuery));
        // Descending: NULLs first (PostgreSQL).
        var expected = all.OrderBy(s => s["status"]?["name"] is null ? 0 : 1)
            .ThenByDescending(s => (string?)s["status"]?["name"], StringComparer.Ordinal)
            .ThenBy(s => (int)s["id"]!).Take(2).Select(s => SortOracle.Id(s["id"]));
        Assert.Equal(expected, answer.Data!["spacecrafts"]!["nodes"]!.AsArray().Select(n => SortOracle.Id(n!["ll2Id"])));
    }

    [Fact]
    public async Task ALocalSortPushesTheWhereAndTheSearchDownIntoTheBlocks()
    {
        var all = await fixture.RestAsync("spacecraft/?limit=100&ordering=id");
        var status = all.GroupBy(s => (int?)s["status"]?["id"]).OrderByDescending(g => g.Count()).First().Key!.Value;
        var search = ((string)all.First(s => (int?)s["status"]?["id"] == status && s["name"] is not null)["name"]!)
            .Split(' ')[0];
        var narrowed = await fixture.RestAsync(
            $"spacecraft/?limit=100&status={status}&search={Uri.EscapeDataString(search)}&ordering=id");
        fixture.Reset();

        var answer = await fixture.PostAsync("query($s: Int!, $q: String) { spacecrafts(last: 3, search: $q, where: " +
            "{ status: { id: { eq: $s } } }, order: [{ spacecraftConfig: { name: DESC, id: ASC } }, " +
            "{ name: ASC }]) { totalCount nodes { ll2Id } } }", new { s = status, q = search });

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        var list = Lists.Single(l => l.Field == "spacecrafts");
        var keys = new List<(SortCase Case, bool Descending)>
        {
            (new SortCase("spacecraftConfig.name", Kind.Text, "spacecraft_config.name"), true),
            (new SortCase("spacecraftConfig.id", Kind.Number, "spacecraft_config.id"), false),
            (new SortCase("name", Kind.Text, "name"), false),
        };
        Assert.Equal(narrowed.Count, (int)answer.Data!["spacecrafts"]!["totalCount"]!);
        Assert.Equal(Sorted(list, narrowed, keys).TakeLast(3),
            answer.Data["spacecrafts"]!["nodes"]!.AsArray().Select(n => SortOracle.Id(n!["ll2Id"])));
        Assert.Equal(Enumerable.Range(0, Math.Max(1, (narrowed.Count + 99) / 100)).Select(k =>
                $"/2.3.0/spacecraft/?limit=100&mode=normal&offset={k * 100}&ordering=id" +
                $"&search={Uri.EscapeDataString(search)}&status={status}"),
            fixture.Requests.Entries.Select(e => e.PathAndQuery));
        Assert.True(narrowed.Count > 3, narrowed.Count.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task ALocalSortOnUpcomingLaunchesStillSendsHideRecentPrevious()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync("{ upcomingLaunches(first: 2, hideRecentPrevious: true, " +
            "order: [{ pad: { name: ASC } }]) { totalCount nodes { ll2Id } } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        var calls = fixture.Requests.Entries.Select(e => e.PathAndQuery).ToList();
        Assert.NotEmpty(calls);
        Assert.All(calls.Select((c, k) => (c, k)), call =>
        {
            Assert.StartsWith("/2.3.0/launches/upcoming/?", call.c);
            Assert.Contains("hide_recent_previous=true", call.c);
            Assert.Contains($"limit=100&mode=normal&offset={call.k * 100}&", call.c);
        });
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task CursorsWalkALocallySortedListBothWaysVisitingEveryRowOnce(bool forward)
    {
        var list = Lists.Single(l => l.Field == "spacecrafts");
        var all = await fixture.RestAsync(list.Rest);
        var keys = new[]
        {
            (Case: list.Keys.Single(k => k.Path == "status.name"), Descending: true),
            (Case: list.Keys.Single(k => k.Path == "flightsCount"), Descending: false),
        }.ToList();
        var expected = Sorted(list, all, keys);
        var (ids, pages, cursor) = (new List<string>(), 0, (string?)null);
        while (true)
        {
            var paging = forward ? "first: 25, after: $c" : "last: 25, before: $c";
            var answer = await fixture.PostAsync($"query($c: String) {{ spacecrafts({paging}, order: [{{ status: " +
                "{ name: DESC } }, { flightsCount: ASC }]) { totalCount pageInfo { hasNextPage hasPreviousPage " +
                "startCursor endCursor } nodes { ll2Id } } }", new { c = cursor });
            Assert.True(answer.Errors.Count == 0, answer.ToString());
            var page = answer.Data!["spacecrafts"]!["nodes"]!.AsArray().Select(n => SortOracle.Id(n!["ll2Id"])).ToList();
            ids = forward ? [.. ids, .. page] : [.. page, .. ids];
            pages++;
            var info = answer.Data["spacecrafts"]!["pageInfo"]!;
            if (!(bool)info[forward ? "hasNextPage" : "hasPreviousPage"]!)
            {
                break;
            }

            cursor = (string)info[forward ? "endCursor" : "startCursor"]!;
        }

        Assert.Equal(expected, ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal((expected.Count + 24) / 25, pages);
        Assert.True(expected.Count > 100, expected.Count.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task ACursorOfAPushedDownOrderIsRefusedByALocalOne()
    {
        var first = await fixture.PostAsync(
            "{ spacecrafts(first: 2, order: [{ flightsCount: ASC }]) { pageInfo { endCursor } nodes { ll2Id } } }");
        var cursor = (string?)first.Data!["spacecrafts"]!["pageInfo"]!["endCursor"];
        Assert.NotNull(cursor);

        var answer = await fixture.PostAsync("query($c: String) { spacecrafts(first: 2, after: $c, order: " +
            "[{ status: { name: ASC } }]) { nodes { ll2Id } } }", new { c = cursor });

        Assert.Equal("INVALID_CURSOR", answer.FirstCode);
    }

    // Keys as separate entries, or (distinct top-level fields) as one object in written order.
    private static List<Dictionary<string, object>> Order(List<(SortCase Case, bool Descending)> keys,
        bool oneObject)
    {
        var entries = keys.Select(k => SortOracle.Entry(k.Case.Path, k.Descending)).ToList();
        if (!oneObject)
        {
            return entries;
        }

        var single = new Dictionary<string, object>();
        foreach (var (field, value) in entries.SelectMany(e => e))
        {
            single[field] = value;
        }

        return [single];
    }

    private static List<string> Sorted(ListCase list, List<JsonObject> rows,
        List<(SortCase Case, bool Descending)> keys) =>
        SortOracle.SortedIds(rows, keys
            .Select(k => ((Func<JsonObject, IComparable?>)(r => Value(r, k.Case.Json, k.Case.Kind)), k.Descending))
            .ToList(), r => Value(r, "id", list.IdKind)!);

    private static IComparable? Value(JsonObject row, string path, Kind kind)
    {
        if (SortOracle.At(row, path) is not { } value)
        {
            return null;
        }

        return kind switch
        {
            Kind.Number => value.GetValue<double>(),
            Kind.Flag => value.GetValue<bool>(),
            Kind.Instant => DateTimeOffset.Parse(value.GetValue<string>(), CultureInfo.InvariantCulture),
            Kind.Duration => Duration(value.GetValue<string>()),
            _ => value.GetValue<string>(),
        };
    }

    private static TimeSpan? Duration(string text)
    {
        try
        {
            return XmlConvert.ToTimeSpan(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Query(ListCase list) =>
        $"query($first: Int, $last: Int, $order: [{list.Sort}!]) {{ {list.Field}(first: $first, last: $last, " +
        $"order: $order) {{ totalCount nodes {{ {list.IdField} }} }} }}";
}
