using System.Collections.Immutable;
using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.Gateway.DockingEvents.Mirror;

/// <summary>
/// What the mirror holds at one moment: the detailed events and, indexed by id, the objects they embed in LL2's
/// detailed chaser form (<c>SpacecraftFlightNormal</c>: its <c>SpacecraftNormal</c> spacecraft and
/// <c>LaunchNormal</c> launch). Target flights are left out: LL2 embeds them in the shorter
/// <c>SpacecraftFlightMini</c>.
/// </summary>
public sealed class MirroredEvents
{
    private readonly ImmutableDictionary<int, DockingEventDto> _events;

    internal MirroredEvents(ImmutableDictionary<int, DockingEventDto> events, IReadOnlyList<DockingEventDto> ordered)
    {
        _events = events;
        // The newest read of an object wins: events are ordered by id, later events of a flight read it later.
        var flights = ordered.Select(e => e.FlightVehicleChaser).OfType<SpacecraftFlightDto>().ToList();
        Flights = flights.GroupBy(f => f.Id).ToImmutableDictionary(g => g.Key, g => g.Last());
        Spacecraft = flights.Select(f => f.Spacecraft).OfType<SpacecraftDto>()
            .GroupBy(s => s.Id).ToImmutableDictionary(g => g.Key, g => g.Last());
        Launches = flights.Select(f => f.Launch).OfType<LaunchDto>()
            .GroupBy(l => l.Id).ToImmutableDictionary(g => g.Key, g => g.Last());
    }

    public ImmutableDictionary<int, SpacecraftFlightDto> Flights { get; }

    public ImmutableDictionary<int, SpacecraftDto> Spacecraft { get; }

    public ImmutableDictionary<Guid, LaunchDto> Launches { get; }

    public DockingEventDto? Event(int id) => _events.GetValueOrDefault(id);
}
