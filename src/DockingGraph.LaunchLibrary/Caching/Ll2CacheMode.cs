namespace DockingGraph.LaunchLibrary.Caching;

/// <summary>Where cached LL2 data lives: memory only, or memory with Redis shared by the replicas.</summary>
public sealed record Ll2CacheMode(bool Enabled, bool Distributed)
{
    public string Description => !Enabled ? "off (per-request memo only)" : Distributed ? "memory + Redis" : "memory";
}
