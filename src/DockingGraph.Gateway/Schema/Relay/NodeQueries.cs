using DockingGraph.Gateway.Errors;
using DockingGraph.LaunchLibrary;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.Gateway.Schema.Relay;

/// <summary><c>node(id:)</c> and <c>nodes(ids:)</c> as Hot Chocolate's global object identification has them.</summary>
public static class NodeQueries
{
    /// <summary>Hot Chocolate's <c>MaxAllowedNodeBatchSize</c>.</summary>
    public const int MaxNodes = 50;

    private static readonly Dictionary<string, Func<LaunchLibraryClient, string, CancellationToken, Task<object?>>> Resolvers = new()
    {
        ["DockingEvent"] = async (c, id, ct) => await c.GetDockingEventAsync(Int(id), ct),
        ["SpaceStation"] = async (c, id, ct) => await c.GetSpaceStationAsync(Int(id), ct),
        ["SpacecraftFlight"] = async (c, id, ct) => await c.GetSpacecraftFlightAsync(Int(id), ct),
        ["Spacecraft"] = async (c, id, ct) => await c.GetSpacecraftAsync(Int(id), ct),
        ["Launch"] = async (c, id, ct) => await c.GetLaunchAsync(Guid.Parse(id), ct),
        ["DockingLocation"] = async (c, id, ct) => (await c.GetDockingLocationsAsync(cancellationToken: ct)).Results.FirstOrDefault(l => l.Id == Int(id)),
    };

    public static void AddNodeQueries(this ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Fetches an object given its ID.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "ID of the object.")
            .ResolveAsync(async context => await ResolveAsync(context, context.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description($"Lookup nodes by a list of IDs (at most {MaxNodes}).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "The list of node IDs.")
            .ResolveAsync(async context =>
            {
                var ids = context.GetArgument<List<string>>("ids");
                if (ids.Count > MaxNodes)
                {
                    throw new GatewayError(ErrorCodes.TooManyIds, $"nodes takes at most {MaxNodes} ids; {ids.Count} were given.");
                }

                var results = new List<object?>();
                foreach (var id in ids)
                {
                    try
                    {
                        results.Add(await ResolveAsync(context, id));
                    }
                    catch (ExecutionError error)
                    {
                        error.AddLocation(context.FieldAst, context.Document);
                        error.Path = context.ResponsePath.Append(results.Count);
                        context.Errors.Add(error);
                        results.Add(null);
                    }
                }

                return results;
            });
    }

    private static async Task<object?> ResolveAsync(IResolveFieldContext context, string id)
    {
        if (!GlobalId.TryDecode(id, out var type, out var raw) || !Resolvers.TryGetValue(type, out var resolve) || !IsValid(type, raw))
        {
            throw new GatewayError(ErrorCodes.InvalidId, $"'{id}' is not a global id of a DockingGraph node ({string.Join(", ", Resolvers.Keys)}).");
        }

        var client = context.RequestServices!.GetRequiredService<LaunchLibraryClient>();
        var notFound = $"LL2 has no {type} {raw}.";
        return await UpstreamErrors.CallAsync(() => resolve(client, raw, context.CancellationToken), notFound)
            ?? throw new GatewayError(ErrorCodes.NotFound, notFound);
    }

    private static bool IsValid(string type, string raw) => type == "Launch" ? Guid.TryParse(raw, out _) : int.TryParse(raw, out _);

    private static int Int(string raw) => int.Parse(raw, System.Globalization.CultureInfo.InvariantCulture);
}
