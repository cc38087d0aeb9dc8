using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using DockingGraph.Gateway.DataLoading;
using DockingGraph.Gateway.Launches;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace DockingGraph.Gateway.DockingEvents;

/// <summary>
/// Decides LL2's <c>mode</c> for a docking-events page from the selection set. <c>mode=detailed</c> upgrades only
/// the three chaser fields (LL2's detailed event serializer differs from the normal one only there: normal instead
/// of mini flight, station and payload flight); it is requested only when the query reaches a field that exists
/// nowhere else, so a plain page stays on the lighter normal shape.
/// </summary>
public static class DetailedModeSelection
{
    // A normal event's station chaser is a SpaceStationMini, a detailed event's a SpaceStationNormal: these are the
    // fields only the latter has (status, founded, deorbited, description, orbit, type; same names in the graph).
    private static readonly HashSet<string> StationNormalOnly =
        Ll2Shapes.Fields("SpaceStationNormal").Except(Ll2Shapes.Fields("SpaceStationMini"))
            .ToHashSet(StringComparer.Ordinal);

    // One decision per dockingEvents field of a parsed document (a nested connection resolves once per parent), or
    // per request when @skip/@include read variables on the way.
    private static readonly ConditionalWeakTable<GraphQLField, StrongBox<bool>> Decisions = [];
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<GraphQLField, bool>> RequestDecisions =
        [];

    public static bool IsNeeded(IResolveFieldContext context, ChaserUpgrades upgrades)
    {
        if (upgrades == ChaserUpgrades.Loaders)
        {
            return false;
        }

        if (Decisions.TryGetValue(context.FieldAst, out var known))
        {
            return known.Value;
        }

        var perRequest = RequestDecisions.GetValue(context.ExecutionContext, _ => new());
        if (perRequest.TryGetValue(context.FieldAst, out var decided))
        {
            return decided;
        }

        var walk = new Walk(context.Document, context.Variables);
        var needed = walk.Connection(context.FieldAst.SelectionSet);
        if (walk.ReadVariables)
        {
            perRequest[context.FieldAst] = needed;
        }
        else
        {
            Decisions.AddOrUpdate(context.FieldAst, new StrongBox<bool>(needed));
        }

        return needed;
    }

    /// <summary>
    /// The selection read as predicates over selection sets, each fragment evaluated once per predicate and memoized:
    /// linear in the document, however often (and however doubly) fragments are spread. A selection that
    /// <c>@skip</c>/<c>@include</c> leave out is not there.
    /// </summary>
    private sealed class Walk
    {
        private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);
        private readonly Dictionary<(string Fragment, Predicate Predicate), bool> _memo = [];
        private readonly Variables _variables;

        public Walk(GraphQLDocument document, Variables variables)
        {
            _variables = variables;
            foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
            {
                _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
            }
        }

        private enum Predicate { Connection, Edge, Event, ChaserFlight, FullLaunch, NormalStation }

        /// <summary>A directive's <c>if</c> was a variable: the decision then holds for this request only.</summary>
        public bool ReadVariables { get; private set; }

        public bool Connection(GraphQLSelectionSet? set) => Any(set, Predicate.Connection);

        private bool Any(GraphQLSelectionSet? set, Predicate predicate)
        {
            foreach (var selection in set?.Selections ?? [])
            {
                var found = Included(selection) && selection switch
                {
                    GraphQLField field => Test(field, predicate),
                    GraphQLInlineFragment inline => Any(inline.SelectionSet, predicate),
                    GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name.StringValue, predicate),
                    _ => false,
                };
                if (found)
                {
                    return true;
                }
            }

            return false;
        }

        private bool Fragment(string name, Predicate predicate)
        {
            if (_memo.TryGetValue((name, predicate), out var known))
            {
                return known;
            }

            // Marked false while it is walked: a cycle (refused by validation anyway) cannot recurse forever.
            _memo[(name, predicate)] = false;
            return _memo[(name, predicate)] = _fragments.TryGetValue(name, out var fragment)
                && Any(fragment.SelectionSet, predicate);
        }

        private bool Included(ASTNode selection)
        {
            var directives = (selection as IHasDirectivesNode)?.Directives?.Items ?? [];
            foreach (var directive in directives)
            {
                var name = directive.Name.StringValue;
                if (name is not ("skip" or "include")
                    || directive.Arguments?.FirstOrDefault(a => a.Name.StringValue == "if")?.Value is not { } value)
                {
                    continue;
                }

                if (If(value) == (name == "skip"))
                {
                    return false;
                }
            }

            return true;
        }

        private bool If(GraphQLValue value)
        {
            if (value is GraphQLBooleanValue literal)
            {
                return literal.BoolValue;
            }

            ReadVariables = true;
            var name = (value as GraphQLVariable)?.Name.StringValue;
            return _variables.FirstOrDefault(v => v.Name == name)?.Value is true;
        }

        private bool Test(GraphQLField field, Predicate predicate) => (predicate, field.Name.StringValue) switch
        {
            (Predicate.Connection, "nodes") => Any(field.SelectionSet, Predicate.Event),
            (Predicate.Connection, "edges") => Any(field.SelectionSet, Predicate.Edge),
            (Predicate.Edge, "node") => Any(field.SelectionSet, Predicate.Event),
            (Predicate.Event, "flightVehicleChaser" or "payloadFlightChaser") =>
                Any(field.SelectionSet, Predicate.ChaserFlight),
            (Predicate.Event, "spaceStationChaser") => Any(field.SelectionSet, Predicate.NormalStation),
            (Predicate.ChaserFlight, "launch") => Any(field.SelectionSet, Predicate.FullLaunch),
            (Predicate.FullLaunch, var name) => !LaunchGraphType.MiniFields.Contains(name),
            (Predicate.NormalStation, var name) => StationNormalOnly.Contains(name),
            _ => false,
        };
    }
}
