// Runs node: a script with arguments in a folder, or JavaScript as an ES module from
// tests/fixtures/.tmp (where bare imports such as `react` resolve to the fixtures' packages).

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
            var (exitCode, stdout, stderr) = Node(folder, file);
            var output = stdout.ReplaceLineEndings("\n").TrimEnd('\n');
            return exitCode == 0 ? output : output + "\n[exit " + exitCode + "] " + stderr;
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Runs node with <paramref name="arguments"/> in <paramref name="folder"/>: its exit code and what it printed.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Node(string folder, params string[] arguments) =>
        Node(folder, Timeout.InfiniteTimeSpan, arguments);

    /// <summary>
    /// Runs node as <see cref="Node(string, string[])"/> does, but kills it and throws a
    /// <see cref="TimeoutException"/> when it runs longer than <paramref name="timeout"/>, so a
    /// hung comparison fails the test instead of the whole test run.
    /// </summary>
    public static (int ExitCode, string Stdout, string Stderr) Node(string folder, TimeSpan timeout, params string[] arguments) =>
        Sharpack.Tests.TestRepository.Node(folder, timeout, arguments);
}
