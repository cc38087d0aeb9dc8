using DockingGraph.Snapshot.CorpusBuilding;
using DockingGraph.Snapshot.Hosting;

if (args.Length > 0 && args[0] == "build-corpus")
{
    return BuildCorpusCommand.Run(args[1..]);
}

await using var app = SnapshotServer.Create(args);
await app.RunAsync();
return 0;
