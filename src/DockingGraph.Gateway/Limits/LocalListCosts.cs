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
/// The root dockingEvents has its planner too (<see cref="DockingEvents.DockingEventsPlan"/>).
/// </summary>
public static class LocalListCosts
{
    /// <summary>
    /// The root fields with a planner, one per name and argument set (aliases with the same arguments read the same
    /// blocks once), as <see cref="OperationCostAnalyzer"/> counts their pages: written in the operation or inside
    /// its fragments on Query (spreads and inline fragments, each fragment walked once), with the page the table
    /// gave each (none for docking events while the mirror answers, <paramref name="mirrorAnswers"/>). A list
    /// written without a where and an order is pushed down whatever its values: it keeps the table's page.
    /// </summary>
    public static IReadOnlyList<PlannedList> Planned(ISchema schema, GraphQLDocument document,
        GraphQLOperationDefinition operation, ArgumentValues arguments, bool mirrorAnswers)
    {
        if (operation.Operation != OperationType.Query)
        {
            return [];
        }

        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }

        var fields = new List<GraphQLField>();
        AddRootFields(schema, operation.SelectionSet, fragments, new HashSet<string>(StringComparer.Ordinal), fields);
        return fields
            .Where(field => MayBeLocal(field) && PlannerOf(schema.Query.GetField(field.Name.StringValue)) is not null)
            .DistinctBy(field => field.Name.StringValue + arguments.Canonical(field))
            .Select(field => new PlannedList(field, TablePage(field, mirrorAnswers)))
            .ToList();
    }

    /// <summary>The pages the table counted for <paramref name="planned"/>, which their estimate replaces.</summary>
    public static int TablePages(IReadOnlyList<PlannedList> planned) => planned.Sum(list => list.TablePage);

    /// <summary>The calls of <paramref name="lists"/> together, and whether any of them is a lower bound.</summary>
    public static async Task<(int Calls, bool LowerBound)> EstimateAsync(ValidationContext context,
        IReadOnlyList<PlannedList> lists)
    {
        var (calls, lowerBound) = (0, false);
        foreach (var (field, tablePage) in lists)
        {
            var definition = context.Schema.Query.GetField(field.Name.StringValue)!;
            var blocks = Plan(context, field, definition);
            if (blocks is null || context.RequestServices is null)
            {
                calls += tablePage; // pushed down: its page, as the table counted it; or refused before any call
                continue;
            }

            var estimate = await blocks.EstimateAsync(context.RequestServices, context.CancellationToken);
            calls += estimate.Calls;
            lowerBound |= estimate.IsLowerBound;
        }

        return (calls, lowerBound);
    }

    // The fields selected on the root object: through inline fragments and fragment spreads on Query, a fragment
    // entered once (a cycle, refused by validation, ends here instead of recursing).
    private static void AddRootFields(ISchema schema, GraphQLSelectionSet? set,
        Dictionary<string, GraphQLFragmentDefinition> fragments, HashSet<string> entered, List<GraphQLField> found)
    {
        foreach (var selection in set?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLField field:
                    found.Add(field);
                    break;
                case GraphQLInlineFragment inline when OnQuery(schema, inline.TypeCondition):
                    AddRootFields(schema, inline.SelectionSet, fragments, entered, found);
                    break;
                case GraphQLFragmentSpread spread when entered.Add(spread.FragmentName.Name.StringValue)
                    && fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment)
                    && OnQuery(schema, fragment.TypeCondition):
                    AddRootFields(schema, fragment.SelectionSet, fragments, entered, found);
                    break;
            }
        }
    }

    private static bool MayBeLocal(GraphQLField field) =>
        field.Arguments?.Any(a => a.Name.StringValue is "where" or "order") == true;

    private static bool OnQuery(ISchema schema, GraphQLTypeCondition? condition) =>
        condition is null || condition.Type.Name.StringValue == schema.Query.Name;

    // The table counts a docking-events page as no call while the mirror answers (OperationCostAnalyzer).
    private static int TablePage(GraphQLField field, bool mirrorAnswers) =>
        mirrorAnswers && Ll2CallTable.Calls.GetValueOrDefault($"Query.{field.Name.StringValue}")?.Resource
            == Ll2CallTable.MirroredResource ? 0 : 1;

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

/// <summary>A root list with a planner, and the page the table counted for it (0 or 1).</summary>
public sealed record PlannedList(GraphQLField Field, int TablePage);
