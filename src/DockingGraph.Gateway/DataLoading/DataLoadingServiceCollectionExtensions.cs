using DockingGraph.Gateway.Hosting;
using DockingGraph.Gateway.Limits;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Pipeline;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.DataLoading;

public static class DataLoadingServiceCollectionExtensions
{
    /// <summary>
    /// Per-request LL2 call memo and every <c>…DataLoader</c> of the gateway, all scoped to the request.
    /// </summary>
    public static IServiceCollection AddDataLoading(this IServiceCollection services)
    {
        services.AddValidatedOptions<DataLoadingOptions>(DataLoadingOptions.SectionName);
        // The runtime half of Limits:MaxLl2CallsPerRequest: whatever the estimate said, a request stops at the cap.
        services.AddScoped(provider => new Ll2RequestTally
        {
            MaxCalls = provider.GetRequiredService<IOptions<LimitsOptions>>().Value.MaxLl2CallsPerRequest,
        });
        services.AddLl2Stage<Ll2RequestMemo>(ServiceLifetime.Scoped);
        var loaders = typeof(BatchDataLoader<,>).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && IsLoader(t.BaseType));
        foreach (var loader in loaders)
        {
            services.AddScoped(loader);
        }

        return services;
    }

    private static bool IsLoader(Type? type) =>
        type is not null && ((type.IsGenericType && type.GetGenericTypeDefinition() == typeof(BatchDataLoader<,>))
            || IsLoader(type.BaseType));
}
