using System.Diagnostics;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// What <c>./test.sh</c> (README's test command) decides to install, in its plan mode, on a copy of the script in a
/// scratch folder: nothing when the tools and packages are there, each missing one otherwise.
/// </summary>
public sealed class TestScriptTests : IDisposable
{
    private static readonly string[] NpmFolders = ["tests/web", "src/DockingGraph.Gateway/Ide/npm"];

    private readonly string _root = Directory.CreateTempSubdirectory("test-sh-").FullName;

    public TestScriptTests()
    {
        File.Copy(Path.Combine(SchemaTests.RepositoryRoot(), "test.sh"), Path.Combine(_root, "test.sh"));
        foreach (var folder in NpmFolders)
        {
            Directory.CreateDirectory(Path.Combine(_root, folder));
            var lockFile = Path.Combine(folder, "package-lock.json");
            File.Copy(Path.Combine(SchemaTests.RepositoryRoot(), lockFile), Path.Combine(_root, lockFile));
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task WithEverythingInstalledItInstallsNothing()
    {
        foreach (var folder in NpmFolders)
        {
            Installed(folder, DateTime.UtcNow);
        }

        Assert.Equal(["apt-get install: nothing", "npm ci: nothing"], await PlanAsync(path: null));
    }

    [Fact]
    public async Task MissingProgramsAreInstalledFromDebian()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_root, "empty-path")).FullName;

        var plan = await PlanAsync(path: empty);

        Assert.Equal("apt-get install: chromium redis-server docker-compose npm", plan[0]);
    }

    [Fact]
    public async Task NpmCiRunsWhereNodeModulesIsMissingOrOlderThanTheLock()
    {
        var locked = File.GetLastWriteTimeUtc(Path.Combine(_root, "tests/web/package-lock.json"));
        Installed("tests/web", locked.AddMinutes(-1));

        var plan = await PlanAsync(path: null);

        Assert.Equal("npm ci: tests/web src/DockingGraph.Gateway/Ide/npm", plan[1]);
    }

    private void Installed(string folder, DateTime at)
    {
        var marker = Path.Combine(_root, folder, "node_modules", ".package-lock.json");
        Directory.CreateDirectory(Path.GetDirectoryName(marker)!);
        File.WriteAllText(marker, "{}");
        File.SetLastWriteTimeUtc(marker, at);
    }

    private async Task<string[]> PlanAsync(string? path)
    {
        var start = new ProcessStartInfo("/bin/bash", [Path.Combine(_root, "test.sh")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOCKINGGRAPH_TEST_PLAN"] = "1";
        if (path is not null)
        {
            start.Environment["PATH"] = path;
        }

        using var script = Process.Start(start)!;
        var output = await script.StandardOutput.ReadToEndAsync();
        var errors = await script.StandardError.ReadToEndAsync();
        await script.WaitForExitAsync();
        Assert.True(script.ExitCode == 0, errors);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
