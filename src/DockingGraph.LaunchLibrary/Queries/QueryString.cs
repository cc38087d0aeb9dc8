using System.Globalization;

namespace DockingGraph.LaunchLibrary.Queries;

internal static class QueryString
{
    /// <summary>Every value is escaped, so a search text such as <c>x&amp;limit=1000</c> stays one parameter.</summary>
    public static string Join(IEnumerable<KeyValuePair<string, string>> parameters) =>
        string.Join('&', parameters.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));

    /// <summary>UTC with 'Z' (a '+' offset would need escaping, and Django reads a raw '+' as a space).</summary>
    public static string Instant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(instant.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-ddTHH:mm:ssZ" : "yyyy-MM-ddTHH:mm:ss.FFFFFFFZ", CultureInfo.InvariantCulture);
}
