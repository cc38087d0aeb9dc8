using DockingGraph.Gateway.Data.Local;
using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.Gateway.DockingEvents.Mirror;

/// <summary>
/// The docking-events <c>where</c> evaluated over the mirror with Hot Chocolate's semantics (see
/// <see cref="LocalWhere{T}"/>): which filter field reads which value of an event.
/// </summary>
public static class LocalWhere
{
    private static readonly LocalWhere<DockingEventDto> Events = new LocalWhere<DockingEventDto>("docking-event")
        .Id("id", "DockingEvent", e => e.Id)
        .Dates("docking", e => e.Docking)
        .Dates("departure", e => e.Departure)
        .Related("dockingLocation", "DockingLocation", e => e.DockingLocation?.Id)
        .Related("flightVehicleChaser", "SpacecraftFlight", e => e.FlightVehicleChaser?.Id)
        .Related("spaceStationTarget", "SpaceStation", e => e.SpaceStationTarget?.Id);

    /// <summary>The evaluation itself, for the push-down table (<c>EvaluatedLocally</c>).</summary>
    public static LocalWhere<DockingEventDto> Evaluation => Events;

    /// <summary>Every filter field the push-down table declares, for the test that keeps both in step.</summary>
    public static IEnumerable<string> FieldNames => Events.FieldNames;

    /// <summary>The argument as text, to bind cursors to it: conditions written alike give the same text.</summary>
    public static string Canonical(object? value) => LocalWhere<DockingEventDto>.Canonical(value);

    public static Func<DockingEventDto, bool> Compile(IDictionary<string, object?>? where) => Events.Compile(where);
}
