using System.ComponentModel.DataAnnotations;

namespace DockingGraph.Gateway.Answers;

/// <summary>
/// The whole-answer part of the <c>Cache</c> section. The store is on only while the cross-request cache is
/// (<c>Cache:Enabled</c>): an answer is kept no longer than the LL2 entries it was made of.
/// </summary>
public sealed class AnswerStoreOptions
{
    public const string SectionName = "Cache";

    /// <summary>Identical operations answered from their serialized bytes, without parsing or executing.</summary>
    public bool Answers { get; set; } = true;

    /// <summary>Memory the stored answers take together (bodies, keys, what they depend on); LRU beyond.</summary>
    [Range(0, 16L * 1024 * 1024 * 1024)]
    public long AnswersMaxBytes { get; set; } = 64 * 1024 * 1024;
}
