using DockingGraph.LaunchLibrary.Pipeline;
using DockingGraph.LaunchLibrary.Redis;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DockingGraph.LaunchLibrary.Caching;

public static class Ll2CacheServiceCollectionExtensions
{
    private const int MaxEntryBytes = 64 * 1024 * 1024;

    // launches/?id= with 100 UUIDs is a ~3.7 KB path.
    private const int MaxKeyLength = 16 * 1024;

    /// <summary>
    /// The cross-request cache stage (section <c>Cache</c>), with Redis as L2 when <c>Redis:Configuration</c> is set
    /// (after <see cref="Ll2RedisServiceCollectionExtensions.AddLl2Redis"/>). Register it after the per-request memo
    /// and before the quota governor: stages run in registration order.
    /// </summary>
    public static IServiceCollection AddLl2Cache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Ll2CacheOptions>()
            .Bind(configuration.GetSection(Ll2CacheOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var enabled = configuration.GetValue($"{Ll2CacheOptions.SectionName}:{nameof(Ll2CacheOptions.Enabled)}", true);
        var redis = new Ll2RedisOptions();
        configuration.GetSection(Ll2RedisOptions.SectionName).Bind(redis);
        services.AddSingleton(new Ll2CacheMode(enabled, redis.IsConfigured));

        services.AddHybridCache(o => (o.MaximumPayloadBytes, o.MaximumKeyLength) = (MaxEntryBytes, MaxKeyLength))
            .AddSerializerFactory(new Ll2CacheSerializerFactory());
        if (redis.IsConfigured)
        {
            services.AddSingleton<IDistributedCache>(provider =>
            {
                var connection = provider.GetRequiredService<IConnectionMultiplexer>();
                var l2 = new RedisCache(Options.Create(new RedisCacheOptions
                {
                    InstanceName = provider.GetRequiredService<IOptions<Ll2RedisOptions>>().Value.InstanceName,
                    ConnectionMultiplexerFactory = () => Task.FromResult(connection),
                }));
                return new Ll2RedisL2(l2, connection);
            });
            services.AddSingleton<ILl2RefreshLock, Ll2RedisRefreshLock>();
        }
        else
        {
            services.AddSingleton<ILl2RefreshLock, Ll2LocalRefreshLock>();
        }

        services.AddSingleton<Ll2EntryVersions>();
        services.TryAddSingleton<Ll2ListCounts>();
        services.AddSingleton<Ll2CachePeek>();
        services.AddSingleton<Ll2BelowCache>();
        services.AddSingleton<Ll2CacheRefresher>();
        services.AddSingleton(provider => new Ll2ReplicaLease(provider.GetRequiredService<ILl2RefreshLock>(),
            provider.GetRequiredService<Ll2CacheMode>(), provider.GetRequiredService<IOptions<Ll2CacheOptions>>()));
        services.AddSingleton<Ll2CacheDemand>();
        services.AddSingleton<Ll2RefreshScheduler>();
        services.AddHostedService(provider => provider.GetRequiredService<Ll2RefreshScheduler>());
        services.AddLl2Stage<Ll2CacheStage>(ServiceLifetime.Singleton);
        return services;
    }
}
