using DockingGraph.Gateway.Data.Paging;
using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.Gateway.Stations;

public sealed class SpaceStationsConnectionGraphType()
    : ConnectionGraphType<SpaceStationGraphType, SpaceStationsEdgeGraphType, SpaceStationDto>(
        "SpaceStationsConnection");

public sealed class SpaceStationsEdgeGraphType()
    : EdgeGraphType<SpaceStationGraphType, SpaceStationDto>("SpaceStationsEdge");
