using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DockingGraph.Gateway.Tests.Quota;

/// <summary>A gateway for quota tests: its settings, its log lines (Information and up) and a POST helper.</summary>
public sealed class QuotaGateway : IAsyncDisposable
{
    private QuotaGateway(GatewayHost host, ConcurrentQueue<(LogLevel Level, string Message)> logs)
    {
        Host = host;
        Logs = logs;
        Http = new HttpClient { BaseAddress = new Uri(host.Url), Timeout = TimeSpan.FromSeconds(60) };
    }

    public GatewayHost Host { get; }

    public HttpClient Http { get; }

    public ConcurrentQueue<(LogLevel Level, string Message)> Logs { get; }

    public IEnumerable<string> Warnings => Logs.Where(l => l.Level >= LogLevel.Warning).Select(l => l.Message);

    public T Service<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    /// <summary>The gateway against <paramref name="baseUrl"/>, <see cref="GatewayHost.TestDefaults"/> then the arguments.</summary>
    public static async Task<QuotaGateway> StartAsync(string baseUrl, IEnumerable<string> arguments,
        TimeProvider? clock = null)
    {
        var logs = new ConcurrentQueue<(LogLevel, string)>();
        var host = await GatewayHost.StartAsync(
            ["--LaunchLibrary:BaseUrl", baseUrl, "--Logging:LogLevel:Default", "Information", .. arguments],
            services =>
            {
                services.AddSingleton<ILoggerProvider>(new QueueLoggerProvider(logs));
                if (clock is not null)
                {
                    services.AddSingleton<TimeProvider>(clock);
                }
            });
        return new QuotaGateway(host, logs);
    }

    public async Task<GraphQLAnswer> PostAsync(string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLAnswer((int)response.StatusCode, response.Content.Headers.ContentType, JsonNode.Parse(text)!, response);
    }

    /// <summary>One distinct LL2 call per <paramref name="size"/>: <c>docking_events/?limit=size…</c>.</summary>
    public static string Page(int size) => $"{{ dockingEvents(first: {size}) {{ totalCount }} }}";

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
    }

    private sealed class QueueLoggerProvider(ConcurrentQueue<(LogLevel, string)> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new QueueLogger(logs);

        public void Dispose()
        {
        }
    }

    private sealed class QueueLogger(ConcurrentQueue<(LogLevel, string)> logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                logs.Enqueue((logLevel, formatter(state, exception)));
            }
        }
    }
}
