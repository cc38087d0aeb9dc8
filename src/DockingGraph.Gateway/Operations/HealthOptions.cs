namespace DockingGraph.Gateway.Operations;

/// <summary>The <c>Health</c> configuration section.</summary>
public sealed class HealthOptions
{
    public const string SectionName = "Health";

    /// <summary>
    /// At most one <c>api-throttle/</c> call per this interval, whatever the number of probes; the result is cached
    /// between. Zero: every probe calls.
    /// </summary>
    public TimeSpan Ll2CheckInterval { get; set; } = TimeSpan.FromSeconds(30);
}
