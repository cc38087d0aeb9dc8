using DockingGraph.Gateway.Answers;
using DockingGraph.Gateway.Hosting;
using DockingGraph.Gateway.Ide;
using DockingGraph.Gateway.PersistedOperations;

namespace DockingGraph.Gateway.Http;

public static class HttpServiceCollectionExtensions
{
    /// <summary>The GraphQL-over-HTTP transport: persisted operations, stored answers, the IDE, CORS.</summary>
    public static IServiceCollection AddGraphQLTransport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<GraphQLExecution>();
        services.AddValidatedOptions<AnswerStoreOptions>(AnswerStoreOptions.SectionName);
        services.AddSingleton<AnswerStore>();
        services.AddValidatedOptions<PersistedOperationsOptions>(PersistedOperationsOptions.SectionName);
        services.AddValidatedOptions<BananaCakePopOptions>(BananaCakePopOptions.SectionName);
        var origins = configuration.GetSection("Cors:Origins").Get<string[]>() ?? [];
        services.AddCors(cors => cors.AddDefaultPolicy(policy => policy.WithOrigins(origins).WithMethods("GET", "POST").AllowAnyHeader().WithExposedHeaders("ETag")));
        return services;
    }
}
