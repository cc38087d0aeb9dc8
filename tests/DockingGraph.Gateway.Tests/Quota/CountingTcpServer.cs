using System.Net;
using System.Net.Sockets;

namespace DockingGraph.Gateway.Tests.Quota;

/// <summary>
/// An LL2 that accepts connections and never answers, on 127.0.0.1: each connection is one attempt of the gateway
/// that ends in its timeout. (A server that drops connections unanswered is no exact counter: SocketsHttpHandler
/// retries those by itself, below every handler.)
/// </summary>
public sealed class CountingTcpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> _held = [];
    private int _accepted;

    public CountingTcpServer()
    {
        _listener.Start();
        _ = AcceptAsync();
    }

    public string BaseUrl => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/2.3.0/";

    public int Accepted => Volatile.Read(ref _accepted);

    public void Dispose()
    {
        _listener.Stop();
        lock (_held)
        {
            _held.ForEach(c => c.Dispose());
        }
    }

    private async Task AcceptAsync()
    {
        while (true)
        {
            try
            {
                var client = await _listener.AcceptTcpClientAsync();
                Interlocked.Increment(ref _accepted);
                lock (_held)
                {
                    _held.Add(client);
                }
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                return;
            }
        }
    }
}
