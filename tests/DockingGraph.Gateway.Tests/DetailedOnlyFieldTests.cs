using System.Text.RegularExpressions;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// The fields of a type only LL2's detailed serializer writes (LaunchDetailed's flightclubUrl and padTurnaround on a
/// docking event's target launch, LaunchMini; SpacecraftFlightDetailed's crews where a flight is embedded) are in the type's one filter and sort input, as Hot
/// Chocolate generates them. The rows that embed them do not carry them (an embedded launch is LaunchNormal, a flight
/// SpacecraftFlightNormal or Mini, also in the detailed docking events), LL2 filters none of them, and a detail per
/// row is never fetched for a filter: each is refused with the reason before any LL2 call, never read as null.
/// (SpacecraftConfigDetailed's fields are joined from LL2's configuration table: SpacecraftConfigJoinTests; the
/// launch lists read their own blocks detailed, an embedded LaunchNormal is read by id: LaunchDetailedRowsTests.)
/// </summary>
public sealed class DetailedOnlyFieldTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private const string TargetLaunchWhy = "cannot be evaluated here: a docking event embeds its target flight's " +
        "launch as LL2's LaunchMini";

    private const string CrewWhy = "crew cannot be evaluated here: LL2 writes a flight in its lists and embeddings " +
        "(spacecraft_flights/, landings/, a docking event's chaser and target) as SpacecraftFlightNormal or " +
        "SpacecraftFlightMini, which have no launch_crew, onboard_crew or landing_crew";

    public static TheoryData<string, string, string> FilterRefusals()
    {
        var data = new TheoryData<string, string, string>();
        data.Add("dockingEvents", "flightVehicleTarget: { launch: { flightclubUrl: { contains: \"flightclub\" } } }",
            $"flightclubUrl {TargetLaunchWhy}");
        data.Add("dockingEvents", "flightVehicleTarget: { launch: { padTurnaround: { gt: \"PT1H\" } } }",
            $"padTurnaround {TargetLaunchWhy}");

        data.Add("dockingEvents", "flightVehicleChaser: { crew: { onboardCrew: { some: { role: { eq: \"x\" } } } } }",
            CrewWhy);
        data.Add("dockingEvents", "flightVehicleTarget: { crew: { or: [{ launchCrew: { some: { id: { eq: 1 } } } }] } }",
            CrewWhy);
        data.Add("landings", "spacecraftFlight: { crew: { landingCrew: { some: { id: { eq: 1 } } } } }", CrewWhy);
        return data;
    }

    [Theory]
    [MemberData(nameof(FilterRefusals))]
    public async Task ADetailedOnlyFilterFieldIsRefusedWithTheReasonBeforeAnyCall(string list, string where,
        string message)
    {
        fixture.Reset();

        var answer = await fixture.PostAsync($"{{ {list}(where: {{ {where} }}) {{ totalCount }} }}");

        Assert.True(answer.FirstCode == "FILTER_NOT_SUPPORTED", answer.ToString());
        Assert.Contains(message, (string)answer.Errors[0]!["message"]!);
        Assert.Equal(0, fixture.Requests.Count);
    }

    public static TheoryData<string, string, string, string> SortRefusals()
    {
        var data = new TheoryData<string, string, string, string>();
        data.Add("dockingEvents", "{ flightVehicleTarget: { launch: { flightclubUrl: ASC } } }",
            "flightVehicleTarget.launch.flightclubUrl", "LaunchMini");
        data.Add("dockingEvents", "{ flightVehicleTarget: { launch: { padTurnaround: DESC } } }",
            "flightVehicleTarget.launch.padTurnaround", "LaunchMini");
        return data;
    }

    [Theory]
    [MemberData(nameof(SortRefusals))]
    public async Task ADetailedOnlySortFieldIsRefusedWithTheReasonBeforeAnyCall(string list, string order,
        string path, string why)
    {
        fixture.Reset();

        var answer = await fixture.PostAsync($"{{ {list}(first: 3, order: {order}) {{ totalCount }} }}");

        Assert.True(answer.FirstCode == "SORT_NOT_SUPPORTED", answer.ToString());
        var message = (string)answer.Errors[0]!["message"]!;
        Assert.Contains($"The order by {path} cannot be evaluated: ", message);
        Assert.Contains(why, message);
        Assert.Equal(0, fixture.Requests.Count);
    }

    private static readonly string Sdl = SchemaTests.PrintSchema();

    /// <summary>HC's filter over SpacecraftFlightCrew: its three lists, each a list filter of crew seats.</summary>
    [Fact]
    public void AFlightsCrewFilterHasTheThreeCrewListsAsListFilters()
    {
        var body = Regex.Match(Sdl, @"^input SpacecraftFlightCrewFilterInput {\n((?:  .*\n)+?)}",
            RegexOptions.Multiline);
        Assert.True(body.Success);
        var fields = Regex.Matches(body.Groups[1].Value, @"^  (\w+): (.+)$", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.Equal(new Dictionary<string, string>
        {
            ["and"] = "[SpacecraftFlightCrewFilterInput!]", ["or"] = "[SpacecraftFlightCrewFilterInput!]",
            ["landingCrew"] = "ListFilterInputTypeOfAstronautFlightFilterInput",
            ["launchCrew"] = "ListFilterInputTypeOfAstronautFlightFilterInput",
            ["onboardCrew"] = "ListFilterInputTypeOfAstronautFlightFilterInput",
        }, fields);
        Assert.Matches(@"\n  crew: SpacecraftFlightCrewFilterInput\n",
            Regex.Match(Sdl, @"^input SpacecraftFlightFilterInput {\n(?:  .*\n)+?}", RegexOptions.Multiline).Value);
    }
}
