using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DockingGraph.Gateway.Schema;
using DockingGraph.Snapshot;
using DockingGraph.Snapshot.Faults;
using DockingGraph.Snapshot.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DockingGraph.Bench.Replay;

/// <summary>
/// One simulated day of dashboard traffic: the real Program with its product defaults (budget, reserve, cache,
/// mirror, answers) in memory, LaunchLibrary:BaseUrl at a standalone snapshot on 127.0.0.1 throttling after 15
/// calls an hour, both on one FakeTimeProvider advanced by the step after each request.
/// </summary>
public static class DayReplay
{
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 0, 0, 0, TimeSpan.Zero);

    public static async Task RunAsync(string[] args)
    {
        var step = TimeSpan.FromSeconds(args.Length > 0 ? double.Parse(args[0]) : 1);
        var hours = args.Length > 1 ? int.Parse(args[1]) : 24;
        var seed = args.Length > 2 ? int.Parse(args[2]) : 20261127;
        var clock = new FakeTimeProvider(Start);
        await using var snapshot = await SnapshotServer.StartAsync(new SnapshotUpstream(clock: clock));
        snapshot.Upstream.Faults = new SnapshotFaults { ThrottleAfter = 15, ThrottleWindowSeconds = 3600 };
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_DOCKINGGRAPH_GATEWAY",
            AppContext.BaseDirectory);
        await using var factory = new WebApplicationFactory<DockingGraphSchema>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Production");
            host.UseSetting("Logging:LogLevel:Default", Environment.GetEnvironmentVariable("DOCKINGGRAPH_REPLAY_LOG") ?? "Warning");
            host.UseSetting("LaunchLibrary:BaseUrl", snapshot.BaseAddress.ToString());
            host.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
        });
        using var client = factory.CreateClient();
        using var mirrorAnswers = new MirrorAnswerCounter();
        var shapes = new ReplayShapes(snapshot.Upstream.Corpus, seed);
        var log = new LogCursor(snapshot.Upstream.Requests);
        var perHour = Enumerable.Range(0, hours).Select(_ => new HourStats()).ToArray();
        var byShape = new Dictionary<string, (int Requests, int Errors)>();
        var errorCodes = new Dictionary<string, int>();
        var listAgesByShape = new Dictionary<string, List<double>>();
        long cacheHits = 0, foregroundCalls = 0, listConnections = 0;
        var total = (int)(TimeSpan.FromHours(hours) / step);
        var stopwatch = Stopwatch.StartNew();
        Console.WriteLine($"Day replay: {total} requests, one per {step.TotalSeconds:0.###} s of simulated time, " +
            $"{hours} h, seed {seed}; snapshot throttles after 15 calls/h; gateway product defaults");
        for (var i = 0; i < total; i++)
        {
            var hour = perHour[(int)((clock.GetUtcNow() - Start) / TimeSpan.FromHours(1))];
            var request = shapes.Next();
            var body = await PostAsync(client, request.Query);
            shapes.Answered(request, body);
            var ll2 = body?["extensions"]?["ll2"];
            var failed = body?["errors"] is JsonArray { Count: > 0 } || body?["data"] is null;
            hour.Requests++;
            hour.Errors += failed ? 1 : 0;
            hour.Stale += (bool?)ll2?["stale"] == true ? 1 : 0;
            cacheHits += (int?)ll2?["cacheHits"] ?? 0;
            foregroundCalls += (int?)ll2?["calls"] ?? 0;
            listConnections += request.List || request.Shape is "flight detail" or "station detail" ? 1 : 0;
            if ((long?)ll2?["ageSeconds"] is { } age)
            {
                hour.Ages.Add(age);
                (request.List ? hour.ListAges : []).Add(age);
                if (request.List)
                {
                    listAgesByShape.TryAdd(request.Shape, []);
                    listAgesByShape[request.Shape].Add(age);
                }
            }

            foreach (var error in body?["errors"] as JsonArray ?? [])
            {
                var code = $"{request.Shape}: {(string?)error?["extensions"]?["code"] ?? (string?)error?["message"]}";
                errorCodes[code] = errorCodes.GetValueOrDefault(code) + 1;
            }

            var counts = byShape.GetValueOrDefault(request.Shape);
            byShape[request.Shape] = (counts.Requests + 1, counts.Errors + (failed ? 1 : 0));
            var before = clock.GetUtcNow();
            log.Collect(perHour, Start, before);
            clock.Advance(step);
            // Background work (stale refreshes, the mirror's tick) runs on the thread pool: let it land before the
            // clock moves on, at least once a simulated minute.
            if (before.Minute != clock.GetUtcNow().Minute || log.Grew)
            {
                await log.SettleAsync();
            }

            log.Collect(perHour, Start, clock.GetUtcNow());
            if ((i + 1) % Math.Max(1, total / 24) == 0)
            {
                Console.Error.WriteLine($"  {i + 1}/{total} after {stopwatch.Elapsed:mm\\:ss}");
            }
        }

        await log.SettleAsync();
        log.Collect(perHour, Start, clock.GetUtcNow());
        ReplayTable.Print(perHour, byShape, cacheHits, foregroundCalls, mirrorAnswers.Count, listConnections,
            snapshot.Upstream.Requests, stopwatch.Elapsed);
        Console.WriteLine("list age by shape, p50 / p99 (s): " + string.Join(", ", listAgesByShape
            .Select(p => $"{p.Key} {HourStats.Percentile(p.Value, 0.5):0} / {HourStats.Percentile(p.Value, 0.99):0}")));
        Console.WriteLine("errors by shape and code: " + string.Join(", ",
            errorCodes.OrderByDescending(p => p.Value).Select(p => $"{p.Key} × {p.Value}")));
    }

    private static async Task<JsonNode?> PostAsync(HttpClient client, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        // Every answer reports what it spent and how old its data is; such requests bypass the answer store,
        // which never changes LL2 calls (it only keeps answers made of fresh cache entries).
        request.Headers.Add("GraphQL-LL2-Cost", "report");
        using var response = await client.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Counts the mirror's local page answers (its counter on the gateway's meter).</summary>
    private sealed class MirrorAnswerCounter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _count;

        public MirrorAnswerCounter()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Name == "dockinggraph.mirror.answers")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _count, value));
            _listener.Start();
        }

        public long Count => Interlocked.Read(ref _count);

        public void Dispose() => _listener.Dispose();
    }
}
