namespace DockingGraph.Gateway.Tests;

/// <summary>The graphql-http@1.23.1 server audit (61 audits) against the gateway on 127.0.0.1. All of them use { __typename }: no LL2 call.</summary>
public sealed class GraphQLOverHttpAuditTests(EmbeddedGatewayFixture fixture) : IClassFixture<EmbeddedGatewayFixture>
{
    [Fact]
    public async Task AllSixtyOneAuditsPass()
    {
        var (_, summary, output) = await NodeTool.RunAsync("audit.mjs", $"{fixture.Origin}/graphql");

        Assert.True((int?)summary["total"] == 61, output);
        Assert.True((int?)summary["ok"] == 61, output);
    }
}
