using System.Text.Encodings.Web;
using DockingGraph.Gateway.Limits;
using DockingGraph.Gateway.PersistedOperations;
using GraphQL;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Schema;

public static class SchemaServiceCollectionExtensions
{
    // A field level nests at most an object and a list in the answer, so 64 field levels (Limits:MaxDepth's ceiling)
    // need about 130 JSON levels; System.Text.Json's default of 64 answered deep valid queries with an empty 500.
    private const int ResponseJsonMaxDepth = 256;

    /// <summary>GraphQL.NET with the DockingGraph schema, persisted documents and telemetry.</summary>
    public static IServiceCollection AddDockingGraphSchema(this IServiceCollection services)
    {
        services.AddSingleton<PersistedOperationStore>();
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<DockingGraphSchema>()
            .UsePersistedDocuments<PersistedOperationStore>(GraphQL.DI.ServiceLifetime.Singleton, (options, provider) =>
                options.AllowOnlyPersistedDocuments =
                    provider.GetRequiredService<IOptions<PersistedOperationsOptions>>().Value.OnlyPersisted)
            .AddGraphTypes(typeof(DockingGraphSchema).Assembly)
            .AddSystemTextJson(json =>
                (json.Encoder, json.MaxDepth) = (JavaScriptEncoder.UnsafeRelaxedJsonEscaping, ResponseJsonMaxDepth))
            .UseTelemetry()
            .AddRequestLimits(services));
        return services;
    }
}
