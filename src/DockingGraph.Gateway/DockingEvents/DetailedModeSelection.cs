using DockingGraph.Gateway.Launches;
using GraphQL;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.DockingEvents;

/// <summary>
/// Decides LL2's <c>mode</c> for a docking-events page from the selection set. <c>mode=detailed</c> upgrades only
/// the three chaser fields (LL2-API.md §1.1); it is requested only when the query reaches a field that exists
/// nowhere else, so a plain page stays on the lighter normal shape.
/// </summary>
public static class DetailedModeSelection
{
    // SpaceStationMini has id, url, name, image; SpaceStationNormal adds these.
    private static readonly HashSet<string> StationNormalOnly = ["status", "founded", "deorbited", "description", "orbit", "type"];

    public static bool IsNeeded(IResolveFieldContext context)
    {
        if (context.RequestServices!.GetRequiredService<IOptions<DockingEventsOptions>>().Value.ChaserUpgrades == ChaserUpgrades.Loaders)
        {
            return false;
        }

        var fragments = context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
            .ToDictionary(f => f.FragmentName.Name.StringValue);
        var connection = Fields(context.FieldAst.SelectionSet, fragments).ToList();
        var events = connection.Where(f => Name(f) == "nodes")
            .Concat(connection.Where(f => Name(f) == "edges").SelectMany(e => Fields(e.SelectionSet, fragments)).Where(f => Name(f) == "node"));
        return events.Any(e => NeedsDetailed(e, fragments));
    }

    /// <summary>For a selection on a DockingEvent (the connection's node, or a single event).</summary>
    public static bool NeedsDetailed(GraphQLField dockingEvent, IReadOnlyDictionary<string, GraphQLFragmentDefinition> fragments) =>
        Fields(dockingEvent.SelectionSet, fragments).Any(field => Name(field) switch
        {
            "flightVehicleChaser" or "payloadFlightChaser" => Fields(field.SelectionSet, fragments)
                .Where(f => Name(f) == "launch")
                .Any(launch => Fields(launch.SelectionSet, fragments).Any(f => !LaunchGraphType.MiniFields.Contains(Name(f)))),
            "spaceStationChaser" => Fields(field.SelectionSet, fragments).Any(f => StationNormalOnly.Contains(Name(f))),
            _ => false,
        });

    private static string Name(GraphQLField field) => field.Name.StringValue;

    private static IEnumerable<GraphQLField> Fields(GraphQLSelectionSet? set, IReadOnlyDictionary<string, GraphQLFragmentDefinition> fragments)
    {
        foreach (var selection in set?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return field;
                    break;
                case GraphQLInlineFragment inline:
                    foreach (var f in Fields(inline.SelectionSet, fragments))
                    {
                        yield return f;
                    }

                    break;
                case GraphQLFragmentSpread spread when fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var definition):
                    foreach (var f in Fields(definition.SelectionSet, fragments))
                    {
                        yield return f;
                    }

                    break;
            }
        }
    }
}
