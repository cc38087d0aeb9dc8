using System.Security.Cryptography;
using System.Text;
using GraphQL.PersistedDocuments;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.PersistedOperations;

/// <summary>
/// Persisted documents: the committed folder (by SHA-256 of the text, and by file name for Hot Chocolate's
/// <c>id</c>), plus automatic persisted queries registered by clients. Serves GraphQL.NET's persisted-document loader.
/// </summary>
public sealed class PersistedOperationStore : IPersistedDocumentLoader
{
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _namesToHashes = new(StringComparer.Ordinal);
    private readonly AutomaticPersistedQueries _automatic;

    public PersistedOperationStore(IOptions<PersistedOperationsOptions> options, IWebHostEnvironment environment)
    {
        _automatic = new AutomaticPersistedQueries(options.Value.AutomaticCapacity, options.Value.AutomaticMaxBytes);
        // The content root when run from the project; beside the assembly when run from elsewhere (tests, containers).
        var folder = new[] { environment.ContentRootPath, AppContext.BaseDirectory }
            .Select(root => Path.Combine(root, options.Value.Directory))
            .FirstOrDefault(System.IO.Directory.Exists);
        if (folder is null)
        {
            return;
        }

        foreach (var file in System.IO.Directory.EnumerateFiles(folder, "*.graphql"))
        {
            var text = File.ReadAllText(file);
            var hash = Sha256(text);
            _files[hash] = text;
            _namesToHashes[Path.GetFileNameWithoutExtension(file)] = hash;
        }
    }

    public IReadOnlyCollection<string> PersistedHashes => _files.Keys;

    public static string Sha256(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    public bool IsPersisted(string hash) => _files.ContainsKey(hash);

    /// <summary>The SHA-256 of a document known by that hash or by its file name (Hot Chocolate's <c>id</c>).</summary>
    public string? HashOf(string id) => _files.ContainsKey(id) ? id : _namesToHashes.GetValueOrDefault(id);

    public string? Find(string hash, bool includeAutomatic) =>
        _files.GetValueOrDefault(hash) ?? (includeAutomatic ? _automatic.Find(hash) : null);

    /// <summary>Keeps an APQ registration; false when the document alone is over the byte budget.</summary>
    public bool Remember(string hash, string document) => _automatic.Remember(hash, document);

    ValueTask<string?> IPersistedDocumentLoader.GetQueryAsync(string? documentIdPrefix, string documentIdPayload, CancellationToken cancellationToken) =>
        ValueTask.FromResult(documentIdPrefix == "sha256" ? Find(documentIdPayload, includeAutomatic: false) : null);
}
