using System.Net;
using DockingGraph.LaunchLibrary.Pipeline;
using DockingGraph.LaunchLibrary.Quota;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace DockingGraph.LaunchLibrary.Throttling;

/// <summary>
/// Retry, timeouts and circuit breaker on the LL2 HttpClient (Microsoft.Extensions.Http.Resilience), outermost
/// first: total timeout → retry → circuit breaker → per-attempt timeout; the 429 pause stays below all of them.
/// The quota governor counts a read once, above the HttpClient, so the retry — inside it — takes its own budget
/// unit (<see cref="ILl2RetryBudget"/>) and is not made without one. 429 and other status answers are never retried.
/// </summary>
public static class Ll2Resilience
{
    /// <summary>Who waits for the request (a user or a background refresh): the retry's budget depends on it.</summary>
    public static readonly HttpRequestOptionsKey<Ll2ReadOrigin> Origin = new("dockinggraph.ll2.origin");

    public static IHttpClientBuilder AddLl2Resilience(this IHttpClientBuilder client)
    {
        client.Services.AddOptions<Ll2ResilienceOptions>()
            .BindConfiguration(Ll2ResilienceOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        client.AddResilienceHandler("ll2", (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<Ll2ResilienceOptions>>().Value;
            var attempt = context.ServiceProvider.GetRequiredService<IOptions<LaunchLibraryOptions>>().Value
                .TimeoutSeconds;
            var budget = context.ServiceProvider.GetService<ILl2RetryBudget>();
            // Timeouts, backoff and the breaker measure how long LL2 keeps us waiting: wall-clock time, also when the
            // rest of the gateway runs on a test clock (which would otherwise never let a timeout fire).
            pipeline.TimeProvider = TimeProvider.System;
            pipeline.AddTimeout(options.TotalTimeout);
            if (options.MaxRetries > 0)
            {
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = options.MaxRetries,
                    Delay = options.RetryDelay,
                    BackoffType = DelayBackoffType.Constant,
                    UseJitter = true,
                    ShouldHandle = args => ShouldRetryAsync(args.Outcome, args.Context, args.AttemptNumber,
                        options.MaxRetries, budget),
                });
            }

            pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
                ShouldHandle = args => ValueTask.FromResult(
                    IsConnectionFailureOrTimeout(args.Outcome)
                    || args.Outcome.Result is { StatusCode: >= HttpStatusCode.InternalServerError }),
            });
            pipeline.AddTimeout(TimeSpan.FromSeconds(attempt));
        });
        return client;
    }

    private static async ValueTask<bool> ShouldRetryAsync(
        Outcome<HttpResponseMessage> outcome, ResilienceContext context, int attempt, int maxRetries,
        ILl2RetryBudget? budget)
    {
        // Polly asks after the last attempt too: no unit is taken for a retry that would not be made.
        if (attempt >= maxRetries || !IsConnectionFailureOrTimeout(outcome))
        {
            return false;
        }

        var request = context.GetRequestMessage();
        if (budget is null || IsApiThrottle(request?.RequestUri))
        {
            return true;
        }

        var origin = request is not null && request.Options.TryGetValue(Origin, out var o) ? o : Ll2ReadOrigin.Request;
        return await budget.TryTakeRetryAsync(origin);
    }

    // Not a status answer (LL2 answered: a retry would be answered the same, and a 429 is never retried), not a
    // refusal from the pause or the open circuit, not the caller giving up.
    private static bool IsConnectionFailureOrTimeout(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is TimeoutRejectedException or HttpRequestException { StatusCode: null }
            or IOException or System.Net.Sockets.SocketException;

    private static bool IsApiThrottle(Uri? uri) =>
        uri is not null && uri.AbsolutePath.EndsWith("/" + Ll2Paths.ApiThrottle, StringComparison.Ordinal);
}
