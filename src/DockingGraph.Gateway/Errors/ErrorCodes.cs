namespace DockingGraph.Gateway.Errors;

/// <summary>
/// The <c>extensions.code</c> values the gateway writes: the stable contract a client branches on (messages may change).
/// </summary>
public static class ErrorCodes
{
    public const string FilterNotSupported = "FILTER_NOT_SUPPORTED";
    public const string SortNotSupported = "SORT_NOT_SUPPORTED";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
    public const string InvalidPagingArguments = "INVALID_PAGING_ARGUMENTS";
    public const string InvalidId = "INVALID_ID";
    public const string TooManyIds = "TOO_MANY_IDS";
    public const string NotFound = "NOT_FOUND";
    public const string UpstreamRateLimited = "UPSTREAM_RATE_LIMITED";
    public const string UpstreamUnavailable = "UPSTREAM_UNAVAILABLE";
    public const string UpstreamBadResponse = "UPSTREAM_BAD_RESPONSE";
    public const string UpstreamRejected = "UPSTREAM_REJECTED";
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";

    // Limits (README "Limits"): refused before anything is fetched.
    public const string TooManyTokens = "TOO_MANY_TOKENS";
    public const string QueryTooDeep = "QUERY_TOO_DEEP";
    public const string TooManyAliases = "TOO_MANY_ALIASES";
    public const string TooManyFragments = "TOO_MANY_FRAGMENTS";
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";
    public const string QueryTooExpensive = "QUERY_TOO_EXPENSIVE";
    public const string ArgumentTooLong = "ARGUMENT_TOO_LONG";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
    public const string RequestTimeout = "REQUEST_TIMEOUT";
}
