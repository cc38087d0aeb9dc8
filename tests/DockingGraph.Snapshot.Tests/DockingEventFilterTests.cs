using System.Text.Json.Nodes;
using DockingGraph.Snapshot.Rest;

namespace DockingGraph.Snapshot.Tests;

public sealed class DockingEventFilterTests(SnapshotFixture fixture) : IClassFixture<SnapshotFixture>
{
    public static TheoryData<string, string> DateFilters => new()
    {
        { "docking__gt", ">" }, { "docking__gte", ">=" }, { "docking__lt", "<" }, { "docking__lte", "<=" },
    };

    [Theory]
    [MemberData(nameof(DateFilters))]
    public async Task DockingDateFiltersCompareWithTheInstant(string parameter, string comparison)
    {
        // The cut is a recorded docking instant, so gt/gte and lt/lte differ by the events docking at that instant.
        var cutText = fixture.Corpus.DockingEvents.Select(e => (string)e["docking"]!).Order().ElementAt(130);
        var cut = DateTimeOffset.Parse(cutText, System.Globalization.CultureInfo.InvariantCulture);
        var expected = Expected(e =>
        {
            var docking = JsonPath.Instant(e, "docking")!.Value;
            return comparison switch { ">" => docking > cut, ">=" => docking >= cut, "<" => docking < cut, _ => docking <= cut };
        });

        var served = await fixture.WalkAsync($"docking_events/?{parameter}={cutText}&limit=100");

        Assert.Equal(expected, SnapshotFixture.Ids(served));
        Assert.Contains(fixture.Corpus.DockingEvents, e => JsonPath.Instant(e, "docking") == cut);
    }

    [Theory]
    [InlineData("docking_location__id", "docking_location.id", 21)]
    [InlineData("flight_vehicle_chaser__id", "flight_vehicle_chaser.id", 877)]
    [InlineData("space_station_target__id", "space_station_target.id", 18)]
    public async Task IdFiltersKeepMatchingEvents(string parameter, string path, int value)
    {
        var expected = Expected(e => JsonPath.Number(e, path) == value);

        var served = await fixture.WalkAsync($"docking_events/?{parameter}={value}");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, SnapshotFixture.Ids(served));
    }

    [Fact]
    public async Task FiltersCombine()
    {
        var expected = Expected(e => JsonPath.Number(e, "space_station_target.id") == 4 && JsonPath.Instant(e, "docking") >= new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero));

        var served = await fixture.WalkAsync("docking_events/?space_station_target__id=4&docking__gte=2020-01-01");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, SnapshotFixture.Ids(served));
    }

    [Theory]
    [InlineData("docking_location.name", "zenith")]
    [InlineData("flight_vehicle_chaser.spacecraft.name", "tianzhou")]
    [InlineData("space_station_target.name", "SALYUT")]
    public async Task SearchMatchesTheDocumentedFieldsCaseInsensitively(string path, string term)
    {
        var searched = new[]
        {
            "docking_location.name", "flight_vehicle_chaser.spacecraft.name", "flight_vehicle_target.spacecraft.name",
            "payload_flight_chaser.payload.name", "payload_flight_target.payload.name", "space_station_chaser.name", "space_station_target.name",
        };
        var expected = Expected(e => searched.Any(p => JsonPath.Text(e, p)?.Contains(term, StringComparison.OrdinalIgnoreCase) == true));

        var served = await fixture.WalkAsync($"docking_events/?search={term}&limit=100");

        Assert.Contains(fixture.Corpus.DockingEvents, e => JsonPath.Text(e, path)!.Contains(term, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(expected, SnapshotFixture.Ids(served));
    }

    [Fact]
    public async Task SearchIgnoresFieldsLl2DoesNotSearch()
    {
        // "SpaceX" is in the data (the chaser's spacecraft configuration agency), but not in any searched field.
        Assert.Contains(fixture.Corpus.DockingEvents, e => JsonPath.Text(e, "flight_vehicle_chaser.spacecraft.spacecraft_config.agency.name") == "SpaceX");

        var page = await fixture.GetJsonAsync("docking_events/?search=SpaceX");

        Assert.Equal(0, (int)page["count"]!);
    }

    [Fact]
    public async Task SearchTermsMustAllMatch()
    {
        var both = await fixture.WalkAsync("docking_events/?search=soyuz%20mir&limit=100");
        var soyuz = SnapshotFixture.Ids(await fixture.WalkAsync("docking_events/?search=soyuz&limit=100")).ToHashSet();
        var mir = SnapshotFixture.Ids(await fixture.WalkAsync("docking_events/?search=mir&limit=100")).ToHashSet();

        Assert.NotEmpty(both);
        Assert.Equal(soyuz.Intersect(mir).Order(), SnapshotFixture.Ids(both));
    }

    [Fact]
    public async Task UnknownParametersAreIgnored()
    {
        var plain = await fixture.GetJsonAsync("docking_events/?limit=20");
        var withUnknown = await fixture.GetJsonAsync("docking_events/?limit=20&id=1,2,3&departure__isnull=true&station=4");

        Assert.Equal(plain["count"]!.GetValue<int>(), withUnknown["count"]!.GetValue<int>());
        Assert.True(JsonNode.DeepEquals(plain["results"], withUnknown["results"]));
    }

    [Fact]
    public async Task BadFilterValuesAnswer400KeyedByParameter()
    {
        var errors = await fixture.GetJsonAsync("docking_events/?docking__gt=notadate&space_station_target__id=four&docking_location__id=2", 400);

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"docking__gt":["Enter a valid date/time."],"space_station_target__id":["Enter a number."]}"""),
            errors));
    }

    private List<int> Expected(Func<JsonObject, bool> predicate) =>
        SnapshotFixture.Ids(fixture.Corpus.DockingEvents.Where(predicate)).Order().ToList();
}
