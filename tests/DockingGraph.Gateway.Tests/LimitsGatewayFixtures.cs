namespace DockingGraph.Gateway.Tests;

/// <summary>Limits:Introspection=false.</summary>
public sealed class NoIntrospectionGatewayFixture : GatewayFixture
{
    protected override IEnumerable<string> Arguments => ["--Limits:Introspection", "false"];
}

/// <summary>A high LL2 cap, so that the other limits (nodes ids) and the estimate itself can be measured.</summary>
public sealed class HighLl2CapGatewayFixture : GatewayFixture
{
    protected override IEnumerable<string> Arguments => ["--Limits:MaxLl2CallsPerRequest", "10000", "--Limits:MaxFieldCost", "1000000"];
}

/// <summary>A one-second request deadline (the LL2 client's own timeout stays at 30 s).</summary>
public sealed class ShortDeadlineGatewayFixture : GatewayFixture
{
    protected override IEnumerable<string> Arguments => ["--Limits:RequestTimeout", "00:00:01"];
}
