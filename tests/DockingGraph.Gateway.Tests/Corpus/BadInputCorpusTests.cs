using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace DockingGraph.Gateway.Tests.Corpus;

/// <summary>The gateway with default limits, warmed up once, for the corpus.</summary>
public sealed class BadInputCorpusGatewayFixture : HardeningGatewayFixture
{
    private readonly SemaphoreSlim _warm = new(1, 1);
    private bool _isWarm;

    protected override IEnumerable<string> Arguments => [];

    /// <summary>One request down each path the cases take (execution, validation, refusals), unmeasured.</summary>
    public async Task WarmUpAsync()
    {
        await _warm.WaitAsync();
        try
        {
            if (_isWarm)
            {
                return;
            }

            foreach (var warmUp in CorpusCases.WarmUp)
            {
                using var request = warmUp.ToRequest();
                using var response = await Http.SendAsync(request);
                await response.Content.ReadAsByteArrayAsync();
            }

            _isWarm = true;
        }
        finally
        {
            _warm.Release();
        }
    }
}

/// <summary>
/// Every case of <c>Corpus/bad-input.json</c> gets its status and code, never a 5xx, an uncoded error or a logged
/// failure; leaves the gateway alive; makes no LL2 call beyond the expected count; and answers within a second.
/// </summary>
public sealed class BadInputCorpusTests(BadInputCorpusGatewayFixture fixture, ITestOutputHelper output)
    : IClassFixture<BadInputCorpusGatewayFixture>
{
    private static readonly TimeSpan MaxDuration = TimeSpan.FromSeconds(1);

    // Bodies this large go over a bare socket: the gateway answers 413 before they are sent (HttpClient: broken pipe).
    private const int RawBodyBytes = 256 * 1024;

    public static IEnumerable<object[]> Names => CorpusCases.All.Select(c => new object[] { c.Name });

    [Fact]
    public void TheCorpusHasAtLeastEightyUniquelyNamedCases()
    {
        Assert.True(CorpusCases.All.Count >= 80, $"{CorpusCases.All.Count} cases");
        Assert.Equal(CorpusCases.All.Count, CorpusCases.All.Select(c => c.Name).Distinct().Count());
        foreach (var kind in CorpusCases.All.GroupBy(c => c.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{kind.Key}: {kind.Count()}");
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task EveryCaseIsAnsweredAsExpected(string name)
    {
        var corpusCase = CorpusCases.Named(name);
        await fixture.WarmUpAsync();
        fixture.Reset();

        using var request = corpusCase.ToRequest();
        var clock = Stopwatch.StartNew();
        var (status, bytes) = await SendAsync(request);
        clock.Stop();

        var body = Parse(bytes);
        var errors = body?["errors"]?.AsArray() ?? [];
        var code = (string?)errors.FirstOrDefault()?["extensions"]?["code"];
        var calls = fixture.Requests.Count;
        var seen = $"{status} {code ?? "-"} calls={calls} {clock.ElapsedMilliseconds} ms {Excerpt(bytes)}";
        output.WriteLine(seen);

        Assert.True(status < 500, $"5xx: {seen}");
        Assert.True(status == corpusCase.Expect.Status, $"status: {seen}");
        var expected = string.Join(" or ", corpusCase.Expect.Code.Select(c => c ?? "none"));
        Assert.True(corpusCase.Expect.Code.Contains(code), $"code {code}, expected {expected}: {seen}");
        Assert.All(errors, e =>
            Assert.False(string.IsNullOrEmpty((string?)e?["extensions"]?["code"]), $"uncoded error: {seen}"));
        Assert.True(clock.Elapsed <= MaxDuration, $"took {clock.ElapsedMilliseconds} ms: {seen}");

        using var live = await fixture.Http.GetAsync("/health/live");
        Assert.Equal(200, (int)live.StatusCode);
        Assert.True(fixture.Requests.Count <= corpusCase.Expect.Ll2Calls,
            $"{fixture.Requests.Count} LL2 calls, expected at most {corpusCase.Expect.Ll2Calls}: "
            + string.Join(", ", fixture.Requests.Entries.Select(e => e.PathAndQuery)));
        Assert.DoesNotContain(fixture.Logs, e => e.Level >= LogLevel.Error || e.Exception is not null);
    }

    private async Task<(int Status, byte[] Body)> SendAsync(HttpRequestMessage request)
    {
        if (request.Content?.Headers.ContentLength > RawBodyBytes)
        {
            var raw = await RawHttp.SendAsync(fixture.Http.BaseAddress!, request);
            return (raw.Status, raw.Body);
        }

        using var response = await fixture.Http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync());
    }

    private static JsonNode? Parse(byte[] bytes)
    {
        try
        {
            return bytes.Length == 0 ? null : JsonNode.Parse(bytes);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Excerpt(byte[] bytes)
    {
        var text = System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 300));
        return bytes.Length > 300 ? text + "…" : text;
    }
}
