using System.Diagnostics.Metrics;
using DockingGraph.LaunchLibrary;

namespace DockingGraph.Gateway.Answers;

/// <summary>The counter <c>dockinggraph.answers</c>, by <c>answer</c>: what the whole-answer store did.</summary>
public static class AnswerTelemetry
{
    /// <summary>On every answer served from stored bytes (value <c>stored</c>).</summary>
    public const string Header = "X-DockingGraph-Answer";

    private static readonly Meter Meter = new(Ll2Telemetry.Name);

    private static readonly Counter<long> Answers = Meter.CreateCounter<long>("dockinggraph.answers",
        description: "Whole answers by answer: hit (served from bytes), miss (executed), kept, dropped (an LL2 "
            + "entry it used expired or was replaced), evicted (byte budget).");

    public static void Count(string answer) => Answers.Add(1, new KeyValuePair<string, object?>("answer", answer));
}
