using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DockingGraph.Snapshot.Rest;

public enum Comparison { Exact, Gt, Gte, Lt, Lte }

/// <summary>
/// One django-filter filter: a query parameter, how its value is validated (with Django's message when it is not
/// valid) and which rows it keeps. Only filters an endpoint declares are read; any other parameter is ignored, as LL2
/// does.
/// </summary>
public sealed record ListFilter(string Parameter, string Error, Func<string, object?> Parse, Func<JsonObject, object, bool> Matches)
{
    private static readonly string[] InstantFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
        "yyyy-MM-ddTHH:mmK", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mmK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
    ];

    public static ListFilter Instant(string parameter, string path, Comparison comparison) =>
        new(parameter, "Enter a valid date/time.", ParseInstant,
            (row, value) => JsonPath.Instant(row, path) is { } field && Compare(field.CompareTo((DateTimeOffset)value), comparison));

    /// <summary>
    /// django-filter's DateFilter: a forms.DateField value (Django's default DATE_INPUT_FORMATS; "Enter a valid
    /// date." otherwise) against the row's yyyy-MM-dd date.
    /// </summary>
    public static ListFilter Date(string parameter, string path, Comparison comparison) =>
        new(parameter, "Enter a valid date.", ParseDate,
            (row, value) => DateOnly.TryParseExact(JsonPath.Text(row, path), "yyyy-MM-dd", CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var field) && Compare(field.CompareTo((DateOnly)value), comparison));

    public static ListFilter Number(string parameter, string path, Comparison comparison = Comparison.Exact) =>
        new(parameter, "Enter a number.", ParseNumber,
            (row, value) => JsonPath.Number(row, path) is { } field && Compare(field.CompareTo((double)value), comparison));

    public static ListFilter NumberIn(string parameter, string path) =>
        new(parameter, "Enter a number.", raw => ParseList(raw, ParseNumber),
            (row, value) => JsonPath.Number(row, path) is { } field && ((object[])value).Contains(field));

    /// <summary>A csv of numbers matched against a value derived from the row (a launch's <c>net__year</c>).</summary>
    public static ListFilter NumberIn(string parameter, Func<JsonObject, double?> select) =>
        new(parameter, "Enter a number.", raw => ParseList(raw, ParseNumber),
            (row, value) => select(row) is { } field && ((object[])value).Contains(field));

    public static ListFilter UuidIn(string parameter, string path) =>
        new(parameter, "Enter a valid UUID.", raw => ParseList(raw, v => Guid.TryParse(v, out var g) ? g : null),
            (row, value) => Guid.TryParse(JsonPath.Text(row, path), out var field) && ((object[])value).Contains(field));

    public static ListFilter TextIn(string parameter, string path) =>
        new(parameter, "", raw => ParseList(raw, v => v),
            (row, value) => JsonPath.Values(row, path)
                .Any(v => ((object[])value).Any(t => TextMatches(v, (string)t, false))));

    /// <summary>
    /// django-filter's BooleanWidget: <c>true/false/1/0</c> (any case); any other value leaves the filter out, no 400.
    /// </summary>
    public static ListFilter Boolean(string parameter, string path) =>
        new(parameter, "", ParseBoolean,
            (row, value) => value is not bool wanted
                || JsonPath.Value(row, path) is { } field
                    && field.GetValueKind() is JsonValueKind.True or JsonValueKind.False && (bool)field == wanted);

    public static ListFilter Text(string parameter, string path, bool contains = false) =>
        new(parameter, "", raw => raw,
            (row, value) => JsonPath.Values(row, path).Any(v => TextMatches(v, (string)value, contains)));

    private static bool TextMatches(JsonNode node, string value, bool contains)
    {
        var text = node.GetValueKind() == JsonValueKind.String ? (string)node! : node.ToJsonString();
        return contains ? text.Contains(value, StringComparison.Ordinal) : text == value;
    }

    private static object ParseBoolean(string raw) => raw.ToLowerInvariant() switch
    {
        "true" or "1" => true,
        "false" or "0" => false,
        _ => "unknown",
    };

    private static object? ParseInstant(string raw) =>
        DateTimeOffset.TryParseExact(raw.Trim(), InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant
            : null;

    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "MM/dd/yyyy", "MM/dd/yy", "MMM d yyyy", "MMM d, yyyy", "d MMM yyyy", "d MMM, yyyy",
        "MMMM d yyyy", "MMMM d, yyyy", "d MMMM yyyy", "d MMMM, yyyy",
    ];

    private static object? ParseDate(string raw) =>
        DateOnly.TryParseExact(raw.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;

    private static object? ParseNumber(string raw) =>
        double.TryParse(raw.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    private static object? ParseList(string raw, Func<string, object?> parse)
    {
        var values = raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(parse).ToArray();
        return values.Length == 0 || values.Any(v => v is null) ? null : values!;
    }

    private static bool Compare(int order, Comparison comparison) => comparison switch
    {
        Comparison.Exact => order == 0,
        Comparison.Gt => order > 0,
        Comparison.Gte => order >= 0,
        Comparison.Lt => order < 0,
        _ => order <= 0,
    };
}
