using System.Text.Json.Nodes;
using DockingGraph.Snapshot.Rest;

namespace DockingGraph.Snapshot.Tests;

/// <summary>
/// expeditions/ serves every filter LL2 documents: the start/end bounds (strict and inclusive, at a recorded
/// instant) equal a brute force over the recorded expeditions; the crew filters validate their number and match no
/// recorded expedition (none holds a crew).
/// </summary>
public sealed class ExpeditionFilterTests(SnapshotFixture fixture) : IClassFixture<SnapshotFixture>
{
    [Theory]
    [InlineData("start", "gt")]
    [InlineData("start", "gte")]
    [InlineData("start", "lt")]
    [InlineData("start", "lte")]
    [InlineData("end", "gt")]
    [InlineData("end", "gte")]
    [InlineData("end", "lt")]
    [InlineData("end", "lte")]
    public async Task ABoundAtARecordedInstantKeepsWhatItsComparisonKeeps(string field, string comparison)
    {
        var rows = fixture.Corpus.Expeditions;
        var at = rows.Select(e => JsonPath.Instant(e, field)).OfType<DateTimeOffset>().Order().ElementAt(40);

        var text = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

        var answer = await fixture.WalkAsync(
            $"expeditions/?{field}__{comparison}={Uri.EscapeDataString(text)}&ordering=id&limit=100");

        var expected = rows.Where(e => JsonPath.Instant(e, field) is { } value && comparison switch
        {
            "gt" => value > at,
            "gte" => value >= at,
            "lt" => value < at,
            _ => value <= at,
        }).Select(e => (int)e["id"]!).Order();
        Assert.Equal(expected, SnapshotFixture.Ids(answer));
        Assert.Contains(rows, e => JsonPath.Instant(e, field) == at);
    }

    [Theory]
    [InlineData("crew__astronaut")]
    [InlineData("crew__astronaut__agency")]
    public async Task ACrewFilterMatchesNoRecordedExpeditionAndRefusesANonNumber(string parameter)
    {
        var page = await fixture.GetJsonAsync($"expeditions/?{parameter}=1");
        var bad = await fixture.GetJsonAsync($"expeditions/?{parameter}=abc", 400);

        Assert.Equal(0, (int)page["count"]!);
        Assert.All(fixture.Corpus.Expeditions, e => Assert.True(e["crew"] is null or JsonArray { Count: 0 }));
        Assert.Equal("Enter a number.", (string?)bad[parameter]![0]);
    }
}
