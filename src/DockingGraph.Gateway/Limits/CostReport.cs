using GraphQL;
using GraphQL.DI;

namespace DockingGraph.Gateway.Limits;

/// <summary>
/// Hot Chocolate's <c>GraphQL-Cost: report</c> request header: the answer carries
/// <c>extensions.operationCost = { fieldCost, estimatedLl2Calls, estimatedLl2CallsIsLowerBound }</c>, as measured by
/// the limits rule (true: a list evaluated here without a known count is counted as its first block only).
/// </summary>
public static class CostReport
{
    public const string Header = "GraphQL-Cost";

    public static async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var result = await next(options);
        var http = options.RequestServices?.GetService<IHttpContextAccessor>()?.HttpContext;
        if (http is null || !Http.ReportHeaders.Asks(http, Header)
            || !options.UserContext.TryGetValue(OperationCost.UserContextKey, out var value)
            || value is not OperationCost cost)
        {
            return result;
        }

        result.Extensions ??= new Dictionary<string, object?>();
        result.Extensions["operationCost"] = new Dictionary<string, object?>
        {
            ["fieldCost"] = cost.FieldCost,
            ["estimatedLl2Calls"] = cost.EstimatedLl2Calls,
            ["estimatedLl2CallsIsLowerBound"] = cost.EstimatedLl2CallsIsLowerBound,
        };
        return result;
    }
}
