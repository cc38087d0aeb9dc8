using System.Net;
using System.Net.Sockets;
using DockingGraph.LaunchLibrary.Quota;
using DockingGraph.Snapshot.Faults;
using DockingGraph.Snapshot.Hosting;

namespace DockingGraph.Gateway.Tests.Quota;

/// <summary>
/// One retry for connection failures and timeouts, paid from the budget; none for status answers; an open circuit
/// answers at once without a call (and gives the budget unit back).
/// </summary>
public sealed class ResilienceTests
{
    private static readonly string[] Budget = ["--Ll2Budget:Calls", "10"];

    [Fact]
    public async Task ARefusedConnectionIsOneAttemptAndOneRetryBothPaidFromTheBudget()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var gateway = await QuotaGateway.StartAsync($"http://127.0.0.1:{closedPort}/2.3.0/", Budget);

        var answer = await gateway.PostAsync(QuotaGateway.Page(1));

        Assert.Equal("UPSTREAM_UNAVAILABLE", answer.FirstCode);
        Assert.Equal(8, gateway.Service<ILl2QuotaStatus>().Remaining);
    }

    [Fact]
    public async Task WithoutBudgetForItTheRetryIsNotMade()
    {
        using var ll2 = new CountingTcpServer();
        await using var gateway = await QuotaGateway.StartAsync(ll2.BaseUrl,
            ["--Ll2Budget:Calls", "1", "--LaunchLibrary:TimeoutSeconds", "1"]);

        var answer = await gateway.PostAsync(QuotaGateway.Page(1));

        Assert.Equal("UPSTREAM_UNAVAILABLE", answer.FirstCode);
        Assert.Equal(1, ll2.Accepted);
    }

    [Fact]
    public async Task ATimedOutAttemptIsRetriedOnceAndTheRetrySpendsBudget()
    {
        using var ll2 = new CountingTcpServer();
        await using var gateway = await QuotaGateway.StartAsync(ll2.BaseUrl,
            [.. Budget, "--LaunchLibrary:TimeoutSeconds", "1"]);

        var answer = await gateway.PostAsync(QuotaGateway.Page(1));

        Assert.Equal("UPSTREAM_UNAVAILABLE", answer.FirstCode);
        Assert.Contains("did not answer in time", (string?)answer.Errors[0]!["message"]);
        Assert.Equal(2, ll2.Accepted);
        Assert.Equal(8, gateway.Service<ILl2QuotaStatus>().Remaining);
    }

    [Fact]
    public async Task ServerErrorsAnd429AreNotRetried()
    {
        await using var snapshot = await SnapshotServer.StartAsync();
        await using var gateway = await QuotaGateway.StartAsync(snapshot.BaseAddress.ToString(), Budget);
        var requests = snapshot.Upstream.Requests;

        snapshot.Upstream.Faults = new SnapshotFaults { ServerErrorRate = 1 };
        var serverError = await gateway.PostAsync(QuotaGateway.Page(1));
        var afterServerError = requests.Count;
        snapshot.Upstream.Faults = new SnapshotFaults { ThrottleAfter = 0 };
        var throttled = await gateway.PostAsync(QuotaGateway.Page(2));

        Assert.Equal("UPSTREAM_UNAVAILABLE", serverError.FirstCode);
        Assert.Equal(1, afterServerError);
        Assert.Equal("UPSTREAM_RATE_LIMITED", throttled.FirstCode);
        Assert.Equal([500, 429], requests.Entries.Select(e => e.Status));
    }

    [Fact]
    public async Task AnOpenCircuitAnswersAtOnceWithoutACall()
    {
        await using var snapshot = await SnapshotServer.StartAsync();
        await using var gateway = await QuotaGateway.StartAsync(snapshot.BaseAddress.ToString(),
        [
            .. Budget, "--Ll2Resilience:BreakerMinimumThroughput", "2", "--Ll2Resilience:BreakerFailureRatio", "0.5",
            "--Ll2Resilience:BreakerBreakDuration", "00:10:00",
        ]);
        snapshot.Upstream.Faults = new SnapshotFaults { ServerErrorRate = 1 };
        await gateway.PostAsync(QuotaGateway.Page(1));
        await gateway.PostAsync(QuotaGateway.Page(2));
        snapshot.Upstream.Faults = new SnapshotFaults();
        snapshot.Upstream.Requests.Clear();
        var remaining = gateway.Service<ILl2QuotaStatus>().Remaining;

        var open = await gateway.PostAsync(QuotaGateway.Page(3));

        Assert.Equal(200, open.Status);
        Assert.Equal("UPSTREAM_UNAVAILABLE", open.FirstCode);
        Assert.Contains("circuit open", (string?)open.Errors[0]!["message"]);
        Assert.Equal(0, snapshot.Upstream.Requests.Count);
        Assert.Equal(8, remaining);
        Assert.Equal(8, gateway.Service<ILl2QuotaStatus>().Remaining);
    }
}
