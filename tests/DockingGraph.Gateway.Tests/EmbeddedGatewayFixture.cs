namespace DockingGraph.Gateway.Tests;

/// <summary>The gateway as README runs it (no LaunchLibrary:BaseUrl: the embedded snapshot), on 127.0.0.1 with an ephemeral port.</summary>
public class EmbeddedGatewayFixture : IAsyncLifetime
{
    public GatewayHost Gateway { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public string Origin => Gateway.Urls.Single();

    protected virtual IEnumerable<string> Arguments => [];

    public async Task InitializeAsync()
    {
        Gateway = await GatewayHost.StartAsync([.. GatewayHost.NoCrossRequestCache, .. Arguments]);
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(Origin) };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Gateway.DisposeAsync();
    }
}
