using DockingGraph.Gateway.DataLoading;
using DockingGraph.Gateway.Data.PushDown;
using DockingGraph.Gateway.Errors;
using DockingGraph.Gateway.Data.Paging;
using DockingGraph.Gateway.Schema.Relay;
using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;
using GraphQL;
using GraphQL.Types;
using GraphQL.MicrosoftDI;

namespace DockingGraph.Gateway.Stations;

public static class SpaceStationQueries
{
    public static void AddSpaceStationQueries(this ObjectGraphType query)
    {
        query.AddListField<object?, SpaceStationsConnectionGraphType, SpaceStationFilterInputGraphType,
                SpaceStationSortInputGraphType>("spaceStations",
                "Space stations, filtered, searched, ordered and paged by LL2 (mode=detailed: every station field in " +
                "the same call).",
                "LL2's search over station name and owner names/abbreviations.", "Default: ll2Id ascending.")
            .ResolveStations();

        query.Field<SpaceStationGraphType>("spaceStation")
            .Description(
                "One station by global id or LL2 number (from LL2's station table, shared with every station field " +
                "of the request).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve()
            .WithService<SpaceStationByIdDataLoader>()
            .Resolve((context, stations) =>
            {
                var id = GlobalId.ParseInt(context.GetArgument<string>("id"), "SpaceStation")!.Value;
                return stations.Load(id).Then(station => station ?? throw NotFound.Of("SpaceStation", id));
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DockingLocationGraphType>>>>("dockingLocations")
            .Description("Every docking location (LL2's config/docking_locations/ table, one call).")
            .Resolve()
            .WithService<DockingLocationByIdDataLoader>()
            .ResolveAsync(async (context, locations) => await locations.AllAsync(context.CancellationToken));
    }
}
