using DockingGraph.Gateway.Schema.Introspection;
using GraphQL.Types;

namespace DockingGraph.Gateway.Schema;

public sealed class DockingGraphSchema : GraphQL.Types.Schema
{
    public DockingGraphSchema(IServiceProvider services, QueryGraphType query)
        : base(services)
    {
        Query = query;
        Description = "DockingGraph: Launch Library 2 docking events, stations and spacecraft as one graph.";
        // graphql-js's introspection options directiveIsRepeatable and inputValueDeprecation ask for these fields.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
    }

    protected override SchemaTypes CreateSchemaTypes()
    {
        var types = base.CreateSchemaTypes();
        IntrospectionFields.AddTo(types);
        return types;
    }
}
