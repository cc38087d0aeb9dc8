namespace DockingGraph.Gateway.Http;

/// <summary>Request headers that ask for a report about the request itself (<c>GraphQL-Cost: report</c> and kin).</summary>
public static class ReportHeaders
{
    public static bool Asks(HttpContext http, string header) =>
        http.Request.Headers[header].Any(v => string.Equals(v, "report", StringComparison.OrdinalIgnoreCase));
}
