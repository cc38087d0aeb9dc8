using DockingGraph.LaunchLibrary.Quota;
using DockingGraph.LaunchLibrary.Redis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DockingGraph.LaunchLibrary.Throttling;

/// <summary>
/// The 429 pause shared by every replica: one Redis key holding the instant calls may resume (moved only forward,
/// by a Lua script), so one replica's 429 pauses all. This process's own pause is kept too and wins while Redis is
/// away. The value is compared with the (injected) clock; the key's expiry only tidies Redis up.
/// </summary>
public sealed class Ll2RedisPause(Ll2RedisFallback fallback, IOptions<Ll2RedisOptions> options, TimeProvider clock)
    : ILl2Pause
{
    // KEYS[1] the pause; ARGV until (unix ms), expiry (ms).
    private const string ExtendScript = """
        local resume = tonumber(ARGV[1])
        if resume > tonumber(redis.call('GET', KEYS[1]) or '0') then
          redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
        end
        return 1
        """;

    private readonly Ll2Pause _local = new(clock);
    private readonly RedisKey _key = options.Value.InstanceName + "ll2:pause";

    public async ValueTask<TimeSpan?> RemainingAsync(CancellationToken cancellationToken = default)
    {
        var local = await _local.RemainingAsync(cancellationToken);
        if (!fallback.Usable)
        {
            return local;
        }

        try
        {
            var value = await fallback.Redis.GetDatabase().StringGetAsync(_key);
            fallback.Succeeded();
            if (!value.TryParse(out long untilMs))
            {
                return local;
            }

            var shared = DateTimeOffset.FromUnixTimeMilliseconds(untilMs) - clock.GetUtcNow();
            return shared > (local ?? TimeSpan.Zero) ? shared : local;
        }
        catch (Exception e) when (e is RedisException or ObjectDisposedException)
        {
            fallback.Failed(e);
            return local;
        }
    }

    public async ValueTask PauseUntilAsync(DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        await _local.PauseUntilAsync(until, cancellationToken);
        var expiry = (long)Math.Ceiling((until - clock.GetUtcNow()).TotalMilliseconds);
        if (expiry <= 0 || !fallback.Usable)
        {
            return;
        }

        try
        {
            await fallback.Redis.GetDatabase().ScriptEvaluateAsync(
                ExtendScript, [_key], [until.ToUnixTimeMilliseconds(), expiry]);
            fallback.Succeeded();
        }
        catch (Exception e) when (e is RedisException or ObjectDisposedException)
        {
            fallback.Failed(e);
        }
    }
}
