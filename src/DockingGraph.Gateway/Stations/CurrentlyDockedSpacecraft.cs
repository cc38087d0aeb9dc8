using DockingGraph.Gateway.Data.Local;
using DockingGraph.Gateway.Flights;
using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.Gateway.Stations;

/// <summary>
/// The spacecraft of a port's currently docked chaser flight: LL2's SpacecraftFlightForDockingEvent embeds it as
/// SpacecraftDetailed, whose configuration is SpacecraftConfigDetailed (agency AgencyNormal, families
/// SpacecraftConfigFamilyDetailed). So the configuration's detailed fields, joined from LL2's configuration table
/// wherever a configuration is SpacecraftConfigNormal, are read from the embedded configuration here (no table call).
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
        return SpacecraftConfigDetailedFields.OverDetailed(config.Carrying("", [.. config.Fields.Select(f => f.Name)])
            .Nested("agency", EmbeddedObjectFilters.AgencyNormal(AgencyNotCarried), c => c.Agency)
            .Lists("family", FamilyDetailed(), c => c.Family));
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
