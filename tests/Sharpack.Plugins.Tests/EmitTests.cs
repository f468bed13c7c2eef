// Emit writes only inside output.path, rewrites only changed files, and output.clean removes
// stale files inside output.path and nothing else.

using Sharpack.Core.Options;
using Sharpack.Plugins;
using Xunit;

namespace Sharpack.Plugins.Tests;

public sealed class EmitTests
{
    private static SharpackOptions Options(string project, string output, bool clean, bool emitOnErrors = false) => new()
    {
        Context = project,
        Mode = BuildMode.Development,
        Entries = [new EntryDescription { Name = "main", Imports = ["./index.js"] }],
        Output = new OutputOptions { Path = output, Filename = "[name].js", Clean = clean ? new CleanOptions() : null },
        Target = new TargetOptions { Name = "node", IsNode = true },
        Optimization = new OptimizationOptions { ModuleIds = "named", ChunkIds = "named", Minimize = false, EmitOnErrors = emitOnErrors },
    };

    [Fact]
    public void Unchanged_assets_are_not_rewritten_and_clean_removes_only_stale_output()
    {
        var root = Path.Combine(Path.GetTempPath(), "sharpack-emit-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N"));
        var project = Path.Combine(root, "project");
        var output = Path.Combine(root, "dist");
        Directory.CreateDirectory(project);
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(project, "index.js"), "console.log('hi');\n");
        File.WriteAllText(Path.Combine(output, "stale.js"), "old");
        File.WriteAllText(Path.Combine(root, "outside.txt"), "keep");

        var first = SharpackPlugins.CreateCompiler(Options(project, output, clean: false)).Run();
        Assert.Empty(first.Errors);
        Assert.True(first.Assets.Single().Emitted);
        Assert.True(File.Exists(Path.Combine(output, "stale.js")));

        var second = SharpackPlugins.CreateCompiler(Options(project, output, clean: true)).Run();
        Assert.False(second.Assets.Single().Emitted);
        Assert.False(File.Exists(Path.Combine(output, "stale.js")));
        Assert.True(File.Exists(Path.Combine(output, "main.js")));
        Assert.Equal("keep", File.ReadAllText(Path.Combine(root, "outside.txt")));
    }

    [Fact]
    public void A_failed_build_writes_nothing_without_emit_on_errors()
    {
        var root = Path.Combine(Path.GetTempPath(), "sharpack-emit-fail-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N"));
        var project = Path.Combine(root, "project");
        var output = Path.Combine(root, "dist");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "index.js"), "import './missing';\nimport './also-missing';\n");
        var stats = SharpackPlugins.CreateCompiler(Options(project, output, clean: false)).Run();
        Assert.Equal(2, stats.Errors.Count);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void With_emit_on_errors_a_failed_build_writes_output_whose_failed_parts_throw()
    {
        var root = Path.Combine(Path.GetTempPath(), "sharpack-emit-errors-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N"));
        var project = Path.Combine(root, "project");
        var output = Path.Combine(root, "dist");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "index.js"), "console.log('before');\nrequire('./missing');\n");
        try
        {
            var stats = SharpackPlugins.CreateCompiler(Options(project, output, clean: false, emitOnErrors: true)).Run();
            Assert.Single(stats.Errors);
            Assert.True(File.Exists(Path.Combine(output, "main.js")));
            var (code, printed) = TestPaths.RunNode(output, "main.js");
            Assert.NotEqual(0, code);
            Assert.StartsWith("before\n", printed, StringComparison.Ordinal);
            Assert.Contains("Cannot find module './missing'", printed, StringComparison.Ordinal);
            Assert.Empty(Directory.GetFiles(root));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
