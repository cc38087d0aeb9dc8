using Microsoft.Extensions.Caching.Distributed;
using StackExchange.Redis;

namespace DockingGraph.LaunchLibrary.Caching;

/// <summary>
/// The cache's L2 over the shared Redis connection. While Redis is away, reads miss and writes are dropped at
/// once, instead of each waiting out a Redis timeout: the cache runs on L1 and LL2 until the connection is back.
/// </summary>
internal sealed class Ll2RedisL2(IDistributedCache redisCache, IConnectionMultiplexer redis) : IDistributedCache
{
    public byte[]? Get(string key) => redis.IsConnected ? redisCache.Get(key) : null;

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) =>
        redis.IsConnected ? redisCache.GetAsync(key, token) : Task.FromResult<byte[]?>(null);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options)
    {
        if (redis.IsConnected)
        {
            redisCache.Set(key, value, options);
        }
    }

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options,
        CancellationToken token = default) =>
        redis.IsConnected ? redisCache.SetAsync(key, value, options, token) : Task.CompletedTask;

    public void Refresh(string key)
    {
        if (redis.IsConnected)
        {
            redisCache.Refresh(key);
        }
    }

    public Task RefreshAsync(string key, CancellationToken token = default) =>
        redis.IsConnected ? redisCache.RefreshAsync(key, token) : Task.CompletedTask;

    public void Remove(string key)
    {
        if (redis.IsConnected)
        {
            redisCache.Remove(key);
        }
    }

    public Task RemoveAsync(string key, CancellationToken token = default) =>
        redis.IsConnected ? redisCache.RemoveAsync(key, token) : Task.CompletedTask;
}
