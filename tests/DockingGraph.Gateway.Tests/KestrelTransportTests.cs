using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using DockingGraph.Gateway.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// Kestrel is sized by Limits:MaxDocumentBytes (Hosting/KestrelTransport.cs): the socket transport reads ahead at
/// most max(limit, 64 KB) instead of 1 MB, and every endpoint's body is limited, so that an oversized body costs
/// little more than its headers. The 413 stays the gateway's coded answer, sent before the connection closes.
/// </summary>
public sealed class KestrelTransportTests(DefaultLimitsGatewayFixture fixture)
    : IClassFixture<DefaultLimitsGatewayFixture>
{
    private const int Limit = 64 * 1024;

    [Fact]
    public void TheReadAheadAndTheBodyLimitFollowTheDocumentLimit()
    {
        var sockets = fixture.Services.GetRequiredService<IOptions<SocketTransportOptions>>().Value;
        var kestrel = fixture.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;

        Assert.Equal(Math.Max(Limit, KestrelTransport.MinReadAheadBytes), sockets.MaxReadBufferSize);
        Assert.Equal(Limit, kestrel.Limits.MaxRequestBodySize);
    }

    [Fact]
    public async Task AnOversizedContentLengthGetsTheCodedAnswerAndTheConnectionClosesWithoutTheRestOfTheBody()
    {
        fixture.Reset();

        // 1 MB announced, 4 KB sent: the answer and the close must not wait for the other 1 020 KB.
        var (response, closedIn) = await SendPartialBodyAsync("/graphql", contentLength: 1024 * 1024, send: 4096);

        Assert.StartsWith("HTTP/1.1 413", response, StringComparison.Ordinal);
        Assert.Contains("DOCUMENT_TOO_LARGE", response, StringComparison.Ordinal);
        Assert.Contains($"({Limit} bytes): {1024 * 1024} bytes (Content-Length)", response, StringComparison.Ordinal);
        Assert.Contains("Connection: close", response, StringComparison.OrdinalIgnoreCase);
        Assert.True(closedIn < TimeSpan.FromSeconds(3), $"closed after {closedIn}");
        Assert.Equal(0, fixture.Requests.Count);
        await Task.Delay(200);
        Assert.DoesNotContain(fixture.Logs, entry => entry.Level >= LogLevel.Error || entry.Exception is not null);
    }

    [Fact]
    public async Task AnOversizedBodyNoEndpointReadsIsNotDrained()
    {
        fixture.Reset();

        // Kestrel drains a body the endpoint did not read, on a kept-alive connection; over the global limit it
        // closes the connection after the answer instead of waiting for (and reading) the rest.
        var (response, closedIn) = await SendPartialBodyAsync("/health/live", contentLength: 1024 * 1024, send: 4096);

        Assert.StartsWith("HTTP/1.1 ", response, StringComparison.Ordinal);
        Assert.DoesNotContain("HTTP/1.1 5", response, StringComparison.Ordinal);
        Assert.True(closedIn < TimeSpan.FromSeconds(3), $"closed after {closedIn}");
    }

    private async Task<(string Response, TimeSpan ClosedIn)> SendPartialBodyAsync(
        string path, int contentLength, int send)
    {
        var gateway = fixture.Http.BaseAddress!;
        using var client = new TcpClient();
        await client.ConnectAsync(gateway.Host, gateway.Port);
        var stream = client.GetStream();
        var head = $"POST {path} HTTP/1.1\r\nHost: {gateway.Authority}\r\nContent-Type: application/json\r\n"
            + $"Content-Length: {contentLength}\r\n\r\n{{\"query\": \"{{ __typename }} #";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(Encoding.ASCII.GetBytes(new string('x', send)));
        var clock = Stopwatch.StartNew();
        var received = new MemoryStream();
        try
        {
            await stream.CopyToAsync(received).WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (IOException)
        {
            // Reset once the gateway closes with our bytes unread: what came before is the answer.
        }

        return (Encoding.UTF8.GetString(received.ToArray()), clock.Elapsed);
    }
}
