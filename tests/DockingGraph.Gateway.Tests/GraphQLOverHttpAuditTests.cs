using Microsoft.AspNetCore.Builder;

namespace DockingGraph.Gateway.Tests;

/// <summary>The graphql-http@1.23.1 server audit (61 audits) against the gateway on 127.0.0.1. All of them use { __typename }: no LL2 call.</summary>
public sealed class GraphQLOverHttpAuditTests : IAsyncLifetime
{
    private WebApplication _gateway = null!;

    public async Task InitializeAsync()
    {
        _gateway = GatewayApp.Create(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default", "Warning"]);
        await _gateway.StartAsync();
    }

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task AllSixtyOneAuditsPass()
    {
        var (_, summary, output) = await NodeTool.RunAsync("audit.mjs", $"{_gateway.Urls.Single()}/graphql");

        Assert.True((int?)summary["total"] == 61, output);
        Assert.True((int?)summary["ok"] == 61, output);
    }
}
