namespace DockingGraph.Gateway.Tests;

/// <summary>
/// One filter input per GraphQL type (HC's shape) offers the type's every field, but each list's LL2 rows embed the
/// object in their own form. A field a list's rows do not carry (and LL2 cannot filter on) is refused with
/// FILTER_NOT_SUPPORTED, a message saying why, and no LL2 call, never evaluated as null; what the rows carry of the
/// same input is evaluated, and what LL2 executes keeps its exact URL.
/// </summary>
public sealed class OneInputPerTypeRefusalTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    public static TheoryData<string, string, string> NotCarried => new()
    {
        {
            "launches", "launchServiceProvider: { administrator: { eq: \"x\" } }",
            "launchServiceProvider.administrator on launches; administrator cannot be evaluated here: launches' " +
            "rows embed the launch service provider as LL2's AgencyMini (id, url, name, abbrev, type)."
        },
        {
            // The id LL2 executes does not make the rest evaluable.
            "previousLaunches", "launchServiceProvider: { id: { eq: 121 }, foundingYear: { gt: 1950 } }",
            "launchServiceProvider.foundingYear on previous launches; foundingYear cannot be evaluated here: " +
            "launches' rows embed the launch service provider as LL2's AgencyMini"
        },
        {
            "upcomingLaunches", "rocket: { configuration: { maxStage: { gte: 2 } } }",
            "rocket.configuration.maxStage on upcoming launches; maxStage cannot be evaluated here: launches' " +
            "rows embed the rocket configuration as LL2's LauncherConfigList"
        },
        {
            "astronauts", "agency: { foundingYear: { gt: 1950 } }",
            "agency.foundingYear on astronauts; foundingYear cannot be evaluated here: LL2's astronaut rows embed " +
            "the agency as AgencyMini (id, url, name, abbrev, type)."
        },
        {
            "spacecrafts", "spacecraftConfig: { agency: { description: { contains: \"a\" } } }",
            "description cannot be evaluated here: LL2's SpacecraftConfigNormal embeds the agency as AgencyMini"
        },
        {
            "expeditions", "crew: { some: { astronaut: { name: { eq: \"Yuri Gagarin\" } } } }",
            "crew.some.astronaut.name on expeditions; crew cannot be evaluated here: LL2's expedition rows " +
            "(ExpeditionNormal) carry no crew"
        },
        {
            "expeditions", "crew: { some: { role: { eq: \"Commander\" } } }",
            "crew.some.role on expeditions; crew cannot be evaluated here: LL2's expedition rows " +
            "(ExpeditionNormal) carry no crew"
        },
        {
            "expeditions", "crew: { some: { astronaut: { agency: { abbrev: { eq: \"NASA\" } } } } }",
            "crew.some.astronaut.agency.abbrev on expeditions; crew cannot be evaluated here: LL2's expedition " +
            "rows (ExpeditionNormal) carry no crew"
        },
        {
            "landings", "firstStage: { reused: { eq: true } }",
            "firstStage.reused on landings; firstStage cannot be evaluated here: the gateway does not evaluate a " +
            "landing's first stage itself"
        },
        {
            // The one LaunchFilterInput under a docking event's target flight: it embeds LaunchMini (id, url,
            // name). The chaser's is LaunchNormal (DockingEventChaserLaunchTests).
            "dockingEvents", "flightVehicleTarget: { launch: { net: { gt: \"2020-01-01T00:00:00Z\" } } }",
            "net cannot be evaluated here: a docking event embeds its target flight's launch as LL2's LaunchMini " +
            "(id, url, name)"
        },
        {
            "dockingEvents", "flightVehicleTarget: { launch: { pad: { name: { eq: \"x\" } } } }",
            "pad cannot be evaluated here: a docking event embeds its target flight's launch as LL2's LaunchMini"
        },
        {
            // A first stage's launch is the one LaunchFilterInput too: only id.eq goes to LL2.
            "landings", "firstStage: { launch: { name: { eq: \"x\" } } }",
            "firstStage.launch.name on landings; firstStage cannot be evaluated here"
        },
        {
            "landings", "firstStage: { launcher: { launcherConfig: { name: { eq: \"Falcon 9\" } } } }",
            "firstStage.launcher.launcherConfig.name on landings; firstStage cannot be evaluated here"
        },
        // Date fields: a rocket configuration's maidenFlight is on no row the lists read (a spacecraft configuration's
        // is joined from LL2's table: SpacecraftConfigJoinTests).
        {
            "launches", "rocket: { configuration: { maidenFlight: { gte: \"2010-06-04\" } } }",
            "maidenFlight cannot be evaluated here: launches' rows embed the rocket configuration as LL2's " +
            "LauncherConfigList"
        },
    };

    [Theory]
    [MemberData(nameof(NotCarried))]
    public async Task AFieldTheListsRowsDoNotCarryIsRefusedWithTheReasonBeforeAnyCall(string list, string where,
        string message) =>
        await fixture.AssertFilterRefusedBeforeAnyCallAsync(list, where, message);

    [Fact]
    public async Task WhatALaunchRowEmbedsIsEvaluatedOverTheRowsLl2sPartSelects()
    {
        var rows = await fixture.RestAsync("launches/?lsp__id=121&ordering=net,id");
        var expected = rows.Where(l => (string?)l["launch_service_provider"]!["abbrev"] == "SpX"
                && (string?)l["pad"]!["location"]!["timezone_name"] is { } zone && zone.StartsWith("America"))
            .Select(l => (string)l["id"]!).ToList();
        fixture.Reset();

        var answer = await fixture.PostAsync("{ launches(first: 100, where: { launchServiceProvider: { id: { eq: " +
            "121 }, abbrev: { eq: \"SpX\" } }, pad: { location: { timezoneName: { startsWith: \"America\" } } } }) " +
            "{ totalCount nodes { ll2Id } } }");

        Assert.True(answer.Errors.Count == 0, answer.ToString());
        Assert.NotEmpty(expected);
        Assert.Equal(expected, answer.Data!["launches"]!["nodes"]!.AsArray().Select(n => (string)n!["ll2Id"]!));
        Assert.Equal(expected.Count, (int)answer.Data!["launches"]!["totalCount"]!);
        // LL2's part, read in blocks of 100: lsp__id only.
        Assert.All(fixture.Requests.Entries, e => Assert.StartsWith(
            "/2.3.0/launches/?limit=100&lsp__id=121&mode=normal&offset=", e.PathAndQuery));
    }
}
