using GraphQL;
using GraphQL.DI;

namespace DockingGraph.Gateway.Limits;

public static class LimitsServiceCollectionExtensions
{
    /// <summary>
    /// The Limits section: document limits as a validation rule; the deadline and the cost report around execution.
    /// </summary>
    public static IGraphQLBuilder AddRequestLimits(this IGraphQLBuilder graphQL, IServiceCollection services)
    {
        services.AddOptions<LimitsOptions>().BindConfiguration(LimitsOptions.SectionName).ValidateDataAnnotations();
        services.AddHttpContextAccessor();
        return graphQL
            .AddValidationRule<RequestLimitsValidationRule>(useForCachedDocuments: true,
                GraphQL.DI.ServiceLifetime.Singleton)
            .ConfigureExecution(RequestDeadline.ExecuteAsync)
            .ConfigureExecution(CostReport.ExecuteAsync);
    }
}
