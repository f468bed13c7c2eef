// ConfigLoader with real files in temporary directories and the real node: default file names
// and their order, JSON, CommonJS, ESM, function and promise configs, arrays (multi-compiler),
// RegExp values carried exactly, functions as handles, and the errors for syntax errors and missing files.

using System.Text.Json.Nodes;
using Sharpack.Cli.Config;

namespace Sharpack.Cli.Tests.Config;

public sealed class ConfigLoaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sharpack-config-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private JsonNode Single(ConfigLoadResult result)
    {
        Assert.True(result.Success, result.Error);
        return Assert.Single(result.Configurations)!;
    }

    [Fact]
    public void NoFileGivesOneEmptyConfiguration()
    {
        var result = ConfigLoader.Load(null, _dir);
        Assert.True(result.Success);
        Assert.Null(result.Path);
        Assert.Null(Assert.Single(result.Configurations));
    }

    [Fact]
    public void DefaultNamesAreTriedInOrder()
    {
        Write("webpack.config.js", "module.exports = { mode: 'none' };");
        Assert.EndsWith("webpack.config.js", ConfigLoader.Find(_dir));
        Write("sharpack.config.cjs", "module.exports = {};");
        Assert.EndsWith("sharpack.config.cjs", ConfigLoader.Find(_dir));
        Write("sharpack.config.json", "{}");
        Assert.EndsWith("sharpack.config.json", ConfigLoader.Find(_dir));
    }

    [Fact]
    public void Json()
    {
        Write("sharpack.config.json", """
            // comments and trailing commas are allowed
            { "mode": "development", "entry": { "a": "./a.js" }, }
            """);
        var config = Single(ConfigLoader.Load(null, _dir));
        Assert.Equal("development", (string?)config["mode"]);
        Assert.Equal("./a.js", (string?)config["entry"]!["a"]);
    }

    [Fact]
    public void JsonArrayIsMultiCompiler()
    {
        Write("c.json", """[ { "mode": "none" }, { "mode": "production" } ]""");
        var result = ConfigLoader.Load("c.json", _dir);
        Assert.Equal(2, result.Configurations.Count);
        Assert.Equal("production", (string?)result.Configurations[1]!["mode"]);
    }

    [Fact]
    public void JsonSyntaxErrorNamesThePlace()
    {
        Write("sharpack.config.json", "{\n  \"mode\": nope\n}");
        var result = ConfigLoader.Load(null, _dir);
        Assert.False(result.Success);
        Assert.Contains("sharpack.config.json:2:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void CommonJs()
    {
        Write("webpack.config.js", """
            const path = require("path");
            module.exports = { mode: "none", output: { path: path.resolve(__dirname, "out"), filename: undefined }, devtool: false };
            """);
        var config = Single(ConfigLoader.Load(null, _dir));
        Assert.Equal(Path.Combine(_dir, "out"), (string?)config["output"]!["path"]);
        Assert.False(config["output"]!.AsObject().ContainsKey("filename"));
        Assert.False((bool)config["devtool"]!);
    }

    [Fact]
    public void Cjs() =>
        Assert.Equal("none", (string?)Single(ConfigLoader.Load(Write("x.cjs", "module.exports = { mode: 'none' };"), _dir))["mode"]);

    [Fact]
    public void Mjs()
    {
        Write("sharpack.config.mjs", """
            import { resolve } from "node:path";
            export default { context: resolve("/tmp"), mode: "production" };
            """);
        Assert.Equal("production", (string?)Single(ConfigLoader.Load(null, _dir))["mode"]);
    }

    [Fact]
    public void EsmInJsFileOfTypeModulePackage()
    {
        Write("package.json", """{ "type": "module" }""");
        Write("webpack.config.js", "export default { mode: 'development' };");
        Assert.Equal("development", (string?)Single(ConfigLoader.Load(null, _dir))["mode"]);
    }

    [Fact]
    public void FunctionGetsEnvAndArgv()
    {
        Write("webpack.config.js", """
            module.exports = (env, argv) => ({
              mode: argv.mode,
              define: { ENV: JSON.stringify(env.target), FLAG: String(env.flag), BUNDLE: String(env.WEBPACK_BUNDLE), NESTED: JSON.stringify(env.a) },
            });
            """);
        var config = Single(ConfigLoader.Load(null, _dir, ["target=prod", "flag", "a.b=c"], "development"));
        Assert.Equal("development", (string?)config["mode"]);
        Assert.Equal("\"prod\"", (string?)config["define"]!["ENV"]);
        Assert.Equal("true", (string?)config["define"]!["FLAG"]);
        Assert.Equal("true", (string?)config["define"]!["BUNDLE"]);
        Assert.Equal("{\"b\":\"c\"}", (string?)config["define"]!["NESTED"]);
    }

    [Fact]
    public void PromiseAndAsyncFunction()
    {
        Write("a.js", "module.exports = Promise.resolve({ mode: 'none' });");
        Assert.Equal("none", (string?)Single(ConfigLoader.Load("a.js", _dir))["mode"]);
        Write("b.mjs", "export default async () => ({ mode: 'development' });");
        Assert.Equal("development", (string?)Single(ConfigLoader.Load("b.mjs", _dir))["mode"]);
    }

    [Fact]
    public void ArrayOfConfigurationsAndFunctions()
    {
        Write("webpack.config.js", "module.exports = [{ name: 'a' }, async () => ({ name: 'b' }), Promise.resolve({ name: 'c' })];");
        var result = ConfigLoader.Load(null, _dir);
        Assert.True(result.Success, result.Error);
        Assert.Equal(["a", "b", "c"], result.Configurations.Select(c => (string?)c!["name"]));
    }

    [Fact]
    public void RegExpIsCarriedExactly()
    {
        Write("webpack.config.js", """
            module.exports = { module: { rules: [ { test: /\.m?[jt]sx?$/iu, exclude: [/node_modules\/(?!(lib)\/)/, "/abs"] } ] } };
            """);
        var rule = Single(ConfigLoader.Load(null, _dir))["module"]!["rules"]![0]!;
        Assert.Equal(@"\.m?[jt]sx?$", (string?)rule["test"]!["__regexp"]!["source"]);
        Assert.Equal("iu", (string?)rule["test"]!["__regexp"]!["flags"]);
        Assert.Equal(@"node_modules\/(?!(lib)\/)", (string?)rule["exclude"]![0]!["__regexp"]!["source"]);
        Assert.Equal("/abs", (string?)rule["exclude"]![1]);
    }

    [Fact]
    public void FunctionValueBecomesAHandleNamingWhere()
    {
        Write("webpack.config.js", "module.exports = { module: { rules: [ { test: function isJs(p) { return p.endsWith('.js'); } } ] } };");
        using var result = ConfigLoader.Load(null, _dir);
        var handle = Single(result)["module"]!["rules"]![0]!["test"]!;
        Assert.Equal(0, (int)handle["$sharpackFunction"]!);
        Assert.Equal("isJs", (string?)handle["name"]);
        Assert.Equal(1, (int)handle["length"]!);
        Assert.Equal("configuration.module.rules[0].test", (string?)handle["path"]);
        var function = result.Functions!.Resolve(handle)!;
        Assert.True(Sharpack.Core.Options.JsFunction.IsTruthy(function.Call(JsonValue.Create("/a.js"))));
        Assert.False(Sharpack.Core.Options.JsFunction.IsTruthy(function.Call(JsonValue.Create("/a.css"))));
    }

    [Fact]
    public void ConfigWithoutFunctionsStartsNoBridge()
    {
        Write("webpack.config.js", "module.exports = { entry: './a.js', module: { rules: [ { test: /\\.js$/ } ] } };");
        using var result = ConfigLoader.Load(null, _dir);
        Assert.True(result.Success, result.Error);
        Assert.Null(result.Functions);
    }

    [Fact]
    public void RuntimeChunkNameFunctionIsCalledPerEntry()
    {
        Write("webpack.config.js", "module.exports = { entry: { a: './a.js', b: './b.js' }, optimization: { runtimeChunk: { name: (e) => e.name === 'a' ? 'rt' : undefined } } };");
        var answers = Single(ConfigLoader.Load(null, _dir))["optimization"]!["runtimeChunk"]!["name"]!["__byEntrypoint"]!;
        Assert.Equal("rt", (string?)answers["a"]);
        Assert.Null(answers["b"]);
        Write("webpack.config.js", "module.exports = { optimization: { runtimeChunk: { name: () => 3 } } };");
        Assert.Contains("configuration.optimization.runtimeChunk.name returned number for the entrypoint 'main'", ConfigLoader.Load(null, _dir).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void EntryFunctionIsCalledOnceAndItsPromiseAwaited()
    {
        // webpack's DynamicEntryPlugin: called with no arguments, answering the entry or a promise of it.
        Write("webpack.config.js", """
            let calls = 0;
            module.exports = {
              entry(...args) { calls++; return Promise.resolve({ a: { import: './a.js', dependOn: ['b'] }, b: ['./b.js', String(args.length), String(calls)] }); },
              optimization: { runtimeChunk: { name: (e) => 'rt-' + e.name } },
            };
            """);
        var config = Single(ConfigLoader.Load(null, _dir));
        Assert.Equal("./a.js", (string?)config["entry"]!["a"]!["import"]);
        Assert.Equal("b", (string?)config["entry"]!["a"]!["dependOn"]![0]);
        Assert.Equal("""["./b.js","0","1"]""", config["entry"]!["b"]!.ToJsonString());
        // Functions that depend on the entry names see the entry's answer.
        Assert.Equal("rt-a", (string?)config["optimization"]!["runtimeChunk"]!["name"]!["__byEntrypoint"]!["a"]);
    }

    [Fact]
    public void FunctionInArrayConfigNamesTheIndex()
    {
        Write("webpack.config.js", "module.exports = [{}, { output: { filename: () => 'x.js' } }];");
        using var result = ConfigLoader.Load(null, _dir);
        Assert.Equal("configuration[1].output.filename", (string?)result.Configurations[1]!["output"]!["filename"]!["path"]);
    }

    [Fact]
    public void JavaScriptPluginsBecomeHandlesAndDevServerFunctionsAreDropped()
    {
        Write("webpack.config.js", """
            class HtmlWebpackPlugin { constructor(o) { this.options = o; } apply(compiler) {} }
            module.exports = { plugins: [new HtmlWebpackPlugin({ templateContent: () => "" }), (compiler) => {}, { notAPlugin: true }], devServer: { setupMiddlewares: (m) => m } };
            """);
        using var result = ConfigLoader.Load(null, _dir);
        var config = Single(result);
        // Plugins stay in node (run there when sharpack applies them): a handle and the name.
        Assert.Equal(0, (int)config["plugins"]![0]!["__jsPlugin"]!);
        Assert.Equal("HtmlWebpackPlugin", (string?)config["plugins"]![0]!["name"]);
        Assert.Equal(1, (int)config["plugins"]![1]!["__jsPlugin"]!);
        Assert.Equal("Object", (string?)config["plugins"]![2]!["__plugin"]);
        Assert.NotNull(result.Functions);
    }

    [Fact]
    public void SyntaxErrorIsReported()
    {
        Write("webpack.config.js", "module.exports = {\n  mode: 'none',,\n};");
        var result = ConfigLoader.Load(null, _dir);
        Assert.False(result.Success);
        Assert.StartsWith("cannot load " + Path.Combine(_dir, "webpack.config.js") + ":", result.Error, StringComparison.Ordinal);
        Assert.Contains("SyntaxError", result.Error, StringComparison.Ordinal);
        Assert.Contains("webpack.config.js:2", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingModuleIsReported()
    {
        Write("webpack.config.js", "require('no-such-package-here');");
        var result = ConfigLoader.Load(null, _dir);
        Assert.Contains("Cannot find module 'no-such-package-here'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ConsoleOutputOfTheConfigIsNotData()
    {
        Write("webpack.config.js", "console.log('hello from config'); module.exports = { mode: 'none' };");
        Assert.Equal("none", (string?)Single(ConfigLoader.Load(null, _dir))["mode"]);
    }

    [Fact]
    public void NonObjectExportIsAnError() =>
        Assert.Contains("configuration should be an object, but the config file exported number.",
            ConfigLoader.Load(Write("n.js", "module.exports = 3;"), _dir).Error, StringComparison.Ordinal);

    [Fact]
    public void MissingConfigFile()
    {
        var result = ConfigLoader.Load("nope.js", _dir);
        Assert.Equal($"config file 'nope.js' not found (looked for {Path.Combine(_dir, "nope.js")}).", result.Error);
    }
}
