using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using DockingGraph.Gateway.Errors;
using DockingGraph.Gateway.Data.Paging;
using DockingGraph.Gateway.Schema.Relay;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// Ids and cursors of any length are refused as invalid, quickly and without an LL2 call; they used to size a
/// stackalloc buffer, so a 9 MB id overflowed the stack and killed the process.
/// </summary>
public sealed class OversizedInputTests(RaisedLimitsGatewayFixture fixture) : IClassFixture<RaisedLimitsGatewayFixture>
{
    private const int TenMegabytes = 10 * 1024 * 1024;

    // Base64 characters, so the decoder has to look at the whole string rather than stop at the first bad one.
    private static readonly string TenMegabyteBase64 = new('A', TenMegabytes);

    [Theory]
    [InlineData("query($v: ID!) { node(id: $v) { id } }", "INVALID_ID", false)]
    [InlineData("query($v: ID!) { nodes(ids: [$v]) { id } }", "INVALID_ID", false)]
    [InlineData("query($v: ID!) { dockingEvent(id: $v) { ll2Id } }", "INVALID_ID", true)]
    [InlineData("query($v: ID!) { launch(id: $v) { name } }", "INVALID_ID", true)]
    [InlineData("query($v: ID!) { dockingEvents(where: { spaceStationTarget: { id: { eq: $v } } }) { totalCount } }",
        "INVALID_ID", true)]
    [InlineData("query($v: String) { dockingEvents(after: $v) { totalCount } }", "INVALID_CURSOR", true)]
    [InlineData("query($v: String) { dockingEvents(before: $v) { totalCount } }", "INVALID_CURSOR", true)]
    public async Task ATenMegabyteIdOrCursorIsInvalidQuicklyAndTheGatewayLives(
        string query, string code, bool shortMessage)
    {
        fixture.Reset();
        var clock = Stopwatch.StartNew();

        var variables = new { v = TenMegabyteBase64 };
        using var response = await fixture.Http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        clock.Stop();

        Assert.True((int)response.StatusCode == 200, $"{(int)response.StatusCode} {body.ToJsonString()[..200]}");
        // The string-length limit (ARGUMENT_TOO_LONG), once it lands, may refuse the id first; either is a refusal.
        Assert.Contains((string?)body["errors"]![0]!["extensions"]!["code"], new[] { code, "ARGUMENT_TOO_LONG" });
        // node/nodes still quote the whole id (NodeQueries.cs, being rewritten elsewhere).
        var message = (string)body["errors"]![0]!["message"]!;
        Assert.True(!shortMessage || message.Length < 1000, "the message echoes the id");
        // Generous: sending 10 MB (and, for node, reading its echo) on a shared 2-core machine; alone it is ~0.2 s.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.ElapsedMilliseconds} ms");
        Assert.Equal(0, fixture.Requests.Count);
        var alive = await fixture.Http.PostAsJsonAsync("/graphql", new { query = "{ __typename }" });
        Assert.Equal(200, (int)alive.StatusCode);
    }

    [Theory]
    [InlineData("DockingEvent:-1")]
    [InlineData("DockingEvent:0")]
    [InlineData("DockingEvent:+7")]
    [InlineData("DockingEvent: 7")]
    [InlineData("SpaceStation:-4")]
    [InlineData("Launch:not-a-uuid")]
    public async Task NodeIdsThatAreNotLl2IdsNeverReachLl2(string decoded)
    {
        fixture.Reset();
        var id = Convert.ToBase64String(Encoding.UTF8.GetBytes(decoded));

        var query = $"{{ node(id: \"{id}\") {{ id }} }}";
        using var response = await fixture.Http.PostAsJsonAsync("/graphql", new { query });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(ErrorCodes.InvalidId, (string?)body["errors"]?[0]?["extensions"]?["code"]);
        Assert.Equal(0, fixture.Requests.Count);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("0")]
    public async Task NonPositivePlainNumbersAreInvalidIds(string id)
    {
        fixture.Reset();

        var query = $"{{ dockingEvent(id: \"{id}\") {{ ll2Id }} }}";
        using var response = await fixture.Http.PostAsJsonAsync("/graphql", new { query });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(ErrorCodes.InvalidId, (string?)body["errors"]?[0]?["extensions"]?["code"]);
        Assert.Equal(0, fixture.Requests.Count);
    }

    [Fact]
    public void GlobalIdDecodesWhatItIssuesAndRefusesAnythingLonger()
    {
        var launch = GlobalId.Encode("Launch", Guid.NewGuid());

        Assert.True(GlobalId.TryDecode(GlobalId.Encode("DockingEvent", 622), out var type, out var raw));
        Assert.Equal(("DockingEvent", "622"), (type, raw));
        Assert.True(launch.Length <= GlobalId.MaxLength, launch);
        Assert.True(GlobalId.TryDecode(launch, out _, out _));
        Assert.False(GlobalId.TryDecode(TenMegabyteBase64, out _, out _));
        Assert.False(GlobalId.TryDecode(new string('A', GlobalId.MaxLength + 4), out _, out _));
        var error = Assert.Throws<GatewayError>(() => GlobalId.ParseInt(TenMegabyteBase64, "DockingEvent"));
        Assert.Equal("INVALID_ID", error.Code);
    }

    [Fact]
    public void PagingCursorDecodesWhatItIssuesAndRefusesAnythingLonger()
    {
        var shape = PagingCursor.Shape("docking_events/?ordering=docking");
        var cursor = PagingCursor.Encode(shape, int.MaxValue);

        Assert.True(cursor.Length <= PagingCursor.MaxLength, cursor);
        Assert.Equal(int.MaxValue, PagingCursor.Decode(cursor, shape, "after"));
        var error = Assert.Throws<GatewayError>(() => PagingCursor.Decode(TenMegabyteBase64, shape, "after"));
        Assert.Equal("INVALID_CURSOR", error.Code);
    }
}
