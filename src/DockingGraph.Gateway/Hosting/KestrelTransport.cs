using DockingGraph.Gateway.Limits;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;

namespace DockingGraph.Gateway.Hosting;

/// <summary>
/// Kestrel sized by <c>Limits:MaxDocumentBytes</c>, so that an oversized body costs the gateway little more than its
/// headers. Measured with bench/load (README, "Load"): with the socket transport's default read-ahead of 1 MB, a
/// refused 1 MB document still had most of its bytes copied in from the socket before the connection closed.
/// </summary>
public static class KestrelTransport
{
    /// <summary>The read-ahead never goes below this: it must hold a request's headers (Kestrel's 32 KB).</summary>
    public const int MinReadAheadBytes = 64 * 1024;

    public static WebApplicationBuilder ConfigureGatewayKestrel(this WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(LimitsOptions.SectionName).Get<LimitsOptions>() ?? new();

        // What the socket transport reads ahead of the application, per connection (default 1 MB). Kestrel's
        // Limits:MaxRequestBufferSize does not bound it on a plain HTTP connection. Kestrel:Sockets overrides it.
        builder.Services.Configure<SocketTransportOptions>(sockets =>
            sockets.MaxReadBufferSize = Math.Max(limits.MaxDocumentBytes, MinReadAheadBytes));
        builder.Services.Configure<SocketTransportOptions>(builder.Configuration.GetSection("Kestrel:Sockets"));

        // Every endpoint's body, not only /graphql's: Kestrel's own 413 for a body read past it, and no drain of an
        // oversized Content-Length body that no endpoint read (a 1 MB POST to a 404 was drained in full).
        builder.Services.Configure<KestrelServerOptions>(kestrel =>
            kestrel.Limits.MaxRequestBodySize = limits.MaxDocumentBytes);
        return builder;
    }
}
