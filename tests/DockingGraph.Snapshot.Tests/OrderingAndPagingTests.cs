using System.Text.Json.Nodes;
using DockingGraph.Snapshot.Rest;

namespace DockingGraph.Snapshot.Tests;

public sealed class OrderingAndPagingTests(SnapshotFixture fixture) : IClassFixture<SnapshotFixture>
{
    [Theory]
    [InlineData("docking", false)]
    [InlineData("-docking", true)]
    public async Task OrderingByDocking(string ordering, bool descending)
    {
        var served = await fixture.WalkAsync($"docking_events/?ordering={ordering}&limit=100");

        var instants = served.Select(e => JsonPath.Instant(e, "docking")!.Value).ToList();
        Assert.Equal(fixture.Corpus.DockingEvents.Count, served.Count);
        Assert.Equal(descending ? instants.OrderDescending() : instants.Order(), instants);
    }

    [Fact]
    public async Task OrderingByDepartureSortsNullsLastAscendingAndFirstDescending()
    {
        var ascending = await fixture.WalkAsync("docking_events/?ordering=departure&limit=100");
        var descending = await fixture.WalkAsync("docking_events/?ordering=-departure&limit=100");
        var stillDocked = fixture.Corpus.DockingEvents.Count(e => e["departure"] is null);

        Assert.True(stillDocked > 0);
        Assert.All(ascending.TakeLast(stillDocked), e => Assert.Null(e["departure"]));
        Assert.All(descending.Take(stillDocked), e => Assert.Null(e["departure"]));
        var departures = ascending.SkipLast(stillDocked).Select(e => JsonPath.Instant(e, "departure")!.Value).ToList();
        Assert.Equal(departures.Order(), departures);
    }

    [Fact]
    public async Task InvalidOrderingIsIgnored()
    {
        var plain = await fixture.GetJsonAsync("docking_events/?limit=30");
        var invalid = await fixture.GetJsonAsync("docking_events/?limit=30&ordering=name,-id");

        Assert.True(JsonNode.DeepEquals(plain["results"], invalid["results"]));
    }

    [Theory]
    [InlineData("1000", 100)]
    [InlineData("100", 100)]
    [InlineData("3", 3)]
    [InlineData("0", 10)]
    [InlineData("-5", 10)]
    [InlineData("many", 10)]
    public async Task LimitIsClampedAt100AndFallsBackToTen(string limit, int expected)
    {
        var page = await fixture.GetJsonAsync($"docking_events/?limit={limit}");

        Assert.Equal(expected, page["results"]!.AsArray().Count);
        Assert.Equal($"{fixture.Snapshot.BaseAddress}docking_events/?limit={expected}&offset={expected}", (string?)page["next"]);
    }

    [Theory]
    [InlineData("-3")]
    [InlineData("x")]
    public async Task BadOffsetReadsAsZero(string offset)
    {
        var zero = await fixture.GetJsonAsync("docking_events/?limit=5");
        var bad = await fixture.GetJsonAsync($"docking_events/?limit=5&offset={offset}");

        Assert.True(JsonNode.DeepEquals(zero["results"], bad["results"]));
    }

    [Fact]
    public async Task OffsetPastTheEndIsAnEmptyPage()
    {
        var page = await fixture.GetJsonAsync("docking_events/?offset=5000");

        Assert.Empty(page["results"]!.AsArray());
        Assert.Equal(fixture.Corpus.DockingEvents.Count, (int)page["count"]!);
        Assert.Null(page["next"]);
    }

    [Fact]
    public async Task OffsetSkipsInOrder()
    {
        var all = await fixture.GetJsonAsync("docking_events/?limit=100&ordering=-docking");
        var window = await fixture.GetJsonAsync("docking_events/?limit=4&offset=37&ordering=-docking");

        Assert.Equal(all["results"]!.AsArray().Skip(37).Take(4).Select(e => (int)e!["id"]!), window["results"]!.AsArray().Select(e => (int)e!["id"]!));
    }

    [Fact]
    public async Task AReversedUniqueOrderingGivesTheReversedList()
    {
        var ascending = SnapshotFixture.Ids(
            await fixture.WalkAsync("docking_events/?ordering=departure,docking&limit=100"));
        var descending = SnapshotFixture.Ids(
            await fixture.WalkAsync("docking_events/?ordering=-departure,-docking&limit=100"));

        Assert.Equal(ascending.Reverse(), descending);
    }

    // LL2 promises no order among ties; the snapshot keeps them by id ascending in both directions, so a client that
    // expects a reversed ordering to mirror ties is caught.
    [Theory]
    [InlineData("docking")]
    [InlineData("-docking")]
    [InlineData("departure")]
    [InlineData("-departure")]
    public async Task TiesAreByIdAscendingInBothDirections(string ordering)
    {
        var served = await fixture.WalkAsync($"docking_events/?ordering={ordering}&limit=100");
        var field = ordering.TrimStart('-');

        var ties = served.GroupBy(e => e[field]?.ToString()).Where(g => g.Count() > 1).ToList();
        Assert.NotEmpty(ties);
        Assert.All(ties, g => Assert.Equal(SnapshotFixture.Ids(g).Order(), SnapshotFixture.Ids(g)));
    }
}
