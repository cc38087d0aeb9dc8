using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DockingGraph.LaunchLibrary.Throttling;

/// <summary>How long LL2 asks us to wait after a 429, from each of the places LL2 may say it.</summary>
public static partial class Ll2ThrottleWait
{
    /// <summary><c>Retry-After</c> as seconds or as an HTTP date.</summary>
    public static TimeSpan? FromRetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - now,
        _ => null,
    };

    /// <summary>DRF's text: "Request was throttled. Expected available in N seconds." ("second" for 1).</summary>
    public static TimeSpan? FromDetail(string? detail) =>
        detail is not null
        && ExpectedAvailable().Match(detail) is { Success: true } m
        && int.TryParse(m.Groups[1].Value, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;

    /// <summary>The <c>detail</c> of a 429 body, or the body's own text when it is not LL2's JSON.</summary>
    public static TimeSpan? FromBody(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("detail", out var detail)
                && detail.ValueKind == JsonValueKind.String
                    ? FromDetail(detail.GetString())
                    : null;
        }
        catch (JsonException)
        {
            return FromDetail(body);
        }
    }

    /// <summary>
    /// <c>next_use_secs</c> of an <c>api-throttle/</c> answer. LL2's OpenAPI declares an array of one object; LL2
    /// answers the object itself: both are read.
    /// </summary>
    public static TimeSpan? FromApiThrottle(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                root = root.EnumerateArray().FirstOrDefault();
            }

            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("next_use_secs", out var next)
                && next.TryGetDouble(out var seconds)
                && seconds > 0
                    ? TimeSpan.FromSeconds(seconds)
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"Expected available in (\d+) second")]
    private static partial Regex ExpectedAvailable();
}
