namespace DockingGraph.Gateway.Errors;

/// <summary>The one NOT_FOUND error of every lookup by id (root fields and <c>node</c>/<c>nodes</c>).</summary>
public static class NotFound
{
    public static GatewayError Of(string typeName, object ll2Id) =>
        new(ErrorCodes.NotFound, $"LL2 has no {typeName} {ll2Id}.");
}
