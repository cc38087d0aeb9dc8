using DockingGraph.LaunchLibrary.Redis;
using DockingGraph.LaunchLibrary.Throttling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DockingGraph.LaunchLibrary.Quota;

public static class Ll2QuotaServiceCollectionExtensions
{
    /// <summary>
    /// The quota governor (section <c>Ll2Budget</c>) as the next LL2 stage — register it after the cache, so only
    /// reads the cache could not answer spend budget — synchronised with LL2's <c>api-throttle/</c>. With
    /// <c>Redis:Configuration</c> (after <see cref="Ll2RedisServiceCollectionExtensions.AddLl2Redis"/>) the budget
    /// and the 429 pause are shared by every replica through Redis. Without <c>LaunchLibrary:BaseUrl</c> (the
    /// embedded snapshot) nothing is spent, so nothing is governed.
    /// </summary>
    public static IServiceCollection AddLl2Quota(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Ll2BudgetOptions>()
            .Bind(configuration.GetSection(Ll2BudgetOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var shared = !string.IsNullOrWhiteSpace(configuration[$"{Ll2RedisOptions.SectionName}:Configuration"]);
        if (shared)
        {
            services.TryAddSingleton<Ll2RedisFallback>();
            services.Replace(ServiceDescriptor.Singleton<ILl2Pause, Ll2RedisPause>());
        }

        if (string.IsNullOrWhiteSpace(configuration[$"{LaunchLibraryOptions.SectionName}:BaseUrl"]))
        {
            services.TryAddSingleton<ILl2QuotaStatus, Ll2Unmetered>();
            return services;
        }

        if (shared)
        {
            services.TryAddSingleton<ILl2BudgetLog, Ll2RedisBudgetLog>();
        }
        else
        {
            services.TryAddSingleton<ILl2BudgetLog, Ll2LocalBudgetLog>();
        }

        services.TryAddSingleton<Ll2RefreshHolds>();
        services.AddLl2Stage<Ll2QuotaGovernor>(ServiceLifetime.Singleton);
        services.TryAddSingleton<ILl2QuotaStatus>(provider => provider.GetRequiredService<Ll2QuotaGovernor>());
        services.TryAddSingleton<ILl2RetryBudget>(provider => provider.GetRequiredService<Ll2QuotaGovernor>());
        services.AddHostedService<Ll2ApiThrottleSync>();
        return services;
    }
}
