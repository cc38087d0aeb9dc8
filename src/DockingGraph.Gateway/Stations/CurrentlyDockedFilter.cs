using DockingGraph.Gateway.Common;
using DockingGraph.Gateway.Data.Filtering;
using DockingGraph.Gateway.Data.Local;
using DockingGraph.Gateway.DataLoading;
using DockingGraph.Gateway.Flights;
using DockingGraph.Gateway.Launches;
using DockingGraph.Gateway.Payloads;
using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.Gateway.Stations;

/// <summary>
/// A port's <c>currentlyDocked</c> as LL2's station table embeds it: DockingEventDetailedSerializerForSpacestation
/// (id, url, docking, departure and the chaser side: SpacecraftFlightForDockingEvent, SpaceStationNormal,
/// PayloadFlightNormal). Its docking location and target station are not in the form because they are the port and
/// the station row themselves (as the graph's <c>currentlyDocked</c> answers them), so those filters read the port
/// and the row. The target flight and payload flight are refused, naming the serializer.
/// </summary>
public static class CurrentlyDockedFilter
{
    public const string Serializer = "DockingEventDetailedSerializerForSpacestation";

    // The serializer's fields, as the refusal names them; checked against LL2's OpenAPI file at schema build (the
    // same set: a field LL2 adds would otherwise be refused as missing).
    private static readonly string[] Carried =
        ["id", "url", "docking", "departure", "flight_vehicle_chaser", "space_station_chaser", "payload_flight_chaser"];

    public const string NotCarried = "LL2's station table embeds a port's currently_docked as " + Serializer +
        " (id, url, docking, departure, flight_vehicle_chaser, space_station_chaser, payload_flight_chaser; its " +
        "docking location and target station are the port and the station row)";

    public const string ChaserFlightNotCarried = "LL2's " + Serializer + " embeds the chaser flight as " +
        "SpacecraftFlightForDockingEvent (id, url, spacecraft, launch)";

    public const string ChaserStationNotCarried = "LL2's " + Serializer + " embeds the chaser station as " +
        "SpaceStationNormal (id, url, name, image, status, founded, deorbited, description, orbit, type)";

    public const string PayloadAgencyNotCarried = "LL2's PayloadFlightNormal embeds its payload as PayloadNormal, " +
        "whose manufacturer and operator are AgencyNormal";

    /// <summary>
    /// The event docked at a port of a station row: its location is <paramref name="port"/>'s port, its target
    /// <paramref name="station"/>'s row (<see cref="AtPort"/> puts them on the event).
    /// </summary>
    public static LocalWhere<DockingEventDto> Where(LocalWhere<DockingLocationDto> port,
        LocalWhere<SpaceStationDto> station)
    {
        Check(Serializer, Carried, exactly: true);
        return new LocalWhere<DockingEventDto>("docking-event")
            .Id("id", "DockingEvent", e => e.Id)
            .Strings("url", e => e.Url)
            .Dates("docking", e => e.Docking)
            .Dates("departure", e => e.Departure)
            .Nested("flightVehicleChaser", ChaserFlight(), e => e.FlightVehicleChaser)
            .Nested("spaceStationChaser", SpaceStationFilter.Embedded("SpaceStationNormal", ChaserStationNotCarried),
                e => e.SpaceStationChaser)
            .Nested("payloadFlightChaser", PayloadFlightNormal(), e => e.PayloadFlightChaser)
            .Nested("dockingLocation", port, e => e.DockingLocation)
            .Nested("spaceStationTarget", station, e => e.SpaceStationTarget)
            .NotCarried("flightVehicleTarget", NotCarried)
            .NotCarried("payloadFlightTarget", NotCarried);
    }

    /// <summary>
    /// A port's docked event with its location (the port, its station the row) and its target (the row) filled in.
    /// </summary>
    public static DockingEventDto? AtPort(DockingLocationDto port) =>
        port.CurrentlyDocked is { } docked
            ? docked with { DockingLocation = port, SpaceStationTarget = port.Spacestation }
            : null;

    // SpacecraftFlightForDockingEvent: id, url, its spacecraft (SpacecraftDetailed, see CurrentlyDockedSpacecraft)
    // and launch (LaunchNormal); the flight's other filter fields refused.
    private static LocalWhere<SpacecraftFlightDto> ChaserFlight()
    {
        var declared = new[] { "id", "url", "spacecraft", "launch" };
        Check("SpacecraftFlightForDockingEvent", declared, exactly: true);
        var flight = new LocalWhere<SpacecraftFlightDto>("spacecraft-flight")
            .Id("id", "SpacecraftFlight", f => f.Id)
            .Strings("url", f => f.Url)
            .Nested("spacecraft", CurrentlyDockedSpacecraft.Where(), f => f.Spacecraft)
            .Nested("launch", LaunchesPushDown.Local, f => f.Launch);
        foreach (var name in SpacecraftFlightFilter.Where.FieldNames.Except(declared, StringComparer.Ordinal))
        {
            flight.NotCarried(name, ChaserFlightNotCarried);
        }

        return flight;
    }

    // PayloadFlightNormal: its launch is LaunchNormal (every launch field), its payload PayloadNormal (the
    // manufacturer and operator AgencyNormal).
    private static LocalWhere<PayloadFlightDto> PayloadFlightNormal()
    {
        Check("PayloadFlightNormal", ["id", "url", "destination", "amount", "payload", "launch", "landing"],
            exactly: false);
        var payload = new LocalWhere<PayloadDto>("payload")
            .Ints("id", p => p.Id)
            .Strings("name", p => p.Name)
            .Nested("type", LookupObjectFilters.Short.Local, p => p.Type)
            .Nested("manufacturer", EmbeddedObjectFilters.AgencyNormal(PayloadAgencyNotCarried), p => p.Manufacturer)
            .Nested("operator", EmbeddedObjectFilters.AgencyNormal(PayloadAgencyNotCarried), p => p.Operator)
            .Nested("image", ImageFilters.Image.Local, p => p.Image);
        return new LocalWhere<PayloadFlightDto>("payload-flight")
            .Ints("id", f => f.Id)
            .Strings("url", f => f.Url)
            .Strings("destination", f => f.Destination)
            .Ints("amount", f => f.Amount)
            .Nested("payload", payload, f => f.Payload)
            .Nested("launch", LaunchesPushDown.Local, f => f.Launch)
            .Nested("landing", SpacecraftFlightFilter.LandingOfFlight(), f => f.Landing);
    }

    // The fields read here are in LL2's serializer (and, exactly, are all of it).
    private static void Check(string serializer, IReadOnlyCollection<string> ll2Fields, bool exactly)
    {
        var carried = Ll2Shapes.Fields(serializer);
        var names = ll2Fields.Select(ShortForm.SnakeCase).ToHashSet(StringComparer.Ordinal);
        if (!names.IsSubsetOf(carried) || (exactly && !names.SetEquals(carried)))
        {
            throw new InvalidOperationException($"LL2's {serializer} carries {string.Join(", ", carried)}, not " +
                $"{string.Join(", ", names)}.");
        }
    }
}
