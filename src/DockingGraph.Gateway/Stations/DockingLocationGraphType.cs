using DockingGraph.Gateway.DataLoading;
using DockingGraph.Gateway.DockingEvents;
using DockingGraph.Gateway.Flights;
using DockingGraph.Gateway.Payloads;
using DockingGraph.Gateway.Schema.Relay;
using DockingGraph.LaunchLibrary.Dtos;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.Gateway.Stations;

public sealed class DockingLocationGraphType : IntNodeGraphType<DockingLocationDto>
{
    public DockingLocationGraphType()
        : base("DockingLocation", "A docking port: on a space station, or on a spacecraft or payload (spacecraft-to-spacecraft dockings).", l => l.Id,
            (services, id) => services.GetRequiredService<DockingLocationByIdDataLoader>().Load(id))
    {
        Field(x => x.Name, nullable: true);
        Field<SpaceStationGraphType>("spaceStation").Description("LL2's `spacestation`; null for ports on spacecraft.").Resolve(c => c.Source.Spacestation);
        Field<SpacecraftConfigGraphType>("spacecraft").Resolve(c => c.Source.Spacecraft);
        Field<PayloadGraphType>("payload").Resolve(c => c.Source.Payload);
        Field<DockingEventGraphType>("currentlyDocked")
            .Description("What is docked at this port now, from LL2's station table (one call for all stations); null when free or not on a station.")
            .Resolve(c => c.Source.Spacestation is not { } station
                ? null
                : c.RequestServices!.GetRequiredService<SpaceStationByIdDataLoader>().Load(station.Id).Then(full => CurrentlyDocked(full, c.Source)));
        this.AddDockingEventsField("Docking events at this port (docking_location__id pushed down; one LL2 call per port and page).",
            l => new DockingEventsField.Parent("DockingLocation", l.Id));
    }

    // LL2's station table nests the docked event without its location and target: they are this port and its station.
    private static DockingEventDto? CurrentlyDocked(SpaceStationDto? station, DockingLocationDto port) =>
        station?.DockingLocation?.FirstOrDefault(l => l.Id == port.Id)?.CurrentlyDocked is { } docked
            ? docked with { DockingLocation = port with { CurrentlyDocked = null }, SpaceStationTarget = station }
            : null;
}
