using System.Diagnostics;
using System.Text.Json.Nodes;

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
            Installed(folder, version => version);
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
    public async Task NpmCiRunsWhereNodeModulesIsMissingOrOtherVersions()
    {
        Installed("tests/web", version => version);
        Installed("src/DockingGraph.Gateway/Ide/npm", version => version + "-old");
        var afterAnUpdate = await PlanAsync(path: null);
        Directory.Delete(Path.Combine(_root, "tests/web/node_modules"), recursive: true);

        var plan = await PlanAsync(path: null);

        Assert.Equal("npm ci: src/DockingGraph.Gateway/Ide/npm", afterAnUpdate[1]);
        Assert.Equal("npm ci: tests/web src/DockingGraph.Gateway/Ide/npm", plan[1]);
    }

    // What npm leaves after `npm ci`: node_modules/.package-lock.json with the lock's packages (versions as given).
    private void Installed(string folder, Func<string, string> version)
    {
        var locked = JsonNode.Parse(File.ReadAllText(Path.Combine(_root, folder, "package-lock.json")))!;
        var packages = new JsonObject();
        foreach (var (path, package) in locked["packages"]!.AsObject().Where(p => p.Key.Length > 0))
        {
            packages[path] = new JsonObject { ["version"] = version((string)package!["version"]!) };
        }

        var hidden = Path.Combine(_root, folder, "node_modules", ".package-lock.json");
        Directory.CreateDirectory(Path.GetDirectoryName(hidden)!);
        File.WriteAllText(hidden, new JsonObject { ["packages"] = packages }.ToJsonString());
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
