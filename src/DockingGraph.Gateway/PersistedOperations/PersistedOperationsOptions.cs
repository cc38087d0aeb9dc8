namespace DockingGraph.Gateway.PersistedOperations;

/// <summary>The <c>PersistedOperations</c> configuration section.</summary>
public sealed class PersistedOperationsOptions
{
    public const string SectionName = "PersistedOperations";

    /// <summary>Folder of <c>*.graphql</c> documents, relative to the content root. Each is known by the SHA-256 of its text and by its file name.</summary>
    public string Directory { get; set; } = "persisted-operations";

    /// <summary>Production lock-down: run only documents of <see cref="Directory"/>; ad-hoc text and APQ registrations are refused.</summary>
    public bool OnlyPersisted { get; set; }

    /// <summary>How many automatic persisted queries (Apollo APQ) are remembered in memory.</summary>
    public int AutomaticCapacity { get; set; } = 1000;

    /// <summary>
    /// Memory the remembered APQ documents may take together (UTF-16, so about twice their UTF-8 size); the least
    /// recently used are evicted, and a document bigger than the whole budget is not remembered.
    /// </summary>
    public long AutomaticMaxBytes { get; set; } = 8 * 1024 * 1024;
}
