// Loaders from a webpack.config.js through `sharpack build`: a function in `use` is asked per
// module through the JavaScript bridge; a loader name resolves as webpack 5's does (no "-loader"
// added, with webpack's hint when that was meant). JavaScript loaders running: JsLoaderTests.

namespace Sharpack.Cli.Tests;

public sealed class LoaderConfigTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sharpack-loaders-").FullName;

    public LoaderConfigTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "src"));
        File.WriteAllText(Path.Combine(_dir, "src", "index.js"), "console.log('hi');\n");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (int Code, string Out, string Err) Build(string config)
    {
        File.WriteAllText(Path.Combine(_dir, "webpack.config.js"), config);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = BuildCommand.Run(["--mode", "development"], _dir, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void AFunctionInUseIsAskedPerModule()
    {
        // webpack's use function gets the effect data; its answer for b.js names a loader that does not exist, which fails that request only.
        File.WriteAllText(Path.Combine(_dir, "src", "b.js"), "module.exports = 'b';\n");
        File.WriteAllText(Path.Combine(_dir, "src", "index.js"), "console.log(require('./b'));\n");
        var (code, output, err) = Build("module.exports = { entry: './src/index.js', module: { rules: [{ test: /\\.js$/, use: (info) => info.resource.endsWith('b.js') && info.issuer.endsWith('index.js') ? [{ loader: 'from-use-fn', options: { q: info.resourceQuery } }] : [] }] } };");
        Assert.Equal(1, code);
        // The loader is resolved for b.js only, and no such loader exists: b.js's request fails.
        Assert.Contains("ERROR in ./src/index.js 1:12-26\nModule not found: Error: Can't resolve 'from-use-fn' in '" + _dir + "'", err + output, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(err + output, "Can't resolve 'from-use-fn'"));
    }

    [Fact]
    public void AUseFunctionAnsweringNoLoadersFailsTheModuleNamingTheOption()
    {
        var (code, output, err) = Build("module.exports = { entry: './src/index.js', module: { rules: [{ test: /\\.js$/, use: () => 42 }] } };");
        Assert.Equal(1, code);
        Assert.Contains("configuration.module.rules[0].use answered what `use` cannot be: configuration.module.rules[0].use should be a loader name or an object { loader, options?, ident? }.", err + output, StringComparison.Ordinal);
    }

    [Fact]
    public void ALoaderNameIsResolvedWithoutAddingTheLoaderSuffix()
    {
        // webpack 5: `use: "upper"` does not find upper-loader, and the error says what to write.
        Directory.CreateDirectory(Path.Combine(_dir, "node_modules", "upper-loader"));
        File.WriteAllText(Path.Combine(_dir, "node_modules", "upper-loader", "index.js"), "module.exports = (s) => s;\n");
        var (code, output, err) = Build("module.exports = { module: { rules: [{ test: /\\.js$/, use: [{ loader: 'upper', options: { presets: [] } }] }] } };");
        Assert.Equal(1, code);
        Assert.Contains("Module not found: Error: Can't resolve 'upper' in '" + _dir + "'", output + err, StringComparison.Ordinal);
        Assert.Contains("BREAKING CHANGE: It's no longer allowed to omit the '-loader' suffix when using loaders.\n" +
            "                 You need to specify 'upper-loader' instead of 'upper',", output + err, StringComparison.Ordinal);
    }
}
