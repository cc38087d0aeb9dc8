using DockingGraph.Gateway.Data.Local;
using DockingGraph.Gateway.Flights;
using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.Gateway.Stations;

/// <summary>
/// The spacecraft of a port's currently docked chaser flight: LL2's SpacecraftFlightForDockingEvent embeds it as
/// SpacecraftDetailed, whose configuration is SpacecraftConfigDetailed (agency AgencyNormal, families
/// SpacecraftConfigFamilyDetailed). So the configuration's detailed fields, refused wherever a configuration is
/// SpacecraftConfigNormal, are evaluated here.
/// </summary>
public static class CurrentlyDockedSpacecraft
{
    public const string FlightsNotCarried = "LL2's SpacecraftFlightForDockingEvent embeds the spacecraft as " +
        "SpacecraftDetailed, which has no flights: they are only on spacecraft/{id}/ (SpacecraftEndpointDetailed)";

    private const string AgencyNotCarried = "LL2's SpacecraftConfigDetailed embeds the agency as AgencyNormal";

    private const string FamilyManufacturerNotCarried = "LL2's SpacecraftConfigFamilyDetailed embeds its " +
        "manufacturer as AgencyNormal";

    private const string FamilyParentNotCarried = "LL2's SpacecraftConfigFamilyDetailed embeds its parent as " +
        "SpacecraftConfigFamilyNormal (id, name, description, manufacturer, parent, maidenFlight)";

    /// <summary>SpacecraftDetailed: SpacecraftNormal's fields, its configuration SpacecraftConfigDetailed.</summary>
    public static LocalWhere<SpacecraftDto> Where() => SpacecraftListPushDown.Local
        .Nested("spacecraftConfig", ConfigDetailed(), s => s.SpacecraftConfig)
        .NotCarried("flights", FlightsNotCarried);

    /// <summary>Every <c>SpacecraftConfigFilterInput</c> field over a SpacecraftConfigDetailed.</summary>
    public static LocalWhere<SpacecraftConfigDto> ConfigDetailed()
    {
        var config = EmbeddedObjectFilters.SpacecraftConfig;
        return config.Carrying("", [.. config.Fields.Select(f => f.Name)])
            .Nested("agency", EmbeddedObjectFilters.AgencyNormal(AgencyNotCarried), c => c.Agency)
            .Lists("family", FamilyDetailed(), c => c.Family)
            .CalendarDates("maidenFlight", c => c.MaidenFlight)
            .Strings("capability", c => c.Capability)
            .Strings("history", c => c.History)
            .Strings("details", c => c.Details)
            .Floats("height", c => c.Height)
            .Floats("diameter", c => c.Diameter)
            .Booleans("humanRated", c => c.HumanRated)
            .Ints("crewCapacity", c => c.CrewCapacity)
            .Floats("payloadCapacity", c => c.PayloadCapacity)
            .Floats("payloadReturnCapacity", c => c.PayloadReturnCapacity)
            .Strings("flightLife", c => c.FlightLife)
            .Strings("wikiLink", c => c.WikiLink)
            .Strings("infoLink", c => c.InfoLink)
            .Ints("spacecraftFlown", c => c.SpacecraftFlown)
            .Ints("totalLaunchCount", c => c.TotalLaunchCount)
            .Ints("successfulLaunches", c => c.SuccessfulLaunches)
            .Ints("failedLaunches", c => c.FailedLaunches)
            .Ints("attemptedLandings", c => c.AttemptedLandings)
            .Ints("successfulLandings", c => c.SuccessfulLandings)
            .Ints("failedLandings", c => c.FailedLandings)
            .Durations("fastestTurnaround", c => c.FastestTurnaround);
    }

    // SpacecraftConfigFamilyDetailed: every family field with its launch and landing counts; the manufacturer
    // AgencyNormal, the parent SpacecraftConfigFamilyNormal.
    private static LocalWhere<SpacecraftFamilyDto> FamilyDetailed()
    {
        var family = EmbeddedObjectFilters.SpacecraftFamily;
        return family.Carrying("", [.. family.Fields.Select(f => f.Name)])
            .Nested("manufacturer", EmbeddedObjectFilters.AgencyNormal(FamilyManufacturerNotCarried),
                f => f.Manufacturer)
            .Nested("parent", family.Carrying(FamilyParentNotCarried, "id", "name", "description", "manufacturer",
                "parent", "maidenFlight"), f => f.Parent);
    }
}
