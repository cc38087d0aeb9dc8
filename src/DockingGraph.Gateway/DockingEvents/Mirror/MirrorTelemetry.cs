using System.Diagnostics.Metrics;
using DockingGraph.LaunchLibrary;

namespace DockingGraph.Gateway.DockingEvents.Mirror;

/// <summary>
/// The mirror's metrics on the gateway's meter (<see cref="Ll2Telemetry.Name"/>): whether it is complete and
/// answering, its age, the events it holds, when it is next refreshed, and how many pages it answered.
/// </summary>
public sealed class MirrorTelemetry : IDisposable
{
    private static readonly Meter Shared = new(Ll2Telemetry.Name);

    private static readonly Counter<long> Answers = Shared.CreateCounter<long>("dockinggraph.mirror.answers",
        description: "dockingEvents pages answered from the docking-events mirror (no LL2 call).");

    // One per gateway (a test process runs several): each observes its own mirror.
    private readonly Meter _meter = new(Ll2Telemetry.Name);

    public MirrorTelemetry(DockingEventsMirror mirror)
    {
        _meter.CreateObservableGauge("dockinggraph.mirror.complete", () => mirror.Status().Complete ? 1 : 0,
            description: "1 while the docking-events mirror holds LL2's whole collection.");
        _meter.CreateObservableGauge("dockinggraph.mirror.answering", () => mirror.Status().Answering ? 1 : 0,
            description: "1 while the mirror is complete and fresh enough to answer.");
        _meter.CreateObservableGauge("dockinggraph.mirror.events", () => mirror.Status().Events,
            description: "Docking events held by the mirror.");
        _meter.CreateObservableGauge("dockinggraph.mirror.age", () => Optional(mirror.Status().AgeSeconds),
            unit: "s", description: "Age of the mirror's newest events (its last recent refresh).");
        _meter.CreateObservableGauge("dockinggraph.mirror.next_refresh",
            () => Optional(mirror.Status().NextRefreshSeconds), unit: "s",
            description: "Seconds until the mirror's next recent refresh is due.");
    }

    public static void Answered() => Answers.Add(1);

    public void Dispose() => _meter.Dispose();

    private static IEnumerable<Measurement<double>> Optional(double? value) =>
        value is { } v ? [new Measurement<double>(v)] : [];
}
