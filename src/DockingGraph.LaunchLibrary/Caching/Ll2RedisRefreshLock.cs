using DockingGraph.LaunchLibrary.Redis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DockingGraph.LaunchLibrary.Caching;

/// <summary>
/// One refresh per key across replicas: <c>SET lock owner NX PX</c>. The lock is never deleted early but cut to a
/// short hold when the refresh lands (so a replica that comes next finds the new entry in L2 instead of calling
/// LL2), or to the backoff when it fails. While Redis is away each process refreshes on its own.
/// </summary>
internal sealed class Ll2RedisRefreshLock(IConnectionMultiplexer redis, IOptions<Ll2RedisOptions> options,
    ILogger<Ll2RedisRefreshLock> logger) : ILl2RefreshLock
{
    private const string HoldIfOwner = """
        if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) end
        return 0
        """;

    public async Task<bool> TryAcquireAsync(string key, string owner, TimeSpan hold)
    {
        if (!redis.IsConnected)
        {
            return true;
        }

        try
        {
            return await redis.GetDatabase().StringSetAsync(LockKey(key), owner, hold, When.NotExists);
        }
        catch (RedisException e)
        {
            logger.LogDebug(e, "Refresh lock unavailable; refreshing without it");
            return true;
        }
    }

    public async Task HoldAsync(string key, string owner, TimeSpan hold)
    {
        if (!redis.IsConnected)
        {
            return;
        }

        try
        {
            await redis.GetDatabase().ScriptEvaluateAsync(HoldIfOwner, [LockKey(key)],
                [owner, (long)Math.Max(1, hold.TotalMilliseconds)]);
        }
        catch (RedisException e)
        {
            logger.LogDebug(e, "Refresh lock not updated; it expires on its own");
        }
    }

    private RedisKey LockKey(string key) => $"{options.Value.InstanceName}refresh:{key}";
}
