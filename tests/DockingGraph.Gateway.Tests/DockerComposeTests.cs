using System.Diagnostics;

namespace DockingGraph.Gateway.Tests;

/// <summary>
/// docker-compose.yml is checked, not run: no Docker engine runs here. Debian's docker-compose (installed by
/// .ci/run) parses and validates it without an engine; the test fails where docker-compose is missing.
/// </summary>
public sealed class DockerComposeTests
{
    [Theory]
    [InlineData("config -q")]
    [InlineData("--profile offline config --services")]
    public async Task ComposeFileIsValid(string commandLine)
    {
        var arguments = commandLine.Split(' ');
        var start = new ProcessStartInfo("docker-compose") { WorkingDirectory = SchemaTests.RepositoryRoot(), RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-f", "docker-compose.yml" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, output);
        if (arguments.Contains("--services"))
        {
            Assert.Equal(["gateway", "redis", "snapshot"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order());
        }
    }

    [Fact]
    public void DockerfileBuildsBothImagesFromTheCommittedLockFile()
    {
        var dockerfile = File.ReadAllText(Path.Combine(SchemaTests.RepositoryRoot(), "Dockerfile"));

        Assert.Contains("AS gateway", dockerfile);
        Assert.Contains("AS snapshot", dockerfile);
        Assert.Contains("package-lock.json", dockerfile);
        Assert.True(File.Exists(Path.Combine(SchemaTests.RepositoryRoot(), "src", "DockingGraph.Gateway", "Ide", "npm", "package-lock.json")));
    }
}
