using System.Text.Encodings.Web;
using DockingGraph.Gateway.PersistedOperations;
using GraphQL;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Schema;

public static class SchemaServiceCollectionExtensions
{
    /// <summary>GraphQL.NET with the DockingGraph schema, persisted documents and telemetry.</summary>
    public static IServiceCollection AddDockingGraphSchema(this IServiceCollection services)
    {
        services.AddSingleton<PersistedOperationStore>();
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<DockingGraphSchema>()
            .UsePersistedDocuments<PersistedOperationStore>(GraphQL.DI.ServiceLifetime.Singleton, (options, provider) =>
                options.AllowOnlyPersistedDocuments = provider.GetRequiredService<IOptions<PersistedOperationsOptions>>().Value.OnlyPersisted)
            .AddGraphTypes(typeof(DockingGraphSchema).Assembly)
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .UseTelemetry());
        return services;
    }
}
