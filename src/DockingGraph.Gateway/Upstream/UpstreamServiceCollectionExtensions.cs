using DockingGraph.LaunchLibrary;
using DockingGraph.Snapshot;

namespace DockingGraph.Gateway.Upstream;

/// <summary>Which LL2 the gateway talks to: live LL2 when <c>LaunchLibrary:BaseUrl</c> is set, else the embedded snapshot.</summary>
public static class UpstreamServiceCollectionExtensions
{
    /// <summary>The in-process snapshot's base; requests to it never leave the process.</summary>
    public const string EmbeddedSnapshotBaseUrl = "http://embedded-snapshot/2.3.0/";

    public static IServiceCollection AddLl2Upstream(this IServiceCollection services, IConfiguration configuration)
    {
        var configured = configuration[$"{LaunchLibraryOptions.SectionName}:{nameof(LaunchLibraryOptions.BaseUrl)}"];
        var client = services.AddLaunchLibraryClient();
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var key = string.IsNullOrEmpty(configuration[$"{LaunchLibraryOptions.SectionName}:{nameof(LaunchLibraryOptions.ApiKey)}"]) ? "no API key" : "with API key";
            services.AddSingleton(new UpstreamDescription($"Upstream: LL2 at {configured} ({key})."));
            return services;
        }

        services.AddSingleton<SnapshotUpstream>();
        services.PostConfigure<LaunchLibraryOptions>(o => o.BaseUrl = EmbeddedSnapshotBaseUrl);
        client.ConfigurePrimaryHttpMessageHandler(provider => new SnapshotHttpMessageHandler(provider.GetRequiredService<SnapshotUpstream>()));
        services.AddSingleton(provider => new UpstreamDescription(
            $"Upstream: embedded LL2 snapshot, in-process ({provider.GetRequiredService<SnapshotUpstream>().Corpus.DockingEvents.Count} recorded docking events, no quota spent); set LaunchLibrary:BaseUrl for live LL2."));
        return services;
    }
}

/// <summary>The one startup log line that says which upstream is in use.</summary>
public sealed record UpstreamDescription(string Text);
