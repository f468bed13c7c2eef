// webpack-style test cases: each folder under Cases/<category>/<name> has an index.js that
// registers tests with it(name, fn) and checks with jest's expect. The case is bundled for node
// (development mode) and the bundle runs in node; a case with an `errors.txt` must instead fail
// to build with errors containing each of its lines.

using Sharpack.Core.Options;
using Sharpack.Plugins;
using Xunit;

namespace Sharpack.Plugins.Tests;

public sealed class CaseTests
{
    private static readonly string s_root = TestPaths.Root;

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
        var (exitCode, stdout) = TestPaths.RunNode(output, Path.Combine(s_root, "tests", "Sharpack.Plugins.Tests", "run-case.cjs"),
            Path.Combine(output, "bundle.js"), Path.Combine(s_root, "tests", "fixtures", "node_modules", "expect"));
        Assert.True(exitCode == 0, "bundle failed in node:\n" + stdout);
    }
}
