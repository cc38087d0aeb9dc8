namespace DockingGraph.Gateway.Tests;

/// <summary>
/// Two string conditions on one LL2 parameter: kept when one implies the other, empty only when provably empty,
/// refused when LL2 cannot AND them (defect C).
/// </summary>
public sealed class StringFilterImplicationTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Theory]
    [InlineData("{ and: [{ name: { contains: \"Salyut 7\" } }, { name: { contains: \"Salyut\" } }] }")]
    [InlineData("{ and: [{ name: { contains: \"Salyut\" } }, { name: { contains: \"Salyut 7\" } }] }")]
    [InlineData("{ and: [{ name: { contains: \"alyut\" } }, { name: { contains: \"Salyut 7\" } }] }")]
    public async Task TheLongerContainsWinsWhenItContainsTheShorter(string where)
    {
        fixture.Reset();

        var answer = await fixture.PostAsync($"{{ spaceStations(where: {where}) {{ nodes {{ name }} }} }}");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(["Salyut 7"], answer.Data!["spaceStations"]!["nodes"]!.AsArray().Select(n => (string)n!["name"]!));
        Assert.Contains("name__contains=Salyut%207&", Assert.Single(fixture.Requests.Entries).Query);
    }

    [Fact]
    public async Task TwoUnrelatedContainsAreRefusedWithoutACall()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync(
            "{ spaceStations(where: { and: [{ name: { contains: \"Salyut\" } }, { name: { contains: \"7\" } }] }) " +
            "{ nodes { name } } }");

        Assert.Equal("FILTER_NOT_SUPPORTED", answer.FirstCode);
        Assert.Contains("contains", (string?)answer.Errors[0]!["message"]);
        Assert.Equal(0, fixture.Requests.Count);
    }

    [Fact]
    public async Task EqThatHoldsTheContainsMakesTheContainsRedundant()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync(
            "{ spaceStations(where: { name: { eq: \"Salyut 7\", contains: \"yut\" } }) { nodes { name } } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(["Salyut 7"], answer.Data!["spaceStations"]!["nodes"]!.AsArray().Select(n => (string)n!["name"]!));
        Assert.DoesNotContain("name__contains", Assert.Single(fixture.Requests.Entries).Query);
    }

    [Fact]
    public async Task EqThatLacksTheContainsIsProvablyEmpty()
    {
        fixture.Reset();

        var answer = await fixture.PostAsync(
            "{ spaceStations(where: { and: [{ name: { contains: \"Mir\" } }, { name: { eq: \"Salyut 7\" } }] }) " +
            "{ totalCount nodes { name } } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Equal(0, (int)answer.Data!["spaceStations"]!["totalCount"]!);
        Assert.Equal(0, fixture.Requests.Count);
    }
}
