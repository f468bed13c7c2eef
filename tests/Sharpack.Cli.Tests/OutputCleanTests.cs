// output.clean never loses a user's data: it refuses an output.path that is or holds the project
// (or a root or home folder) with an UnsafeOutputCleanWarning, removes links without entering
// them, keeps what `keep` says (string, RegExp, function), only reports with `dry`, and cleans
// nothing when the build fails. Each test lists every file of the sandbox before and after.

using Sharpack.Cli.Tests.Support;

namespace Sharpack.Cli.Tests;

public sealed class OutputCleanTests : IDisposable
{
    private readonly Sandbox _box = new();

    public void Dispose() => _box.Dispose();

    private void Config(string js) => _box.Write("webpack.config.js", js);

    [Fact]
    public void Output_path_that_is_the_context_is_not_cleaned_and_the_build_goes_on()
    {
        Config("""module.exports = { mode: "development", entry: "./src/index.js", output: { path: __dirname, clean: true } };""");
        var before = _box.Snapshot();
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.Contains("UnsafeOutputCleanWarning: output.clean was not applied: output.path '" + _box.Project + "' is the context", output, StringComparison.Ordinal);
        Assert.Equal(["+project/main.js"], Sandbox.Diff(before, _box.Snapshot()));
    }

    [Fact]
    public void Output_path_that_holds_the_context_is_not_cleaned()
    {
        Config("""module.exports = { mode: "development", context: __dirname + "/src", entry: "./index.js", output: { path: __dirname, clean: true } };""");
        var before = _box.Snapshot();
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.Contains($"output.path '{_box.Project}' holds the context '{Path.Combine(_box.Project, "src")}'", output, StringComparison.Ordinal);
        Assert.Equal(["+project/main.js"], Sandbox.Diff(before, _box.Snapshot()));
    }

    [Theory]
    [InlineData("/", "is the root of a file system")]
    [InlineData("~", "is the home folder")]
    public void Root_and_home_folders_are_never_cleaned(string outputPath, string reason)
    {
        var path = outputPath == "~" ? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) : outputPath;
        Assert.Equal(reason, Sharpack.Core.OutputCleaner.UnsafeReason(path, _box.Project));
        Assert.Equal("holds the context '" + _box.Project + "'", Sharpack.Core.OutputCleaner.UnsafeReason(_box.Root, _box.Project));
        Assert.Null(Sharpack.Core.OutputCleaner.UnsafeReason(Path.Combine(_box.Project, "dist"), _box.Project));
    }

    [Fact]
    public void A_link_inside_output_path_is_removed_as_a_link_and_its_target_is_kept()
    {
        Directory.CreateDirectory(Path.Combine(_box.Project, "dist", "old"));
        File.WriteAllText(Path.Combine(_box.Project, "dist", "old", "stale.js"), "stale");
        File.CreateSymbolicLink(Path.Combine(_box.Project, "dist", "link"), Path.Combine(_box.Root, "elsewhere"));
        File.CreateSymbolicLink(Path.Combine(_box.Project, "dist", "file-link"), Path.Combine(_box.Root, "elsewhere", "important.txt"));
        File.CreateSymbolicLink(Path.Combine(_box.Project, "dist", "dangling"), Path.Combine(_box.Root, "nowhere"));
        Config("""module.exports = { mode: "development", entry: "./src/index.js", output: { clean: true } };""");
        var before = _box.Snapshot();
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.Equal(
            ["-project/dist/dangling", "-project/dist/file-link", "-project/dist/link", "+project/dist/main.js", "-project/dist/old", "-project/dist/old/stale.js"],
            Sandbox.Diff(before, _box.Snapshot()));
        Assert.Equal("precious", File.ReadAllText(Path.Combine(_box.Root, "elsewhere", "important.txt")));
    }

    [Fact]
    public void Dry_only_reports_what_it_would_remove()
    {
        _box.Write("dist/stale.js", "stale");
        _box.Write("dist/old/a.js", "a");
        Config("""module.exports = { mode: "development", entry: "./src/index.js", output: { clean: { dry: true } } };""");
        var before = _box.Snapshot();
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.Contains("LOG from webpack.CleanPlugin\n<i> old/a.js will be removed\n<i> old will be removed\n<i> stale.js will be removed", output, StringComparison.Ordinal);
        Assert.Equal(["+project/dist/main.js"], Sandbox.Diff(before, _box.Snapshot()));
    }

    [Theory]
    [InlineData("\"assets/\"")]
    [InlineData("/^assets\\//")]
    [InlineData("(path) => path.startsWith(\"assets/\") || path === \"assets\"")]
    public void Keep_keeps_what_it_names(string keep)
    {
        _box.Write("dist/assets/logo.png", "png");
        _box.Write("dist/assets/deep/font.woff", "woff");
        _box.Write("dist/stale.js", "stale");
        _box.Write("dist/sub/.hidden", "dot-file in a folder: never removed");
        _box.Write("dist/sub/x.js", "x");
        Config($$"""module.exports = { mode: "development", entry: "./src/index.js", output: { clean: { keep: {{keep}} } } };""");
        var before = _box.Snapshot();
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.Equal(["+project/dist/main.js", "-project/dist/stale.js", "-project/dist/sub/x.js"], Sandbox.Diff(before, _box.Snapshot()));
    }

    [Fact]
    public void Nothing_is_cleaned_when_a_failed_build_is_not_written()
    {
        _box.Write("dist/stale.js", "stale");
        _box.Write("src/index.js", "import './missing';\n");
        Config("""module.exports = { mode: "development", entry: "./src/index.js", output: { clean: true }, optimization: { emitOnErrors: false } };""");
        var before = _box.Snapshot();
        var (code, output, _) = _box.Build();
        Assert.Equal(1, code);
        Assert.Contains("Can't resolve './missing'", output, StringComparison.Ordinal);
        Assert.Empty(Sandbox.Diff(before, _box.Snapshot()));
    }

    [Fact]
    public void A_failed_development_build_is_written_and_cleaned_as_webpack_does()
    {
        // webpack's default emitOnErrors outside production: the output is written (its missing module
        // throws where it runs) and the build still fails.
        _box.Write("dist/stale.js", "stale");
        _box.Write("src/index.js", "import './missing';\n");
        Config("""module.exports = { mode: "development", entry: "./src/index.js", output: { clean: true } };""");
        var before = _box.Snapshot();
        var (code, output, _) = _box.Build();
        Assert.Equal(1, code);
        Assert.Contains("Can't resolve './missing'", output, StringComparison.Ordinal);
        Assert.Equal(["+project/dist/main.js", "-project/dist/stale.js"], Sandbox.Diff(before, _box.Snapshot()));
    }

    [Fact]
    public void Nothing_is_cleaned_when_the_emit_fails()
    {
        _box.Write("dist/stale.js", "stale");
        Directory.CreateDirectory(Path.Combine(_box.Project, "dist", "b.js"));
        Config("""module.exports = { mode: "development", entry: { a: "./src/index.js", b: "./src/index.js" }, output: { clean: true } };""");
        var before = _box.Snapshot();
        var (code, output, _) = _box.Build();
        Assert.Equal(1, code);
        Assert.Contains($"Cannot write '{Path.Combine(_box.Project, "dist", "b.js")}': a folder of that name is in the way.", output, StringComparison.Ordinal);
        Assert.Equal(["+project/dist/a.js"], Sandbox.Diff(before, _box.Snapshot()));
    }

    [Fact]
    public void Clean_removes_stale_output_of_a_previous_build()
    {
        Config("""module.exports = { mode: "development", entry: "./src/index.js", output: { filename: "[name].[contenthash:8].js", clean: true } };""");
        Assert.Equal(0, _box.Build().Code);
        var first = Directory.GetFiles(Path.Combine(_box.Project, "dist"));
        _box.Write("src/index.js", "console.log('changed');\n");
        Assert.Equal(0, _box.Build().Code);
        var second = Directory.GetFiles(Path.Combine(_box.Project, "dist"));
        Assert.Single(first);
        Assert.Single(second);
        Assert.NotEqual(first[0], second[0]);
    }
}

public sealed class FilenameQueryTests : IDisposable
{
    private readonly Sandbox _box = new();

    public void Dispose() => _box.Dispose();

    [Fact]
    public void A_query_in_a_filename_stays_in_urls_and_the_file_is_written_without_it()
    {
        _box.Write("src/index.js", "import('./lazy').then((m) => console.log(m.default));\n");
        _box.Write("src/lazy.js", "export default 'lazy';\n");
        _box.Write("dist/stale.js", "stale");
        _box.Write("webpack.config.js", """
            module.exports = { mode: "development", target: "web", entry: "./src/index.js",
              output: { filename: "[name].js?v=[contenthash:8]", chunkFilename: "[name].chunk.js#[contenthash:8]", clean: true } };
            """);
        var before = _box.Snapshot();
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.Equal(["+project/dist/main.js", "+project/dist/src_lazy_js.chunk.js", "-project/dist/stale.js"], Sandbox.Diff(before, _box.Snapshot()));
        Assert.Matches(@"asset main\.js\?v=[0-9a-f]{8} ", output);
        Assert.Matches(@"asset src_lazy_js\.chunk\.js#[0-9a-f]{8} ", output);
        var bundle = File.ReadAllText(Path.Combine(_box.Project, "dist", "main.js"));
        Assert.Matches(@"""src_lazy_js\.chunk\.js#[0-9a-f]{8}""", bundle);
    }
}
