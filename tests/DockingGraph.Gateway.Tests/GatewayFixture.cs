using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DockingGraph.Snapshot;
using DockingGraph.Snapshot.Faults;
using DockingGraph.Snapshot.Hosting;

namespace DockingGraph.Gateway.Tests;

/// <summary>The gateway on 127.0.0.1 (ephemeral port) against a standalone snapshot on 127.0.0.1, both over real HTTP.</summary>
public class GatewayFixture : IAsyncLifetime
{
    private RunningSnapshot? _snapshot;
    private GatewayHost? _gateway;

    public Uri GatewayAddress { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public SnapshotUpstream Upstream => _snapshot!.Upstream;

    public RequestLog Requests => Upstream.Requests;

    private HttpClient? _rest;

    /// <summary>A second, in-process snapshot with its own log: the oracle for "what LL2 answers for these parameters".</summary>
    public HttpClient Rest => _rest ??= new(new SnapshotHttpMessageHandler(new SnapshotUpstream(clock: SnapshotClock)))
    {
        BaseAddress = new Uri("http://oracle/2.3.0/"),
    };

    /// <summary>Extra configuration for the gateway, as command-line arguments.</summary>
    protected virtual IEnumerable<string> Arguments => [];

    /// <summary>LL2's "now" for the snapshot and the oracle (upcoming/previous launches); null: the system clock.</summary>
    protected virtual TimeProvider? SnapshotClock => null;

    public async Task InitializeAsync()
    {
        _snapshot = await SnapshotServer.StartAsync(new SnapshotUpstream(clock: SnapshotClock));
        _gateway = await GatewayHost.StartAsync(
            ["--LaunchLibrary:BaseUrl", _snapshot.BaseAddress.ToString(), .. GatewayHost.NoCrossRequestCache, .. Arguments]);
        GatewayAddress = new Uri(_gateway.Urls.Single());
        Http = new HttpClient { BaseAddress = GatewayAddress };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        _rest?.Dispose();
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        if (_snapshot is not null)
        {
            await _snapshot.DisposeAsync();
        }
    }

    /// <summary>Clears the snapshot's log and faults before a test's request.</summary>
    public void Reset()
    {
        Upstream.Faults = new SnapshotFaults();
        Requests.Clear();
    }

    /// <summary>
    /// <c>{ list(where: { where }) { totalCount } }</c> is refused with FILTER_NOT_SUPPORTED, its message holding
    /// <paramref name="reason"/>, before any LL2 call.
    /// </summary>
    public async Task AssertFilterRefusedBeforeAnyCallAsync(string list, string where, string reason)
    {
        Reset();

        var answer = await PostAsync($"{{ {list}(where: {{ {where} }}) {{ totalCount }} }}");

        Xunit.Assert.Equal("FILTER_NOT_SUPPORTED", answer.FirstCode);
        Xunit.Assert.Contains(reason, (string)answer.Errors[0]!["message"]!);
        Xunit.Assert.Equal(0, Requests.Count);
    }

    public async Task<GraphQLAnswer> PostAsync(string query, object? variables = null, string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd(accept);
        return await SendAsync(request);
    }

    public async Task<GraphQLAnswer> SendAsync(HttpRequestMessage request)
    {
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLAnswer((int)response.StatusCode, response.Content.Headers.ContentType, JsonNode.Parse(text)!, response);
    }

    /// <summary>Every LL2 result the oracle returns for <paramref name="relative"/>, following next links.</summary>
    public async Task<List<JsonObject>> RestAsync(string relative)
    {
        var results = new List<JsonObject>();
        string? next = relative;
        while (next is not null)
        {
            var page = JsonNode.Parse(await Rest.GetStringAsync(next))!;
            results.AddRange(page["results"]!.AsArray().Select(r => r!.AsObject()));
            next = (string?)page["next"];
        }

        return results;
    }
}

/// <summary>The gateway with chaser launches fetched by the launch loader instead of mode=detailed pages.</summary>
public sealed class LoaderModeGatewayFixture : GatewayFixture
{
    protected override IEnumerable<string> Arguments => ["--DockingEvents:ChaserUpgrades", "Loaders"];
}

/// <summary>The gateway with a one-second LL2 timeout, for timeout tests.</summary>
public sealed class ShortTimeoutGatewayFixture : GatewayFixture
{
    protected override IEnumerable<string> Arguments => ["--LaunchLibrary:TimeoutSeconds", "1"];
}

public sealed record GraphQLAnswer(int Status, MediaTypeHeaderValue? ContentType, JsonNode Body, HttpResponseMessage Response)
{
    public JsonNode? Data => Body["data"];

    public JsonArray Errors => Body["errors"]?.AsArray() ?? [];

    public string? FirstCode => (string?)Errors.FirstOrDefault()?["extensions"]?["code"];

    public override string ToString() => $"{Status} {Body.ToJsonString()}";
}
