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

    public int SecondsFor(string ll2Path) => ll2Path switch
    {
        _ when ll2Path.StartsWith("space_stations/?", StringComparison.Ordinal) || ll2Path.StartsWith("config/", StringComparison.Ordinal) => ReferenceSeconds,
        _ when ll2Path.Contains("/?", StringComparison.Ordinal) => ListSeconds,
        _ => DetailSeconds,
    };
}
