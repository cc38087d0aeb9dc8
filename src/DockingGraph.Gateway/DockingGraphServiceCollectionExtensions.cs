using System.Text.Encodings.Web;
using DockingGraph.Gateway.DataLoading;
using DockingGraph.Gateway.DockingEvents;
using DockingGraph.Gateway.Http;
using DockingGraph.Gateway.Limits;
using DockingGraph.Gateway.Operations;
using DockingGraph.Gateway.PersistedOperations;
using DockingGraph.Gateway.Schema;
using DockingGraph.Gateway.Upstream;
using GraphQL;

namespace DockingGraph.Gateway;

public static class DockingGraphServiceCollectionExtensions
{
    /// <summary>The gateway's one registration chain, used by Program and by the tests.</summary>
    public static IServiceCollection AddDockingGraph(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLl2Upstream(configuration);
        services.AddDataLoading();
        services.AddOptions<Ide.BananaCakePopOptions>().BindConfiguration(Ide.BananaCakePopOptions.SectionName);
        services.AddOptions<DockingEventsOptions>().BindConfiguration(DockingEventsOptions.SectionName);
        services.AddOptions<HttpCachingOptions>().BindConfiguration(HttpCachingOptions.SectionName);
        services.AddOptions<PersistedOperationsOptions>().BindConfiguration(PersistedOperationsOptions.SectionName);
        services.AddSingleton<PersistedOperationStore>();
        var onlyPersisted = configuration.GetValue<bool>($"{PersistedOperationsOptions.SectionName}:{nameof(PersistedOperationsOptions.OnlyPersisted)}");
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<DockingGraphSchema>()
            .UsePersistedDocuments<PersistedOperationStore>(GraphQL.DI.ServiceLifetime.Singleton, options => options.AllowOnlyPersistedDocuments = onlyPersisted)
            .AddGraphTypes(typeof(DockingGraphSchema).Assembly)
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .UseTelemetry()
            .AddRequestLimits(services));
        services.AddGatewayHealthChecks(configuration);
        services.AddGatewayTelemetry(configuration);
        var origins = configuration.GetSection("Cors:Origins").Get<string[]>() ?? [];
        services.AddCors(cors => cors.AddDefaultPolicy(policy => policy.WithOrigins(origins).WithMethods("GET", "POST").AllowAnyHeader().WithExposedHeaders("ETag")));
        return services;
    }
}
