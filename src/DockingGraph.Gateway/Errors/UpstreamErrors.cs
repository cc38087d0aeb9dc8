using DockingGraph.LaunchLibrary;
using GraphQL;

namespace DockingGraph.Gateway.Errors;

/// <summary>Turns LL2 failures into field errors a frontend can act on (never a 500, never the API key).</summary>
public static class UpstreamErrors
{
    /// <param name="call">The LL2 call.</param>
    /// <param name="notFound">Message of the NOT_FOUND error for a 404 (a detail lookup); without it a 404 is an upstream rejection.</param>
    public static async Task<T> CallAsync<T>(Func<Task<T>> call, string? notFound = null)
    {
        try
        {
            return await call();
        }
        catch (LaunchLibraryException e) when (e.IsNotFound && notFound is not null)
        {
            throw new GatewayError(ErrorCodes.NotFound, notFound);
        }
        catch (LaunchLibraryException e)
        {
            throw ToError(e);
        }
    }

    public static ExecutionError ToError(LaunchLibraryException e) => e switch
    {
        { Kind: LaunchLibraryErrorKind.RequestCapReached } => new GatewayError(ErrorCodes.QueryTooExpensive,
            $"This request reached its cap of LL2 calls (Limits:MaxLl2CallsPerRequest); {e.Detail}.",
            new Dictionary<string, object?> { ["limit"] = e.RequestCap }),
        { IsThrottled: true } => new GatewayError(ErrorCodes.UpstreamRateLimited,
            $"LL2's rate limit is spent; retry in {(int?)e.RetryAfter?.TotalSeconds ?? 0} s.",
            new Dictionary<string, object?> { ["retryAfter"] = (int?)e.RetryAfter?.TotalSeconds }),
        { Kind: LaunchLibraryErrorKind.BadResponse } => new GatewayError(ErrorCodes.UpstreamBadResponse,
            $"LL2 answered {e.RequestPath} with a body that is not the expected JSON."),
        { Kind: LaunchLibraryErrorKind.Status, StatusCode: { } status } when (int)status < 500 => new GatewayError(ErrorCodes.UpstreamRejected,
            $"LL2 rejected {e.RequestPath} with {(int)status}: {e.Message}"),
        _ => new GatewayError(ErrorCodes.UpstreamUnavailable, $"LL2 is unavailable: {e.Message}",
            new Dictionary<string, object?> { ["upstreamStatus"] = (int?)e.StatusCode }),
    };
}
