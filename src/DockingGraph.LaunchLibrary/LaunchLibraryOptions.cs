using System.ComponentModel.DataAnnotations;

namespace DockingGraph.LaunchLibrary;

/// <summary>The <c>LaunchLibrary</c> configuration section.</summary>
public sealed class LaunchLibraryOptions
{
    public const string SectionName = "LaunchLibrary";
    public const string ProductionBaseUrl = "https://ll.thespacedevs.com/2.3.0/";
    public const string DevelopmentBaseUrl = "https://lldev.thespacedevs.com/2.3.0/";

    /// <summary>LL2's versioned base, e.g. <see cref="ProductionBaseUrl"/>. A missing trailing '/' is added.</summary>
    [Url]
    public string? BaseUrl { get; set; }

    /// <summary>Sent as <c>Authorization: Token &lt;key&gt;</c>; never logged, never in an error message.</summary>
    public string? ApiKey { get; set; }

    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>The pause after a 429 that names no wait (no Retry-After, detail text or api-throttle).</summary>
    [Range(1, 86400)]
    public int UnknownThrottleWaitSeconds { get; set; } = 60;

    public override string ToString() =>
        $"BaseUrl={BaseUrl ?? "(not set)"}, ApiKey={(string.IsNullOrEmpty(ApiKey) ? "(none)" : "(set)")}, TimeoutSeconds={TimeoutSeconds}";
}
