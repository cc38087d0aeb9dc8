using System.Text.Json.Nodes;
using DockingGraph.Snapshot.Corpus;
using DockingGraph.Snapshot.CorpusBuilding;
using DockingGraph.Snapshot.Rest;
using Snapshooter.Xunit;

namespace DockingGraph.Snapshot.Tests;

public sealed class CorpusBuildTests
{
    private static readonly string Repository = BuildCorpusCommand.FindRepositoryRoot(AppContext.BaseDirectory)!;
    private static readonly string SharedLl2 = Path.GetFullPath(Path.Combine(Repository, "..", "shared", "ll2"));

    [SkippableFact]
    public void RebuildingFromSharedGivesTheCommittedBytes()
    {
        Skip.IfNot(Directory.Exists(SharedLl2), $"{SharedLl2} is not present on this machine.");

        var built = CorpusBuilder.Build(SharedLl2);

        var corpusFolder = Path.Combine(Repository, "src", "DockingGraph.Snapshot", "Corpus");
        Assert.Equal(6, built.Count);
        foreach (var (name, content) in built)
        {
            Assert.True(content == File.ReadAllText(Path.Combine(corpusFolder, name)), $"Corpus/{name} differs from a rebuild; run build-corpus.");
        }
    }

    [SkippableFact]
    public void RecordedSeedCopyMatchesShared()
    {
        Skip.IfNot(Directory.Exists(SharedLl2), $"{SharedLl2} is not present on this machine.");

        Assert.Equal(
            File.ReadAllBytes(Path.Combine(SharedLl2, CorpusBuilder.SeedFile)),
            File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Recorded", "docking_events.page1.lldev.2.3.0.json")));
    }

    [Fact]
    public void CorpusHoldsSeedDockedAndConvertedEventsFrom1971To2026()
    {
        var events = SnapshotCorpus.Default.DockingEvents;

        Assert.Equal(260, events.Count);
        Assert.Equal(events.Count, events.Select(e => (int)e["id"]!).Distinct().Count());
        Assert.Equal(1971, events.Min(e => JsonPath.Instant(e, "docking"))!.Value.Year);
        Assert.Equal(2026, events.Max(e => JsonPath.Instant(e, "docking"))!.Value.Year);
        Assert.Equal(15, SnapshotCorpus.Default.SpaceStations.Count);
    }

    [Fact]
    public void EveryEventDocksAtALocationOfItsTargetStation()
    {
        foreach (var e in SnapshotCorpus.Default.DockingEvents)
        {
            Assert.NotNull(e["space_station_target"]);
            Assert.Equal(JsonPath.Number(e, "space_station_target.id"), JsonPath.Number(e, "docking_location.spacestation.id"));
            Assert.NotNull(JsonPath.Instant(e, "docking"));
        }
    }

    [Fact]
    public void ConvertedEventsInventNothingThe210RecordingLacks()
    {
        var converted = SnapshotCorpus.Default.DockingEvents.Where(e => (int)e["id"]! <= 243).ToList();

        Assert.Equal(242, converted.Count);
        Assert.All(converted, e =>
        {
            var flight = e["flight_vehicle_chaser"]!.AsObject();
            Assert.Null(flight["landing"]);
            Assert.Null(flight["duration"]);
            Assert.Null(flight["spacecraft"]!["image"]);
            Assert.Null(flight["launch"]!["name"]);
            Assert.Null(e["flight_vehicle_target"]);
            Assert.Null(e["payload_flight_chaser"]);
        });
    }

    [Fact]
    public void CorpusFigures()
    {
        var events = SnapshotCorpus.Default.DockingEvents;
        var figures = new JsonObject
        {
            ["events"] = events.Count,
            ["perStation"] = new JsonObject(events
                .GroupBy(e => JsonPath.Text(e, "space_station_target.name")!)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => KeyValuePair.Create(g.Key, (JsonNode?)g.Count()))),
            ["stillDocked"] = events.Count(e => e["departure"] is null),
            ["dockingLocations"] = SnapshotCorpus.Default.DockingLocations.Count,
            ["spacecraftFlights"] = SnapshotCorpus.Default.SpacecraftFlights.Count,
            ["spacecraft"] = SnapshotCorpus.Default.Spacecraft.Count,
            ["launches"] = SnapshotCorpus.Default.Launches.Count,
            ["expeditions"] = SnapshotCorpus.Default.Expeditions.Count,
            ["landings"] = SnapshotCorpus.Default.Landings.Count,
            ["spacecraftConfigurations"] = SnapshotCorpus.Default.SpacecraftConfigurations.Count,
        };

        figures.ToJsonString().MatchSnapshot();
    }
}
