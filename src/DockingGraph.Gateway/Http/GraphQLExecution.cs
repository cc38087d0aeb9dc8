using System.Diagnostics;
using DockingGraph.Gateway.Requests;
using DockingGraph.Gateway.Schema;
using DockingGraph.LaunchLibrary.Pipeline;
using GraphQL;

namespace DockingGraph.Gateway.Http;

/// <summary>
/// Runs one request on GraphQL.NET's executer with the request's services, adds what it cost in LL2 terms and logs
/// one line about it.
/// </summary>
public sealed class GraphQLExecution(IDocumentExecuter<DockingGraphSchema> executer, ILogger<GraphQLExecution> logger)
{
    public async Task<ExecutionResult> ExecuteAsync(HttpContext http, GatewayRequest request)
    {
        var clock = Stopwatch.StartNew();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            DocumentId = request.DocumentId,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
        });

        var memo = http.RequestServices.GetRequiredService<Ll2RequestMemo>();
        Ll2CostReport.Add(http, result, memo.Tally);
        var reads = memo.Touched;
        logger.LogInformation("GraphQL {Method} {OperationName} executed={Executed} errors={ErrorCount} ll2Paths={Ll2Paths} in {ElapsedMs} ms",
            http.Request.Method, request.OperationName ?? "(anonymous)", result.Executed, result.Errors?.Count ?? 0,
            reads.Select(read => read.Path).Distinct().Count(), clock.ElapsedMilliseconds);
        return result;
    }
}
