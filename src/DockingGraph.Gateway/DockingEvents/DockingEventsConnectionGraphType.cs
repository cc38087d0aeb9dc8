using DockingGraph.Gateway.Data.Paging;
using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.Gateway.DockingEvents;

public sealed class DockingEventsConnectionGraphType()
    : ConnectionGraphType<DockingEventGraphType, DockingEventsEdgeGraphType, DockingEventDto>(
        "DockingEventsConnection");

public sealed class DockingEventsEdgeGraphType()
    : EdgeGraphType<DockingEventGraphType, DockingEventDto>("DockingEventsEdge");
