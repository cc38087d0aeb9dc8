using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace DockingGraph.Gateway.Tests.Corpus;

/// <summary>
/// One hostile or malformed request of <c>bad-input.json</c>: what is sent and what must come back. Huge inputs are
/// described by <see cref="Generate"/> (placeholder → repeated text) so the file stays small.
/// </summary>
public sealed record CorpusCase
{
    public required string Name { get; init; }

    public required string Kind { get; init; }

    public string Method { get; init; } = "POST";

    /// <summary>Path and query string; GET cases put the document here, URL-encoded.</summary>
    public string Url { get; init; } = "/graphql";

    public Dictionary<string, string> Headers { get; init; } = [];

    /// <summary>Defaults to application/json when there is a body.</summary>
    public string? ContentType { get; init; }

    public string Accept { get; init; } = "application/graphql-response+json";

    /// <summary>A JSON value sent as the body, serialized (an object, an array, null…).</summary>
    public JsonNode? Body { get; init; }

    /// <summary>Set when the body is the JSON literal null (a null <see cref="Body"/> means "not given").</summary>
    public bool BodyIsNull { get; init; }

    /// <summary>Body text sent as is (malformed JSON and the like).</summary>
    public string? Raw { get; init; }

    /// <summary>Body bytes, base64 (invalid UTF-8).</summary>
    public string? RawBase64 { get; init; }

    public Dictionary<string, Generator> Generate { get; init; } = [];

    public required Expectation Expect { get; init; }

    public override string ToString() => Name;

    public HttpRequestMessage ToRequest()
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), Fill(Url));
        request.Headers.TryAddWithoutValidation("Accept", Accept);
        foreach (var (name, value) in Headers)
        {
            request.Headers.TryAddWithoutValidation(name, Fill(value));
        }

        byte[]? body = RawBase64 is not null ? Convert.FromBase64String(RawBase64)
            : Raw is not null ? Encoding.UTF8.GetBytes(Fill(Raw))
            : BodyIsNull ? "null"u8.ToArray()
            : Body is not null ? Encoding.UTF8.GetBytes(Filled(Body.DeepClone())!.ToJsonString())
            : null;
        if (body is not null || ContentType is not null)
        {
            request.Content = new ByteArrayContent(body ?? []);
            request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType ?? "application/json");
        }

        return request;
    }

    private JsonNode? Filled(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o.ToList())
                {
                    o[key] = Filled(value);
                }

                return o;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    a[i] = Filled(a[i]?.DeepClone());
                }

                return a;
            case JsonValue v when v.TryGetValue<string>(out var text):
                return JsonValue.Create(Fill(text));
            default:
                return node;
        }
    }

    private string Fill(string text)
    {
        foreach (var (placeholder, generator) in Generate)
        {
            if (text.Contains(placeholder, StringComparison.Ordinal))
            {
                text = text.Replace(placeholder, generator.Expand(), StringComparison.Ordinal);
            }
        }

        return text;
    }
}

/// <summary>
/// <see cref="Text"/> repeated <see cref="Count"/> times, joined by <see cref="Separator"/>; in each repetition
/// <c>{i}</c> is its index (from <see cref="Start"/>) and <c>{next}</c> the index after; each repetition base64-encoded
/// when <see cref="Base64"/> (global ids).
/// </summary>
public sealed record Generator
{
    public required string Text { get; init; }

    public required int Count { get; init; }

    public string Separator { get; init; } = "";

    public int Start { get; init; }

    public bool Base64 { get; init; }

    public string Expand()
    {
        if (!Text.Contains('{') && !Base64 && Separator.Length == 0)
        {
            return new StringBuilder(Text.Length * Count).Insert(0, Text, Count).ToString();
        }

        var builder = new StringBuilder();
        for (var i = Start; i < Start + Count; i++)
        {
            if (i > Start)
            {
                builder.Append(Separator);
            }

            var one = Text.Replace("{i}", $"{i}", StringComparison.Ordinal)
                .Replace("{next}", $"{i + 1}", StringComparison.Ordinal);
            builder.Append(Base64 ? Convert.ToBase64String(Encoding.UTF8.GetBytes(one)) : one);
        }

        return builder.ToString();
    }
}

/// <summary>The answer a case must get. <see cref="Code"/>: one code, or the codes of limits that race.</summary>
public sealed record Expectation
{
    public required int Status { get; init; }

    /// <summary>The first error's extensions.code; null: no error (or no JSON body, as Kestrel's own 4xx).</summary>
    [JsonConverter(typeof(OneOrManyConverter))]
    public IReadOnlyList<string?> Code { get; init; } = [null];

    public int Ll2Calls { get; init; }

    private sealed class OneOrManyConverter : JsonConverter<IReadOnlyList<string?>>
    {
        public override bool HandleNull => true;

        public override IReadOnlyList<string?> Read(
            ref Utf8JsonReader reader, Type type, JsonSerializerOptions options) =>
            reader.TokenType switch
            {
                JsonTokenType.Null => [null],
                JsonTokenType.String => [reader.GetString()],
                _ => JsonSerializer.Deserialize<List<string?>>(ref reader, options)!,
            };

        public override void Write(
            Utf8JsonWriter writer, IReadOnlyList<string?> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value, options);
    }
}

public static class CorpusCases
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly Lazy<IReadOnlyList<CorpusCase>> Loaded = new(Load);

    public static IReadOnlyList<CorpusCase> All => Loaded.Value;

    public static CorpusCase Named(string name) => All.Single(c => c.Name == name);

    /// <summary>Unmeasured requests down the main paths, so no case pays for the first JIT of its path.</summary>
    public static IReadOnlyList<CorpusCase> WarmUp { get; } =
    [
        Post("{ dockingEvents(first: 1) { totalCount nodes { ll2Id } } }"),
        Post("{ dockingEvents(first: 1) { noSuchField } }"),
        Post("{ dockingEvents(first: 1, after: \"x\") { totalCount } }"),
        Post("{ " + string.Join(" ", Enumerable.Range(0, 40).Select(i => $"a{i}: __typename")) + " }"),
        new() { Name = "warm GET", Kind = "warm",
            Method = "GET", Url = "/graphql?query=%7B__typename%7D", Expect = Ok },
        new() { Name = "warm 405", Kind = "warm", Method = "PUT", Expect = Ok },
        new() { Name = "warm 413", Kind = "warm", Raw = new string(' ', 70_000), Expect = Ok },
        new() { Name = "warm 400", Kind = "warm", Raw = "{", Expect = Ok },
    ];

    private static Expectation Ok => new() { Status = 200 };

    private static CorpusCase Post(string query) =>
        new() { Name = query, Kind = "warm", Body = new JsonObject { ["query"] = query }, Expect = Ok };

    private static List<CorpusCase> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Corpus", "bad-input.json");
        var document = JsonNode.Parse(
            File.ReadAllText(path), documentOptions: new() { CommentHandling = JsonCommentHandling.Skip })!;
        var cases = new List<CorpusCase>();
        foreach (var item in document["cases"]!.AsArray())
        {
            var one = item!.AsObject();
            // "body": null means the JSON null body; JsonNode cannot tell null from absent after deserializing.
            var bodyIsNull = one.TryGetPropertyValue("body", out var body) && body is null;
            cases.Add(one.Deserialize<CorpusCase>(Options)! with { BodyIsNull = bodyIsNull });
        }

        return cases;
    }
}
