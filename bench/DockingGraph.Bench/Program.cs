using System.Diagnostics;
using DockingGraph.Bench;
using DockingGraph.Gateway;
using DockingGraph.Gateway.Schema;
using DockingGraph.Snapshot;
using GraphQL;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

if (args is ["replay", .. var replayArgs])
{
    // dotnet run -c Release --project bench/DockingGraph.Bench -- replay [step seconds] [hours] [seed]
    await DockingGraph.Bench.Replay.DayReplay.RunAsync(replayArgs);
    return;
}

// Runs the README's cost-table queries in-process against the in-process snapshot, once per gateway configuration, and prints
// upstream calls, allocations and mean time per request side by side.
// Usage: dotnet run -c Release --project bench/DockingGraph.Bench [iterations] [added upstream latency, ms]
var iterations = args.Length > 0 ? int.Parse(args[0]) : 30;
var latency = args.Length > 1 ? int.Parse(args[1]) : 0;
(string Name, Dictionary<string, string?> Settings)[] paths =
[
    ("DataLoader, no cross-request cache", new() { ["Cache:Enabled"] = "false" }),
    ("launches by loader, no cache", new() { ["Cache:Enabled"] = "false", ["DockingEvents:ChaserUpgrades"] = "Loaders" }),
    ("DataLoader + warm cache (default)", new()),
];

Console.WriteLine($"DockingGraph bench: {iterations} requests per query and path, after warm-up; upstream latency {latency} ms; {Environment.ProcessorCount} cores, .NET {Environment.Version}");
foreach (var (_, settings) in paths)
{
    var warm = Build(settings);
    foreach (var (_, document) in BenchQueries.All)
    {
        await ExecuteAsync(warm, document);
    }
}

Console.WriteLine($"{"query",-40} {"path",-32} {"calls",6} {"KB/req",9} {"ms/req",8}");
var results = new Dictionary<(string, string), (int Calls, double Kb, double Ms)>();
foreach (var (query, document) in BenchQueries.All)
{
    foreach (var (path, settings) in paths)
    {
        var services = Build(settings);
        var upstream = services.GetRequiredService<SnapshotUpstream>();
        upstream.Faults = new DockingGraph.Snapshot.Faults.SnapshotFaults { LatencyMilliseconds = latency };
        for (var i = 0; i < Math.Max(3, iterations / 10); i++)
        {
            await ExecuteAsync(services, document);
        }

        upstream.Requests.Clear();
        await ExecuteAsync(services, document);
        var calls = upstream.Requests.Count;

        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            await ExecuteAsync(services, document);
        }

        clock.Stop();
        var kb = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / iterations;
        var ms = clock.Elapsed.TotalMilliseconds / iterations;
        results[(query, path)] = (calls, kb, ms);
        Console.WriteLine($"{query,-40} {path,-32} {calls,6} {kb,9:F0} {ms,8:F2}");
    }
}

// The gateway's real Program, in memory: its services, without a listening server.
static IServiceProvider Build(Dictionary<string, string?> settings)
{
    // Outside a test project WebApplicationFactory cannot guess the app's content root; the build output has it all.
    Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_DOCKINGGRAPH_GATEWAY", AppContext.BaseDirectory);
    var factory = new WebApplicationFactory<DockingGraphSchema>().WithWebHostBuilder(host =>
    {
        host.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings)
        {
            host.UseSetting(key, value);
        }
    });
    return factory.Services;
}

static async Task ExecuteAsync(IServiceProvider services, string document)
{
    await using var scope = services.CreateAsyncScope();
    var result = await scope.ServiceProvider.GetRequiredService<IDocumentExecuter<DockingGraphSchema>>().ExecuteAsync(new ExecutionOptions
    {
        Query = document,
        RequestServices = scope.ServiceProvider,
    });
    if (result.Errors is { Count: > 0 } errors)
    {
        throw new InvalidOperationException(string.Join("; ", errors.Select(e => e.Message)));
    }
}
