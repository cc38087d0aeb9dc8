using System.Diagnostics;
using System.Text.Json.Nodes;

namespace DockingGraph.Gateway.Tests;

/// <summary>Runs a script of tests/web (npm packages installed by .ci/run) and reads its JSON summary line.</summary>
public static class NodeTool
{
    public static string WebFolder { get; } = Path.Combine(SchemaTests.RepositoryRoot(), "tests", "web");

    public static async Task<(int ExitCode, JsonNode Summary, string Output)> RunAsync(string script, params string[] arguments)
    {
        Assert.True(Directory.Exists(Path.Combine(WebFolder, "node_modules")),
            $"{WebFolder}/node_modules is missing: run `npm ci` there (.ci/run does).");
        var start = new ProcessStartInfo("node") { WorkingDirectory = WebFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        var text = await output + await errors;
        var last = (await output).TrimEnd().Split('\n')[^1];
        return (process.ExitCode, JsonNode.Parse(last.StartsWith('{') ? last : "{}")!, text);
    }
}
