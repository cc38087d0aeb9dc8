namespace DockingGraph.Gateway.Tests;

/// <summary>A field <c>@skip</c>/<c>@include</c> leave out does not ask LL2 for mode=detailed (defect B).</summary>
public sealed class DetailedModeDirectiveTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Theory]
    [InlineData("flightVehicleChaser @skip(if: true) { launch { net } }", "normal")]
    [InlineData("flightVehicleChaser @skip(if: false) { launch { net } }", "detailed")]
    [InlineData("flightVehicleChaser @include(if: false) { launch { net } }", "normal")]
    [InlineData("flightVehicleChaser @include(if: true) { launch { net } }", "detailed")]
    [InlineData("... @skip(if: true) { flightVehicleChaser { launch { net } } }", "normal")]
    [InlineData("...F @include(if: false) } } } fragment F on DockingEvent { flightVehicleChaser { launch { net",
        "normal")]
    [InlineData("...F } } } fragment F on DockingEvent { flightVehicleChaser { launch { net", "detailed")]
    [InlineData("flightVehicleChaser { launch @skip(if: true) { net } }", "normal")]
    [InlineData("flightVehicleChaser { launch { name net @skip(if: true) } }", "normal")]
    public async Task LiteralDirectives(string selection, string mode)
    {
        fixture.Reset();

        var answer = await fixture.PostAsync($"{{ dockingEvents(first: 3) {{ nodes {{ ll2Id {selection} }} }} }}");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.Contains($"mode={mode}&", Assert.Single(fixture.Requests.Entries).Query);
    }

    [Theory]
    [InlineData(true, "normal")]
    [InlineData(false, "detailed")]
    public async Task VariableDirectivesAreReadPerRequest(bool skip, string mode)
    {
        fixture.Reset();
        const string query =
            "query($s: Boolean!) { dockingEvents(first: 3) { nodes { ll2Id " +
            "flightVehicleChaser { launch { net @skip(if: $s) } } } } }";

        var answer = await fixture.PostAsync(query, new { s = skip });
        var other = await fixture.PostAsync(query, new { s = !skip });

        Assert.True(answer.Errors.Count == 0 && other.Errors.Count == 0, answer.ToString());
        Assert.Contains($"mode={mode}&", fixture.Requests.Entries[0].Query);
        Assert.DoesNotContain($"mode={mode}&", fixture.Requests.Entries[1].Query);
    }
}
