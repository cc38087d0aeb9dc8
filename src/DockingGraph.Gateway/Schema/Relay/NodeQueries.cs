using DockingGraph.Gateway.Errors;
using DockingGraph.Gateway.DataLoading;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace DockingGraph.Gateway.Schema.Relay;

/// <summary>
/// <c>node(id:)</c> and <c>nodes(ids:)</c> as Hot Chocolate's global object identification has them. Each node type
/// resolves its own ids through its loader, so node lookups batch with each other and with every other field.
/// </summary>
public static class NodeQueries
{
    /// <summary>Hot Chocolate's <c>MaxAllowedNodeBatchSize</c>.</summary>
    public const int MaxNodes = 50;

    public static void AddNodeQueries(this ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Fetches an object given its ID.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "ID of the object.")
            .Resolve(context => Load(context, context.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description($"Lookup nodes by a list of IDs (at most {MaxNodes}).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "The list of node IDs.")
            .Resolve(context =>
            {
                var ids = context.GetArgument<List<string>>("ids");
                if (ids.Count > MaxNodes)
                {
                    throw new GatewayError(ErrorCodes.TooManyIds,
                        $"nodes takes at most {MaxNodes} ids; {ids.Count} were given.");
                }

                // Every id is queued on its loader before any is awaited: ids of one type share one batch.
                var pending = ids.Select(id => Attempt(() => Load(context, id))).ToList();
                return new AllNodes(context, pending);
            });
    }

    private static IDataLoaderResult<object?> Load(IResolveFieldContext context, string id)
    {
        if (!GlobalId.TryDecode(id, out var typeName, out var raw)
            || context.Schema.AllTypes[typeName] is not INodeType type
            || type.Load(context, raw) is not { } loading)
        {
            var names = context.Schema.AllTypes.OfType<INodeType>().Select(t => t.Name).Order(StringComparer.Ordinal);
            throw new GatewayError(ErrorCodes.InvalidId,
                $"'{GlobalId.Shorten(id)}' is not a global id of a DockingGraph node ({string.Join(", ", names)}).");
        }

        return loading.Then<object?, object?>(value => value ?? throw NotFound.Of(typeName, raw));
    }

    private static Func<CancellationToken, Task<object?>> Attempt(Func<IDataLoaderResult<object?>> load)
    {
        try
        {
            var loading = load();
            return loading.GetResultAsync;
        }
        catch (ExecutionError error)
        {
            return _ => Task.FromException<object?>(error);
        }
    }

    // The list of nodes: one entry per id, in order; a failed id is null with its own error at its index.
    private sealed class AllNodes(IResolveFieldContext context, List<Func<CancellationToken, Task<object?>>> pending)
        : IDataLoaderResult<List<object?>>
    {
        public async Task<List<object?>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var running = pending.Select(result => result(cancellationToken)).ToList();
            var nodes = new List<object?>(running.Count);
            foreach (var task in running)
            {
                try
                {
                    nodes.Add(await task);
                }
                catch (ExecutionError error)
                {
                    error.AddLocation(context.FieldAst, context.Document);
                    error.Path = context.ResponsePath.Append(nodes.Count);
                    context.Errors.Add(error);
                    nodes.Add(null);
                }
            }

            return nodes;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
