using System.Text;

namespace DockingGraph.Snapshot.Rest;

/// <summary>
/// A query string as Django reads it: repeated keys keep every value, a lookup takes the last one, blank values are
/// kept, '+' is a space. <see cref="With"/> and <see cref="Without"/> rebuild it the way DRF's paging links do
/// (Python's urlencode over the parameters sorted by name).
/// </summary>
public sealed class QueryParameters
{
    private readonly List<KeyValuePair<string, string>> _pairs;

    private QueryParameters(List<KeyValuePair<string, string>> pairs) => _pairs = pairs;

    public static QueryParameters Parse(string? query)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in (query ?? "").TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=');
            var key = Decode(equals < 0 ? part : part[..equals]);
            var value = equals < 0 ? "" : Decode(part[(equals + 1)..]);
            pairs.Add(new(key, value));
        }

        return new QueryParameters(pairs);
    }

    public string? this[string key] => _pairs.LastOrDefault(p => p.Key == key).Value;

    public IEnumerable<string> Keys => _pairs.Select(p => p.Key).Distinct();

    public QueryParameters With(string key, string value) =>
        new(_pairs.Where(p => p.Key != key).Append(new(key, value)).ToList());

    public QueryParameters Without(string key) => new(_pairs.Where(p => p.Key != key).ToList());

    /// <summary>Python's <c>urlencode(sorted(parse_qs(query).items()), doseq=True)</c>.</summary>
    public string ToSortedQueryString() =>
        string.Join('&', _pairs
            .GroupBy(p => p.Key)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => g.Select(p => $"{QuotePlus(p.Key)}={QuotePlus(p.Value)}")));

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    private static string QuotePlus(string text) => Uri.EscapeDataString(text).Replace("%20", "+");

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (key, value) in _pairs)
        {
            text.Append(text.Length == 0 ? "" : "&").Append(QuotePlus(key)).Append('=').Append(QuotePlus(value));
        }

        return text.ToString();
    }
}
