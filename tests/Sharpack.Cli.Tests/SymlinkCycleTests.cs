// `sharpack build` and `sharpack resolve` in process over real symlink cycles in a temp folder:
// requests and entries through a cycle end as "Can't resolve" failures with exit code 1 (they
// used to kill the process with a stack overflow), and a legal loop (a link to a parent folder)
// still builds.

namespace Sharpack.Cli.Tests;

public sealed class SymlinkCycleTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sharpack-symlink-cycles-").FullName;

    public SymlinkCycleTests()
    {
        File.WriteAllText(Path.Combine(_dir, "x.js"), "module.exports = 1;\n");
        Link("a", "b");
        Link("b", "a");
        Link("self.js", "self.js");
        Directory.CreateDirectory(Path.Combine(_dir, "node_modules"));
        Link("node_modules/pkg", "../node_modules/pkg");
        Directory.CreateDirectory(Path.Combine(_dir, "dir"));
        Link("dir/sub", "..");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Link(string relative, string target) => File.CreateSymbolicLink(Path.Combine(_dir, relative), target);

    private (int Code, string Out, string Err) Build(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = BuildCommand.Run([.. args, "--output-path", "out", "--mode", "development", "--target", "node"], _dir, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void ImportsThroughCyclesAreModuleNotFound()
    {
        File.WriteAllText(Path.Combine(_dir, "index.js"), "import './a';\nimport './self';\nimport 'pkg';\nimport './a/x';\n");
        var (code, output, err) = Build("--entry", "./index.js");
        Assert.True(code == 1, err + output);
        foreach (var request in new[] { "./a", "./self", "pkg", "./a/x" })
            Assert.Contains($"Module not found: Error: Can't resolve '{request}' in '{_dir}'", output, StringComparison.Ordinal);
        Assert.Contains("compiled with 4 errors", output, StringComparison.Ordinal);
    }

    [Fact]
    public void EntryThroughACycleIsModuleNotFound()
    {
        var (code, output, err) = Build("--entry", "./a");
        Assert.True(code == 1, err + output);
        Assert.Contains($"Module not found: Error: Can't resolve './a' in '{_dir}'", output, StringComparison.Ordinal);
        Assert.Contains($"{Path.Combine(_dir, "a.js")} doesn't exist", output, StringComparison.Ordinal);
    }

    [Fact]
    public void LinkToAParentFolderStillBuilds()
    {
        File.WriteAllText(Path.Combine(_dir, "index.js"), "module.exports = require('./dir/sub/dir/sub/x');\n");
        var (code, output, err) = Build("--entry", "./dir/sub/index.js");
        Assert.True(code == 0, err + output);
        Assert.Contains("./x.js", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveCommandReportsCyclesAsErrors()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = ResolveCommand.Run(["--from", ".", "--verbose", "./a", "pkg", "./self.js", "./dir/sub/x"], _dir, stdout, stderr);
        Assert.Equal(1, code);
        var lines = stdout.ToString().Split('\n');
        Assert.Contains($"error: Can't resolve './a' in '{_dir}'", lines);
        Assert.Contains($"  tried {Path.Combine(_dir, "a.js")}", lines);
        Assert.Contains($"error: Can't resolve 'pkg' in '{_dir}'", lines);
        Assert.Contains($"  tried {Path.Combine(_dir, "node_modules/pkg")}", lines);
        Assert.Contains($"error: Can't resolve './self.js' in '{_dir}'", lines);
        Assert.Contains(Path.Combine(_dir, "x.js"), lines);
        Assert.Equal("", stderr.ToString());
    }
}
