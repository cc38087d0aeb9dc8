using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace DockingGraph.Gateway.Schema.Introspection;

/// <summary>
/// The introspection fields of GraphQL October 2021 that GraphQL.NET 8 lacks and graphql-js's
/// <c>getIntrospectionQuery</c> asks for (GraphiQL and schema tools send its options): <c>__Type.specifiedByURL</c>
/// (<c>specifiedByUrl: true</c>) and <c>__Directive.args(includeDeprecated:)</c> (<c>inputValueDeprecation: true</c>).
/// </summary>
public static class IntrospectionFields
{
    private const string MetadataKey = "dockinggraph:specifiedByURL";

    /// <summary>Marks a scalar as specified by <paramref name="url"/>, as Hot Chocolate's scalars are.</summary>
    public static void SpecifiedBy(this ScalarGraphType scalar, string url) => scalar.Metadata[MetadataKey] = url;

    /// <summary>
    /// Adds the fields to the built introspection types; they are created apart from the schema's own types, so this
    /// runs once the types exist, before middleware and validation.
    /// </summary>
    public static void AddTo(SchemaTypes types)
    {
        var text = types["String"]!;
        if (types["__Type"] is IComplexGraphType type && !type.HasField("specifiedByURL"))
        {
            type.AddField(new FieldType
            {
                Name = "specifiedByURL",
                Description = "`specifiedByURL` may return a String (in the form of a URL) for custom scalars.",
                ResolvedType = text,
                Resolver = new FuncFieldResolver<object?>(context => context.Source is ScalarGraphType scalar
                    ? scalar.GetMetadata<string?>(MetadataKey)
                    : null),
            });
        }

        if (types["__Directive"] is IComplexGraphType directive && directive.GetField("args") is { } args
            && args.Arguments?.Find("includeDeprecated") is null)
        {
            // Directive arguments are never deprecated here, so the answer is the same either way.
            (args.Arguments ??= []).Add(new QueryArgument(types["Boolean"]!)
            {
                Name = "includeDeprecated",
                DefaultValue = false,
            });
        }
    }
}
