using DockingGraph.Gateway.DockingEvents;
using DockingGraph.Gateway.DockingEvents.Mirror;
using DockingGraph.Gateway.Errors;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Limits;

/// <summary>
/// Every document limit, checked before GraphQL.NET's core rules walk the document (they run after every rule's
/// pre-node visitor is asked for, so throwing here spares them hostile documents) and before any resolver runs.
/// Cheapest first: tokens, then the census of what is written, then one memoized walk of the executed operation.
/// </summary>
public sealed class RequestLimitsValidationRule(IOptions<LimitsOptions> limits, IOptions<DockingEventsOptions> events,
    DockingEventsMirror mirror) : ValidationRuleBase
{
    private const string PlannedKey = "DockingGraph.LocalListCosts";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var options = limits.Value;
        var source = context.Document.Source;

        var tokens = TokenCounter.Count(source);
        Refuse(tokens > options.MaxTokens, ErrorCodes.TooManyTokens, options.MaxTokens, tokens,
            $"The document has {tokens} tokens; at most {options.MaxTokens} are allowed (Limits:MaxTokens).");

        var census = DocumentCensus.Of(context.Document);
        Refuse(census.Fragments > options.MaxFragments, ErrorCodes.TooManyFragments, options.MaxFragments,
            census.Fragments, $"The document defines {census.Fragments} fragments; "
            + $"at most {options.MaxFragments} are allowed (Limits:MaxFragments).");
        Refuse(census.FragmentSpreads > options.MaxFragmentSpreads, ErrorCodes.TooManyFragments,
            options.MaxFragmentSpreads, census.FragmentSpreads, $"The document has {census.FragmentSpreads} fragment "
            + $"spreads; at most {options.MaxFragmentSpreads} are allowed (Limits:MaxFragmentSpreads).");
        Refuse(census.Aliases > options.MaxAliases, ErrorCodes.TooManyAliases, options.MaxAliases, census.Aliases,
            $"The document has {census.Aliases} aliases; at most {options.MaxAliases} are allowed (Limits:MaxAliases).");
        var maxLength = options.MaxStringArgumentLength;
        Refuse(census.LongestString > maxLength, ErrorCodes.ArgumentTooLong, maxLength, census.LongestString,
            $"Argument '{census.LongestStringArgument}' is {census.LongestString} characters long; "
            + $"at most {maxLength} are allowed (Limits:MaxStringArgumentLength).");
        var (variableLength, variable) = VariableStrings.Longest(context.Variables);
        Refuse(variableLength > maxLength, ErrorCodes.ArgumentTooLong, maxLength, variableLength,
            $"Variable '${variable}' holds a string of {variableLength} characters; "
            + $"at most {maxLength} are allowed (Limits:MaxStringArgumentLength).");
        if (!options.Introspection && census.Introspection is { } introspection)
        {
            throw new LimitExceededError(source, ErrorCodes.IntrospectionDisabled,
                $"Introspection ('{introspection.Name.StringValue}') is turned off on this server (Limits:Introspection).",
                0, 1, introspection);
        }

        var arguments = new ArgumentValues(context.Operation, context.Variables);
        var mirrorAnswers = mirror.IsAnswering();
        var cost = new OperationCostAnalyzer(context.Schema, context.Document, arguments,
                events.Value.ChaserUpgrades == ChaserUpgrades.DetailedMode, mirrorAnswers)
            .Analyze(context.Operation);
        context.UserContext[OperationCost.UserContextKey] = cost;

        Refuse(cost.Depth > options.MaxDepth, ErrorCodes.QueryTooDeep, options.MaxDepth, cost.Depth,
            $"The operation is {cost.Depth} fields deep, fragments expanded; "
            + $"at most {options.MaxDepth} are allowed (Limits:MaxDepth).");
        Refuse(cost.NodeIds > options.MaxNodeIdsPerRequest, ErrorCodes.TooManyIds, options.MaxNodeIdsPerRequest,
            cost.NodeIds, $"The nodes fields of this request ask for {cost.NodeIds} ids together; "
            + $"at most {options.MaxNodeIdsPerRequest} are allowed (Limits:MaxNodeIdsPerRequest).");
        var fieldCost = (long)Math.Min(cost.FieldCost, long.MaxValue);
        Refuse(fieldCost > options.MaxFieldCost, ErrorCodes.QueryTooComplex, options.MaxFieldCost, fieldCost,
            $"The operation's field cost is {fieldCost} (lists multiply their fields by first/last); "
            + $"at most {options.MaxFieldCost} is allowed (Limits:MaxFieldCost).");
        var fields = (long)Math.Min(cost.Fields, long.MaxValue);
        Refuse(fields > options.MaxFieldCost, ErrorCodes.QueryTooComplex, options.MaxFieldCost, fields,
            $"The operation selects {fields} fields once fragments are expanded; "
            + $"at most {options.MaxFieldCost} are allowed (Limits:MaxFieldCost).");
        // Root lists that may be evaluated here are estimated once their arguments are coerced (the post-node
        // visitor); without them the estimate is already a lower bound of the final one, so refusing is safe.
        var planned = LocalListCosts.Planned(context.Schema, context.Document, context.Operation, arguments,
            mirrorAnswers);
        context.UserContext[PlannedKey] = planned;
        var withoutPlanned = cost.EstimatedLl2Calls - LocalListCosts.TablePages(planned);
        if (withoutPlanned > options.MaxLl2CallsPerRequest)
        {
            throw TooExpensive(source, withoutPlanned, options.MaxLl2CallsPerRequest);
        }

        return default;

        void Refuse(bool exceeded, string code, long limit, long value, string message)
        {
            if (exceeded)
            {
                throw new LimitExceededError(source, code, message, limit, value);
            }
        }
    }

    /// <summary>
    /// After GraphQL.NET has coerced the arguments: the root lists' blocks (<see cref="LocalListCosts"/>) replace
    /// their one page in the estimate, which is then checked against Limits:MaxLl2CallsPerRequest.
    /// </summary>
    public override async ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        if (context.HasErrors || !context.UserContext.TryGetValue(PlannedKey, out var value)
            || value is not IReadOnlyList<PlannedList> { Count: > 0 } planned
            || !context.UserContext.TryGetValue(OperationCost.UserContextKey, out var measured)
            || measured is not OperationCost cost)
        {
            return null;
        }

        var (calls, lowerBound) = await LocalListCosts.EstimateAsync(context, planned);
        var estimated = cost.EstimatedLl2Calls - LocalListCosts.TablePages(planned) + calls;
        context.UserContext[OperationCost.UserContextKey] = cost with
        {
            EstimatedLl2Calls = estimated,
            EstimatedLl2CallsIsLowerBound = lowerBound,
        };
        var max = limits.Value.MaxLl2CallsPerRequest;
        if (estimated > max)
        {
            context.ReportError(TooExpensive(context.Document.Source, estimated, max));
        }

        return null;
    }

    private static LimitExceededError TooExpensive(GraphQLParser.ROM source, int estimated, int max) =>
        new(source, ErrorCodes.QueryTooExpensive, $"The operation would make up to {estimated} LL2 calls; at most "
            + $"{max} are allowed per request (Limits:MaxLl2CallsPerRequest).", max, estimated,
            extensions: new Dictionary<string, object?> { ["estimatedLl2Calls"] = estimated });
}
