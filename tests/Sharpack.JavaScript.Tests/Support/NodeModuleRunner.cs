// Runs JavaScript as an ES module in node from tests/fixtures/.tmp (where bare imports such as
// `react` resolve to the fixtures' packages) and returns what it prints.

using System.Diagnostics;

namespace Sharpack.JavaScript.Tests.Support;

internal static class NodeModuleRunner
{
    /// <summary>
    /// The module's stdout (line endings normalized, trailing newlines trimmed); when it exits
    /// non-zero, followed by <c>[exit N]</c> and its stderr, so a comparison shows why.
    /// </summary>
    public static string Run(string code, string name)
    {
        var folder = Path.Combine(RepoPaths.Fixtures, ".tmp");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"sharpack-{name}-{Environment.ProcessId}-{Guid.NewGuid():N}.mjs");
        File.WriteAllText(file, code);
        try
        {
            var start = new ProcessStartInfo("node", [file]) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            var output = stdout.Result.ReplaceLineEndings("\n").TrimEnd('\n');
            return process.ExitCode == 0 ? output : output + "\n[exit " + process.ExitCode + "] " + stderr;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
