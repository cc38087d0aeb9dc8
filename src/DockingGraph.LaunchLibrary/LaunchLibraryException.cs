using System.Net;

namespace DockingGraph.LaunchLibrary;

public enum LaunchLibraryErrorKind
{
    /// <summary>LL2 answered with a non-2xx status.</summary>
    Status,

    /// <summary>LL2 could not be reached (connection refused, DNS, TLS, reset).</summary>
    Unavailable,

    /// <summary>No answer within the configured timeout.</summary>
    Timeout,

    /// <summary>A 2xx answer whose body is not the JSON expected.</summary>
    BadResponse,

    /// <summary>Not sent: the request has made as many LL2 calls as it may.</summary>
    RequestCapReached,
}

/// <summary>
/// The one error the LL2 client raises. Carries the status, LL2's <c>detail</c> or field errors and the request
/// path. The API key travels only in a header, so neither the path nor the message can contain it.
/// </summary>
public sealed class LaunchLibraryException(
    LaunchLibraryErrorKind kind,
    string requestPath,
    HttpStatusCode? statusCode = null,
    string? detail = null,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? fieldErrors = null,
    TimeSpan? retryAfter = null,
    Exception? inner = null,
    int? requestCap = null)
    : Exception(Describe(kind, requestPath, statusCode, detail, fieldErrors), inner)
{
    public LaunchLibraryErrorKind Kind { get; } = kind;

    /// <summary>Path and query relative to the host, e.g. <c>/2.3.0/docking_events/?limit=10</c>.</summary>
    public string RequestPath { get; } = requestPath;

    public HttpStatusCode? StatusCode { get; } = statusCode;

    /// <summary>LL2's <c>{"detail": "…"}</c> text, e.g. "Not found." or the throttle message.</summary>
    public string? Detail { get; } = detail;

    /// <summary>LL2's 400 body: parameter → messages, e.g. <c>docking__gt → ["Enter a valid date/time."]</c>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FieldErrors { get; } = fieldErrors ?? new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>How long LL2 asks us to wait (429): Retry-After, else the "Expected available in N seconds" text.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter ?? ParseRetryAfter(detail);

    /// <summary>With <see cref="LaunchLibraryErrorKind.RequestCapReached"/>: the calls one request may make.</summary>
    public int? RequestCap { get; } = requestCap;

    /// <summary>
    /// True when no request left for LL2 (the budget, the 429 pause or the open circuit refused it): no quota was
    /// spent, so the quota governor gives the call back.
    /// </summary>
    public bool NotSent { get; init; }

    public bool IsThrottled => StatusCode == HttpStatusCode.TooManyRequests;

    public bool IsNotFound => StatusCode == HttpStatusCode.NotFound;

    private static TimeSpan? ParseRetryAfter(string? detail) => Throttling.Ll2ThrottleWait.FromDetail(detail);

    private static string Describe(LaunchLibraryErrorKind kind, string path, HttpStatusCode? status, string? detail, IReadOnlyDictionary<string, IReadOnlyList<string>>? fields)
    {
        var what = kind switch
        {
            LaunchLibraryErrorKind.Status => $"LL2 answered {(int?)status} {status}",
            LaunchLibraryErrorKind.Unavailable => "LL2 could not be reached",
            LaunchLibraryErrorKind.Timeout => "LL2 did not answer in time",
            LaunchLibraryErrorKind.RequestCapReached => "No LL2 call was made",
            _ => "LL2 sent a body that is not the expected JSON",
        };
        var because = detail ?? (fields is { Count: > 0 } ? string.Join("; ", fields.Select(f => $"{f.Key}: {string.Join(" ", f.Value)}")) : null);
        return because is null ? $"{what} for GET {path}." : $"{what} for GET {path}: {because}";
    }
}
