// The harness of the in-memory snapshot tests, in the style of esbuild's internal/bundler_tests:
// a test gives virtual files (path → text) and options (JSON, as a configuration file), the build
// runs wholly in memory (input from an InMemoryFileSystem, output into a MemoryOutputFileSystem,
// the context a folder that does not exist on disk), and every output file plus the log of errors
// and warnings is compared with Snapshots/<test>.txt. UPDATE_SNAPSHOTS=1 rewrites the stored
// snapshots instead; review them as a diff.

using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.Options;
using Sharpack.Core.Stats;
using Sharpack.Resolver;
using Xunit;

namespace Sharpack.Plugins.Tests.Snapshots;

/// <summary>What an in-memory build produced.</summary>
internal sealed record SnapshotBuild(BuildStats? Stats, MemoryOutputFileSystem Output, string Snapshot);

internal static class BundlerSnapshot
{
    /// <summary>The project's folder: a path nothing is at on disk, so a build that touched the disk would fail.</summary>
    public const string Context = "/virtual/project";

    /// <summary>The output folder the snapshot tests build into.</summary>
    public const string Dist = Context + "/dist";

    /// <summary>Virtual files by path.</summary>
    public static Dictionary<string, string> Files(params (string Path, string Text)[] files)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, text) in files)
            result.Add(path, text);
        return result;
    }

    private const string Divider = "----------";

    private static readonly bool s_update = Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1";

    /// <summary>
    /// Builds <paramref name="files"/> (paths relative to <see cref="Context"/>) with
    /// <paramref name="options"/> (mode defaults to development, devtool to false) in memory and
    /// checks the snapshot named after the calling test. <paramref name="output"/> may hold files
    /// already (e.g. stale ones for output.clean); <paramref name="input"/> may add more to the
    /// input (e.g. links); <paramref name="configure"/> may set up the compiler (e.g. register loaders).
    /// </summary>
    public static SnapshotBuild Expect(
        IReadOnlyDictionary<string, string> files,
        string options = "{}",
        MemoryOutputFileSystem? output = null,
        Action<InMemoryFileSystem>? input = null,
        Action<Compiler>? configure = null,
        [CallerMemberName] string name = "")
    {
        var build = Build(files, options, output, input, configure);
        Check(name, build.Snapshot);
        return build;
    }

    /// <summary>Builds in memory without checking a snapshot.</summary>
    public static SnapshotBuild Build(IReadOnlyDictionary<string, string> files, string options = "{}", MemoryOutputFileSystem? output = null, Action<InMemoryFileSystem>? input = null, Action<Compiler>? configure = null)
    {
        Assert.False(Directory.Exists(Context), $"{Context} must not exist on disk: the snapshot tests prove builds need no disk");
        var inputFileSystem = new InMemoryFileSystem();
        foreach (var (path, text) in files)
            inputFileSystem.AddFile(Context + "/" + path, text);
        input?.Invoke(inputFileSystem);
        output ??= new MemoryOutputFileSystem();

        var configuration = (JsonObject)JsonNode.Parse(options)!;
        configuration.TryAdd("mode", "development");
        configuration.TryAdd("devtool", false);
        var normalized = OptionsNormalizer.Normalize(configuration, new OptionsOverrides(), Context);
        var log = new StringBuilder();
        foreach (var error in normalized.Errors)
            log.Append("CONFIG ERROR: ").Append(error).Append('\n');
        foreach (var warning in normalized.Warnings)
            log.Append("CONFIG WARNING: ").Append(warning).Append('\n');
        BuildStats? stats = null;
        if (normalized.Options is { } normalizedOptions)
        {
            var compiler = SharpackPlugins.CreateCompiler(normalizedOptions);
            compiler.InputFileSystem = inputFileSystem;
            compiler.OutputFileSystem = output;
            configure?.Invoke(compiler);
            stats = compiler.Run();
            foreach (var error in stats.Errors)
                AppendDiagnostic(log, "ERROR", error);
            foreach (var warning in stats.Warnings)
                AppendDiagnostic(log, "WARNING", warning);
        }
        Assert.False(Directory.Exists(Context), $"the build wrote to {Context} on disk");

        var snapshot = new StringBuilder();
        foreach (var path in output.Files)
        {
            snapshot.Append(Divider).Append(' ').Append(path).Append(' ').Append(Divider).Append('\n');
            var text = output.ReadAllText(path);
            snapshot.Append(text);
            if (!text.EndsWith('\n'))
                snapshot.Append('\n');
            snapshot.Append('\n');
        }
        snapshot.Append(Divider).Append(" log ").Append(Divider).Append('\n').Append(log);
        return new SnapshotBuild(stats, output, snapshot.ToString());
    }

    private static void AppendDiagnostic(StringBuilder log, string kind, BuildDiagnostic diagnostic)
    {
        log.Append(kind).Append(": ").Append(diagnostic.ToString().TrimEnd()).Append('\n');
        if (diagnostic.Details is { } details)
            log.Append(details.TrimEnd()).Append('\n');
    }

    private static void Check(string name, string actual)
    {
        var path = Path.Combine(TestPaths.Root, "tests", "Sharpack.Plugins.Tests", "Snapshots", name + ".txt");
        if (s_update)
        {
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"no snapshot {path}; run the tests with UPDATE_SNAPSHOTS=1 to write it");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected == actual)
            return;
        Assert.Fail($"snapshot {name} differs (UPDATE_SNAPSHOTS=1 rewrites it):\n{FirstDifference(expected, actual)}");
    }

    // The first differing line, with a line of context either side, for the failure message.
    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
            line++;
        string At(string[] lines, int i) => i < lines.Length ? lines[i] : "<end>";
        return $"line {line + 1}:\n  expected: {At(expectedLines, line)}\n  actual:   {At(actualLines, line)}";
    }

    /// <summary>Writes the in-memory output to a temporary folder (only to run it) and runs <paramref name="entry"/> in node.</summary>
    public static (int ExitCode, string Output) RunInNode(MemoryOutputFileSystem output, string outputPath, string entry)
    {
        var folder = Directory.CreateTempSubdirectory("sharpack-snapshot-run-").FullName;
        try
        {
            foreach (var path in output.Files)
            {
                var relative = Path.GetRelativePath(outputPath, path);
                var target = Path.Combine(folder, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, output.ReadFile(path));
            }
            return TestPaths.RunNode(folder, entry);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
