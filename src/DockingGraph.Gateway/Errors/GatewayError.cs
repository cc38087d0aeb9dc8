using GraphQL;

namespace DockingGraph.Gateway.Errors;

/// <summary>A field error with a code; thrown from a resolver, it nulls the field and lands in <c>errors</c> with its path.</summary>
public sealed class GatewayError : ExecutionError
{
    public GatewayError(string code, string message, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message)
    {
        Code = code;
        if (extensions is not null)
        {
            Extensions = new Dictionary<string, object?>(extensions);
        }
    }
}
