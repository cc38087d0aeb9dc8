using DockingGraph.Snapshot.Faults;

namespace DockingGraph.Gateway.Tests;

/// <summary>LL2 failures become partial data plus a coded error; the HTTP answer stays 200.</summary>
public sealed class UpstreamFailureTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private const string TwoFields = "{ page: dockingEvents(first: 2) { totalCount } one: dockingEvent(id: 622) { ll2Id } }";

    [Fact]
    public async Task ServerErrorOnTheListNullsOnlyThatField()
    {
        fixture.Reset();
        fixture.Upstream.Faults = new SnapshotFaults { ServerErrorRate = 1, PathContains = "/docking_events/" };

        var answer = await fixture.PostAsync("{ page: dockingEvents(first: 2) { totalCount } }");

        Assert.Equal(200, answer.Status);
        Assert.Equal("UPSTREAM_UNAVAILABLE", answer.FirstCode);
        Assert.Equal("""["page"]""", answer.Errors[0]!["path"]!.ToJsonString());
        Assert.Equal(500, (int)answer.Errors[0]!["extensions"]!["upstreamStatus"]!);
    }

    [Fact]
    public async Task ServerErrorOnOneDetailLeavesTheOtherFieldIntact()
    {
        fixture.Reset();
        fixture.Upstream.Faults = new SnapshotFaults { ServerErrorRate = 1, PathContains = "/docking_events/622/" };

        var answer = await fixture.PostAsync(TwoFields);

        Assert.Equal(200, answer.Status);
        Assert.True((int)answer.Data!["page"]!["totalCount"]! > 0);
        Assert.Null(answer.Data["one"]);
        Assert.Equal("UPSTREAM_UNAVAILABLE", answer.FirstCode);
        Assert.Equal("""["one"]""", answer.Errors[0]!["path"]!.ToJsonString());
    }

    [Fact]
    public async Task MissingDetailIsNullWithNotFound()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync("{ dockingEvent(id: 999999) { ll2Id } }");

        Assert.Equal(200, answer.Status);
        Assert.Null(answer.Data!["dockingEvent"]);
        Assert.Equal("NOT_FOUND", answer.FirstCode);
        Assert.Equal("/2.3.0/docking_events/999999/", Assert.Single(fixture.Requests.Entries).Path);
    }

    [Fact]
    public async Task MalformedBodyIsABadResponse()
    {
        fixture.Reset();
        fixture.Upstream.Faults = new SnapshotFaults { MalformedBody = true };

        var answer = await fixture.PostAsync("{ dockingEvents { totalCount } }");

        Assert.Equal("UPSTREAM_BAD_RESPONSE", answer.FirstCode);
        Assert.DoesNotContain("   at ", answer.Body.ToJsonString());
    }
}
