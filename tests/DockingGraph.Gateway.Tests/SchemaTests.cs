using DockingGraph.Gateway.Schema;
using GraphQL;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.Gateway.Tests;

public sealed class SchemaTests
{
    /// <summary>The printed schema, types sorted, as committed in schema.graphql.</summary>
    public static string PrintSchema()
    {
        using var gateway = GatewayHost.InMemory([]);
        var schema = gateway.Services.GetRequiredService<DockingGraphSchema>();
        schema.Initialize();
        return schema.Print(new PrintOptions { StringComparison = StringComparison.Ordinal }).ReplaceLineEndings("\n").TrimEnd() + "\n";
    }

    [Fact]
    public void SchemaFileMatchesTheCode()
    {
        var path = Path.Combine(RepositoryRoot(), "schema.graphql");
        var printed = PrintSchema();
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, printed);
        }

        Assert.True(printed == File.ReadAllText(path), "schema.graphql differs from the schema the code builds. Review the change, then run: UPDATE_SCHEMA=1 dotnet test --filter SchemaFileMatchesTheCode");
    }

    [Fact]
    public void SchemaHasHotChocolatesShape()
    {
        var sdl = PrintSchema();

        Assert.Contains("dockingEvents(\n", sdl);
        Assert.Contains("where: DockingEventFilterInput", sdl);
        Assert.Contains("order: [DockingEventSortInput!]", sdl);
        Assert.Contains("enum SortEnumType {\n  ASC\n  DESC\n}", sdl);
        Assert.Contains("type DockingEventsConnection {", sdl);
        Assert.Contains("    ids: [ID!]!): [Node]!\n", sdl);
        Assert.Contains("interface Node {\n  id: ID!\n}", sdl);
    }

    /// <summary>The repository's root folder (where DockingGraph.sln is), found above the test output.</summary>
    public static string RepositoryRoot() =>
        DockingGraph.Snapshot.CorpusBuilding.BuildCorpusCommand.FindRepositoryRoot(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("DockingGraph.sln not found above the test output.");
}
