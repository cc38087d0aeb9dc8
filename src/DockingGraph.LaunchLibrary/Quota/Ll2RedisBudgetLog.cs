using Microsoft.Extensions.Options;
using StackExchange.Redis;
using DockingGraph.LaunchLibrary.Redis;

namespace DockingGraph.LaunchLibrary.Quota;

/// <summary>
/// The sliding log of every replica's LL2 calls, a Redis sorted set (score = when the call was made) changed only by
/// Lua scripts, so that the check and the take are one atomic step and N replicas together never exceed the cap.
/// While Redis is unreachable each replica keeps to its local share of the window (the calls it made itself are
/// mirrored locally, so the share counts them). The key names the gateway, never the API key.
/// </summary>
public sealed class Ll2RedisBudgetLog(
    Ll2RedisFallback fallback, IOptions<Ll2RedisOptions> redisOptions, IOptions<Ll2BudgetOptions> budgetOptions)
    : ILl2BudgetLog
{
    // KEYS[1] the log; ARGV now (ms), window (ms), cap, ticket. Returns {taken, used, retryAfterMs}.
    private const string TakeScript = """
        local now, window, cap = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
        local used = redis.call('ZCARD', KEYS[1])
        if used < cap then
          redis.call('ZADD', KEYS[1], now, ARGV[4])
          redis.call('PEXPIRE', KEYS[1], window)
          return {1, used + 1, 0}
        end
        if cap <= 0 then return {0, used, window} end
        local frees = redis.call('ZRANGE', KEYS[1], used - cap, used - cap, 'WITHSCORES')
        return {0, used, tonumber(frees[2]) + window - now}
        """;

    // KEYS[1] the log; ARGV now (ms), window (ms), at least this many calls. Returns the count.
    private const string RaiseScript = """
        local now, window, target = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
        local used = redis.call('ZCARD', KEYS[1])
        for i = used + 1, target do redis.call('ZADD', KEYS[1], now, 'll2-current-use:' .. now .. ':' .. i) end
        redis.call('PEXPIRE', KEYS[1], window)
        return math.max(used, target)
        """;

    private readonly Ll2LocalBudgetLog _local = new();
    private readonly RedisKey _key = redisOptions.Value.InstanceName + "ll2:budget";

    public bool IsShared => !fallback.IsAway && fallback.Redis.IsConnected;

    public async ValueTask<Ll2BudgetTake> TryTakeAsync(int cap, DateTimeOffset now, TimeSpan window)
    {
        var ticket = Guid.NewGuid().ToString("N");
        if (await EvaluateAsync(TakeScript, [Ms(now), Ms(window), cap, ticket]) is not { } answer)
        {
            return await _local.TryTakeAsync(LocalShare(cap), now, window);
        }

        var values = (RedisResult[])answer!;
        if ((int)values[0] == 1)
        {
            _local.Mirror(ticket, now, window);
            return new Ll2BudgetTake(true, (int)values[1], TimeSpan.Zero, ticket);
        }

        return Ll2BudgetTake.Refused((int)values[1], TimeSpan.FromMilliseconds((long)values[2]));
    }

    public async ValueTask RefundAsync(string ticket)
    {
        await _local.RefundAsync(ticket);
        if (!fallback.Usable)
        {
            return;
        }

        try
        {
            await fallback.Redis.GetDatabase().SortedSetRemoveAsync(_key, ticket);
        }
        catch (RedisException)
        {
            // A refund is a courtesy: the call ages out of the window anyway.
        }
    }

    public async ValueTask<int> RaiseToAsync(int used, DateTimeOffset now, TimeSpan window)
    {
        await _local.RaiseToAsync(used, now, window);
        return await EvaluateAsync(RaiseScript, [Ms(now), Ms(window), used]) is { } answer ? (int)answer : used;
    }

    private int LocalShare(int cap) => cap <= 0 ? cap : Math.Max(1, cap / budgetOptions.Value.Replicas);

    private async Task<RedisResult?> EvaluateAsync(string script, RedisValue[] arguments)
    {
        if (!fallback.Usable)
        {
            return null;
        }

        try
        {
            var result = await fallback.Redis.GetDatabase().ScriptEvaluateAsync(script, [_key], arguments);
            fallback.Succeeded();
            return result;
        }
        catch (Exception e) when (e is RedisException or ObjectDisposedException)
        {
            fallback.Failed(e);
            return null;
        }
    }

    private static long Ms(DateTimeOffset instant) => instant.ToUnixTimeMilliseconds();

    private static long Ms(TimeSpan span) => (long)span.TotalMilliseconds;
}
