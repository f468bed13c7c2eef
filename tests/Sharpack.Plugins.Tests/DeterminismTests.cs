// The same project built twice, from two different directories, gives byte-identical output.

using Sharpack.Core.Options;
using Sharpack.Plugins;
using Xunit;

namespace Sharpack.Plugins.Tests;

public sealed class DeterminismTests
{
    [Theory]
    [InlineData("named")]
    [InlineData("deterministic")]
    public void Same_project_in_two_directories_gives_identical_bytes(string ids)
    {
        var source = Path.Combine(TestPaths.Root, "tests", "Sharpack.Plugins.Tests", "Cases", "esm", "reexports");
        var first = BuildCopy(source, ids, "a");
        var second = BuildCopy(source, ids, "b-longer-directory-name");
        Assert.NotEmpty(first);
        Assert.Equal(first.Keys, second.Keys);
        foreach (var (name, bytes) in first)
            Assert.True(bytes.AsSpan().SequenceEqual(second[name]), $"{name} differs between the two builds");
    }

    private static Dictionary<string, byte[]> BuildCopy(string source, string ids, string directoryName)
    {
        var root = Path.Combine(Path.GetTempPath(), "sharpack-determinism-" + Environment.ProcessId, ids, directoryName);
        var project = Path.Combine(root, "project");
        Directory.CreateDirectory(project);
        foreach (var file in Directory.GetFiles(source))
            File.Copy(file, Path.Combine(project, Path.GetFileName(file)), overwrite: true);
        var output = Path.Combine(root, "dist");
        var options = new SharpackOptions
        {
            Context = project,
            Mode = BuildMode.Production,
            Entries = [new EntryDescription { Name = "main", Imports = ["./index.js"] }],
            Output = new OutputOptions { Path = output, Filename = "[name].[contenthash:8].js" },
            Target = new TargetOptions { Name = "node", IsNode = true },
            Optimization = new OptimizationOptions { ModuleIds = ids, ChunkIds = ids, Minimize = false },
        };
        var stats = SharpackPlugins.CreateCompiler(options).Run();
        Assert.Empty(stats.Errors);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(output))
            files[Path.GetFileName(file)] = File.ReadAllBytes(file);
        return files;
    }
}
