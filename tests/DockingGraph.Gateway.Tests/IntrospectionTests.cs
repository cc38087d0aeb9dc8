using System.Text.Encodings.Web;
using System.Text.Json;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// graphql-js's <c>getIntrospectionQuery</c> options, as GraphiQL, Banana Cake Pop and schema tools send them.
/// </summary>
public sealed class IntrospectionTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private static readonly string FullQuery =
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Introspection", "full-introspection.graphql"));

    [Theory]
    [InlineData("{ __schema { description } }")]
    [InlineData("{ __schema { types { name specifiedByURL } } }")]
    [InlineData("{ __schema { directives { name isRepeatable } } }")]
    [InlineData("{ __schema { types { inputFields(includeDeprecated: true) { name isDeprecated deprecationReason } } } }")]
    [InlineData("{ __schema { types { fields { args(includeDeprecated: true) { name isDeprecated } } } } }")]
    [InlineData("{ __schema { directives { args(includeDeprecated: true) { name isDeprecated } } } }")]
    [InlineData("{ __schema { types { name isOneOf } } }")]
    public async Task EachOptionIsAnswered(string query)
    {
        var answer = await fixture.PostAsync(query);

        Assert.True(answer.Status == 200 && answer.Errors.Count == 0, answer.ToString());
    }

    [Fact]
    public async Task EveryOptionTogetherIsAnsweredWithoutLl2()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync(FullQuery);

        Assert.True(answer.Status == 200 && answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(0, fixture.Requests.Count);
        var types = answer.Data!["__schema"]!["types"]!.AsArray();
        var dateTime = types.Single(t => (string?)t!["name"] == "DateTime")!;
        Assert.Equal("https://www.graphql-scalars.com/date-time", (string?)dateTime["specifiedByURL"]);
        Assert.All(types.Where(t => (string?)t!["kind"] == "INPUT_OBJECT"), t => Assert.False((bool)t!["isOneOf"]!));
        var directives = answer.Data!["__schema"]!["directives"]!.AsArray();
        Assert.All(directives, d => Assert.NotNull((bool?)d!["isRepeatable"]));
    }

    [Fact]
    public async Task NoDescriptionHoldsWhatAMarkdownViewerReadsAsAnHtmlTag()
    {
        var answer = await fixture.PostAsync(FullQuery);

        var descriptions = answer.Data!.ToJsonString(new JsonSerializerOptions
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        Assert.DoesNotMatch("<[A-Za-z/]", descriptions);
        Assert.Contains("base64 of `DockingEvent:{ll2Id}`", descriptions);
    }

    [Fact]
    public async Task GraphqlJsRebuildsTheSchemaFromTheAnswer()
    {
        var (exitCode, summary, output) = await NodeTool.RunAsync("introspection.mjs", $"{fixture.GatewayAddress}graphql");

        Assert.True(exitCode == 0, output);
        Assert.True((int?)summary["status"] == 200, output);
        Assert.Empty(summary["errors"]!.AsArray());
        Assert.True(summary["built"]!["types"] is not null, output);
    }
}
