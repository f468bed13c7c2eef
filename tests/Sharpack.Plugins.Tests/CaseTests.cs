// webpack-style test cases: each folder under Cases/<category>/<name> has an index.js that
// registers tests with it(name, fn) and checks with jest's expect. The case is bundled for node
// (development mode) and the bundle runs in node; a case with an `errors.txt` must instead fail
// to build with errors containing each of its lines.

using System.Diagnostics;
using Sharpack.Core.Options;
using Sharpack.Plugins;
using Xunit;

namespace Sharpack.Plugins.Tests;

public sealed class CaseTests
{
    private static readonly string s_root = FindRoot();

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        var casesDirectory = Path.Combine(s_root, "tests", "Sharpack.Plugins.Tests", "Cases");
        foreach (var category in Directory.GetDirectories(casesDirectory).Order(StringComparer.Ordinal))
        {
            foreach (var testCase in Directory.GetDirectories(category).Order(StringComparer.Ordinal))
                data.Add(Path.GetRelativePath(casesDirectory, testCase).Replace('\\', '/'));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_builds_and_runs(string name)
    {
        var directory = Path.Combine(s_root, "tests", "Sharpack.Plugins.Tests", "Cases", name);
        var output = Path.Combine(Path.GetTempPath(), "sharpack-cases", name.Replace('/', '-') + "-" + Environment.ProcessId);
        var options = new SharpackOptions
        {
            Context = directory,
            Mode = BuildMode.Development,
            Entries = [new EntryDescription { Name = "main", Imports = ["./index.js"] }],
            Output = new OutputOptions { Path = output, Filename = "bundle.js", Pathinfo = true },
            Target = new TargetOptions { Name = "node", IsNode = true },
            Optimization = new OptimizationOptions { ModuleIds = "named", ChunkIds = "named", NodeEnv = "development", Minimize = false },
            Node = new NodeOptions { Filename = null, Dirname = null },
        };
        var stats = SharpackPlugins.CreateCompiler(options).Run();
        var errorsFile = Path.Combine(directory, "errors.txt");
        if (File.Exists(errorsFile))
        {
            var text = string.Join("\n", stats.Errors.Select(e => e.ToString()));
            Assert.NotEmpty(stats.Errors);
            foreach (var expected in File.ReadAllLines(errorsFile).Where(l => l.Length > 0))
                Assert.Contains(expected, text);
            return;
        }
        Assert.True(stats.Errors.Count == 0, "build errors:\n" + string.Join("\n", stats.Errors));
        var (exitCode, stdout) = RunNode(Path.Combine(s_root, "tests", "Sharpack.Plugins.Tests", "run-case.cjs"),
            Path.Combine(output, "bundle.js"), Path.Combine(s_root, "tests", "fixtures", "node_modules", "expect"));
        Assert.True(exitCode == 0, "bundle failed in node:\n" + stdout);
    }

    private static (int ExitCode, string Output) RunNode(params string[] args)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(30_000))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out\n" + stdout.Result + stderr.Result);
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string FindRoot()
    {
        var directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "Sharpack.sln")))
            directory = Path.GetDirectoryName(directory);
        return directory ?? throw new InvalidOperationException("Sharpack.sln not found above " + AppContext.BaseDirectory);
    }
}
