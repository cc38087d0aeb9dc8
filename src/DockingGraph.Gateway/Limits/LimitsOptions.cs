using System.ComponentModel.DataAnnotations;

namespace DockingGraph.Gateway.Limits;

/// <summary>
/// The <c>Limits</c> section: what one request may cost. Every limit refuses before anything is fetched, with its own
/// code and a message naming the limit and the value.
/// </summary>
public sealed class LimitsOptions
{
    public const string SectionName = "Limits";

    /// <summary>Bytes of a POST body or of a GET query string (DOCUMENT_TOO_LARGE, HTTP 413).</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxDocumentBytes { get; set; } = 64 * 1024;

    /// <summary>Lexical tokens of the GraphQL document (TOO_MANY_TOKENS).</summary>
    [Range(10, 1_000_000)]
    public int MaxTokens { get; set; } = 5_000;

    /// <summary>Field nesting depth of the executed operation, fragments expanded (QUERY_TOO_DEEP).</summary>
    [Range(1, 64)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>Aliased fields in the document (TOO_MANY_ALIASES).</summary>
    [Range(0, 10_000)]
    public int MaxAliases { get; set; } = 30;

    /// <summary>Fragment definitions (TOO_MANY_FRAGMENTS).</summary>
    [Range(0, 10_000)]
    public int MaxFragments { get; set; } = 50;

    /// <summary>Fragment spreads, counted once per place they appear (TOO_MANY_FRAGMENTS).</summary>
    [Range(0, 100_000)]
    public int MaxFragmentSpreads { get; set; } = 200;

    /// <summary>Field cost in Hot Chocolate's spirit: lists multiply their subtree by first/last (QUERY_TOO_COMPLEX).</summary>
    [Range(1, 10_000_000)]
    public int MaxFieldCost { get; set; } = 10_000;

    /// <summary>Estimated (and, at run time, actual) LL2 calls one request may make (QUERY_TOO_EXPENSIVE).</summary>
    [Range(1, 10_000)]
    public int MaxLl2CallsPerRequest { get; set; } = 25;

    /// <summary>Ids in all <c>nodes(ids:)</c> fields of one request together (TOO_MANY_IDS).</summary>
    [Range(1, 10_000)]
    public int MaxNodeIdsPerRequest { get; set; } = 50;

    /// <summary>Characters of one string argument: ids, cursors, search (ARGUMENT_TOO_LONG).</summary>
    [Range(1, 1_000_000)]
    public int MaxStringArgumentLength { get; set; } = 256;

    /// <summary>Deadline of one request; pending LL2 calls are cancelled after it (REQUEST_TIMEOUT).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Introspection (<c>__schema</c>, <c>__type</c>) is answered; false refuses it (INTROSPECTION_DISABLED).</summary>
    public bool Introspection { get; set; } = true;
}
