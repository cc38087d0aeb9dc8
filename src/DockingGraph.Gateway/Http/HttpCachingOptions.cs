using DockingGraph.LaunchLibrary.Pipeline;

namespace DockingGraph.Gateway.Http;

/// <summary>
/// The <c>HttpCaching</c> section: how long a GET answer may be cached (Cache-Control max-age), by the kind of LL2
/// data it was built from. The answer gets the shortest lifetime among the LL2 resources it touched.
/// </summary>
public sealed class HttpCachingOptions
{
    public const string SectionName = "HttpCaching";

    /// <summary>Stations, docking locations: reference tables that change rarely.</summary>
    public int ReferenceSeconds { get; set; } = 3600;

    /// <summary>Single objects: a docking event, flight, spacecraft, launch.</summary>
    public int DetailSeconds { get; set; } = 900;

    /// <summary>Lists that grow: docking-event pages, expeditions.</summary>
    public int ListSeconds { get; set; } = 300;

    public int SecondsFor(Ll2ResourceClass resourceClass) => resourceClass switch
    {
        Ll2ResourceClass.ReferenceTable => ReferenceSeconds,
        Ll2ResourceClass.ListPage => ListSeconds,
        _ => DetailSeconds,
    };
}
