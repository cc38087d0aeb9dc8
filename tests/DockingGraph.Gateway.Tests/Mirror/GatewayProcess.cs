using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DockingGraph.Gateway.Tests.Mirror;

/// <summary>
/// The built gateway as its own OS process (<c>dotnet DockingGraph.Gateway.dll --urls http://127.0.0.1:0</c>),
/// configured by environment variables (<c>Section__Key</c>), its console output kept for failure messages. A
/// replica as it runs in production: its own memory cache, refresher and LL2 client; only Redis is shared.
/// </summary>
public sealed class GatewayProcess : IAsyncDisposable
{
    private const string Listening = "Now listening on: ";

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource<string> _url = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private HttpClient? _http;

    private GatewayProcess(Process process) => _process = process;

    public string Output => string.Join("\n", _output);

    /// <param name="settings">Configuration keys (<c>Mirror:Tick</c>) and values, after
    /// <see cref="GatewayHost.TestDefaults"/>.</param>
    public static async Task<GatewayProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "DockingGraph.Gateway.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        foreach (var (key, value) in Pairs(GatewayHost.TestDefaults).Concat(settings))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"dotnet {dll} did not start.");
        var gateway = new GatewayProcess(process);
        process.OutputDataReceived += (_, e) => gateway.Read(e.Data);
        process.ErrorDataReceived += (_, e) => gateway.Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => gateway._url.TrySetException(
            new InvalidOperationException($"The gateway exited ({process.ExitCode}):\n{gateway.Output}"));

        // Generous: a busy 2-core machine starts a .NET web app in seconds, sometimes tens of them.
        var started = await Task.WhenAny(gateway._url.Task, Task.Delay(TimeSpan.FromSeconds(120)));
        if (started != gateway._url.Task || gateway._url.Task.IsFaulted)
        {
            await gateway.DisposeAsync();
            throw gateway._url.Task.Exception?.InnerException
                ?? new TimeoutException($"The gateway did not listen within 120 s:\n{gateway.Output}");
        }

        gateway._http = new HttpClient
        {
            BaseAddress = new Uri(await gateway._url.Task),
            Timeout = TimeSpan.FromSeconds(60),
        };
        return gateway;
    }

    /// <summary>A GraphQL POST with <c>GraphQL-LL2-Cost: report</c>: the answer says its LL2 calls.</summary>
    public async Task<JsonNode> PostAsync(string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("GraphQL-LL2-Cost", "report");
        using var response = await _http!.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>The mirror's readiness data (complete, answering, events, ageSeconds, nextRefreshSeconds).</summary>
    public async Task<JsonNode> MirrorStateAsync()
    {
        using var response = await _http!.GetAsync("/health/ready");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["checks"]!["mirror"]!["data"]!;
    }

    public async ValueTask DisposeAsync()
    {
        _http?.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        var at = line.IndexOf(Listening, StringComparison.Ordinal);
        if (at >= 0)
        {
            _url.TrySetResult(line[(at + Listening.Length)..].Trim());
        }
    }

    private static IEnumerable<KeyValuePair<string, string>> Pairs(IReadOnlyList<string> arguments)
    {
        for (var i = 0; i + 1 < arguments.Count; i += 2)
        {
            yield return KeyValuePair.Create(arguments[i].TrimStart('-'), arguments[i + 1]);
        }
    }
}
