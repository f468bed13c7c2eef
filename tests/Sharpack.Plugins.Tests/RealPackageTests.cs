// Real npm packages bundled for node: each script in tests/fixtures/real-packages must print
// exactly what node prints when it runs the script unbundled.

using System.Diagnostics;
using Sharpack.Core.Options;
using Sharpack.Plugins;
using Xunit;

namespace Sharpack.Plugins.Tests;

public sealed class RealPackageTests
{
    [Theory]
    [InlineData("date-fns.mjs")]
    [InlineData("lodash-es.mjs")]
    [InlineData("react-dom-server.mjs")]
    [InlineData("rxjs.mjs")]
    [InlineData("split-chunks.mjs")]
    [InlineData("three-math.mjs")]
    [InlineData("three-namespace.mjs")]
    [InlineData("uuid.mjs")]
    [InlineData("zod.mjs")]
    public void Bundled_script_prints_what_node_prints(string script)
    {
        var root = TestPaths.Root;
        var directory = Path.Combine(root, "tests", "fixtures", "real-packages");
        Assert.True(Directory.Exists(Path.Combine(root, "tests", "fixtures", "node_modules")), "run tests/setup.sh first");
        var output = Path.Combine(Path.GetTempPath(), "sharpack-real", Path.GetFileNameWithoutExtension(script) + "-" + Environment.ProcessId);
        var options = new SharpackOptions
        {
            Context = directory,
            Mode = BuildMode.Production,
            Entries = [new EntryDescription { Name = "main", Imports = ["./" + script] }],
            Output = new OutputOptions { Path = output, Filename = "bundle.js", ChunkFilename = "[id].bundle.js", ChunkLoading = "require", ChunkFormat = "commonjs" },
            Target = new TargetOptions { Name = "node", IsNode = true },
            Optimization = new OptimizationOptions { ModuleIds = "deterministic", ChunkIds = "deterministic", NodeEnv = "production", Minimize = false },
            Node = new NodeOptions { Filename = null, Dirname = null },
        };
        var stats = SharpackPlugins.CreateCompiler(options).Run();
        Assert.True(stats.Errors.Count == 0, "build errors:\n" + string.Join("\n", stats.Errors));
        var expected = TestPaths.RunNode(directory, Path.Combine(directory, script));
        var actual = TestPaths.RunNode(directory, Path.Combine(output, "bundle.js"));
        Assert.Equal(0, expected.ExitCode);
        Assert.Equal(expected.Output, actual.Output);
        Assert.Equal(0, actual.ExitCode);
    }
}
