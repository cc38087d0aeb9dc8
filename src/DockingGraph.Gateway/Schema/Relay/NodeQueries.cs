using DockingGraph.Gateway.Errors;
using DockingGraph.Gateway.DataLoading;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.Gateway.Schema.Relay;

/// <summary><c>node(id:)</c> and <c>nodes(ids:)</c> as Hot Chocolate's global object identification has them.</summary>
public static class NodeQueries
{
    /// <summary>Hot Chocolate's <c>MaxAllowedNodeBatchSize</c>.</summary>
    public const int MaxNodes = 50;

    // Through the request's LL2 memo: a node that another field of the request also reads costs no second call.
    private static readonly Dictionary<string, Func<Ll2Requests, string, CancellationToken, string, Task<object?>>> Resolvers = new()
    {
        ["DockingEvent"] = async (ll2, id, ct, notFound) => await ll2.GetAsync<DockingEventDto>(Ll2Paths.DockingEvent(Int(id)), ct, notFound),
        ["SpaceStation"] = async (ll2, id, ct, notFound) => await ll2.GetAsync<SpaceStationDto>(Ll2Paths.SpaceStation(Int(id)), ct, notFound),
        ["SpacecraftFlight"] = async (ll2, id, ct, notFound) => await ll2.GetAsync<SpacecraftFlightDto>(Ll2Paths.SpacecraftFlight(Int(id)), ct, notFound),
        ["Spacecraft"] = async (ll2, id, ct, notFound) => await ll2.GetAsync<SpacecraftDto>(Ll2Paths.Spacecraft(Int(id)), ct, notFound),
        ["Launch"] = async (ll2, id, ct, notFound) => await ll2.GetAsync<LaunchDto>(Ll2Paths.Launch(Guid.Parse(id)), ct, notFound),
        ["DockingLocation"] = async (ll2, id, ct, notFound) => await ll2.GetAsync<DockingLocationDto>(Ll2Paths.DockingLocation(Int(id)), ct, notFound),
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

        var notFound = $"LL2 has no {type} {raw}.";
        return await resolve(context.RequestServices!.GetRequiredService<Ll2Requests>(), raw, context.CancellationToken, notFound)
            ?? throw new GatewayError(ErrorCodes.NotFound, notFound);
    }

    private static bool IsValid(string type, string raw) => type == "Launch" ? Guid.TryParse(raw, out _) : int.TryParse(raw, out _);

    private static int Int(string raw) => int.Parse(raw, System.Globalization.CultureInfo.InvariantCulture);
}
