namespace DockingGraph.LaunchLibrary.Redis;

/// <summary>The <c>Redis</c> section: when <c>Configuration</c> is set, replicas share cache L2, quota and 429 pause.</summary>
public sealed class Ll2RedisOptions
{
    public const string SectionName = "Redis";

    /// <summary>StackExchange.Redis configuration, e.g. <c>127.0.0.1:6379</c>; empty: nothing is shared.</summary>
    public string? Configuration { get; set; }

    /// <summary>Prefix of every key the gateway writes (never contains the API key).</summary>
    public string InstanceName { get; set; } = "dockinggraph:";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Configuration);
}
