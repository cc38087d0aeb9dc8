using DockingGraph.Gateway.Common;
using DockingGraph.Gateway.DataLoading;
using DockingGraph.Gateway.DockingEvents;
using DockingGraph.Gateway.Schema.Relay;
using DockingGraph.Gateway.Schema.Scalars;
using DockingGraph.LaunchLibrary.Dtos;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.Gateway.Stations;

public sealed class SpaceStationGraphType : IntNodeGraphType<SpaceStationDto>
{
    public SpaceStationGraphType()
        : base("SpaceStation", "A space station. Fields a docking event does not embed are read from LL2's station table (one call for all stations).", s => s.Id,
            (services, id) => services.GetRequiredService<SpaceStationByIdDataLoader>().Load(id))
    {
        Field(x => x.Url, nullable: true);
        Field(x => x.Name, nullable: true);
        Field<ImageGraphType>("image").Resolve(c => c.Source.Image);
        Full<SpaceStationStatusGraphType>("status", s => s.Status);
        Full<CalendarDateGraphType>("founded", s => s.Founded);
        Full<CalendarDateGraphType>("deorbited", s => s.Deorbited);
        Full<StringGraphType>("description", s => s.Description);
        Full<StringGraphType>("orbit", s => s.Orbit);
        Full<SpaceStationTypeGraphType>("type", s => s.Type);
        Full<ListGraphType<NonNullGraphType<AgencyGraphType>>>("owners", s => s.Owners);
        Full<FloatGraphType>("height", s => s.Height, "Metres.");
        Full<FloatGraphType>("width", s => s.Width, "Metres.");
        Full<FloatGraphType>("mass", s => s.Mass, "Tonnes.");
        Full<FloatGraphType>("volume", s => s.Volume, "Cubic metres.");
        Full<IntGraphType>("onboardCrew", s => s.OnboardCrew);
        Full<IntGraphType>("dockedVehicles", s => s.DockedVehicles);
        Full<ListGraphType<NonNullGraphType<DockingLocationGraphType>>>("dockingLocations",
            s => s.DockingLocation?.Select(l => l with { Spacestation = s }).ToList(),
            "The station's docking ports (LL2's docking_location), each with what is docked there now.");
        Field<ListGraphType<NonNullGraphType<ExpeditionGraphType>>>("expeditions")
            .Description("Crews that lived aboard (LL2's expeditions/?space_station=, one call per station).")
            .Resolve(c => c.RequestServices!.GetRequiredService<ExpeditionsByStationDataLoader>().Load(c.Source.Id));
        this.AddDockingEventsField("Docking events whose target is this station (space_station_target__id pushed down; one LL2 call per station and page).",
            s => new DockingEventsField.Parent("SpaceStation", s.Id));
    }

    private void Full<TGraphType>(string name, Func<SpaceStationDto, object?> select, string? description = null)
        where TGraphType : IGraphType =>
        this.FieldOrLoad<TGraphType, SpaceStationDto>(name, select, s => s.ResponseMode == "detailed",
            c => c.RequestServices!.GetRequiredService<SpaceStationByIdDataLoader>().Load(c.Source.Id), description);
}
