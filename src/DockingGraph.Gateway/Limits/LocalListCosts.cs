using DockingGraph.Gateway.Data.Local;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace DockingGraph.Gateway.Limits;

/// <summary>
/// The LL2 calls of root lists that may be evaluated here (<see cref="LocalFetch"/>): the table estimates each as
/// one page; once the arguments are coerced, the field's own <see cref="LocalBlocksPlanner"/> says whether its
/// where or order is evaluated here, and with which blocks, so the estimate counts the blocks the cache does not
/// hold when the list's count is known without a call, and the first block only (a lower bound) when it is not.
/// </summary>
public static class LocalListCosts
{
    /// <summary>
    /// The root fields with a planner, one per name and argument set (aliases with the same arguments read the same
    /// blocks once), as <see cref="OperationCostAnalyzer"/> counts their pages. Fields in root fragments keep the
    /// table's one page.
    /// </summary>
    public static IReadOnlyList<GraphQLField> Planned(ISchema schema, GraphQLOperationDefinition operation,
        ArgumentValues arguments)
    {
        if (operation.Operation != OperationType.Query)
        {
            return [];
        }

        return (operation.SelectionSet.Selections ?? []).OfType<GraphQLField>()
            .Where(field => PlannerOf(schema.Query.GetField(field.Name.StringValue)) is not null)
            .DistinctBy(field => field.Name.StringValue + arguments.Canonical(field))
            .ToList();
    }

    /// <summary>The calls of <paramref name="fields"/> together, and whether any of them is a lower bound.</summary>
    public static async Task<(int Calls, bool LowerBound)> EstimateAsync(ValidationContext context,
        IReadOnlyList<GraphQLField> fields)
    {
        var (calls, lowerBound) = (0, false);
        foreach (var field in fields)
        {
            var definition = context.Schema.Query.GetField(field.Name.StringValue)!;
            var blocks = Plan(context, field, definition);
            if (blocks is null || context.RequestServices is null)
            {
                calls++; // pushed down: its one page; or refused before any call, estimated as before
                continue;
            }

            var estimate = await blocks.EstimateAsync(context.RequestServices, context.CancellationToken);
            calls += estimate.Calls;
            lowerBound |= estimate.IsLowerBound;
        }

        return (calls, lowerBound);
    }

    private static ILocalBlocks? Plan(ValidationContext context, GraphQLField field, FieldType definition)
    {
        var resolve = new ResolveFieldContext
        {
            FieldAst = field,
            FieldDefinition = definition,
            ParentType = context.Schema.Query,
            Arguments = context.ArgumentValues?.TryGetValue(field, out var values) == true ? values : null,
            Schema = context.Schema,
            Document = context.Document,
            Operation = context.Operation,
            RequestServices = context.RequestServices,
            UserContext = context.UserContext,
            User = context.User,
            CancellationToken = context.CancellationToken,
            // The written order of a sort given in a variable is read from the request's variables JSON.
            ExecutionContext = new GraphQL.Execution.ExecutionContext
            {
                ExecutionOptions = new ExecutionOptions { Variables = context.Variables },
            },
        };
        try
        {
            return PlannerOf(definition)?.Invoke(resolve);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Arguments the resolver refuses (a where it cannot evaluate, a malformed value): it says so itself,
            // before any call, and the field keeps the table's one page.
            return null;
        }
    }

    private static LocalBlocksPlanner? PlannerOf(FieldType? field) =>
        field?.GetMetadata<LocalBlocksPlanner?>(LocalBlocks.PlannerMetadata);
}
