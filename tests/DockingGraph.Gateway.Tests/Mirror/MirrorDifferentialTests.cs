using System.Text.Json.Nodes;
using DockingGraph.Snapshot;
using Xunit.Abstractions;

namespace DockingGraph.Gateway.Tests.Mirror;

/// <summary>
/// Local answers equal pushed-down answers: the same GraphQL query, on random seeded arguments (filters, search
/// words from the corpus, orderings with departure's NULLs, first/after/last/before paging, root and nested
/// edges, normal and detailed selections), sent to a gateway whose complete mirror answers and to one that pushes
/// every page down to the standalone snapshot; the JSON must be identical and the mirror must make no call.
/// </summary>
public sealed class MirrorDifferentialTests(ITestOutputHelper output)
{
    private const int Local = 0;
    private const int Pushed = 1;
    private const int Cases = 400;

    private const string Normal = """
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { id ll2Id docking departure dockingLocation { id name }
          spaceStationTarget { ll2Id name } flightVehicleChaser { ll2Id spacecraft { name } launch { name } }
          payloadFlightChaser { id } spaceStationChaser { name } } }
        """;

    private const string Detailed = """
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { ll2Id docking departure
          flightVehicleChaser { ll2Id launch { name net pad { name } } } spaceStationChaser { name orbit } } }
        """;

    private const string Arguments =
        "$first: Int, $last: Int, $after: String, $before: String, $search: String, " +
        "$where: DockingEventFilterInput, $order: [DockingEventSortInput!]";

    private const string Passed =
        "first: $first, last: $last, after: $after, before: $before, search: $search, where: $where, order: $order";

    [Fact]
    public async Task LocalAnswersEqualPushedDownAnswers()
    {
        await using var set = await MirrorGateways.StartAsync(false,
            [.. GatewayHost.NoCrossRequestCache, .. GatewayHost.MirrorOn],
            [.. GatewayHost.NoCrossRequestCache]);
        await set.PostAsync(Local, "{ dockingEvents(first: 1) { totalCount } }");
        await set.WaitUntilAnsweringAsync(Local);
        var corpus = new SnapshotUpstream().Corpus.DockingEvents;
        var random = new Random(20261127);
        var draw = new ArgumentDraw(corpus, random);

        var compared = 0;
        var (withErrors, withRows) = (0, 0);
        for (var i = 0; i < Cases; i++)
        {
            var arguments = draw.Next();
            var (selection, nested) = (random.Next(3) == 0 ? Detailed : Normal, random.Next(6));
            var query = nested switch
            {
                0 => $"query({Arguments}, $station: ID!) {{ spaceStation(id: $station) {{ dockingEvents({Passed}) " +
                    $"{{ {selection} }} }} }}",
                1 => $"query({Arguments}, $location: ID!) {{ node(id: $location) {{ ... on DockingLocation {{ " +
                    $"dockingEvents({Passed}) {{ {selection} }} }} }} }}",
                2 => $"query({Arguments}, $flight: ID!) {{ spacecraftFlight(id: $flight) {{ " +
                    $"dockingEvents({Passed}) {{ {selection} }} }} }}",
                _ => $"query({Arguments}) {{ dockingEvents({Passed}) {{ {selection} }} }}",
            };
            if (nested < 3)
            {
                arguments[nested switch { 0 => "station", 1 => "location", _ => "flight" }] = draw.ParentId(nested);
            }

            if (random.Next(3) == 0)
            {
                await AddCursorAsync(set, query, arguments, random);
            }

            var answer = await CompareAsync(set, query, arguments);
            compared++;
            withErrors += answer.Errors.Count > 0 ? 1 : 0;

            withRows += FindEdges(answer.Data) is { Count: > 0 } ? 1 : 0;
        }

        output.WriteLine($"{compared} argument sets compared, local and pushed-down answers identical " +
            $"({withRows} with events, {withErrors} with errors)");
        Assert.Equal(Cases, compared);
        // Draws are meant to find events, and to be valid queries.
        Assert.True(withRows > Cases / 3, $"{withRows} of {Cases} answers had events");
        Assert.Equal(0, withErrors);
    }

    // A cursor of the same query (from the pushed-down gateway) as after or before, with first or last.
    private static async Task AddCursorAsync(MirrorGateways set, string query, Dictionary<string, object?> arguments,
        Random random)
    {
        var probe = new Dictionary<string, object?>(arguments) { ["first"] = 100, ["last"] = null };
        var answer = await set.PostAsync(Pushed, query, probe);
        var edges = FindEdges(answer.Data);
        if (edges is not { Count: > 0 })
        {
            return;
        }

        var cursor = (string?)edges[random.Next(edges.Count)]!["cursor"];
        arguments[random.Next(2) == 0 ? "after" : "before"] = cursor;
    }

    private async Task<GraphQLAnswer> CompareAsync(MirrorGateways set, string query,
        Dictionary<string, object?> arguments)
    {
        var before = set.EventCalls.Count;
        var local = await set.PostAsync(Local, query, arguments);
        Assert.Equal(before, set.EventCalls.Count);
        var pushed = await set.PostAsync(Pushed, query, arguments);
        var expected = Without(pushed.Body, "extensions");
        var actual = Without(local.Body, "extensions");
        if (expected != actual)
        {
            output.WriteLine($"{query}\n{System.Text.Json.JsonSerializer.Serialize(arguments)}");
        }

        Assert.Equal(expected, actual);
        return pushed;
    }

    private static string Without(JsonNode body, string property)
    {
        var copy = body.DeepClone().AsObject();
        copy.Remove(property);
        return copy.ToJsonString();
    }

    private static JsonArray? FindEdges(JsonNode? node) => node switch
    {
        JsonObject o when o["edges"] is JsonArray edges => edges,
        JsonObject o => o.Select(p => FindEdges(p.Value)).FirstOrDefault(e => e is not null),
        _ => null,
    };
}
