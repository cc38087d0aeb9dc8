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
    // A field level nests at most an object and a list in the answer, so 64 field levels (Limits:MaxDepth's ceiling)
    // need about 130 JSON levels; System.Text.Json's default of 64 made deep valid queries answer an empty 500.
    private const int ResponseJsonMaxDepth = 256;

    /// <summary>The gateway's one registration chain, used by Program and by the tests.</summary>
    public static IServiceCollection AddDockingGraph(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLl2Upstream(configuration);
        services.AddDataLoading();
        services.AddOptions<Ide.BananaCakePopOptions>().BindConfiguration(Ide.BananaCakePopOptions.SectionName);
        services.AddOptions<DockingEventsOptions>().BindConfiguration(DockingEventsOptions.SectionName);
        services.AddOptions<HttpCachingOptions>().BindConfiguration(HttpCachingOptions.SectionName);
        services.AddOptions<LimitsOptions>().BindConfiguration(LimitsOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PersistedOperationsOptions>().BindConfiguration(PersistedOperationsOptions.SectionName);
        services.AddSingleton<PersistedOperationStore>();
        var onlyPersisted = configuration.GetValue<bool>($"{PersistedOperationsOptions.SectionName}:{nameof(PersistedOperationsOptions.OnlyPersisted)}");
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<DockingGraphSchema>()
            .UsePersistedDocuments<PersistedOperationStore>(GraphQL.DI.ServiceLifetime.Singleton, options => options.AllowOnlyPersistedDocuments = onlyPersisted)
            .AddGraphTypes(typeof(DockingGraphSchema).Assembly)
            .AddSystemTextJson(json =>
                (json.Encoder, json.MaxDepth) = (JavaScriptEncoder.UnsafeRelaxedJsonEscaping, ResponseJsonMaxDepth))
            .UseTelemetry());
        services.AddGatewayHealthChecks(configuration);
        services.AddGatewayTelemetry(configuration);
        var origins = configuration.GetSection("Cors:Origins").Get<string[]>() ?? [];
        services.AddCors(cors => cors.AddDefaultPolicy(policy => policy.WithOrigins(origins).WithMethods("GET", "POST").AllowAnyHeader().WithExposedHeaders("ETag")));
        return services;
    }
}
