using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DockingGraph.LaunchLibrary.Redis;

public static class Ll2RedisServiceCollectionExtensions
{
    /// <summary>
    /// One shared Redis connection for the LL2 stages when <c>Redis:Configuration</c> is set. It never fails startup
    /// (AbortOnConnectFail=false): while Redis is away the stages fall back to what this process holds.
    /// </summary>
    public static IServiceCollection AddLl2Redis(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Ll2RedisOptions>().Bind(configuration.GetSection(Ll2RedisOptions.SectionName));
        if (string.IsNullOrWhiteSpace(configuration[$"{Ll2RedisOptions.SectionName}:{nameof(Ll2RedisOptions.Configuration)}"]))
        {
            return services;
        }

        services.TryAddSingleton<IConnectionMultiplexer>(provider =>
        {
            var options = ConfigurationOptions.Parse(provider.GetRequiredService<IOptions<Ll2RedisOptions>>().Value.Configuration!);
            options.AbortOnConnectFail = false;
            return ConnectionMultiplexer.Connect(options);
        });
        return services;
    }
}
