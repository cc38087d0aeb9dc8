using System.Net;
using System.Text.Json.Nodes;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// Hot Chocolate's <c>DateOperationFilterInput</c> on <c>Date</c> fields (calendar dates, yyyy-MM-dd). Astronauts'
/// dateOfBirth/dateOfDeath are LL2's django DateFilters (date_of_birth, date_of_birth__gt/gte/lt/lte in LL2 2.3.0's
/// OpenAPI): eq gt gte lt lte are pushed down with yyyy-MM-dd values and compared with the snapshot's own REST
/// answer (the snapshot holds no astronaut row, so the URL and its validation are what is tested); a date a row
/// does not carry is refused before any call.
/// </summary>
public sealed class DateFilterTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    public static TheoryData<string, string> PushedDown => new()
    {
        { "dateOfBirth: { gte: \"1960-01-01\" }", "date_of_birth__gte=1960-01-01" },
        // A day is a whole unit: gt is gte the next day, lt is lte the day before (LL2 keeps one bound per side).
        { "dateOfBirth: { gt: \"1959-12-31\", lt: \"1970-01-01\" }",
            "date_of_birth__gte=1960-01-01&date_of_birth__lte=1969-12-31" },
        { "dateOfDeath: { eq: \"2003-02-01\" }", "date_of_death=2003-02-01" },
        { "dateOfBirth: { lte: \"1935-06-30\", gte: \"1930-01-01\" }, dateOfDeath: { lt: \"2020-01-01\" }",
            "date_of_birth__gte=1930-01-01&date_of_birth__lte=1935-06-30&date_of_death__lte=2019-12-31" },
    };

    [Theory]
    [MemberData(nameof(PushedDown))]
    public async Task AstronautDateFiltersAreLl2sDateFiltersInOneCall(string where, string parameters)
    {
        fixture.Reset();

        var answer = await fixture.PostAsync($"{{ astronauts(where: {{ {where} }}) {{ totalCount nodes {{ id }} }} }}");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal($"/2.3.0/astronauts/?{parameters}&limit=10&mode=normal&offset=0&ordering=id",
            Assert.Single(fixture.Requests.Entries).PathAndQuery);
        // The snapshot validates LL2's DateFilter values (a 400 would throw here) and answers as LL2 would.
        var expected = await fixture.RestAsync($"astronauts/?{parameters}");
        Assert.Equal(expected.Count, (int)answer.Data!["astronauts"]!["totalCount"]!);
    }

    [Fact]
    public async Task AnEmptyDayIntervalIsAnEmptyPageWithoutACall()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync("{ astronauts(where: { dateOfBirth: { gt: \"1960-01-01\", " +
            "lt: \"1960-01-02\" } }) { totalCount } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(0, (int)answer.Data!["astronauts"]!["totalCount"]!);
        Assert.Equal(0, fixture.Requests.Count);
    }

    [Fact]
    public async Task DateOperatorsLl2LacksAreEvaluatedOverOneBlock()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync("{ astronauts(where: { dateOfBirth: { neq: \"1960-01-01\" }, " +
            "dateOfDeath: { eq: null } }) { totalCount } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(0, (int)answer.Data!["astronauts"]!["totalCount"]!);
        Assert.Equal("/2.3.0/astronauts/?limit=100&mode=normal&offset=0&ordering=id",
            Assert.Single(fixture.Requests.Entries).PathAndQuery);
    }

    [Theory]
    [InlineData("{ astronauts(where: { dateOfBirth: { gte: \"1960-13-01\" } }) { totalCount } }")]
    [InlineData("{ astronauts(where: { dateOfBirth: { gte: \"1960-01-01T00:00:00Z\" } }) { totalCount } }")]
    [InlineData("{ spaceStations(where: { founded: { in: [\"1998-02-30\"] } }) { totalCount } }")]
    public async Task ABadDateIsRefusedBeforeAnyCall(string query)
    {
        fixture.Reset();

        var answer = await fixture.PostAsync(query);

        Assert.NotEmpty(answer.Errors);
        Assert.Contains("date", (string)answer.Errors[0]!["message"]!, StringComparison.OrdinalIgnoreCase);
        Assert.Null(answer.Data?["astronauts"]);
        Assert.Equal(0, fixture.Requests.Count);
    }

    [Theory]
    [InlineData("date_of_birth__gte=1960-13-01")]
    [InlineData("date_of_death=2003-02-01T00:00:00Z")]
    public async Task TheSnapshotRefusesWhatLl2sDateFilterRefuses(string parameter)
    {
        using var response = await fixture.Rest.GetAsync($"astronauts/?{parameter}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Enter a valid date.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task StationDatesAreComparedAsDatesOverTheOneTableCall()
    {
        var rows = await fixture.RestAsync("space_stations/?mode=detailed&limit=100&ordering=id");
        static DateOnly? Day(JsonObject row, string field) =>
            (string?)row[field] is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd") : null;
        var expected = rows.Where(r => Day(r, "founded") >= new DateOnly(1971, 4, 19)
                && (Day(r, "deorbited") is null || Day(r, "deorbited") > new DateOnly(2001, 3, 23)))
            .Select(r => (int)r["id"]!).ToList();
        fixture.Reset();

        var answer = await fixture.PostAsync("{ spaceStations(first: 100, where: { founded: { gte: \"1971-04-19\" }, " +
            "deorbited: { or: [{ eq: null }, { gt: \"2001-03-23\" }] } }) { totalCount nodes { ll2Id } } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < rows.Count);
        Assert.Equal(expected, answer.Data!["spaceStations"]!["nodes"]!.AsArray().Select(n => (int)n!["ll2Id"]!));
        Assert.Equal("/2.3.0/space_stations/?limit=100&mode=detailed&offset=0",
            Assert.Single(fixture.Requests.Entries).PathAndQuery);
    }
}
