using DockingGraph.Gateway.Common;
using DockingGraph.Gateway.DataLoading;
using DockingGraph.Gateway.Flights;
using DockingGraph.Gateway.Schema.Scalars;
using DockingGraph.LaunchLibrary.Dtos;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace DockingGraph.Gateway.Stations;

/// <summary>
/// ExpeditionNormal (<c>expeditions/</c> pages, a station's expeditions) or ExpeditionDetailed (with the crew).
/// The crew of a normal expedition is read from its station's detailed expeditions, one call per station.
/// </summary>
public sealed class ExpeditionGraphType : ObjectGraphType<ExpeditionDto>
{
    public ExpeditionGraphType()
    {
        Name = "Expedition";
        Description = "A long-duration crew aboard a station.";
        Field(x => x.Id);
        Field(x => x.Url, nullable: true);
        Field(x => x.Name, nullable: true);
        Field<Iso8601DateTimeGraphType>("start").Resolve(c => c.Source.Start);
        Field<Iso8601DateTimeGraphType>("end").Resolve(c => c.Source.End);
        Field<SpaceStationGraphType>("spaceStation")
            .Description("The station (its other fields come from the stations table, as for any station).")
            .Resolve(c => c.Source.Spacestation ?? ParentStation(c));
        Field<ListGraphType<NonNullGraphType<MissionPatchGraphType>>>("missionPatches")
            .Resolve(c => c.Source.MissionPatches);
        Field<ListGraphType<NonNullGraphType<SpacewalkGraphType>>>("spacewalks").Resolve(c => c.Source.Spacewalks);
        Field<ListGraphType<NonNullGraphType<AstronautFlightGraphType>>>("crew")
            .Description("From LL2's ExpeditionDetailed: expeditions/?space_station=…&mode=detailed, one call per " +
                "station (no recording holds a crew: on the snapshot it is null).")
            .Resolve()
            .WithService<ExpeditionsDetailedByStationDataLoader>()
            .Resolve((context, detailed) =>
            {
                var expedition = context.Source;
                if (expedition.ResponseMode == "detailed")
                {
                    return expedition.Crew;
                }

                var station = (expedition.Spacestation ?? ParentStation(context))?.Id
                    ?? throw ShortForm.NotEmbedded("expedition", "crew", "ExpeditionMini", "expeditions/{id}/");
                return detailed.Load(station).Then(all =>
                    all is not null && all.TryGetValue(expedition.Id, out var full) ? full.Crew : null);
            });
    }

    private static SpaceStationDto? ParentStation(IResolveFieldContext context) =>
        context.Parent?.Source as SpaceStationDto;
}

public sealed class SpacewalkGraphType : ObjectGraphType<SpacewalkDto>
{
    public SpacewalkGraphType()
    {
        Name = "Spacewalk";
        Description = "An extravehicular activity (LL2's SpacewalkList).";
        Field(x => x.Id);
        Field(x => x.Url, nullable: true);
        Field(x => x.Name, nullable: true);
        Field<Iso8601DateTimeGraphType>("start").Resolve(c => c.Source.Start);
        Field<Iso8601DateTimeGraphType>("end").Resolve(c => c.Source.End);
        Field<DurationGraphType>("duration").Resolve(c => c.Source.Duration);
        Field(x => x.Location, nullable: true);
    }
}
