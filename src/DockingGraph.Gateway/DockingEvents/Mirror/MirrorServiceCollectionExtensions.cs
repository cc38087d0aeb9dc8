using DockingGraph.Gateway.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DockingGraph.Gateway.DockingEvents.Mirror;

public static class MirrorServiceCollectionExtensions
{
    public const string HealthCheckName = "mirror";

    /// <summary>
    /// Where docking-event pages come from (<see cref="DockingEventPages"/>): the mirror (section <c>Mirror</c>),
    /// aligned blocks (<c>DockingEvents:AlignedBlocks</c>), LL2. The mirror's state is on <c>/health/ready</c>.
    /// </summary>
    public static IServiceCollection AddDockingEventsMirror(this IServiceCollection services,
        IConfiguration configuration)
    {
        services.AddValidatedOptions<MirrorOptions>(MirrorOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DockingEventsMirror>();
        services.AddSingleton<DetailedBlockIndex>();
        services.AddSingleton<MirrorTelemetry>();
        services.AddSingleton<DockingEventsMirrorRefresher>();
        services.AddHostedService(provider => provider.GetRequiredService<DockingEventsMirrorRefresher>());
        services.AddScoped<AlignedBlockReader>();
        services.AddScoped<DockingEventPages>();
        services.AddScoped<MirrorFallback>();
        // Only where there is a mirror: with it off, readiness answers exactly as before it existed.
        if (configuration.GetValue($"{MirrorOptions.SectionName}:{nameof(MirrorOptions.DockingEvents)}", true))
        {
            services.AddHealthChecks().AddCheck<MirrorHealthCheck>(HealthCheckName, tags: ["ready"]);
        }

        return services;
    }
}
