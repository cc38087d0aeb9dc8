using System.Text.Json.Nodes;
using DockingGraph.Snapshot.Rest;

namespace DockingGraph.Snapshot.Tests;

public sealed class FidelityTests(SnapshotFixture fixture) : IClassFixture<SnapshotFixture>
{
    [Fact]
    public async Task EachSeedEventThroughTheListEqualsTheRecording()
    {
        var recorded = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Recorded", "docking_events.page1.lldev.2.3.0.json")))!["results"]!.AsArray();
        var served = (await fixture.WalkAsync("docking_events/?limit=100")).ToDictionary(e => (int)e["id"]!);

        Assert.Equal(10, recorded.Count);
        foreach (var expected in recorded.Select(r => r!.AsObject()))
        {
            // URLs point at the snapshot's own base; everything else must be the recorded bytes' JSON.
            var rebased = Responses.Ll2Bases.Aggregate(expected.ToJsonString(), (json, ll2) => json.Replace(ll2, fixture.Snapshot.BaseAddress.ToString()));
            var actual = served[(int)expected["id"]!];
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(rebased), actual), $"Seed event {expected["id"]} differs:\n{actual.ToJsonString()}");
        }
    }

    [Fact]
    public async Task WalkingNextVisitsEveryEventOnceAndCountIsTheCorpus()
    {
        var first = await fixture.GetJsonAsync("docking_events/");
        var walked = await fixture.WalkAsync("docking_events/?limit=7");

        Assert.Equal(fixture.Corpus.DockingEvents.Count, (int)first["count"]!);
        Assert.Equal(10, first["results"]!.AsArray().Count);
        Assert.Equal(SnapshotFixture.Ids(fixture.Corpus.DockingEvents).Order(), SnapshotFixture.Ids(walked));
    }

    [Fact]
    public async Task WalkingPreviousFromTheLastPageVisitsEveryEventOnce()
    {
        var count = fixture.Corpus.DockingEvents.Count;
        var page = await fixture.GetJsonAsync($"docking_events/?limit=25&offset={count - count % 25}");
        var seen = new List<int>();
        while (true)
        {
            seen.InsertRange(0, page["results"]!.AsArray().Select(r => (int)r!["id"]!));
            if ((string?)page["previous"] is not { } previous)
            {
                break;
            }

            page = await fixture.GetJsonAsync(previous);
        }

        Assert.Equal(SnapshotFixture.Ids(fixture.Corpus.DockingEvents).Order(), seen);
    }

    [Fact]
    public async Task PagingLinksAreDjangoRestFrameworksSortedForm()
    {
        var page = await fixture.GetJsonAsync("docking_events/?search=Soyuz&offset=20&limit=10");
        var origin = fixture.Snapshot.BaseAddress;

        Assert.Equal($"{origin}docking_events/?limit=10&offset=30&search=Soyuz", (string?)page["next"]);
        Assert.Equal($"{origin}docking_events/?limit=10&offset=10&search=Soyuz", (string?)page["previous"]);

        var second = await fixture.GetJsonAsync("docking_events/?offset=10");
        Assert.Equal($"{origin}docking_events/?limit=10", (string?)second["previous"]);
    }
}
