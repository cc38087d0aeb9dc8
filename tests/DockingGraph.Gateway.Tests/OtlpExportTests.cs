using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DockingGraph.Gateway.Tests;

/// <summary>With OTEL_EXPORTER_OTLP_ENDPOINT set, traces reach an OTLP/HTTP receiver (a stand-in collector on 127.0.0.1).</summary>
public sealed class OtlpExportTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<(string Path, byte[] Body)> _received = new();
    private WebApplication _collector = null!;
    private GatewayHost _gateway = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        _collector = builder.Build();
        _collector.MapPost("/v1/{signal}", async (HttpContext http) =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body);
            _received.Enqueue((http.Request.Path.Value!, body.ToArray()));
            return Results.Ok();
        });
        await _collector.StartAsync();

        _gateway = await GatewayHost.StartAsync([
            "--OTEL_EXPORTER_OTLP_ENDPOINT", _collector.Urls.Single(), "--OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf",
            "--OTEL_BSP_SCHEDULE_DELAY", "200",
        ]);
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _collector.DisposeAsync();
    }

    [Fact]
    public async Task TracesOfGraphQLAndLl2CallsAreExported()
    {
        using var http = new HttpClient { BaseAddress = new Uri(_gateway.Urls.Single()) };
        await http.PostAsync("/graphql", new StringContent("{\"query\":\"{ dockingEvents(first: 1) { totalCount } }\"}", Encoding.UTF8, "application/json"));

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline && !Traces().Contains("LL2 GET docking_events"))
        {
            await Task.Delay(200);
        }

        Assert.Contains("LL2 GET docking_events", Traces());
        Assert.Contains("dockinggraph-gateway", Traces());
    }

    // OTLP protobuf carries span names and attribute strings as raw UTF-8.
    private string Traces() => string.Concat(_received.Where(r => r.Path == "/v1/traces").Select(r => Encoding.UTF8.GetString(r.Body)));
}
