namespace DockingGraph.LaunchLibrary.Pipeline;

/// <summary>What kind of LL2 data a read returns: how fast it changes, so how long it may be kept.</summary>
public enum Ll2ResourceClass
{
    /// <summary>Small tables that change rarely: space stations, docking locations.</summary>
    ReferenceTable,

    /// <summary>One object (or a handful by id): a docking event, flight, spacecraft, launch.</summary>
    Detail,

    /// <summary>A page of a list that grows: docking events, expeditions.</summary>
    ListPage,
}
