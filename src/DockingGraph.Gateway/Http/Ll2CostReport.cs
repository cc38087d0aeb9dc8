using DockingGraph.LaunchLibrary.Pipeline;
using DockingGraph.LaunchLibrary.Quota;
using GraphQL;

namespace DockingGraph.Gateway.Http;

/// <summary>
/// <c>extensions.ll2</c>: an answer that used stale LL2 data says so, <c>{ stale: true, ageSeconds }</c>; with the
/// request header <c>GraphQL-LL2-Cost: report</c> (always in Development) every answer says what it cost,
/// <c>{ calls, cacheHits, stale, ageSeconds, budgetRemaining }</c>. The LL2 side of <c>GraphQL-Cost: report</c>.
/// </summary>
public static class Ll2CostReport
{
    public const string Header = "GraphQL-LL2-Cost";

    /// <summary>Asked by the header, or always in Development.</summary>
    public static bool IsAsked(HttpContext http) =>
        ReportHeaders.Asks(http, Header) || http.RequestServices.GetRequiredService<IHostEnvironment>().IsDevelopment();

    public static void Add(HttpContext http, ExecutionResult result, Ll2RequestTally tally)
    {
        var asked = IsAsked(http);
        if (!asked && !tally.Stale)
        {
            return;
        }

        var ageSeconds = tally.OldestAge is { } age ? (long)age.TotalSeconds : (long?)null;
        result.Extensions ??= new Dictionary<string, object?>();
        result.Extensions["ll2"] = asked
            ? new Dictionary<string, object?>
            {
                ["calls"] = tally.Calls,
                ["cacheHits"] = tally.CacheHits,
                ["stale"] = tally.Stale,
                ["ageSeconds"] = ageSeconds,
                ["budgetRemaining"] = http.RequestServices.GetService<ILl2QuotaStatus>()?.Remaining,
            }
            : new Dictionary<string, object?> { ["stale"] = true, ["ageSeconds"] = ageSeconds };
    }
}
