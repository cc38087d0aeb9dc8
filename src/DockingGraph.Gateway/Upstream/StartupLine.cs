using DockingGraph.LaunchLibrary.Quota;
using DockingGraph.LaunchLibrary.Redis;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Upstream;

/// <summary>The one startup log line: which upstream, which cache, which LL2 budget and where it comes from.</summary>
public static class StartupLine
{
    public static string Describe(IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var redis = services.GetRequiredService<IOptions<Ll2RedisOptions>>().Value.IsConfigured;
        var cache = !configuration.GetValue("Cache:Enabled", true) ? "off (per-request memo only)"
            : redis ? "memory + Redis" : "memory";
        var upstream = services.GetRequiredService<UpstreamDescription>().Text;
        return $"{upstream} Cache: {cache}. LL2 budget: {Budget(services, redis)}.";
    }

    private static string Budget(IServiceProvider services, bool redis)
    {
        var quota = services.GetRequiredService<ILl2QuotaStatus>();
        if (quota is not Ll2QuotaGovernor governor)
        {
            return quota.Source;
        }

        var reserve = services.GetRequiredService<IOptions<Ll2BudgetOptions>>().Value.Reserve;
        var sharing = redis ? "shared by the replicas through Redis" : "this process only";
        return $"{governor.Limit} calls per {governor.Window} ({governor.Source}), {reserve} kept for requests, "
            + sharing;
    }
}
