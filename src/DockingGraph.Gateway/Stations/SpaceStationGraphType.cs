using DockingGraph.Gateway.Common;
using DockingGraph.Gateway.DataLoading;
using DockingGraph.Gateway.DockingEvents;
using DockingGraph.Gateway.Schema.Relay;
using DockingGraph.Gateway.Schema.Scalars;
using DockingGraph.LaunchLibrary.Dtos;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace DockingGraph.Gateway.Stations;

public sealed class SpaceStationGraphType : IntNodeGraphType<SpaceStationDto, SpaceStationByIdDataLoader>
{
    public SpaceStationGraphType()
        : base("SpaceStation",
            "A space station. Fields a docking event does not embed are read from LL2's station table (one call for " +
            "all stations).",
            s => s.Id, Ll2Shapes.SpaceStation)
    {
        Field(x => x.Url, nullable: true);
        Field(x => x.Name, nullable: true);
        Field<ImageGraphType>("image").Resolve(c => c.Source.Image);
        FieldOrLoad<SpaceStationStatusGraphType>("status", s => s.Status);
        FieldOrLoad<CalendarDateGraphType>("founded", s => s.Founded);
        FieldOrLoad<CalendarDateGraphType>("deorbited", s => s.Deorbited);
        FieldOrLoad<StringGraphType>("description", s => s.Description);
        FieldOrLoad<StringGraphType>("orbit", s => s.Orbit);
        FieldOrLoad<SpaceStationTypeGraphType>("type", s => s.Type);
        FieldOrLoad<ListGraphType<NonNullGraphType<AgencyGraphType>>>("owners", s => s.Owners);
        FieldOrLoad<FloatGraphType>("height", s => s.Height, "Metres.");
        FieldOrLoad<FloatGraphType>("width", s => s.Width, "Metres.");
        FieldOrLoad<FloatGraphType>("mass", s => s.Mass, "Tonnes.");
        FieldOrLoad<FloatGraphType>("volume", s => s.Volume, "Cubic metres.");
        FieldOrLoad<IntGraphType>("onboardCrew", s => s.OnboardCrew);
        FieldOrLoad<IntGraphType>("dockedVehicles", s => s.DockedVehicles);
        FieldOrLoad<ListGraphType<NonNullGraphType<DockingLocationGraphType>>>("dockingLocations",
            s => s.DockingLocation?.Select(l => l with { Spacestation = s }).ToList(),
            "The station's docking ports (LL2's docking_location), each with what is docked there now.",
            "docking_location");
        // LL2's station table nests these without their station: it is this one.
        FieldOrLoad<ListGraphType<NonNullGraphType<ExpeditionGraphType>>>("activeExpeditions",
            s => s.ActiveExpeditions?.Select(e => e with { Spacestation = s }).ToList(),
            "Expeditions aboard now (LL2's active_expeditions, in the station table).", "active_expeditions");
        FieldOrLoad<ListGraphType<NonNullGraphType<DockingEventGraphType>>>("activeDockingEvents",
            s => s.ActiveDockingEvents?.Select(e => e with { SpaceStationTarget = s }).ToList(),
            "Docking events in progress (LL2's active_docking_events, in the station table).",
            "active_docking_events");
        Field<ListGraphType<NonNullGraphType<ExpeditionGraphType>>>("expeditions")
            .Description("Crews that lived aboard (LL2's expeditions/?space_station=, one call per station).")
            .Resolve()
            .WithService<ExpeditionsByStationDataLoader>()
            .Resolve((c, expeditions) => expeditions.Load(c.Source.Id));
        this.AddDockingEventsField(
            "Docking events whose target is this station (space_station_target__id pushed down; one LL2 call per " +
            "station and page).",
            s => new DockingEventsField.Parent("SpaceStation", s.Id));
    }
}
