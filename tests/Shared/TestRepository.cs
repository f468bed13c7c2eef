// Shared by the test projects that link it (see their .csproj): the repository's folders, found
// from the test assembly's folder, and node runs with a timeout, so each project need not carry
// its own copy.

using System.Diagnostics;

namespace Sharpack.Tests;

/// <summary>Well-known folders of the repository, found by walking up to the folder with Sharpack.sln.</summary>
internal static class TestRepository
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The repository root (the folder that holds Sharpack.sln).</summary>
    public static string Root => s_root.Value;

    /// <summary>tests/fixtures: package.json of the pinned test data.</summary>
    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");

    /// <summary>A test project's source folder (<c>tests/<paramref name="project"/></c>).</summary>
    public static string TestSources(string project) => Path.Combine(Root, "tests", project);

    /// <summary>A package installed in tests/fixtures/node_modules; fails clearly when the fixtures are not installed.</summary>
    public static string Package(string name)
    {
        var path = Path.Combine(Fixtures, "node_modules", name);
        if (!Directory.Exists(path))
            throw new InvalidOperationException(
                $"Test fixture package '{name}' is missing ({path}). Run tests/setup.sh (./test.sh does) to install the fixtures.");
        return path;
    }

    /// <summary>
    /// Runs node with <paramref name="arguments"/> in <paramref name="folder"/>: its exit code and
    /// what it printed. Kills it and throws a <see cref="TimeoutException"/> past <paramref name="timeout"/>.
    /// </summary>
    public static (int ExitCode, string Stdout, string Stderr) Node(string folder, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo("node", arguments) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        using var process = Process.Start(start)!;
        // Both streams are read in the background, so that the timed wait is what blocks.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {string.Join(' ', arguments)} took more than {timeout}");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sharpack.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"No Sharpack.sln found above {AppContext.BaseDirectory}.");
    }
}
