using System.Collections.Concurrent;
using DockingGraph.Snapshot.Faults;
using DockingGraph.Snapshot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// The gateway over real HTTP against a standalone snapshot, with its own limits and every log entry of level
/// Warning or above kept, so a test can say "no unhandled exception was logged".
/// </summary>
public abstract class HardeningGatewayFixture : IAsyncLifetime
{
    private RunningSnapshot? _snapshot;
    private GatewayHost? _gateway;

    public HttpClient Http { get; private set; } = null!;

    public IServiceProvider Services => _gateway!.Services;

    public RequestLog Requests => _snapshot!.Upstream.Requests;

    public ConcurrentQueue<LoggedEntry> Logs { get; } = new();

    protected abstract IEnumerable<string> Arguments { get; }

    public async Task InitializeAsync()
    {
        _snapshot = await SnapshotServer.StartAsync();
        _gateway = await GatewayHost.StartAsync(
            ["--LaunchLibrary:BaseUrl", _snapshot.BaseAddress.ToString(), .. GatewayHost.NoCrossRequestCache, .. Arguments],
            services => services.AddSingleton<ILoggerProvider>(new QueueLoggerProvider(Logs)));
        Http = new HttpClient { BaseAddress = new Uri(_gateway.Urls.Single()), Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        if (_snapshot is not null)
        {
            await _snapshot.DisposeAsync();
        }
    }

    public void Reset()
    {
        Requests.Clear();
        Logs.Clear();
    }

    public sealed record LoggedEntry(LogLevel Level, string Category, string Message, Exception? Exception)
    {
        public override string ToString() => $"{Level} {Category}: {Message} {Exception?.GetType().Name}";
    }

    private sealed class QueueLoggerProvider(ConcurrentQueue<LoggedEntry> entries) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new QueueLogger(categoryName, entries);

        public void Dispose()
        {
        }
    }

    private sealed class QueueLogger(string category, ConcurrentQueue<LoggedEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                entries.Enqueue(new LoggedEntry(logLevel, category, formatter(state, exception), exception));
            }
        }
    }
}

/// <summary>The default limits (64 KB documents).</summary>
public sealed class DefaultLimitsGatewayFixture : HardeningGatewayFixture
{
    protected override IEnumerable<string> Arguments => [];
}

/// <summary>
/// Limits raised as far as they go, so that inputs the limits would refuse reach the code behind them: 16 MB
/// documents, 64 field levels, long string arguments; and a small APQ byte budget.
/// </summary>
public sealed class RaisedLimitsGatewayFixture : HardeningGatewayFixture
{
    public const int AutomaticMaxBytes = 100_000;

    protected override IEnumerable<string> Arguments =>
    [
        "--Limits:MaxDocumentBytes", $"{16 * 1024 * 1024}", "--Limits:MaxDepth", "64",
        "--Limits:MaxStringArgumentLength", "1000000", "--Limits:MaxTokens", "1000000",
        "--PersistedOperations:AutomaticMaxBytes", $"{AutomaticMaxBytes}",
    ];
}

/// <summary>2 KB documents, to reach the GET query-string limit below Kestrel's own 8 KB request-line limit.</summary>
public sealed class SmallDocumentsGatewayFixture : HardeningGatewayFixture
{
    protected override IEnumerable<string> Arguments => ["--Limits:MaxDocumentBytes", "2048"];
}
