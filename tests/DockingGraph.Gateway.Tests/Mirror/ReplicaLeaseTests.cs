using DockingGraph.LaunchLibrary.Caching;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.Gateway.Tests.Mirror;

/// <summary>
/// <see cref="Ll2ReplicaLease"/> of two gateways (replicas) on one real redis-server: one reads a block at a time,
/// the other waits (bounded); a failed read keeps the others off for the backoff; without Redis nobody waits.
/// </summary>
public sealed class ReplicaLeaseTests
{
    private static readonly Ll2ListQuery<DockingEventDto> Block =
        Ll2Lists.DockingEvents.Query().OrderBy(["-docking"]).WithPage(100, 0);

    private static readonly TimeSpan Short = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task OneReplicaReadsABlockAtATimeAndAFailedReadKeepsTheOthersOffForTheBackoff()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        string[] settings =
            ["--Redis:Configuration", redis.Configuration, "--Cache:RefreshBackoff", "00:00:04"];
        using var one = GatewayHost.InMemory(settings);
        using var two = GatewayHost.InMemory(settings);
        var first = one.Services.GetRequiredService<Ll2ReplicaLease>();
        var second = two.Services.GetRequiredService<Ll2ReplicaLease>();
        Assert.True(first.Shared);

        // While the first replica reads, the second gives up after its wait without reading.
        var reading = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = first.ReadAsync(Block, _ => reading.Task, Short, CancellationToken.None);
        var secondRead = false;
        await Assert.ThrowsAsync<Ll2LeaseTimeoutException>(() =>
            second.ReadAsync(Block, _ => Task.FromResult(secondRead = true), Short, CancellationToken.None));
        Assert.False(secondRead);

        // Landed: the others wait out a short hold (the L2 write), then read (from the cache, in the product).
        reading.SetResult(1);
        Assert.Equal(1, await held);
        Assert.Equal(2, await second.ReadAsync(Block, _ => Task.FromResult(2), TimeSpan.FromSeconds(10),
            CancellationToken.None));

        // Failed: nobody reads the block for the backoff (4 s), so a wait of 1 s gives up, one of 10 s does not.
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        await Assert.ThrowsAsync<InvalidOperationException>(() => first.ReadAsync<DockingEventDto, int>(Block,
            _ => throw new InvalidOperationException("LL2 failed"), Short, CancellationToken.None));
        await Assert.ThrowsAsync<Ll2LeaseTimeoutException>(() =>
            second.ReadAsync(Block, _ => Task.FromResult(3), Short, CancellationToken.None));
        Assert.Equal(3, await second.ReadAsync(Block, _ => Task.FromResult(3), TimeSpan.FromSeconds(10),
            CancellationToken.None));
    }

    [Fact]
    public async Task WithRedisStoppedOrNotConfiguredEveryReplicaReadsAtOnce()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        using var one = GatewayHost.InMemory(["--Redis:Configuration", redis.Configuration]);
        using var local = GatewayHost.InMemory([]);
        var shared = one.Services.GetRequiredService<Ll2ReplicaLease>();
        var alone = local.Services.GetRequiredService<Ll2ReplicaLease>();
        Assert.False(alone.Shared);
        var never = new TaskCompletionSource<int>();
        _ = alone.ReadAsync(Block, _ => never.Task, Short, CancellationToken.None);
        Assert.Equal(1, await alone.ReadAsync(Block, _ => Task.FromResult(1), Short, CancellationToken.None));

        await redis.StopAsync();
        _ = shared.ReadAsync(Block, _ => never.Task, Short, CancellationToken.None);
        Assert.Equal(2, await shared.ReadAsync(Block, _ => Task.FromResult(2), Short, CancellationToken.None));
    }
}
