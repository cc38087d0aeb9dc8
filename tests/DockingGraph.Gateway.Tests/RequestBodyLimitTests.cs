using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// The body is read once into a buffer bounded by Limits:MaxDocumentBytes (64 KB by default): past it, 413
/// DOCUMENT_TOO_LARGE with the limit and the size seen, nothing executed, nothing logged as a failure.
/// </summary>
public sealed class RequestBodyLimitTests(DefaultLimitsGatewayFixture fixture)
    : IClassFixture<DefaultLimitsGatewayFixture>
{
    private const int Limit = 64 * 1024;

    [Fact]
    public async Task AContentLengthOverTheLimitIs413()
    {
        fixture.Reset();
        var body = Body("{ dockingEvents(first: 1) { totalCount } }", Limit + 1);

        var (status, json) = await PostAsync(new ByteArrayContent(body));

        Assert.Equal(413, status);
        Assert.Equal("DOCUMENT_TOO_LARGE", Code(json));
        Assert.Contains($"{Limit} bytes", Message(json), StringComparison.Ordinal);
        Assert.Contains($"{Limit + 1} bytes", Message(json), StringComparison.Ordinal);
        Assert.Equal(0, fixture.Requests.Count);
    }

    [Fact]
    public async Task ABodyExactlyAtTheLimitRuns()
    {
        fixture.Reset();
        var body = Body("{ dockingEvents(first: 1) { totalCount } }", Limit);

        var (status, json) = await PostAsync(new ByteArrayContent(body));

        Assert.True(status == 200, json?.ToJsonString());
        Assert.NotNull((int?)json!["data"]!["dockingEvents"]!["totalCount"]);
    }

    [Fact]
    public async Task AChunkedBodyIsRefusedAsSoonAsItCrossesTheLimitWithoutAnErrorLogged()
    {
        fixture.Reset();

        // A raw client, as a hostile one would be: it keeps sending chunks and reads whatever comes back meanwhile.
        var (response, sent) = await SendEndlessChunkedBodyAsync(maxBytes: 64 * 1024 * 1024);

        Assert.StartsWith("HTTP/1.1 413", response, StringComparison.Ordinal);
        Assert.Contains("DOCUMENT_TOO_LARGE", response, StringComparison.Ordinal);
        Assert.Contains($"more than {Limit} bytes", response, StringComparison.Ordinal);
        Assert.True(sent < 32 * 1024 * 1024, $"the gateway read on: {sent} bytes sent");
        Assert.Equal(0, fixture.Requests.Count);
        await Task.Delay(200);
        Assert.DoesNotContain(fixture.Logs, entry => entry.Level >= LogLevel.Error || entry.Exception is not null);
    }

    [Fact]
    public async Task HeadIs405AndRunsNothing()
    {
        fixture.Reset();
        var query = Uri.EscapeDataString("{ dockingEvents { totalCount } }");
        using var request = new HttpRequestMessage(HttpMethod.Head, $"/graphql?query={query}");

        using var response = await fixture.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
        Assert.Equal(0, fixture.Requests.Count);
    }

    [Theory]
    [InlineData("{\"query\": \"{ dockingEvents { totalCount } }\"", 400, "INVALID_REQUEST")]
    [InlineData("\"{ dockingEvents { totalCount } }\"", 400, "INVALID_REQUEST")]
    [InlineData("null", 400, "INVALID_REQUEST")]
    [InlineData("", 400, "INVALID_REQUEST")]
    [InlineData("{\"query\": \"{ __typename }\", \"variables\": [1]}", 400, "INVALID_REQUEST")]
    [InlineData("{\"query\": \"{ __typename }\", \"id\": 7}", 200, null)]
    public async Task TheBodyParsedOnceKeepsItsAnswers(string body, int status, string? code)
    {
        fixture.Reset();

        var (actual, json) = await PostAsync(new StringContent(body, Encoding.UTF8));

        Assert.True(actual == status, $"{actual} {json?.ToJsonString()}");
        Assert.Equal(code, Code(json));
        Assert.Equal(0, fixture.Requests.Count);
    }

    private static byte[] Body(string query, int size)
    {
        var json = JsonSerializer.Serialize(new { query = query + " #" });
        var padding = new string('x', size - Encoding.UTF8.GetByteCount(json));
        return Encoding.UTF8.GetBytes(json.Insert(json.Length - 2, padding));
    }

    private async Task<(int Status, JsonNode? Json)> PostAsync(HttpContent content)
    {
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await fixture.Http.PostAsync("/graphql", content);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    private static string? Code(JsonNode? json) => (string?)json?["errors"]?[0]?["extensions"]?["code"];

    private static string Message(JsonNode? json) => (string?)json?["errors"]?[0]?["message"] ?? "";

    private async Task<(string Response, long Sent)> SendEndlessChunkedBodyAsync(long maxBytes)
    {
        var gateway = fixture.Http.BaseAddress!;
        using var client = new System.Net.Sockets.TcpClient();
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
                // Reset once the gateway closes with our chunks still unread: what came before is the answer.
            }
        });
        var head = $"POST /graphql HTTP/1.1\r\nHost: {gateway.Authority}\r\nContent-Type: application/json\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n" + Chunk("{\"query\": \"{ __typename } #");
        var chunk = Encoding.ASCII.GetBytes(Chunk(new string('x', 16 * 1024)));
        long sent = 0;
        try
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            while (sent < maxBytes && !reading.IsCompleted)
            {
                await stream.WriteAsync(chunk);
                sent += chunk.Length;
            }
        }
        catch (IOException)
        {
            // The gateway closed the connection: it stopped reading.
        }

        await reading.WaitAsync(TimeSpan.FromSeconds(10));
        return (Encoding.UTF8.GetString(received.ToArray()), sent);
    }

    private static string Chunk(string data) => $"{data.Length:x}\r\n{data}\r\n";
}

/// <summary>A GET whose query string is over Limits:MaxDocumentBytes is 413 too.</summary>
public sealed class QueryStringLimitTests(SmallDocumentsGatewayFixture fixture)
    : IClassFixture<SmallDocumentsGatewayFixture>
{
    [Fact]
    public async Task AGetQueryStringOverTheLimitIs413()
    {
        fixture.Reset();
        var query = Uri.EscapeDataString("{ dockingEvents(first: 1) { totalCount } } #" + new string('x', 3000));

        using var response = await fixture.Http.GetAsync($"/graphql?query={query}");
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(413, (int)response.StatusCode);
        Assert.Equal("DOCUMENT_TOO_LARGE", (string?)json?["errors"]?[0]?["extensions"]?["code"]);
        Assert.Contains("2048 bytes", (string?)json?["errors"]?[0]?["message"], StringComparison.Ordinal);
        Assert.Equal(0, fixture.Requests.Count);
    }

    [Fact]
    public async Task AGetQueryStringUnderTheLimitRuns()
    {
        fixture.Reset();

        using var response = await fixture.Http.GetAsync("/graphql?query=%7B%20__typename%20%7D");

        Assert.Equal(200, (int)response.StatusCode);
    }
}
