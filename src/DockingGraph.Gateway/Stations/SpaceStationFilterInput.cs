using DockingGraph.Gateway.Data.Filtering;
using DockingGraph.Gateway.Data.Local;
using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.Gateway.DataLoading;
using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.Gateway.Stations;

/// <summary>
/// Hot Chocolate's one <c>SpaceStationFilterInput</c>: the <c>spaceStations</c> filter and the same input wherever a
/// station nests (a docking event's target and chaser, an expedition's station, a docking location's station).
/// </summary>
public sealed class SpaceStationFilterInputGraphType()
    : PushDownFilterInputGraphType<SpaceStationDto, SpaceStationFilterInputGraphType>("SpaceStationFilterInput",
        "Filters on space stations. Conditions combine with AND. On spaceStations what LL2 executes is pushed down " +
        "and the rest is evaluated over LL2's whole station table, the same one call. Nested, the id is pushed down " +
        "where the list's LL2 filter takes it; the other fields are evaluated over the station the row embeds, or " +
        "over LL2's station table (one call for all stations) for fields the row does not embed.",
        SpaceStationsPushDown.Table);

public sealed class SpaceStationStatusFilterInputGraphType()
    : ObjectFilterInputGraphType<StatusDto, SpaceStationStatusFilterInputGraphType>("SpaceStationStatusFilterInput",
        "A station status. On spaceStations LL2 executes id { eq } (status); the rest is evaluated here.",
        LookupObjectFilters.Short);

public sealed class SpaceStationTypeFilterInputGraphType()
    : ObjectFilterInputGraphType<StatusDto, SpaceStationTypeFilterInputGraphType>("SpaceStationTypeFilterInput",
        "A station type. On spaceStations LL2 executes id { eq } (type); the rest is evaluated here.",
        LookupObjectFilters.Short);

/// <summary>Which filter field reads which value of a station, whole or as a list row embeds it.</summary>
public static class SpaceStationFilter
{
    /// <summary>The description of a field LL2's <c>space_stations/</c> has no filter for.</summary>
    public const string OverTheTable = "No LL2 filter: evaluated over LL2's whole station table (on spaceStations " +
        "the same one call).";

    // LL2's station table embeds the owners as AgencyNormal.
    private static readonly LocalWhere<AgencyDto> Owners = Flights.EmbeddedObjectFilters.AgencyNormal(
        "LL2's station table embeds a station's owners as AgencyNormal (id, url, name, abbrev, type, featured, " +
        "country, description, administrator, foundingYear, launchers, spacecraft, parent)");

    private const string PortsNotCarried = "LL2's station table embeds a station's docking locations as " +
        "DockingLocationSerializerForSpacestation (id, name, currently_docked; the station is the row itself)";

    // A station's docking ports as the table embeds them: their station is the station row itself (as the graph's
    // dockingLocations gives it), so a nested station filter reads the same row.
    // What is docked at a port is the table's currently_docked, its location the port and its target the row.
    private static LocalWhere<DockingLocationDto> Ports(LocalWhere<SpaceStationDto> station)
    {
        var ports = new LocalWhere<DockingLocationDto>("docking-location")
            .Id("id", "DockingLocation", l => l.Id)
            .Strings("name", l => l.Name)
            .Nested("spaceStation", station, l => l.Spacestation)
            .NotCarried("spacecraft", PortsNotCarried)
            .NotCarried("payload", DockingLocationFilter.PayloadNotCarried);
        return ports.Nested("currentlyDocked", CurrentlyDockedFilter.Where(ports, station),
            CurrentlyDockedFilter.AtPort);
    }

    private const string ExpeditionsNotCarried = "LL2's station table embeds a station's active expeditions as " +
        "ExpeditionMini (id, url, name, start, end; the station is the row itself)";

    private const string EventsNotCarried = "LL2's station table embeds a station's active docking events as " +
        "DockingEventForChaserNormal (id, url, docking, departure, the docking location and the target; no chaser)";

    // The active expeditions as the table embeds them (ExpeditionMini), their station the station row itself.
    private static LocalWhere<ExpeditionDto> ActiveExpeditions(LocalWhere<SpaceStationDto> station) =>
        new LocalWhere<ExpeditionDto>("expedition")
            .Ints("id", e => e.Id)
            .Strings("url", e => e.Url)
            .Strings("name", e => e.Name)
            .Dates("start", e => e.Start)
            .Dates("end", e => e.End)
            .Nested("spaceStation", station, e => e.Spacestation)
            .NotCarried("crew", ExpeditionsNotCarried)
            .NotCarried("missionPatches", ExpeditionsNotCarried)
            .NotCarried("spacewalks", ExpeditionsNotCarried);

    // The active docking events as the table embeds them (DockingEventForChaserNormal: the target's side only), their
    // target station the station row itself; the location's station is a SpaceStationMini there.
    private static LocalWhere<DockingEventDto> ActiveDockingEvents(LocalWhere<SpaceStationDto> station) =>
        new LocalWhere<DockingEventDto>("docking-event")
            .Id("id", "DockingEvent", e => e.Id)
            .Strings("url", e => e.Url)
            .Dates("docking", e => e.Docking)
            .Dates("departure", e => e.Departure)
            .Nested("dockingLocation", DockingLocationFilter.Where(Embedded("SpaceStationMini", "a docking " +
                "location embeds its station as SpaceStationMini (id, url, name, image)"), s => s),
                e => e.DockingLocation)
            .Nested("spaceStationTarget", station, e => e.SpaceStationTarget)
            .Nested("flightVehicleTarget", Flights.SpacecraftFlightFilter.Where, e => e.FlightVehicleTarget)
            .Nested("payloadFlightTarget", Payloads.PayloadFlightFilter.Where, e => e.PayloadFlightTarget)
            .NotCarried("flightVehicleChaser", EventsNotCarried)
            .NotCarried("spaceStationChaser", EventsNotCarried)
            .NotCarried("payloadFlightChaser", EventsNotCarried);

    // LL2 names the ports docking_location; the graph's field is dockingLocations.
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal)
    {
        ["docking_location"] = "dockingLocations",
    };

    // LL2 field name → how the filter field reads it.
    private static readonly (string Ll2Field, Action<LocalWhere<SpaceStationDto>> Declare)[] Fields =
    [
        ("id", w => w.Id("id", "SpaceStation", s => s.Id)),
        ("url", w => w.Strings("url", s => s.Url)),
        ("name", w => w.Strings("name", s => s.Name)),
        ("status", w => w.Nested("status", LookupObjectFilters.Short.Local, s => s.Status)),
        ("description", w => w.Strings("description", s => s.Description)),
        ("orbit", w => w.Strings("orbit", s => s.Orbit)),
        ("type", w => w.Nested("type", LookupObjectFilters.Short.Local, s => s.Type)),
        ("founded", w => w.CalendarDates("founded", s => s.Founded)),
        ("deorbited", w => w.CalendarDates("deorbited", s => s.Deorbited)),
        ("height", w => w.Floats("height", s => s.Height)),
        ("width", w => w.Floats("width", s => s.Width)),
        ("mass", w => w.Floats("mass", s => s.Mass)),
        ("volume", w => w.Floats("volume", s => s.Volume)),
        ("onboard_crew", w => w.Ints("onboardCrew", s => s.OnboardCrew)),
        ("docked_vehicles", w => w.Ints("dockedVehicles", s => s.DockedVehicles)),
        ("image", w => w.Nested("image", ImageFilters.Image.Local, s => s.Image)),
        ("owners", w => w.Lists("owners", Owners, s => s.Owners)),
        ("docking_location", w => w.Lists("dockingLocations", Ports(w),
            s => s.DockingLocation?.Select(l => l with { Spacestation = s }).ToList())),
        ("active_expeditions", w => w.Lists("activeExpeditions", ActiveExpeditions(w),
            s => s.ActiveExpeditions?.Select(e => e with { Spacestation = s }).ToList())),
        ("active_docking_events", w => w.Lists("activeDockingEvents", ActiveDockingEvents(w),
            s => s.ActiveDockingEvents?.Select(e => e with { SpaceStationTarget = s }).ToList())),
        // Not in the station table at all: LL2's expeditions/?space_station=, one call per station.
        ("expeditions", w => w.NotCarried("expeditions", "a station's expeditions are not in LL2's station " +
            "table (they are LL2's expeditions/?space_station=, one call per station); filter expeditions by " +
            "spaceStation instead")),
    ];

    /// <summary>Every field, over a row of LL2's (detailed) station table.</summary>
    public static readonly LocalWhere<SpaceStationDto> Whole = Declare("space-station", _ => true, "");

    /// <summary>The LL2 fields of the station a docking event embeds (target, and chaser in normal mode).</summary>
    public static readonly IReadOnlySet<string> InDockingEvents = Ll2Shapes.Fields("SpaceStationMini");

    /// <summary>
    /// The fields <paramref name="serializer"/> carries; the others are refused with <paramref name="why"/> (for
    /// a path that does not join LL2's station table).
    /// </summary>
    public static LocalWhere<SpaceStationDto> Embedded(string serializer, string why)
    {
        var carried = Ll2Shapes.Fields(serializer);
        return Declare("space-station", carried.Contains, why);
    }

    /// <summary>
    /// Whether a station filter value reads a field beyond <paramref name="carried"/> (LL2 names), at any depth of
    /// its and/or: then it is evaluated over LL2's station table rather than over the embedded station.
    /// </summary>
    public static bool ReadsBeyond(object? value, IReadOnlySet<string> carried) =>
        value is IDictionary<string, object?> fields && fields.Any(pair => pair.Value is not null && pair.Key switch
        {
            "and" or "or" => ((IEnumerable<object?>)pair.Value).Any(branch => ReadsBeyond(branch, carried)),
            _ => !carried.Contains(Common.ShortForm.SnakeCase(pair.Key)),
        });

    /// <summary>
    /// An embedded SpaceStationMini completed from the station table's row (the embedded one when the table lacks
    /// it). The fields the row embeds keep the embedded values, which the client reads there: LL2 writes a mini's
    /// url with <c>?format=json</c>, the table's without.
    /// </summary>
    public static SpaceStationDto? Join(SpaceStationDto? embedded, IReadOnlyDictionary<int, SpaceStationDto> table) =>
        embedded is null ? null
        : table.TryGetValue(embedded.Id, out var row)
            ? row with { Url = embedded.Url, Name = embedded.Name, Image = embedded.Image }
            : embedded;

    private static LocalWhere<SpaceStationDto> Declare(string noun, Func<string, bool> carried, string why)
    {
        var where = new LocalWhere<SpaceStationDto>(noun);
        foreach (var (ll2Field, declare) in Fields)
        {
            if (carried(ll2Field))
            {
                declare(where);
            }
            else
            {
                where.NotCarried(Name(ll2Field), why);
            }
        }

        return where;
    }

    private static string Name(string ll2Field) => Renamed.TryGetValue(ll2Field, out var renamed) ? renamed :
        string.Concat(ll2Field.Split('_')
            .Select((part, i) => i == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));
}
