namespace DockingGraph.Gateway.Hosting;

public static class GatewayUrls
{
    public const string Default = "http://localhost:5000";

    /// <summary>http://localhost:5000 unless <c>--urls</c> or <c>ASPNETCORE_URLS</c> says otherwise.</summary>
    public static WebApplicationBuilder UseDefaultGatewayUrl(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(Default);
        }

        return builder;
    }
}
