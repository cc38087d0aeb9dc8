using System.Net.Sockets;
using System.Text;

namespace DockingGraph.Gateway.Tests.Corpus;

/// <summary>
/// HTTP/1.1 over a bare socket, as a hostile client sends: the whole body whatever the server answered meanwhile.
/// HttpClient gives up with "broken pipe" once the gateway answers 413 and closes before the last byte is sent.
/// </summary>
public static class RawHttp
{
    public sealed record Answer(int Status, byte[] Body);

    public static async Task<Answer> SendAsync(Uri gateway, HttpRequestMessage request)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync();
        var head = new StringBuilder($"{request.Method} {request.RequestUri} HTTP/1.1\r\n")
            .Append($"Host: {gateway.Authority}\r\n");
        var headers = request.Headers.AsEnumerable();
        if (request.Content is not null)
        {
            headers = headers.Concat(request.Content.Headers.Where(h => h.Key != "Content-Length"));
        }

        foreach (var (name, values) in headers)
        {
            head.Append($"{name}: {string.Join(", ", values)}\r\n");
        }

        head.Append($"Content-Length: {body.Length}\r\nConnection: close\r\n\r\n");
        using var client = new TcpClient();
        await client.ConnectAsync(gateway.Host, gateway.Port);
        var stream = client.GetStream();
        var received = new MemoryStream();
        var reading = Task.Run(async () =>
        {
            try
            {
                await stream.CopyToAsync(received);
            }
            catch (IOException)
            {
                // Reset with our bytes unread: what came before is the answer.
            }
        });
        try
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()));
            await stream.WriteAsync(body);
        }
        catch (IOException)
        {
            // The gateway stopped reading and closed.
        }

        await reading.WaitAsync(TimeSpan.FromSeconds(30));
        return Parse(received.ToArray());
    }

    private static Answer Parse(byte[] response)
    {
        var text = Encoding.Latin1.GetString(response);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var lines = text[..end].Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1]);
        var content = response.AsSpan(end + 4);
        if (!lines.Any(l => l.StartsWith("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase)))
        {
            return new Answer(status, content.ToArray());
        }

        var decoded = new MemoryStream();
        while (true)
        {
            var crlf = content.IndexOf("\r\n"u8);
            var size = Convert.ToInt32(Encoding.ASCII.GetString(content[..crlf]), 16);
            if (size == 0)
            {
                return new Answer(status, decoded.ToArray());
            }

            decoded.Write(content.Slice(crlf + 2, size));
            content = content[(crlf + 2 + size + 2)..];
        }
    }
}
