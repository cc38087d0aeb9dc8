using System.Text.Json.Nodes;
using DockingGraph.Snapshot.Corpus;
using DockingGraph.Snapshot.Hosting;

namespace DockingGraph.Snapshot.Tests;

/// <summary>A standalone snapshot on an ephemeral 127.0.0.1 port, reached over real HTTP.</summary>
public class SnapshotFixture : IAsyncLifetime
{
    private RunningSnapshot? _snapshot;

    public RunningSnapshot Snapshot => _snapshot ?? throw new InvalidOperationException("Not started.");

    public HttpClient Http { get; private set; } = new();

    public SnapshotCorpus Corpus => SnapshotCorpus.Default;

    /// <summary>LL2's "now" (upcoming/previous launches); null: the system clock.</summary>
    protected virtual TimeProvider? Clock => null;

    public async Task InitializeAsync()
    {
        _snapshot = await SnapshotServer.StartAsync(new SnapshotUpstream(clock: Clock));
        Http = new HttpClient { BaseAddress = _snapshot.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_snapshot is not null)
        {
            await _snapshot.DisposeAsync();
        }
    }

    public async Task<JsonObject> GetJsonAsync(string relative, int expectedStatus = 200)
    {
        using var response = await Http.GetAsync(relative);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expectedStatus == (int)response.StatusCode, $"GET {relative}: expected {expectedStatus}, got {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>Follows <c>next</c> links from <paramref name="relative"/> and returns every result in order.</summary>
    public async Task<List<JsonObject>> WalkAsync(string relative)
    {
        var results = new List<JsonObject>();
        string? next = relative;
        while (next is not null)
        {
            var page = await GetJsonAsync(next);
            results.AddRange(page["results"]!.AsArray().Select(r => r!.AsObject()));
            next = (string?)page["next"];
        }

        return results;
    }

    /// <summary>The field names of an LL2 serializer, in LL2's order.</summary>
    public IEnumerable<string> Fields(string shape) => Corpus.Shapes.Shapes[shape].Select(f => f.Name);

    public static IEnumerable<int> Ids(IEnumerable<JsonObject> rows) => rows.Select(r => (int)r["id"]!);
}
