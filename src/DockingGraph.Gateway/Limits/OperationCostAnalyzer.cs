using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace DockingGraph.Gateway.Limits;

/// <summary>
/// One walk over the executed operation: depth, field cost, nodes ids and the LL2 estimate together. Each fragment
/// is walked once per (origin, page size) and its summary reused at every spread, so doubling fragments and long
/// chains are linear in the document size; a cycle contributes nothing (the core rules report it).
/// </summary>
public sealed class OperationCostAnalyzer
{
    private const string MirroredResource = Ll2CallTable.MirroredResource;

    private readonly ISchema _schema;
    private readonly ArgumentValues _arguments;
    private readonly bool _chaserLaunchOnPage;
    private readonly bool _mirrorAnswers;
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, Ll2Origin, int), Summary> _memo = [];
    private readonly HashSet<string> _walking = new(StringComparer.Ordinal);

    /// <param name="chaserLaunchOnPage">DockingEvents:ChaserUpgrades=DetailedMode: a page carries its chasers' full launches.</param>
    /// <param name="mirrorAnswers">
    /// The docking-events mirror is complete and fresh: docking-event pages and lookups are answered locally (0 calls).
    /// </param>
    public OperationCostAnalyzer(ISchema schema, GraphQLDocument document, ArgumentValues arguments,
        bool chaserLaunchOnPage, bool mirrorAnswers = false)
    {
        _schema = schema;
        _arguments = arguments;
        _chaserLaunchOnPage = chaserLaunchOnPage;
        _mirrorAnswers = mirrorAnswers;
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }
    }

    public OperationCost Analyze(GraphQLOperationDefinition operation)
    {
        IComplexGraphType? root = operation.Operation switch
        {
            OperationType.Query => _schema.Query,
            OperationType.Mutation => _schema.Mutation,
            _ => _schema.Subscription,
        };
        var summary = Walk(operation.SelectionSet, root, Ll2Origin.Embedded, Ll2CallTable.DefaultPageSize);
        return new OperationCost(summary.Height, summary.FieldCost, summary.Fields,
            (int)Math.Min(summary.NodeIds, int.MaxValue), summary.Calls.Estimate());
    }

    private Summary Walk(GraphQLSelectionSet? set, IComplexGraphType? type, Ll2Origin origin, int pageSize)
    {
        var summary = new Summary();
        var repeated = new Dictionary<string, Ll2Tally>(StringComparer.Ordinal);
        foreach (var selection in set?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLField field:
                    AddField(summary, repeated, field, type, origin, pageSize);
                    break;
                case GraphQLInlineFragment inline:
                    summary.AddSameObject(Walk(inline.SelectionSet, TypeOf(inline.TypeCondition) ?? type, origin, pageSize));
                    break;
                case GraphQLFragmentSpread spread:
                    summary.AddSameObject(Fragment(spread.FragmentName.Name.StringValue, origin, pageSize));
                    break;
            }
        }

        foreach (var calls in repeated.Values)
        {
            summary.Calls.AddSameObject(calls);
        }

        return summary;
    }

    private Summary Fragment(string name, Ll2Origin origin, int pageSize)
    {
        if (_memo.TryGetValue((name, origin, pageSize), out var known))
        {
            return known;
        }

        if (!_fragments.TryGetValue(name, out var fragment) || !_walking.Add(name))
        {
            return new Summary();
        }

        var summary = Walk(fragment.SelectionSet, TypeOf(fragment.TypeCondition), origin, pageSize);
        _walking.Remove(name);
        return _memo[(name, origin, pageSize)] = summary;
    }

    private void AddField(Summary summary, Dictionary<string, Ll2Tally> repeated, GraphQLField field,
        IComplexGraphType? type, Ll2Origin origin, int pageSize)
    {
        var name = field.Name.StringValue;
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            return; // introspection: no LL2 call, answered from the schema (and switched off by its own limit)
        }

        var definition = type?.GetField(name);
        var typeName = type?.Name ?? "?";
        var key = $"{typeName}.{name}";
        var call = Ll2CallTable.Calls.GetValueOrDefault(key);
        var childType = definition?.ResolvedType?.GetNamedType() as IComplexGraphType;
        var isList = IsList(definition?.ResolvedType);

        var childPageSize = Ll2CallTable.IsConnection(typeName, name) ? PageSize(field, key) : pageSize;
        var childOrigin = ChildOrigin(key, name, type, origin);
        var child = field.SelectionSet is null ? new Summary() : Walk(field.SelectionSet, childType, childOrigin, childPageSize);

        var count = !isList ? 1d
            : key == "Query.nodes" ? _arguments.Ids(field, "ids").Count
            : IsConnectionType(type) && name is "nodes" or "edges" ? pageSize
            : Ll2CallTable.ListSizes.GetValueOrDefault(key, Ll2CallTable.DefaultListSize);

        var weight = Math.Max(call?.Weight ?? 0, childType is null ? 0 : 1);
        summary.Height = Math.Max(summary.Height, 1 + child.Height);
        summary.FieldCost = Math.Min(summary.FieldCost + weight + count * child.FieldCost, 1e15);
        summary.Fields = Math.Min(summary.Fields + 1 + child.Fields, 1e15);
        summary.NodeIds += child.NodeIds * count + (key == "Query.nodes" ? count : 0);

        var calls = new Ll2Tally();
        calls.AddBelow(child.Calls, count);
        if (call is not null && call.UnlessOrigin != origin && !MirrorAnswers(call, key))
        {
            AddOwnCall(calls, summary.Calls, call, field, key, typeName);
        }

        // Same name and arguments under another alias: the same LL2 URLs, answered once.
        var identity = $"{name}{_arguments.Canonical(field)}";
        if (repeated.TryGetValue(identity, out var earlier))
        {
            earlier.MaxWith(calls);
        }
        else
        {
            repeated[identity] = calls;
        }
    }

    private void AddOwnCall(Ll2Tally fieldCalls, Ll2Tally own, Ll2Call call, GraphQLField field, string key, string parentType)
    {
        switch (call.Kind)
        {
            case Ll2CallKind.WholeTable:
                fieldCalls.OncePerRequest.Add($"table {call.Resource}");
                break;
            case Ll2CallKind.PagePerParent:
                AddPerParent(own, $"{key}{_arguments.Canonical(field)}", parentType);
                break;
            case Ll2CallKind.PerParent:
                AddPerParent(own, $"{call.Resource} of {parentType}", parentType);
                break;
            case Ll2CallKind.LaunchBatch when Ll2CallTable.IdArguments.TryGetValue(key, out var argument):
                own.Own.UnionWith(_arguments.Ids(field, argument).Select(id => Ll2Tally.LaunchSlot(id)));
                break;
            case Ll2CallKind.LaunchBatch:
                own.Own.Add(Ll2Tally.LaunchSlot());
                break;
            case Ll2CallKind.PerId:
                own.Own.UnionWith(_arguments.Ids(field, Ll2CallTable.IdArguments[key])
                    .Where(id => !(_mirrorAnswers && IsMirroredNode(id)))
                    .Select(id => $"{call.Resource} {id}"));
                break;
        }
    }

    // docking-event pages and the lookups of what the events embed (Ll2CallTable.MirroredLookups): no call.
    private bool MirrorAnswers(Ll2Call call, string key) =>
        _mirrorAnswers && (call.Resource == MirroredResource || Ll2CallTable.MirroredLookups.Contains(key));

    // node/nodes of a docking event, a chaser flight, its spacecraft or launch: from the mirror like the root lookups.
    private static bool IsMirroredNode(string id) =>
        Schema.Relay.GlobalId.TryDecode(id, out var type, out _) && Ll2CallTable.MirroredNodeTypes.Contains(type);

    private static void AddPerParent(Ll2Tally own, string kind, string parentType)
    {
        own.Own.Add(kind);
        if (Ll2CallTable.MaxParents.TryGetValue(parentType, out var cap))
        {
            own.Caps[kind] = cap;
        }
    }

    private Ll2Origin ChildOrigin(string key, string name, IComplexGraphType? type, Ll2Origin origin)
    {
        if (_mirrorAnswers && Ll2CallTable.MirroredChildOrigins.TryGetValue(key, out var mirrored))
        {
            return mirrored;
        }

        if (Ll2CallTable.ChildOrigins.TryGetValue(key, out var declared))
        {
            return declared;
        }

        if (IsConnectionType(type) || type?.Name.EndsWith("Edge", StringComparison.Ordinal) == true)
        {
            return origin; // connection and edge wrap the page's rows
        }

        return (name, origin) switch
        {
            ("flightVehicleChaser" or "payloadFlightChaser", Ll2Origin.EventDetail) => Ll2Origin.ChaserWithFullLaunch,
            ("flightVehicleChaser" or "payloadFlightChaser", Ll2Origin.EventOnPage) when _chaserLaunchOnPage =>
                Ll2Origin.ChaserWithFullLaunch,
            ("launch", Ll2Origin.ChaserWithFullLaunch) => Ll2Origin.Complete,
            _ => Ll2Origin.Embedded,
        };
    }

    private int PageSize(GraphQLField field, string key)
    {
        var requested = _arguments.Int(field, "last") ?? _arguments.Int(field, "first") ?? Ll2CallTable.DefaultPageSize;
        var size = (int)Math.Clamp(requested, 0, Ll2CallTable.MaxPageSize);
        return Ll2CallTable.MaxRows.TryGetValue(key, out var rows) ? Math.Min(size, rows) : size;
    }

    private IComplexGraphType? TypeOf(GraphQLTypeCondition? condition) =>
        condition is null ? null : _schema.AllTypes[condition.Type.Name.StringValue] as IComplexGraphType;

    private static bool IsConnectionType(IComplexGraphType? type) =>
        type?.Name.EndsWith("Connection", StringComparison.Ordinal) == true;

    private static bool IsList(IGraphType? type) => type switch
    {
        NonNullGraphType nonNull => IsList(nonNull.ResolvedType),
        ListGraphType => true,
        _ => false,
    };

    private sealed class Summary
    {
        public int Height { get; set; }

        public double FieldCost { get; set; }

        public double NodeIds { get; set; }

        public double Fields { get; set; }

        public Ll2Tally Calls { get; } = new();

        public void AddSameObject(Summary other)
        {
            Height = Math.Max(Height, other.Height);
            FieldCost = Math.Min(FieldCost + other.FieldCost, 1e15);
            Fields = Math.Min(Fields + other.Fields, 1e15);
            NodeIds += other.NodeIds;
            Calls.AddSameObject(other.Calls);
        }
    }
}
