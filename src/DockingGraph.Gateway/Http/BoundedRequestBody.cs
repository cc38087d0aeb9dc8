using System.Buffers;
using DockingGraph.Gateway.Errors;
using DockingGraph.Gateway.Requests;
using Microsoft.AspNetCore.Http.Features;

namespace DockingGraph.Gateway.Http;

/// <summary>
/// A request body read once into one pooled buffer, never past <c>Limits:MaxDocumentBytes</c>: a Content-Length over
/// the limit is refused unread, a chunked body as soon as it crosses the limit.
/// </summary>
public sealed class BoundedRequestBody : IDisposable
{
    private const int FirstBufferBytes = 16 * 1024;

    private byte[]? _buffer;

    private BoundedRequestBody(byte[] buffer, int length) => (_buffer, Length) = (buffer, length);

    public int Length { get; }

    public ReadOnlyMemory<byte> Bytes => _buffer.AsMemory(0, Length);

    public static async Task<(BoundedRequestBody? Body, RequestProblem? Problem)> ReadAsync(
        HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        // Kestrel's own limit too, so that it does not drain an oversized rest of the body after the 413.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } kestrel)
        {
            kestrel.MaxRequestBodySize = limit;
        }

        if (request.ContentLength > limit)
        {
            StopReading(request);
            return (null, TooLarge("request body", limit, $"{request.ContentLength} bytes (Content-Length)"));
        }

        // One byte more than the limit tells "exactly at the limit" from "over it" without reading further.
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(request.ContentLength ?? FirstBufferBytes, limit) + 1);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == Math.Min(buffer.Length, limit + 1))
                {
                    buffer = Grow(buffer, Math.Min(buffer.Length * 2L, limit + 1L));
                }

                var room = Math.Min(buffer.Length, limit + 1) - length;
                int read;
                try
                {
                    read = await request.Body.ReadAsync(buffer.AsMemory(length, room), cancellationToken);
                }
                catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
                {
                    return (null, TooLarge("request body", limit, $"more than {limit} bytes"));
                }

                if (read == 0)
                {
                    var body = new BoundedRequestBody(buffer, length);
                    buffer = null;
                    return (body, null);
                }

                length += read;
                if (length > limit)
                {
                    StopReading(request);
                    var seen = $"more than {limit} bytes (stopped reading at {length})";
                    return (null, TooLarge("request body", limit, seen));
                }
            }
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    public static RequestProblem TooLarge(string what, int limit, string seen) =>
        new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.DocumentTooLarge,
            $"The {what} is larger than Limits:MaxDocumentBytes ({limit} bytes): {seen}.");

    public void Dispose()
    {
        if (_buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = null;
        }
    }

    // The connection cannot be kept: the rest of the body is not read.
    private static void StopReading(HttpRequest request)
    {
        if (HttpProtocol.IsHttp11(request.Protocol) || HttpProtocol.IsHttp10(request.Protocol))
        {
            request.HttpContext.Response.Headers.Connection = "close";
        }
    }

    private static byte[] Grow(byte[] buffer, long size)
    {
        var larger = ArrayPool<byte>.Shared.Rent((int)size);
        buffer.AsSpan().CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}
