using System.Text.Json.Nodes;
using DockingGraph.Snapshot;
using Xunit.Abstractions;

namespace DockingGraph.Gateway.Tests.Mirror;

/// <summary>
/// The local evaluation of Hot Chocolate's operators against LL2 itself: a random LL2-executable <c>where</c> is
/// pushed down to the snapshot by one gateway, and rewritten into an equivalent one that only the mirror can answer
/// (<c>gt</c> → <c>nlte</c>, <c>eq</c> → <c>in</c>, an always-false <c>or</c> branch, an always-true
/// <c>departure.neq</c>, a nested id beside an always-true field of the same nested filter input) on the other;
/// counts, pages and events must be identical, and the mirror makes no call.
/// </summary>
public sealed class MirrorOperatorDifferentialTests(ITestOutputHelper output)
{
    private const int Local = 0;
    private const int Pushed = 1;
    private const int Cases = 150;

    private const string Selection =
        "totalCount pageInfo { hasNextPage hasPreviousPage } nodes { ll2Id docking departure }";

    private static readonly Dictionary<string, string> Negated = new(StringComparer.Ordinal)
    {
        ["gt"] = "nlte", ["gte"] = "nlt", ["lt"] = "ngte", ["lte"] = "ngt",
    };

    [Fact]
    public async Task MirrorOnlyRewritesAnswerWhatLl2Answers()
    {
        await using var set = await MirrorGateways.StartAsync(false,
            [.. GatewayHost.NoCrossRequestCache, .. GatewayHost.MirrorOn], [.. GatewayHost.NoCrossRequestCache]);
        await set.PostAsync(Local, "{ dockingEvents(first: 1) { totalCount } }");
        await set.WaitUntilAnsweringAsync(Local);
        await set.CallsSettledAsync(4);
        var random = new Random(20261201);
        var draw = new ArgumentDraw(new SnapshotUpstream().Corpus.DockingEvents, random);
        const string query = "query($first: Int, $last: Int, $search: String, $where: DockingEventFilterInput, " +
            "$order: [DockingEventSortInput!]) { dockingEvents(first: $first, last: $last, search: $search, " +
            $"where: $where, order: $order) {{ {Selection} }} }}";

        var withRows = 0;
        for (var i = 0; i < Cases; i++)
        {
            var arguments = draw.Next();
            var rewritten = new Dictionary<string, object?>(arguments)
            {
                ["where"] = Wrap(Rewrite(arguments["where"] as Dictionary<string, object?>), random),
            };

            var before = set.EventCalls.Count;
            var local = await set.PostAsync(Local, query, rewritten);
            Assert.Equal(before, set.EventCalls.Count);
            var pushed = await set.PostAsync(Pushed, query, arguments);

            Assert.True(pushed.Errors.Count == 0, pushed.ToString());
            if (pushed.Data!.ToJsonString() != local.Data?.ToJsonString())
            {
                output.WriteLine(System.Text.Json.JsonSerializer.Serialize(rewritten));
            }

            Assert.Equal(pushed.Data!.ToJsonString(), local.Data?.ToJsonString());
            withRows += pushed.Data!["dockingEvents"]!["nodes"]!.AsArray().Count > 0 ? 1 : 0;
        }

        output.WriteLine($"{Cases} mirror-only rewrites compared with LL2's answers ({withRows} with events)");
        Assert.True(withRows > Cases / 3, $"{withRows} of {Cases} answers had events");
    }

    private static Dictionary<string, object?> Wrap(Dictionary<string, object?> where, Random random) =>
        random.Next(2) == 0
            ? new() { ["or"] = new object[] { where, Ids("in") } }
            : new()
            {
                ["and"] = new object[]
                {
                    where,
                    new Dictionary<string, object?>
                    {
                        ["departure"] = new Dictionary<string, object?> { ["neq"] = "1900-01-01T00:00:00Z" },
                    },
                },
            };

    // No id is in the empty list: in [] holds for nothing, nin [] for everything.
    private static Dictionary<string, object?> Ids(string operation) =>
        new() { ["id"] = new Dictionary<string, object?> { [operation] = Array.Empty<string>() } };

    private static Dictionary<string, object?> Rewrite(Dictionary<string, object?>? where)
    {
        if (where is null)
        {
            return Ids("nin");
        }

        var rewritten = new Dictionary<string, object?>();
        foreach (var (name, value) in where)
        {
            rewritten[name] = (name, value) switch
            {
                ("and", IEnumerable<Dictionary<string, object?>> branches) =>
                    branches.Select(branch => (object)Rewrite(branch)).ToArray(),
                ("docking", Dictionary<string, object?> bounds) => bounds.ToDictionary(
                    b => b.Key == "eq" ? "in" : Negated[b.Key],
                    b => b.Key == "eq" ? new[] { b.Value } : (object?)b.Value),
                // eq → in, beside an always-true field of the same nested input (nstartsWith holds for null too).
                (_, Dictionary<string, object?> related) => new Dictionary<string, object?>
                {
                    ["id"] = new Dictionary<string, object?>
                    {
                        ["in"] = new[] { ((Dictionary<string, object?>)related["id"]!)["eq"] },
                    },
                    [name == "dockingLocation" ? "name" : "url"] =
                        new Dictionary<string, object?> { ["nstartsWith"] = "\u0001" },
                },
                _ => value,
            };
        }

        return rewritten;
    }
}
