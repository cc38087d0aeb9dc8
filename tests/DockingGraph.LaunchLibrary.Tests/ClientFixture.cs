using DockingGraph.Snapshot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DockingGraph.LaunchLibrary.Tests;

/// <summary>The typed client, built by the real registration, talking to a standalone snapshot over 127.0.0.1.</summary>
public sealed class ClientFixture : IAsyncLifetime
{
    private RunningSnapshot? _snapshot;

    public RunningSnapshot Snapshot => _snapshot ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => _snapshot = await SnapshotServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_snapshot is not null)
        {
            await _snapshot.DisposeAsync();
        }
    }

    public LaunchLibraryClient CreateClient(string? apiKey = null, string? baseUrl = null, int timeoutSeconds = 30) =>
        CreateClient(new CapturedLogs(), apiKey, baseUrl, timeoutSeconds);

    public LaunchLibraryClient CreateClient(CapturedLogs logs, string? apiKey = null, string? baseUrl = null, int timeoutSeconds = 30)
    {
        var settings = new Dictionary<string, string?>
        {
            ["LaunchLibrary:BaseUrl"] = baseUrl ?? Snapshot.BaseAddress.ToString(),
            ["LaunchLibrary:ApiKey"] = apiKey,
            ["LaunchLibrary:TimeoutSeconds"] = $"{timeoutSeconds}",
        };
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddLaunchLibraryClient();
        return services.BuildServiceProvider().GetRequiredService<LaunchLibraryClient>();
    }
}

/// <summary>Every log line written, to check that the API key never reaches a log.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines
    {
        get { lock (_lines) { return _lines.ToList(); } }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (owner._lines)
            {
                owner._lines.Add($"{category}: {formatter(state, exception)} {exception}");
                if (state is IEnumerable<KeyValuePair<string, object?>> values)
                {
                    owner._lines.AddRange(values.Select(v => $"{v.Key}={v.Value}"));
                }
            }
        }
    }
}
