using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace DockingGraph.LaunchLibrary.Quota;

/// <summary>
/// Whether the shared budget and pause can use Redis right now. One warning when Redis goes away, one line when it
/// is back, whatever the number of calls in between (a log line per LL2 call would drown the log).
/// </summary>
public sealed class Ll2RedisFallback(IConnectionMultiplexer redis, ILogger<Ll2RedisFallback> logger)
{
    private int _away;

    public IConnectionMultiplexer Redis => redis;

    /// <summary>False while Redis is known to be away: callers use what this process holds.</summary>
    public bool Usable
    {
        get
        {
            // A disconnected multiplexer queues commands until its timeout: better not to ask it at all.
            if (redis.IsConnected)
            {
                return true;
            }

            Failed(null);
            return false;
        }
    }

    public bool IsAway => Volatile.Read(ref _away) == 1;

    public void Failed(Exception? e)
    {
        if (Interlocked.Exchange(ref _away, 1) == 0)
        {
            logger.LogWarning(e, "Redis is unreachable: LL2 budget and 429 pause fall back to this replica's " +
                "local share until Redis is back.");
        }
    }

    public void Succeeded()
    {
        if (Interlocked.Exchange(ref _away, 0) == 1)
        {
            logger.LogInformation("Redis is back: LL2 budget and 429 pause are shared by every replica again.");
        }
    }
}
