using DockingGraph.Gateway.DataLoading;
using DockingGraph.Gateway.DockingEvents;
using DockingGraph.Gateway.Flights;
using DockingGraph.Gateway.Payloads;
using DockingGraph.Gateway.Schema.Relay;
using DockingGraph.LaunchLibrary.Dtos;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace DockingGraph.Gateway.Stations;

public sealed class DockingLocationGraphType : IntNodeGraphType<DockingLocationDto, DockingLocationByIdDataLoader>
{
    public DockingLocationGraphType()
        : base("DockingLocation",
            "A docking port: on a space station, or on a spacecraft or payload (spacecraft-to-spacecraft dockings).",
            l => l.Id)
    {
        Field(x => x.Name, nullable: true);
        Field<SpaceStationGraphType>("spaceStation")
            .Description("LL2's `spacestation`; null for ports on spacecraft.")
            .Resolve(c => c.Source.Spacestation);
        Field<SpacecraftConfigGraphType>("spacecraft").Resolve(c => c.Source.Spacecraft);
        Field<PayloadGraphType>("payload").Resolve(c => c.Source.Payload);
        Field<DockingEventGraphType>("currentlyDocked")
            .Description(
                "What is docked at this port now, from LL2's station table (one call for all stations); null when " +
                "free or not on a station.")
            .Resolve()
            .WithService<SpaceStationByIdDataLoader>()
            .Resolve((c, stations) => c.Source.Spacestation is not { } station
                ? null
                : stations.Load(station.Id).Then(full => CurrentlyDocked(full, c.Source)));
        this.AddDockingEventsField(
            "Docking events at this port (docking_location__id pushed down; one LL2 call per port and page).",
            l => new DockingEventsField.Parent("DockingLocation", l.Id));
    }

    // LL2's station table nests the docked event without its location and target: they are this port and its station.
    private static DockingEventDto? CurrentlyDocked(SpaceStationDto? station, DockingLocationDto port) =>
        station?.DockingLocation?.FirstOrDefault(l => l.Id == port.Id)?.CurrentlyDocked is { } docked
            ? docked with { DockingLocation = port with { CurrentlyDocked = null }, SpaceStationTarget = station }
            : null;
}
