using DockingGraph.Gateway.Http;
using DockingGraph.Gateway.Ide;
using DockingGraph.Gateway.Operations;
using DockingGraph.Gateway.Upstream;

namespace DockingGraph.Gateway;

/// <summary>Builds the gateway host; Program runs it, tests start it on an ephemeral port.</summary>
public static class GatewayApp
{
    public const string DefaultUrl = "http://localhost:5000";

    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        configure?.Invoke(builder);
        builder.Services.AddDockingGraph(builder.Configuration);

        var app = builder.Build();
        app.UseCors();
        app.UseBananaCakePop();
        app.MapGraphQLEndpoint();
        app.MapHealthEndpoints();
        app.Logger.LogInformation("{Upstream}", app.Services.GetRequiredService<UpstreamDescription>().Text);
        return app;
    }
}
