using DockingGraph.Gateway.Errors;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Limits;

/// <summary>
/// Limits:RequestTimeout on GraphQL.NET's own execution timeout: the executer links the request's token (client
/// disconnect) with the deadline, so pending LL2 calls are cancelled; the answer is a coded error, not a 500.
/// </summary>
public static class RequestDeadline
{
    public static async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var timeout = options.RequestServices!.GetRequiredService<IOptions<LimitsOptions>>().Value.RequestTimeout;
        if (timeout <= TimeSpan.Zero)
        {
            return await next(options);
        }

        options.Timeout = timeout;
        options.TimeoutAction = TimeoutAction.ThrowTimeoutException;
        try
        {
            return await next(options);
        }
        catch (TimeoutException)
        {
            // Executed: the operation ran (and spent LL2 calls) until the deadline, so HTTP 200 as for partial data.
            return new ExecutionResult
            {
                Executed = true,
                Errors =
                [
                    new ExecutionError($"The request did not finish within {timeout.TotalSeconds:0.###} s "
                        + "(Limits:RequestTimeout); its pending LL2 calls were cancelled.")
                    {
                        Code = ErrorCodes.RequestTimeout,
                        Extensions = new Dictionary<string, object?> { ["timeoutSeconds"] = timeout.TotalSeconds },
                    },
                ],
            };
        }
    }
}
