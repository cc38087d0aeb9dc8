using DockingGraph.Snapshot.Corpus;
using DockingGraph.Snapshot.Shapes;
using GraphQL;
using DockingGraph.Gateway.Common;
using GraphQLParser.AST;

namespace DockingGraph.Gateway.DockingEvents.Mirror;

/// <summary>
/// Whether the form LL2 embeds in a detailed docking event (<paramref name="Held"/>, e.g.
/// <c>SpacecraftFlightNormal</c>) carries everything a lookup's selection reads from LL2's detail
/// (<paramref name="Detail"/>, e.g. <c>SpacecraftFlightDetailed</c>), read from LL2's serializer field lists: a
/// selected field the detail has must be in the held form with the same serializer, or (below it) be held in turn.
/// Fields the detail lacks are the gateway's own or load themselves (<c>crew</c>: <c>FieldOrLoad</c>).
/// Fragments of every type condition count (a node selection may read a field the mirror lacks on another type):
/// that costs a call at worst, never a field answered null.
/// </summary>
/// <param name="Held">The serializer of the mirror's embedded object.</param>
/// <param name="Detail">The serializer of LL2's detail answer.</param>
/// <param name="OwnFields">Graph fields resolved by their own reads (<c>dockingEvents</c>: a page).</param>
public sealed record MirrorSelection(string Held, string Detail, params string[] OwnFields)
{
    public static readonly MirrorSelection SpacecraftFlight =
        new("SpacecraftFlightNormal", "SpacecraftFlightDetailed", "dockingEvents");

    public static readonly MirrorSelection Spacecraft = new("SpacecraftNormal", "SpacecraftEndpointDetailed");

    /// <summary>Whether the mirror's form answers the selection of the lookup field being resolved.</summary>
    public bool Suffices(IResolveFieldContext context) =>
        Holds(context, context.FieldAst.SelectionSet, Held, Detail);

    private bool Holds(IResolveFieldContext context, GraphQLSelectionSet? set, string held, string detail) =>
        ShortForm.Fields(context, set, []).All(field => Holds(context, field, held, detail));

    private bool Holds(IResolveFieldContext context, GraphQLField field, string held, string detail)
    {
        var name = field.Name.StringValue;
        if (OwnFields.Contains(name) || FieldOf(detail, ShortForm.SnakeCase(name)) is not { } wanted)
        {
            return true;
        }

        if (FieldOf(held, wanted.Name) is not { } there)
        {
            return false;
        }

        if (there.Shape == wanted.Shape || field.SelectionSet is null)
        {
            return true;
        }

        return there.Shape is { } heldShape && wanted.Shape is { } detailShape
            && Holds(context, field.SelectionSet, heldShape, detailShape);
    }

    private static ShapeField? FieldOf(string serializer, string name) =>
        SnapshotCorpus.Serializers.Shapes.TryGetValue(serializer, out var fields)
            ? fields.FirstOrDefault(f => f.Name == name)
            : null;
}
