namespace DockingGraph.Snapshot.CorpusBuilding;

/// <summary>
/// `build-corpus [shared/ll2 dir] [output dir]`: writes the corpus files into src/DockingGraph.Snapshot/Corpus.
/// </summary>
public static class BuildCorpusCommand
{
    public static int Run(string[] args)
    {
        var repository = FindRepositoryRoot(AppContext.BaseDirectory) ?? FindRepositoryRoot(Directory.GetCurrentDirectory())
            ?? throw new InvalidOperationException("Run from inside the DockingGraph repository.");
        var ll2 = args.Length > 0 ? Path.GetFullPath(args[0]) : Path.GetFullPath(Path.Combine(repository, "..", "shared", "ll2"));
        var output = args.Length > 1 ? Path.GetFullPath(args[1]) : Path.Combine(repository, "src", "DockingGraph.Snapshot", "Corpus");

        Directory.CreateDirectory(output);
        foreach (var (name, content) in CorpusBuilder.Build(ll2))
        {
            File.WriteAllText(Path.Combine(output, name), content);
            Console.WriteLine($"wrote {Path.Combine(output, name)} ({content.Length} chars)");
        }

        return 0;
    }

    public static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DockingGraph.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
