using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace DockingGraph.Gateway.Limits;

/// <summary>A request refused by a limit, before anything was fetched: its code, the limit and the value.</summary>
public sealed class LimitExceededError : ValidationError
{
    public LimitExceededError(ROM document, string code, string message, long limit, long value, ASTNode? node = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
        : base(document, "limits", message, node is null ? [] : [node])
    {
        Code = code;
        Extensions = new Dictionary<string, object?>(extensions ?? new Dictionary<string, object?>())
        {
            ["limit"] = limit,
            ["value"] = value,
        };
    }
}
