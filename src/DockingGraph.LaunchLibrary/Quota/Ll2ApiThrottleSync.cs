using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DockingGraph.LaunchLibrary.Quota;

/// <summary>
/// Reads LL2's free <c>api-throttle/</c> into the governor: once before the gateway serves (so the first request
/// already meets LL2's figures) and then every <see cref="Ll2BudgetOptions.SyncInterval"/>. It sends through the
/// raw transport, below every stage: the governor never counts it, and no cycle goes through the client.
/// </summary>
internal sealed class Ll2ApiThrottleSync(
    IServiceProvider services,
    Ll2QuotaGovernor governor,
    TimeProvider clock,
    IOptions<Ll2BudgetOptions> options,
    ILogger<Ll2ApiThrottleSync> logger) : IHostedService, IDisposable
{
    // An unreachable LL2 must not hold the gateway's start for long: the configured budget applies meanwhile.
    private static readonly TimeSpan StartupWait = TimeSpan.FromSeconds(5);

    private ITimer? _timer;
    private int _running;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.SyncWithApiThrottle)
        {
            return;
        }

        using var wait = new CancellationTokenSource(StartupWait, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(wait.Token, cancellationToken);
        await SyncAsync(linked.Token);
        if (options.Value.SyncInterval > TimeSpan.Zero)
        {
            _timer = clock.CreateTimer(_ => _ = SyncAsync(CancellationToken.None), null,
                options.Value.SyncInterval, options.Value.SyncInterval);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _timer?.Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _timer?.Dispose();

    private async Task SyncAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _running, 1) == 1)
        {
            return;
        }

        try
        {
            var transport = services.GetRequiredService<Ll2HttpTransport>();
            var read = new Ll2Read(
                Ll2Paths.ApiThrottle, Ll2ResourceClass.Detail, "api-throttle", typeof(ApiThrottleDto));
            await governor.Synchronize((ApiThrottleDto)await transport.SendAsync(read, cancellationToken));
        }
        catch (Exception e) when (e is LaunchLibraryException or OperationCanceledException)
        {
            logger.LogWarning("LL2's api-throttle/ could not be read ({Reason}); the budget in force stays {Limit} " +
                "calls per {Window} ({Source}).", e.Message, governor.Limit, governor.Window, governor.Source);
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }
}
