namespace DockingGraph.Gateway.Limits;

/// <summary>What the analysis found for the executed operation, before anything was fetched.</summary>
/// <param name="Depth">Field nesting, fragments expanded (introspection not counted).</param>
/// <param name="FieldCost">Hot Chocolate's field cost: weights, lists multiplying their subtree.</param>
/// <param name="Fields">Field selections once fragments are expanded (what the executer and core rules walk).</param>
/// <param name="NodeIds">Ids of every nodes(ids:) field together.</param>
/// <param name="EstimatedLl2Calls">The LL2 calls the request is expected to make (README "Limits").</param>
public sealed record OperationCost(int Depth, double FieldCost, double Fields, int NodeIds, int EstimatedLl2Calls)
{
    /// <summary>
    /// A list evaluated here whose count is not known without a call is counted as its first block only: the
    /// request may make more calls (bounded by the runtime cap).
    /// </summary>
    public bool EstimatedLl2CallsIsLowerBound { get; init; }

    /// <summary>Where the validation rule leaves the cost for the execution pipeline (ExecutionOptions.UserContext).</summary>
    public const string UserContextKey = "DockingGraph.OperationCost";
}
