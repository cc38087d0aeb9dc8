using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace DockingGraph.LaunchLibrary.Throttling;

/// <summary>
/// The last stage before the wire: after a 429 no LL2 call leaves until LL2's wait has passed; a call made during
/// the pause fails at once as a 429 would. A 429 is never retried. <c>api-throttle/</c> is free and always passes.
/// </summary>
public sealed class Ll2PauseHandler(ILl2Pause pause, TimeProvider clock, IOptions<LaunchLibraryOptions> options)
    : DelegatingHandler
{
    /// <summary>Set on the current activity when a call is refused: telemetry does not count it as an LL2 call.</summary>
    public const string PausedTag = "ll2.paused";

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (IsApiThrottle(request.RequestUri))
        {
            return await base.SendAsync(request, cancellationToken);
        }

        if (await pause.RemainingAsync(cancellationToken) is { } left)
        {
            Activity.Current?.SetTag(PausedTag, true);
            throw Ll2Refusals.Paused(request.RequestUri?.PathAndQuery ?? "", left);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var wait = await WaitAsync(request, response, cancellationToken);
            await pause.PauseUntilAsync(clock.GetUtcNow() + wait, cancellationToken);

            // The wait found in the body or api-throttle becomes the answer's Retry-After, so this 429 reports it too.
            response.Headers.RetryAfter ??= new RetryConditionHeaderValue(Seconds(wait));
        }

        return response;
    }

    // LL2 names its wait in one of three places, most direct first: Retry-After, else DRF's throttle detail text
    // ("Expected available in N seconds"), else api-throttle's next_use_secs (a free call, made only then).
    private async Task<TimeSpan> WaitAsync(
        HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (Ll2ThrottleWait.FromRetryAfter(response.Headers.RetryAfter, clock.GetUtcNow()) is { } retryAfter)
        {
            return retryAfter;
        }

        await response.Content.LoadIntoBufferAsync(cancellationToken);
        if (Ll2ThrottleWait.FromBody(await response.Content.ReadAsStringAsync(cancellationToken)) is { } fromBody)
        {
            return fromBody;
        }

        return await FromApiThrottleAsync(request, cancellationToken)
            ?? TimeSpan.FromSeconds(options.Value.UnknownThrottleWaitSeconds);
    }

    private async Task<TimeSpan?> FromApiThrottleAsync(
        HttpRequestMessage throttled, CancellationToken cancellationToken)
    {
        var baseUrl = options.Value.BaseUrl;
        if (string.IsNullOrWhiteSpace(baseUrl))
        {
            return null;
        }

        var uri = new Uri(new Uri(baseUrl.TrimEnd('/') + "/"), Ll2Paths.ApiThrottle);
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        foreach (var (name, values) in throttled.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, values);
        }

        try
        {
            using var response = await base.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode
                ? Ll2ThrottleWait.FromApiThrottle(await response.Content.ReadAsStringAsync(cancellationToken))
                : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private static TimeSpan Seconds(TimeSpan wait) => TimeSpan.FromSeconds(Math.Ceiling(wait.TotalSeconds));

    private static bool IsApiThrottle(Uri? uri) =>
        uri is not null && uri.AbsolutePath.EndsWith("/" + Ll2Paths.ApiThrottle, StringComparison.Ordinal);
}
