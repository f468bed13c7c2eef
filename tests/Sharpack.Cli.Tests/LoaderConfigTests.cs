// Loaders from a webpack.config.js through `sharpack build`: a function in `use` is asked per
// module through the JavaScript bridge; a JavaScript loader from npm is a build error naming the
// loader and the module; a rule with loader options is accepted.

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
        // webpack's use function gets the effect data; its answer for b.js names a JavaScript loader, which fails that module only.
        File.WriteAllText(Path.Combine(_dir, "src", "b.js"), "module.exports = 'b';\n");
        File.WriteAllText(Path.Combine(_dir, "src", "index.js"), "console.log(require('./b'));\n");
        var (code, output, err) = Build("module.exports = { entry: './src/index.js', module: { rules: [{ test: /\\.js$/, use: (info) => info.resource.endsWith('b.js') && info.issuer.endsWith('index.js') ? [{ loader: 'from-use-fn', options: { q: info.resourceQuery } }] : [] }] } };");
        Assert.Equal(1, code);
        Assert.Contains("'from-use-fn' (used for ./src/b.js)", err + output, StringComparison.Ordinal);
        Assert.DoesNotContain("used for ./src/index.js", err + output, StringComparison.Ordinal);
    }

    [Fact]
    public void AUseFunctionAnsweringNoLoadersFailsTheModuleNamingTheOption()
    {
        var (code, output, err) = Build("module.exports = { entry: './src/index.js', module: { rules: [{ test: /\\.js$/, use: () => 42 }] } };");
        Assert.Equal(1, code);
        Assert.Contains("configuration.module.rules[0].use answered what `use` cannot be: configuration.module.rules[0].use should be a loader name or an object { loader, options?, ident? }.", err + output, StringComparison.Ordinal);
    }

    [Fact]
    public void AJavaScriptLoaderIsABuildErrorNamingItAndTheModule()
    {
        var (code, output, err) = Build("module.exports = { module: { rules: [{ test: /\\.js$/, use: [{ loader: 'babel-loader', options: { presets: [] } }] }] } };");
        Assert.Equal(1, code);
        Assert.Contains("JavaScript loaders are not supported yet: 'babel-loader' (used for ./src/index.js)", output + err, StringComparison.Ordinal);
    }
}
