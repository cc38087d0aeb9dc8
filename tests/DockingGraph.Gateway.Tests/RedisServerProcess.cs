using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// A real redis-server on a free 127.0.0.1 port, no persistence; stoppable and restartable on the same port. Fails
/// (never skips) where redis-server is not installed.
/// </summary>
public sealed class RedisServerProcess : IAsyncDisposable
{
    private Process? _process;
    private ConnectionMultiplexer? _client;

    private RedisServerProcess(int port) => Port = port;

    public int Port { get; }

    public string Configuration => $"127.0.0.1:{Port}";

    public static async Task<RedisServerProcess> StartAsync()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var redis = new RedisServerProcess(port);
        await redis.RestartAsync();
        return redis;
    }

    public async Task RestartAsync()
    {
        _process = Process.Start(new ProcessStartInfo("redis-server", $"--port {Port} --bind 127.0.0.1 --save \"\" --appendonly no")
        {
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("redis-server could not be started (apt-get install redis-server).");
        for (var i = 0; i < 100 && !await AcceptsAsync(); i++)
        {
            await Task.Delay(50);
        }
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>The test's own connection, to read what the gateway wrote.</summary>
    public async Task<IDatabase> DatabaseAsync()
    {
        _client ??= await ConnectionMultiplexer.ConnectAsync($"{Configuration},abortConnect=false");
        return _client.GetDatabase();
    }

    public async Task<List<(string Key, byte[] Value)>> EntriesAsync(string pattern = "*")
    {
        var database = await DatabaseAsync();
        var keys = database.Multiplexer.GetServer(Configuration).Keys(pattern: pattern).ToList();
        var entries = new List<(string, byte[])>();
        foreach (var key in keys)
        {
            var type = await database.KeyTypeAsync(key);
            var value = type switch
            {
                RedisType.Hash => string.Join("\n", (await database.HashGetAllAsync(key)).Select(e => $"{e.Name}={e.Value}")),
                RedisType.SortedSet => string.Join("\n", (await database.SortedSetRangeByRankWithScoresAsync(key))
                    .Select(e => $"{e.Element}={e.Score}")),
                _ => (string?)await database.StringGetAsync(key),
            };
            entries.Add((key.ToString(), System.Text.Encoding.UTF8.GetBytes(value ?? "")));
        }

        return entries;
    }

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        await StopAsync();
    }

    private async Task<bool> AcceptsAsync()
    {
        try
        {
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
