using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace DockingGraph.Snapshot.Hosting;

/// <summary>
/// The snapshot on Kestrel: <c>http://127.0.0.1:5100/2.3.0/…</c> by default, or wherever <c>--urls</c> says.
/// </summary>
public static class SnapshotServer
{
    public const string DefaultUrl = "http://127.0.0.1:5100";

    public static WebApplication Create(string[] args, SnapshotUpstream? upstream = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddSingleton(upstream ?? new SnapshotUpstream());
        var app = builder.Build();
        app.MapSnapshotControl();
        app.MapSnapshotLl2Api();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var corpus = app.Services.GetRequiredService<SnapshotUpstream>().Corpus;
            app.Logger.LogInformation("LL2 2.3.0 snapshot: {Events} docking events, {Stations} stations, served at {Urls} under /2.3.0/ (controls under /_snapshot/)",
                corpus.DockingEvents.Count, corpus.SpaceStations.Count, string.Join(", ", app.Urls));
        });
        return app;
    }

    /// <summary>
    /// Starts a snapshot on an ephemeral loopback port (for tests) and returns it with its base address.
    /// </summary>
    public static async Task<RunningSnapshot> StartAsync(SnapshotUpstream? upstream = null)
    {
        var app = Create(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default", "Warning"], upstream);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new RunningSnapshot(app, new Uri(address), app.Services.GetRequiredService<SnapshotUpstream>());
    }
}

/// <summary>A started standalone snapshot.</summary>
public sealed class RunningSnapshot(WebApplication app, Uri origin, SnapshotUpstream upstream) : IAsyncDisposable
{
    public Uri Origin { get; } = origin;

    /// <summary>LL2's base URL on this snapshot, e.g. <c>http://127.0.0.1:41234/2.3.0/</c>.</summary>
    public Uri BaseAddress { get; } = new(origin, "/2.3.0/");

    public SnapshotUpstream Upstream { get; } = upstream;

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
