using DockingGraph.Gateway.Errors;
using GraphQL;
using GraphQLParser.AST;

namespace DockingGraph.Gateway.Common;

/// <summary>
/// Fields an embedded LL2 short form may lack (an agency embedded as AgencyMini has no <c>description</c>): the
/// selection decides whether the full form must be loaded, and a field nothing can load is an error, never a silent
/// null.
/// </summary>
public static class ShortForm
{
    /// <summary>
    /// The field is not in the short form LL2 embedded here, and the gateway reads no LL2 endpoint with the full form.
    /// </summary>
    public const string NotEmbeddedCode = "FIELD_NOT_EMBEDDED";

    public static GatewayError NotEmbedded(string type, string ll2Field, string form, string endpoint) =>
        new(NotEmbeddedCode,
            $"LL2 embeds this {type} as {form}, which has no '{ll2Field}', and the gateway does not read {endpoint}.");

    public static string SnakeCase(string name) =>
        string.Concat(name.Select(c => char.IsUpper(c) ? $"_{char.ToLowerInvariant(c)}" : c.ToString()));

    /// <summary>
    /// Whether <paramref name="set"/> (through its fragments; @skip/@include not evaluated, so at worst one load too
    /// many) selects a field whose LL2 name is not among <paramref name="ll2Fields"/>.
    /// </summary>
    public static bool SelectsBeyond(IResolveFieldContext context, GraphQLSelectionSet? set,
        IReadOnlySet<string> ll2Fields) =>
        Fields(context, set, []).Any(f =>
            f.Name.StringValue != "__typename" && !ll2Fields.Contains(SnakeCase(f.Name.StringValue)));

    /// <summary>The fields <paramref name="set"/> selects directly, through inline fragments and spreads.</summary>
    public static IEnumerable<GraphQLField> Fields(IResolveFieldContext context, GraphQLSelectionSet? set,
        HashSet<string> seenFragments)
    {
        foreach (var selection in set?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return field;
                    break;
                case GraphQLInlineFragment inline:
                    foreach (var inner in Fields(context, inline.SelectionSet, seenFragments))
                    {
                        yield return inner;
                    }

                    break;
                case GraphQLFragmentSpread spread when seenFragments.Add(spread.FragmentName.Name.StringValue):
                    var definition = context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(d => d.FragmentName.Name == spread.FragmentName.Name);
                    foreach (var inner in Fields(context, definition?.SelectionSet, seenFragments))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }
}
