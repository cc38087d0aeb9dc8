using DockingGraph.Gateway.Data.Local;
using DockingGraph.Gateway.Errors;
using DockingGraph.Gateway.Flights;
using DockingGraph.Gateway.Payloads;
using DockingGraph.Gateway.Stations;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;

namespace DockingGraph.Gateway.DockingEvents.Mirror;

/// <summary>
/// The docking-events <c>where</c> evaluated over docking-event rows (the mirror, or every row fetched) with Hot
/// Chocolate's semantics (see <see cref="LocalWhere{T}"/>): which filter field reads which value of an event. A
/// docking event embeds its stations as SpaceStationMini (id, url, name, image): a station filter on another field
/// (status, orbit, mass…) is evaluated over LL2's station table, joined by <see cref="CompileAsync"/> (one call for
/// all stations, the table <see cref="SpaceStationByIdDataLoader"/> reads). The rows are detailed events: the
/// chaser flight is SpacecraftFlightNormal (its launch LaunchNormal, every launch field evaluated), the target flight
/// SpacecraftFlightMini (its launch LaunchMini: id, url, name; the other launch fields refused).
/// </summary>
public static class LocalWhere
{
    private const string NotJoined = "a docking event embeds its stations as SpaceStationMini (id, url, name, " +
        "image), and this evaluation does not join LL2's station table";

    private static readonly LocalWhere<DockingEventDto> OverTheRow =
        Events(SpaceStationFilter.Embedded("SpaceStationMini", NotJoined), station => station);

    /// <summary>The evaluation itself, for the push-down table (<c>EvaluatedLocally</c>).</summary>
    public static LocalWhere<DockingEventDto> Evaluation => OverTheRow;

    /// <summary>Every filter field the push-down table declares, for the test that keeps both in step.</summary>
    public static IEnumerable<string> FieldNames => OverTheRow.FieldNames;

    /// <summary>The argument as text, to bind cursors to it: conditions written alike give the same text.</summary>
    public static string Canonical(object? value) => LocalWhere<DockingEventDto>.Canonical(value);

    /// <summary>
    /// Over the row alone; a station field the row does not embed is FILTER_NOT_SUPPORTED (see
    /// <see cref="NeedsStationTable"/> and <see cref="CompileAsync"/>).
    /// </summary>
    public static Func<DockingEventDto, bool> Compile(IDictionary<string, object?>? where) =>
        OverTheRow.Compile(where);

    /// <summary>Over the row, its stations read from <paramref name="stations"/> (LL2's station table by id).</summary>
    public static Func<DockingEventDto, bool> Compile(IDictionary<string, object?>? where,
        IReadOnlyDictionary<int, SpaceStationDto> stations) =>
        Events(SpaceStationFilter.Whole, station => SpaceStationFilter.Join(station, stations)).Compile(where);

    /// <summary>Whether <paramref name="where"/> reads a station field a docking event does not embed.</summary>
    public static bool NeedsStationTable(IDictionary<string, object?>? where) =>
        where is not null && where.Any(pair => pair.Value is not null && pair.Key switch
        {
            "and" or "or" => ((IEnumerable<object?>)pair.Value).OfType<IDictionary<string, object?>>()
                .Any(NeedsStationTable),
            "spaceStationTarget" or "spaceStationChaser" =>
                SpaceStationFilter.ReadsBeyond(pair.Value, SpaceStationFilter.InDockingEvents),
            "dockingLocation" =>
                DockingLocationFilter.ReadsStationBeyond(pair.Value, SpaceStationFilter.InDockingEvents),
            _ => false,
        });

    /// <summary>
    /// The test, joining LL2's station table only when <paramref name="where"/> reads a station field the row does
    /// not embed: then one call (shared, through the client's memo and cache, with the station lookups), else none;
    /// with the other tables its fields join (<see cref="LocalJoins"/>), to be read before evaluating.
    /// </summary>
    public static async Task<(Func<DockingEventDto, bool> Test, LocalJoins Joins)> CompileAsync(
        IDictionary<string, object?>? where, LaunchLibraryClient ll2, CancellationToken cancellationToken)
    {
        if (!NeedsStationTable(where))
        {
            return LocalJoins.Bind(() => Compile(where));
        }

        // Compiled first without the table: a malformed argument is refused before the call.
        _ = Compile(where, new Dictionary<int, SpaceStationDto>());
        var stations = (await UpstreamErrors.CallAsync(() =>
            ll2.GetAllSpaceStationsAsync(Ll2Mode.Detailed, cancellationToken))).ToDictionary(s => s.Id);
        return LocalJoins.Bind(() => Compile(where, stations));
    }

    // The chaser's launch is read as LaunchNormal: only a detailed event embeds it so (a normal one as LaunchMini,
    // whose other fields would read as null). Every row evaluated here is detailed; a normal one is a bug.
    private static SpacecraftFlightDto? Chaser(DockingEventDto e) =>
        e.ResponseMode == "detailed" || e.FlightVehicleChaser is null
            ? e.FlightVehicleChaser
            : throw new InvalidOperationException(
                $"Docking event {e.Id} is not detailed: its chaser's launch is not LaunchNormal.");

    private static LocalWhere<DockingEventDto> Events(LocalWhere<SpaceStationDto> station,
        Func<SpaceStationDto?, SpaceStationDto?> join) =>
        new LocalWhere<DockingEventDto>("docking-event")
            .Id("id", "DockingEvent", e => e.Id)
            .Strings("url", e => e.Url)
            .Dates("docking", e => e.Docking)
            .Dates("departure", e => e.Departure)
            .Nested("dockingLocation", DockingLocationFilter.Where(station, join), e => e.DockingLocation)
            .Nested("spaceStationTarget", station, e => join(e.SpaceStationTarget))
            .Nested("flightVehicleTarget", SpacecraftFlightFilter.InDockingEvents, e => e.FlightVehicleTarget)
            .Nested("payloadFlightTarget", PayloadFlightFilter.Where, e => e.PayloadFlightTarget)
            .Nested("flightVehicleChaser", SpacecraftFlightFilter.ChaserInDetailedDockingEvents, Chaser)
            .Nested("spaceStationChaser", station, e => join(e.SpaceStationChaser))
            .Nested("payloadFlightChaser", PayloadFlightFilter.Where, e => e.PayloadFlightChaser);
}
