using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// The real Program (the entry point of the assembly that holds <see cref="Schema.DockingGraphSchema"/>; the
/// snapshot's assembly has a Program too, so the name alone is ambiguous) on Kestrel at 127.0.0.1 (ephemeral port), configured by command-line style settings
/// (<c>"--LaunchLibrary:BaseUrl", "http://…"</c>), for tests that talk to it over real HTTP.
/// </summary>
public sealed class GatewayHost : WebApplicationFactory<Schema.DockingGraphSchema>
{
    // WebApplicationFactory finds the app's host through process-wide diagnostic events: two factories building at
    // the same moment (xunit runs classes in parallel) can catch each other's host, so they build one at a time.
    private static readonly Lock StartGate = new();

    /// <summary>
    /// What every test gateway starts with, before its own arguments (which override them). Fixtures are shared by
    /// many tests that count LL2 calls exactly: LL2's 15 calls an hour (and the snapshot's api-throttle, which
    /// reports 15) would refuse most of them, and a circuit opened by one test's injected 5xx would answer the next
    /// test's calls. Quota, resilience and Redis tests set these back to product-like values themselves. The
    /// docking-events mirror and aligned blocks are off too: most tests assert the exact LL2 query of one page and
    /// the calls it costs; the mirror and block tests turn them on (<see cref="MirrorOn"/>).
    /// </summary>
    public static readonly string[] TestDefaults =
    [
        "--Ll2Budget:Calls", "100000", "--Ll2Budget:SyncWithApiThrottle", "false",
        "--Ll2Resilience:RetryDelay", "00:00:00.050", "--Ll2Resilience:BreakerMinimumThroughput", "100000",
        "--Mirror:DockingEvents", "false", "--DockingEvents:AlignedBlocks", "false",
    ];

    /// <summary>The product defaults of the docking-events mirror and aligned blocks, back on.</summary>
    public static readonly string[] MirrorOn = ["--Mirror:DockingEvents", "true", "--DockingEvents:AlignedBlocks", "true"];

    private readonly IReadOnlyList<KeyValuePair<string, string?>> _settings;

    private readonly Action<IServiceCollection>? _services;

    private GatewayHost(IReadOnlyList<KeyValuePair<string, string?>> settings, Action<IServiceCollection>? services = null) =>
        (_settings, _services) = (settings, services);

    /// <summary>
    /// The shared fixtures serve many test methods from one gateway and count LL2 calls after <c>Reset()</c>: a cache
    /// that outlives the request would answer later tests without a call. The product default (on) is tested by the
    /// cache tests, which start their own gateways.
    /// </summary>
    public static readonly string[] NoCrossRequestCache = ["--Cache:Enabled", "false"];

    /// <summary>The gateway's base address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Url => ClientOptions.BaseAddress.ToString().TrimEnd('/');

    /// <summary>Kept for tests written against WebApplication: the one address the gateway listens on.</summary>
    public IReadOnlyList<string> Urls => [Url];

    /// <param name="arguments">Settings as command-line pairs.</param>
    /// <param name="services">Replacements registered after the Program's own (a fake clock, say).</param>
    public static Task<GatewayHost> StartAsync(IEnumerable<string> arguments, Action<IServiceCollection>? services = null)
    {
        var settings = Pairs(["--Logging:LogLevel:Default", "Warning", .. TestDefaults, .. arguments]);
        for (var attempt = 1; ; attempt++)
        {
            var host = new GatewayHost(settings, services);
            try
            {
                lock (StartGate)
                {
                    host.UseKestrel(0);
                    host.StartServer();
                }

                return Task.FromResult(host);
            }
            catch (InvalidOperationException e) when (attempt < 5 && (e.StackTrace?.Contains("TryConfigureServerPort")
                == true || e.Message.Contains("cannot be modified after", StringComparison.Ordinal)))
            {
                // Seen rarely even with test classes in sequence: the factory's process-wide host discovery picked up
                // a host that had already started ("The server addresses cannot be modified after the server has
                // been started"). A fresh factory starts cleanly.
                host.Dispose();
            }
        }
    }

    /// <summary>The real Program's services without a listening server (schema printing, service checks).</summary>
    public static GatewayHost InMemory(IEnumerable<string> arguments)
    {
        var host = new GatewayHost(Pairs(["--Logging:LogLevel:Default", "Warning", .. TestDefaults, .. arguments]));
        lock (StartGate)
        {
            _ = host.Services;
        }

        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Not Development: answers carry an LL2 cost report only when a test asks for it (GraphQL-LL2-Cost: report).
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    private static List<KeyValuePair<string, string?>> Pairs(IReadOnlyList<string> arguments)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        for (var i = 0; i < arguments.Count; i += 2)
        {
            var key = arguments[i].TrimStart('-');
            if (key == "urls")
            {
                continue; // Kestrel's ephemeral 127.0.0.1 port is the factory's choice.
            }

            pairs.Add(new(key, i + 1 < arguments.Count ? arguments[i + 1] : null));
        }

        return pairs;
    }
}
