// OptionsNormalizer: webpack 5's defaults per mode and target, every entry form, overrides, and
// the wording of each error. Each test normalizes JSON text in a fresh temporary directory.

using System.Text.Json.Nodes;
using Sharpack.Core.Options;

namespace Sharpack.Core.Tests.Options;

public sealed class OptionsNormalizerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sharpack-options-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private NormalizedOptions Run(string json, OptionsOverrides? overrides = null) =>
        OptionsNormalizer.Normalize(JsonNode.Parse(json), overrides, _dir);

    private SharpackOptions Ok(string json, OptionsOverrides? overrides = null)
    {
        var result = Run(json, overrides);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        return result.Options!;
    }

    private string Error(string json)
    {
        var result = Run(json);
        Assert.False(result.Success);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void Watch_options_are_read_as_webpack_reads_them()
    {
        var defaults = Ok("{}");
        Assert.False(defaults.Watch);
        Assert.Equal(20, defaults.WatchOptions.AggregateTimeout);
        Assert.Null(defaults.WatchOptions.Poll);

        var options = Ok("""{ "watch": true, "watchOptions": { "aggregateTimeout": 300, "poll": true, "ignored": ["**/dist", "node_modules"], "stdin": true } }""");
        Assert.True(options.Watch);
        Assert.Equal(300, options.WatchOptions.AggregateTimeout);
        Assert.Equal(5007, options.WatchOptions.Poll);
        Assert.True(options.WatchOptions.Stdin);
        Assert.True(options.WatchOptions.IsIgnored("/app/dist/main.js"));
        Assert.True(options.WatchOptions.IsIgnored("/app/node_modules/react/index.js"));
        Assert.False(options.WatchOptions.IsIgnored("/app/src/index.js"));
        Assert.Equal(1000, Ok("""{ "watchOptions": { "poll": 1000 } }""").WatchOptions.Poll);
        var regExp = Ok("""{ "watchOptions": { "ignored": { "__regexp": { "source": "[\\/]generated[\\/]", "flags": "" } } } }""").WatchOptions;
        Assert.True(regExp.IsIgnored("/app/src/generated/g.js"));
        Assert.False(regExp.IsIgnored("/app/src/g.js"));
        var relative = Ok("""{ "watchOptions": { "ignored": "./src/tmp/**" } }""").WatchOptions;
        Assert.True(relative.IsIgnored(Path.Combine(_dir, "src", "tmp", "a.js")));
        Assert.False(relative.IsIgnored("/elsewhere/src/tmp/a.js"));

        Assert.Contains("configuration.watchOptions.poll should be a boolean or a number >= 1.", Error("""{ "watchOptions": { "poll": "yes" } }"""), StringComparison.Ordinal);
        Assert.Contains("configuration.watchOptions has an unknown property 'pol'", Error("""{ "watchOptions": { "pol": 1 } }"""), StringComparison.Ordinal);
        Assert.Contains("configuration.watch should be a boolean.", Error("""{ "watch": "yes" }"""), StringComparison.Ordinal);
    }

    [Fact]
    public void ProductionDefaults()
    {
        var result = OptionsNormalizer.Normalize(null, null, _dir);
        var options = result.Options!;
        Assert.Equal(BuildMode.Production, options.Mode);
        Assert.Contains(result.Warnings, w => w.StartsWith("configuration.mode has not been set", StringComparison.Ordinal));
        Assert.Equal(_dir, options.Context);
        var entry = Assert.Single(options.Entries);
        Assert.Equal("main", entry.Name);
        Assert.Equal(["./src"], entry.Imports);
        Assert.Equal(Path.Combine(_dir, "dist"), options.Output.Path);
        Assert.Equal("[name].js", options.Output.Filename);
        Assert.Equal("[name].js", options.Output.ChunkFilename);
        Assert.Equal("auto", options.Output.PublicPath);
        Assert.Null(options.Output.Clean);
        Assert.True(options.Output.Iife);
        Assert.Equal("self", options.Output.GlobalObject);
        Assert.Equal("", options.Output.UniqueName);
        Assert.Equal("webpackChunk", options.Output.ChunkLoadingGlobal);
        Assert.False(options.Output.Pathinfo);
        Assert.Equal("web", options.Target.Name);
        Assert.False(options.Target.IsNode);
        Assert.True(options.Output.Environment.ArrowFunction);
        Assert.Equal([".js", ".json", ".wasm", ".ts", ".tsx", ".mts", ".cts", ".jsx"], options.Resolve.Extensions);
        Assert.Equal(["browser", "module", "main"], options.Resolve.MainFields!);
        Assert.Null(options.Resolve.ConditionNames);
        Assert.Equal(["node_modules"], options.Resolve.Modules);
        Assert.Equal(["index"], options.Resolve.MainFiles);
        Assert.True(options.Resolve.Symlinks);
        Assert.Empty(options.Rules);
        Assert.Equal("deterministic", options.Optimization.ModuleIds);
        Assert.Equal("deterministic", options.Optimization.ChunkIds);
        Assert.Equal("production", options.Optimization.NodeEnv);
        Assert.True(options.Optimization.Minimize);
        Assert.Null(options.Devtool);
        Assert.Equal("mock", options.Node.Filename);
        Assert.Equal("mock", options.Node.Dirname);
        Assert.Empty(options.Define);
    }

    [Fact]
    public void ProductionTurnsOnWhatWebpackDoesWithoutWarnings()
    {
        var production = Run("""{ "mode": "production" }""");
        Assert.Empty(production.Warnings);
        Assert.True(production.Options!.Optimization.Minimize);
        Assert.True(production.Options.Optimization.DefaultMinimizer);
        Assert.True(production.Options.Optimization.ConcatenateModules);
        Assert.False(Run("""{ "mode": "development" }""").Options!.Optimization.ConcatenateModules);
        Assert.False(Run("""{ "mode": "development" }""").Options!.Optimization.Minimize);
        Assert.True(Run("""{ "mode": "development", "optimization": { "concatenateModules": { "commonjs": false } } }""").Options!.Optimization.ConcatenateModules);
    }

    [Fact]
    public void A_minimizer_list_without_dots_replaces_the_default_minimizer()
    {
        Assert.True(Run("""{ "mode": "production", "optimization": { "minimizer": ["..."] } }""").Options!.Optimization.DefaultMinimizer);
        var replaced = Run("""{ "mode": "production", "optimization": { "minimizer": [{ "__plugin": "TerserPlugin", "__sharpack": true, "options": { "extractComments": false } }] } }""");
        Assert.False(replaced.Options!.Optimization.DefaultMinimizer);
        var minimizer = Assert.Single(replaced.Options.PluginDescriptions);
        Assert.Equal("Sharpack.Plugins.Minify.TerserPlugin", minimizer.Type);
        Assert.Equal("configuration.optimization.minimizer[0]", minimizer.Path);
        // With minimize off, the minimizers are not applied at all.
        Assert.Empty(Run("""{ "mode": "production", "optimization": { "minimize": false, "minimizer": [{ "__plugin": "TerserPlugin", "__sharpack": true }] } }""").Options!.PluginDescriptions);
        Assert.Contains(Run("""{ "optimization": { "minimizer": "terser" } }""").Errors, e => e.Contains("configuration.optimization.minimizer", StringComparison.Ordinal));
    }

    [Fact]
    public void DevelopmentDefaults()
    {
        var result = Run("""{ "mode": "development" }""");
        Assert.Empty(result.Warnings);
        var options = result.Options!;
        Assert.Equal(BuildMode.Development, options.Mode);
        Assert.True(options.Output.Pathinfo);
        Assert.Equal("named", options.Optimization.ModuleIds);
        Assert.Equal("named", options.Optimization.ChunkIds);
        Assert.Equal("development", options.Optimization.NodeEnv);
        Assert.False(options.Optimization.Minimize);
        // webpack's development default: eval for JavaScript, and source maps for stylesheets where CSS is
        // built in (experiments.css "auto" with no rule for .css files).
        Assert.Equal([new DevtoolSetting("css", "source-map"), new DevtoolSetting("javascript", "eval")], options.Devtools);
        Assert.Null(options.Devtool);
        var withCssLoader = Ok("""{ "mode": "development", "module": { "rules": [{ "test": { "__regexp": { "source": "\\.css$", "flags": "" } }, "use": "css-loader" }] } }""");
        Assert.Equal([new DevtoolSetting("javascript", "eval")], withCssLoader.Devtools);
        Assert.Equal("eval", withCssLoader.Devtool);
    }

    [Fact]
    public void NoneDefaults()
    {
        var options = Ok("""{ "mode": "none" }""");
        Assert.Equal("natural", options.Optimization.ModuleIds);
        Assert.Equal("natural", options.Optimization.ChunkIds);
        Assert.Null(options.Optimization.NodeEnv);
        Assert.False(options.Optimization.Minimize);
        Assert.Null(options.Devtool);
        Assert.False(options.Output.Pathinfo);
    }

    [Fact]
    public void EntryString() =>
        Assert.Equal(["./a.js"], Assert.Single(Ok("""{ "entry": "./a.js" }""").Entries).Imports);

    [Fact]
    public void EntryArray()
    {
        var entry = Assert.Single(Ok("""{ "entry": ["./a.js", "./b.js"] }""").Entries);
        Assert.Equal("main", entry.Name);
        Assert.Equal(["./a.js", "./b.js"], entry.Imports);
    }

    [Fact]
    public void EntryObjectOfAllForms()
    {
        var entries = Ok("""
            { "entry": {
                "app": "./app.js",
                "two": ["./x.js", "./y.js"],
                "shared": { "import": "./shared.js", "filename": "lib/[name].js", "runtime": "rt" },
                "page": { "import": ["./page.js"], "dependOn": "app" },
                "many": { "import": "./m.js", "dependOn": ["app", "two"], "runtime": false }
            } }
            """).Entries;
        Assert.Equal(["app", "two", "shared", "page", "many"], entries.Select(e => e.Name));
        Assert.Equal(["./x.js", "./y.js"], entries[1].Imports);
        Assert.Equal("lib/[name].js", entries[2].Filename);
        Assert.Equal("rt", entries[2].Runtime);
        Assert.Equal(["app"], entries[3].DependOn);
        Assert.Null(entries[3].Runtime);
        Assert.Equal(["app", "two"], entries[4].DependOn);
        Assert.Null(entries[4].Runtime);
    }

    [Theory]
    [InlineData("""{ "entry": 5 }""", "configuration.entry should be a non-empty string, a non-empty array of non-empty strings, or an object of entries")]
    [InlineData("""{ "entry": "" }""", "configuration.entry should be a non-empty string.")]
    [InlineData("""{ "entry": [] }""", "configuration.entry should be a non-empty array.")]
    [InlineData("""{ "entry": {} }""", "configuration.entry should be a non-empty object.")]
    [InlineData("""{ "entry": ["./a", "./a"] }""", "configuration.entry should not contain the item './a' twice.")]
    [InlineData("""{ "entry": ["./a", 1] }""", "configuration.entry[1] should be a non-empty string.")]
    [InlineData("""{ "entry": { "a": 1 } }""", "configuration.entry.a should be a non-empty string, a non-empty array of non-empty strings, or an object { import, filename?, dependOn?, runtime? }.")]
    [InlineData("""{ "entry": { "a-b": { "filename": "x.js" } } }""", "configuration.entry['a-b'] misses the property 'import'.")]
    [InlineData("""{ "entry": { "a": { "import": "./a", "what": 1 } } }""", "configuration.entry.a has an unknown property 'what'.")]
    [InlineData("""{ "entry": { "a": { "import": "./a", "runtime": 3 } } }""", "configuration.entry.a.runtime should be false or a non-empty string.")]
    [InlineData("""{ "entry": { "a": { "import": "./a", "dependOn": "b" } } }""", "configuration.entry.a depends on 'b', but this entry was not found.")]
    [InlineData("""{ "entry": { "a": { "import": "./a", "dependOn": "a" } } }""", "configuration.entry.a should not depend on itself")]
    [InlineData("""{ "entry": { "a": "./a", "b": { "import": "./b", "dependOn": "a", "runtime": "r" } } }""", "configuration.entry.b has 'dependOn' and 'runtime' specified")]
    public void EntryErrors(string json, string message) =>
        Assert.StartsWith(message, Error(json), StringComparison.Ordinal);

    [Fact]
    public void ContextAndOutputPathResolve()
    {
        var options = Ok("""{ "context": "app", "output": { "path": "build" } }""");
        Assert.Equal(Path.Combine(_dir, "app"), options.Context);
        Assert.Equal(Path.Combine(_dir, "app", "build"), options.Output.Path);
        Assert.Equal(Path.Combine(_dir, "app", "dist"), Ok("""{ "context": "app" }""").Output.Path);
        Assert.Equal("/abs/out", Ok("""{ "output": { "path": "/abs/out" } }""").Output.Path);
    }

    [Theory]
    [InlineData("[name].js", "[name].js")]
    [InlineData("bundle.js", "[id].bundle.js")]
    [InlineData("js/bundle.js", "js/[id].bundle.js")]
    [InlineData("js/bundle.js?v=1/2", "js/[id].bundle.js?v=1/2")]
    [InlineData("[contenthash:8].js", "[id].[contenthash:8].js")] // webpack looks for "[contenthash]" literally
    [InlineData("[chunkhash].js", "[chunkhash].js")]
    [InlineData("x/[id].js", "x/[id].js")]
    public void ChunkFilenameDerivesFromFilename(string filename, string expected) =>
        Assert.Equal(expected, Ok($$"""{ "output": { "filename": "{{filename}}" } }""").Output.ChunkFilename);

    [Fact]
    public void CleanObjectReadsDryAndEachFormOfKeep()
    {
        var byPrefix = Ok("""{ "output": { "clean": { "dry": true, "keep": "assets/" } } }""").Output.Clean!;
        Assert.True(byPrefix.Dry);
        Assert.True(byPrefix.IsKept("assets/logo.png"));
        Assert.False(byPrefix.IsKept("x/assets/logo.png"));
        var byPattern = Ok("""{ "output": { "clean": { "keep": { "__regexp": { "source": "\\.html$", "flags": "" } } } } }""").Output.Clean!;
        Assert.False(byPattern.Dry);
        Assert.True(byPattern.IsKept("sub/index.html"));
        Assert.False(byPattern.IsKept("main.js"));
        var byFunction = Ok("""{ "output": { "clean": { "keep": { "__keptPaths": ["a.txt", "d/b.txt"] } } } }""").Output.Clean!;
        Assert.True(byFunction.IsKept("d/b.txt"));
        Assert.False(byFunction.IsKept("d"));
    }

    [Fact]
    public void OutputValuesAreRead()
    {
        var output = Ok("""
            { "output": { "filename": "[name].[contenthash:8].js", "chunkFilename": "c/[id].js", "publicPath": "/static/",
              "clean": true, "iife": false, "globalObject": "this", "uniqueName": "my-app", "pathinfo": "verbose" } }
            """).Output;
        Assert.Equal("[name].[contenthash:8].js", output.Filename);
        Assert.Equal("c/[id].js", output.ChunkFilename);
        Assert.Equal("/static/", output.PublicPath);
        Assert.NotNull(output.Clean);
        Assert.False(output.Iife);
        Assert.Equal("this", output.GlobalObject);
        Assert.Equal("my-app", output.UniqueName);
        Assert.Equal("webpackChunkmy_app", output.ChunkLoadingGlobal);
        Assert.True(output.Pathinfo);
    }

    [Fact]
    public void UniqueNameComesFromPackageJson()
    {
        File.WriteAllText(Path.Combine(_dir, "package.json"), """{ "name": "@scope/my-pkg", "version": "1.0.0" }""");
        var output = Ok("{}").Output;
        Assert.Equal("@scope/my-pkg", output.UniqueName);
        Assert.Equal("webpackChunk_scope_my_pkg", output.ChunkLoadingGlobal);
    }

    [Fact]
    public void BrokenPackageJsonIsAnError()
    {
        File.WriteAllText(Path.Combine(_dir, "package.json"), "{ nope");
        Assert.StartsWith("configuration.output.uniqueName has no default: reading 'name' from", Error("{}"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc", "abc")]
    [InlineData("1abc", "_1abc")]
    [InlineData("a--b..c", "a_b_c")]
    [InlineData("_x", "_x")]
    [InlineData("$x", "$x")]
    [InlineData("./x", "_x")]
    [InlineData("a__b", "a_b")]
    [InlineData("", "")]
    public void ToIdentifierFollowsWebpack(string input, string expected) =>
        Assert.Equal(expected, Sharpack.Core.CodeGeneration.IdentifierNames.FromText(input));

    [Theory]
    [InlineData("\"web\"", "web", "self", false, false, true, "mock")]
    [InlineData("\"webworker\"", "webworker", "self", false, true, true, "mock")]
    [InlineData("\"node\"", "node", "global", true, false, true, "eval-only")]
    [InlineData("\"node18.12\"", "node18.12", "global", true, false, true, "eval-only")]
    [InlineData("\"async-node4\"", "async-node4", "global", true, false, false, "eval-only")]
    [InlineData("\"universal\"", "universal", "globalThis", false, false, true, "eval-only")] // ES module output (the target turns it on), which may run on node
    [InlineData("\"electron-main\"", "electron-main", "global", true, false, true, "eval-only")]
    [InlineData("\"electron28-renderer\"", "electron28-renderer", "global", true, false, true, "eval-only")]
    [InlineData("\"nwjs0.80\"", "nwjs0.80", "global", true, false, true, "eval-only")]
    [InlineData("[\"web\", \"es5\"]", "web,es5", "self", false, false, false, "mock")]
    [InlineData("[\"web\", \"es2022\"]", "web,es2022", "globalThis", false, false, true, "mock")]
    [InlineData("[\"node6\", \"es5\"]", "node6,es5", "global", true, false, false, "eval-only")]
    public void TargetDefaults(string target, string name, string globalObject, bool isNode, bool isWorker, bool arrows, string nodeFilename)
    {
        var options = Ok($$"""{ "target": {{target}} }""");
        Assert.Equal(name, options.Target.Name);
        Assert.Equal(globalObject, options.Output.GlobalObject);
        Assert.Equal(isNode, options.Target.IsNode);
        Assert.Equal(isWorker, options.Target.IsWebWorker);
        Assert.Equal(arrows, options.Output.Environment.ArrowFunction);
        Assert.Equal(nodeFilename, options.Node.Filename);
    }

    [Theory]
    // webpack 5.112's deno and bun targets: ES module output by default, node's built-ins through
    // `node:` by their own presets (not node's), their own export conditions first.
    [InlineData("deno", "deno,node,browser", true, false)]
    [InlineData("deno1.40", "deno,node,browser", true, false)]
    [InlineData("bun", "bun,node", false, true)]
    [InlineData("bun1.1", "bun,node", false, true)]
    public void DenoAndBunTargetsOutputModulesWithTheirOwnExternals(string target, string conditions, bool deno, bool bun)
    {
        var options = Ok($$"""{ "target": "{{target}}" }""");
        Assert.True(options.Experiments.OutputModule);
        Assert.True(options.Output.Module);
        Assert.Equal("module", options.Output.ChunkFormat);
        Assert.Equal("import", options.Output.ChunkLoading);
        Assert.False(options.Target.NodeExternals);
        Assert.Equal(deno, options.Target.DenoExternals);
        Assert.Equal(bun, options.Target.BunExternals);
        Assert.Equal(conditions, string.Join(",", options.Target.ResolveConditions!));
        Assert.False(options.Target.BrowserField);
    }

    [Fact]
    public void TrustedTypesTakeAPolicyNameFromTheOptionOrTheUniqueName()
    {
        Assert.Null(Ok("{}").Output.TrustedTypes);
        Assert.Equal(new TrustedTypesOptions("my_app", false), Ok("""{ "output": { "uniqueName": "my app", "trustedTypes": true } }""").Output.TrustedTypes);
        Assert.Equal(new TrustedTypesOptions("webpack", false), Ok("""{ "output": { "uniqueName": "", "trustedTypes": true } }""").Output.TrustedTypes);
        Assert.Equal(new TrustedTypesOptions("named", false), Ok("""{ "output": { "trustedTypes": "named" } }""").Output.TrustedTypes);
        Assert.Equal(new TrustedTypesOptions("p", true),
            Ok("""{ "output": { "trustedTypes": { "policyName": "p", "onPolicyCreationFailure": "continue" } } }""").Output.TrustedTypes);
        Assert.StartsWith("configuration.output.trustedTypes.onPolicyCreationFailure should be one of these",
            Error("""{ "output": { "trustedTypes": { "onPolicyCreationFailure": "maybe" } } }"""), StringComparison.Ordinal);
    }

    [Fact]
    public void NodeTargetResolvesWithoutBrowserField() =>
        Assert.Equal(["module", "main"], Ok("""{ "target": "node" }""").Resolve.MainFields!);

    [Theory]
    [InlineData("\"bun1.x\"", "configuration.target has an unknown target 'bun1.x'.")]
    [InlineData("\"electron-window\"", "configuration.target has an unknown target 'electron-window'.")]
    // As webpack: a language level alone says nothing a chunk format could be chosen by.
    [InlineData("\"es2020\"", "configuration.output.chunkFormat has no default for the selected environment: ")]
    [InlineData("\"nowhere\"", "configuration.target has an unknown target 'nowhere'. The following targets are supported: web, webworker")]
    [InlineData("\"node18.x\"", "configuration.target has an unknown target 'node18.x'.")]
    [InlineData("[]", "configuration.target should be a non-empty array.")]
    [InlineData("false", "configuration.target should be a non-empty string or a non-empty array of non-empty strings.")]
    public void TargetErrors(string target, string message) =>
        Assert.StartsWith(message, Error($$"""{ "target": {{target}} }"""), StringComparison.Ordinal);

    [Fact]
    public void ResolveOptionsAreRead()
    {
        var resolve = Ok("""
            { "resolve": { "extensions": [".ts", "..."], "mainFields": ["main"], "conditionNames": ["import", "browser"],
              "modules": ["src", "node_modules"], "mainFiles": ["main", "index"], "symlinks": false,
              "alias": { "react$": "preact/compat", "fs": false, "@": ["./src", "./lib"] } } }
            """).Resolve;
        // "..." is the defaults: webpack's, then TypeScript's and JSX's, which build with no loader.
        Assert.Equal([".ts", ".js", ".json", ".wasm", ".ts", ".tsx", ".mts", ".cts", ".jsx"], resolve.Extensions);
        Assert.Equal(["main"], resolve.MainFields!);
        Assert.Equal(["import", "browser"], resolve.ConditionNames!);
        Assert.Equal(["src", "node_modules"], resolve.Modules);
        Assert.Equal(["main", "index"], resolve.MainFiles);
        Assert.False(resolve.Symlinks);
        Assert.Equal(3, resolve.Alias.Count);
        Assert.Equal("react$", resolve.Alias[0].Key);
        Assert.Equal(["preact/compat"], resolve.Alias[0].Value);
        Assert.Empty(resolve.Alias[1].Value);
        Assert.Equal(["./src", "./lib"], resolve.Alias[2].Value);
    }

    [Fact]
    public void AliasArrayForm()
    {
        var alias = Ok("""
            { "resolve": { "alias": [ { "name": "react", "alias": "preact/compat", "onlyModule": true }, { "name": "x", "alias": false } ] } }
            """).Resolve.Alias;
        Assert.Equal("react$", alias[0].Key);
        Assert.Equal("x", alias[1].Key);
        Assert.Empty(alias[1].Value);
    }

    [Fact]
    public void RulesCompileConditionsPerRequestValue()
    {
        var rules = Ok("""
            { "context": "proj", "module": { "rules": [
                { "test": { "__regexp": { "source": "\\.m?js$", "flags": "" } }, "exclude": [{ "__regexp": { "source": "node_modules", "flags": "" } }, "vendor"], "type": "javascript/auto" },
                { "test": [{ "__regexp": { "source": "\\.json$", "flags": "i" } }, "/abs/data"], "include": "/abs", "type": "json" },
                { "resourceQuery": { "__regexp": { "source": "raw", "flags": "" } }, "issuer": "src", "descriptionData": { "exports.node": "./x" }, "type": "asset/source" },
                { "oneOf": [ { "test": { "__regexp": { "source": "\\d+\\.png$", "flags": "" } }, "type": "asset/resource" } ],
                  "rules": [ { "resourceFragment": "#a", "parser": { "amd": false } } ] },
                null, false, "..."
            ] } }
            """).Rules;
        Assert.Equal(4, rules.Count);
        Assert.Equal("configuration.module.rules[0]", rules[0].Path);
        Assert.Equal([RuleDataProperty.Resource, RuleDataProperty.Resource], rules[0].Conditions.Select(c => c.Property));
        Assert.Equal("/\\.m?js$/", rules[0].Conditions[0].Condition.ToString());
        // exclude is the negation of its condition; a relative string resolves against the context.
        Assert.Equal("{ not: [/node_modules/, \"" + Path.Combine(_dir, "proj", "vendor") + "\"] }", rules[0].Conditions[1].Condition.ToString());
        Assert.Equal("javascript/auto", rules[0].Type);
        Assert.Equal("[/\\.json$/i, \"/abs/data\"]", rules[1].Conditions[0].Condition.ToString());
        Assert.Equal(
            [RuleDataProperty.ResourceQuery, RuleDataProperty.Issuer, RuleDataProperty.DescriptionData],
            rules[2].Conditions.Select(c => c.Property));
        Assert.Equal("\"" + Path.Combine(_dir, "proj", "src") + "\"", rules[2].Conditions[1].Condition.ToString());
        Assert.Equal(["exports", "node"], rules[2].Conditions[2].DataPath!);
        // Query and package.json conditions are not paths: their strings stay as written.
        Assert.Equal("\"./x\"", rules[2].Conditions[2].Condition.ToString());
        Assert.Equal("configuration.module.rules[3].oneOf[0]", Assert.Single(rules[3].OneOf).Path);
        var nested = Assert.Single(rules[3].Rules);
        Assert.Equal("configuration.module.rules[3].rules[0]", nested.Path);
        Assert.Equal(RuleDataProperty.ResourceFragment, Assert.Single(nested.Conditions).Property);
        Assert.False((bool)nested.Parser!["amd"]!);
    }

    [Fact]
    public void ValidateFalseTurnsUnknownPropertiesIntoWarnings()
    {
        var result = Run("""{ "validate": false, "unknown": true, "output": { "bogus": 1 } }""");
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        Assert.Contains("configuration.unknown is not a webpack option and is ignored (validate: false).", result.Warnings);
        Assert.Contains("configuration.output.bogus is not a webpack option and is ignored (validate: false).", result.Warnings);
        Assert.False(Run("""{ "unknown": true }""").Success);
    }

    [Theory]
    [InlineData("""{ "mode": "production", "performance": false }""")]
    [InlineData("""{ "mode": "production", "performance": { "hints": false, "maxAssetSize": 1, "duplicatePackages": true } }""")]
    public void PerformanceHintsSwitchedOffNeedNoWarning(string config)
    {
        var result = Run(config);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        Assert.DoesNotContain(result.Warnings, w => w.Contains("performance", StringComparison.Ordinal));
        Assert.Null(result.Options!.Performance?.Hints);
        // webpack 5.112's other checks, asked for with hints on, are not built: that is said.
        Assert.Contains("configuration.performance.duplicatePackages is not supported by sharpack yet and is ignored.",
            Run("""{ "mode": "production", "performance": { "hints": "warning", "duplicatePackages": true, "unusedRules": false } }""").Warnings);
    }

    [Fact]
    public void PerformanceHintsDefaultToWarningsForProductionBuildsForBrowsers()
    {
        var web = Run("""{ "mode": "production", "target": "web" }""").Options!.Performance;
        Assert.Equal("warning", web?.Hints);
        Assert.Equal(250000, web?.MaxAssetSize);
        Assert.Equal(250000, web?.MaxEntrypointSize);
        Assert.Null(Run("""{ "mode": "production", "target": "node" }""").Options!.Performance);
        Assert.Null(Run("""{ "mode": "development", "target": "web" }""").Options!.Performance);
        // An object in development asks for nothing unless it names hints.
        Assert.Null(Run("""{ "mode": "development", "performance": { "maxAssetSize": 1 } }""").Options!.Performance!.Hints);
        var stats = Run("""{ "mode": "development", "performance": { "hints": "stats", "maxAssetSize": 10, "maxEntrypointSize": 20 } }""").Options!.Performance!;
        Assert.Equal(("stats", 10d, 20d), (stats.Hints, stats.MaxAssetSize, stats.MaxEntrypointSize));
        Assert.False(Run("""{ "performance": { "hints": "loud" } }""").Success);
    }

    [Fact]
    public void BrowserslistTargetBuildsForAModernBrowserWithAWarning()
    {
        var result = Run("""{ "target": "browserslist:last 2 versions" }""");
        Assert.True(result.Success);
        Assert.Contains("configuration.target 'browserslist:last 2 versions': the runtime is written for a modern browser (as target 'web'): browserslist queries do not choose its syntax yet (TypeScript and JSX modules are lowered for them).", result.Warnings);
        Assert.False(result.Options!.Target.IsNode);
        Assert.True(result.Options.Output.Environment.ArrowFunction);
    }

    [Fact]
    public void ResolveOptionsReachTheResolver()
    {
        var resolve = Ok("""
            { "resolve": { "extensionAlias": { ".js": [".ts", ".js"], ".mjs": ".mts" }, "fullySpecified": true, "preferRelative": true,
              "aliasFields": ["browser", ["exports", "browser"]], "roots": ["src"], "restrictions": ["lib", { "__regexp": { "source": "\\.js$", "flags": "" } }],
              "tsconfig": true, "exportsFields": ["exports"], "descriptionFiles": ["package.json"] } }
            """).Resolve;
        Assert.Equal([".ts", ".js"], resolve.ExtensionAlias![".js"]);
        Assert.Equal([".mts"], resolve.ExtensionAlias[".mjs"]);
        Assert.True(resolve.FullySpecified);
        Assert.True(resolve.PreferRelative);
        Assert.Equal(["browser", "exports.browser"], resolve.AliasFields);
        Assert.Equal([Path.Combine(_dir, "src")], resolve.Roots);
        Assert.Equal([Path.Combine(_dir, "lib")], resolve.Restrictions);
        Assert.Matches(Assert.Single(resolve.RestrictionPatterns!), "a.js");
        Assert.Equal(Path.Combine(_dir, "tsconfig.json"), resolve.TsConfig);
        // byDependency: options per category, each knowing which keys it gives.
        var byDependency = Ok("""{ "resolve": { "byDependency": { "esm": { "fullySpecified": false, "mainFields": ["module"] } } } }""").Resolve.ByDependency!;
        Assert.Equal(["fullySpecified", "mainFields"], byDependency["esm"].GivenKeys!.Order(StringComparer.Ordinal));
        Assert.False(byDependency["esm"].FullySpecified);
        Assert.Equal("configuration.resolve.plugins is not implemented by sharpack yet, and the build would not be what it asks for without it. Remove it to build anyway.",
            Error("""{ "resolve": { "plugins": [] } }"""));
    }

    [Fact]
    public void RuleErrors()
    {
        var result = Run("""
            { "module": { "rules": [
                { "test": 5 }, { "test": { "__regexp": { "source": "(?<n>a)\\k<m>", "flags": "" } } }, { "bogus": 1 }, 7,
                { "include": { "and": "/x" } }, { "include": { "nor": ["/x"] } }, { "include": {} }, { "rules": [ { "tset": 1 } ] },
                { "oneOf": {} }, { "type": 1 }
            ], "what": 1 } }
            """);
        Assert.Equal(
        [
            "configuration.module has an unknown property 'what'. These properties are valid:\nobject { defaultRules?, exprContextCritical?, exprContextRecursive?, exprContextRegExp?, exprContextRequest?, generator?, noParse?, parser?, rules?, strictExportPresence?, strictThisContextOnImports?, unknownContextCritical?, unknownContextRecursive?, unknownContextRegExp?, unknownContextRequest?, unsafeCache?, wrappedContextCritical?, wrappedContextRecursive?, wrappedContextRegExp? }",
            "configuration.module.rules[0].test should be a RegExp, a string, an array of conditions or an object { and?, glob?, not?, or? }.",
            "configuration.module.rules[1].test cannot be used: the regular expression /(?<n>a)\\k<m>/ has no .NET equivalent",
            "configuration.module.rules[2] has an unknown property 'bogus'. These properties are valid:\nobject { assert?, compiler?, dependency?, descriptionData?, enforce?, exclude?, extractSourceMap?, generator?, glob?, include?, issuer?, issuerLayer?, layer?, loader?, mimetype?, oneOf?, options?, parser?, phase?, realResource?, resolve?, resource?, resourceFragment?, resourceQuery?, rules?, scheme?, sideEffects?, test?, type?, use?, with? }",
            "configuration.module.rules[3] should be an object.",
            "configuration.module.rules[4].include.and should be an array of conditions.",
            "configuration.module.rules[5].include has an unknown property 'nor'. These properties are valid:\nobject { and?, glob?, not?, or? }",
            "configuration.module.rules[6].include should be a non-empty condition object { and?, glob?, not?, or? }.",
            "configuration.module.rules[7].rules[0] has an unknown property 'tset'. These properties are valid:\nobject { assert?, compiler?, dependency?, descriptionData?, enforce?, exclude?, extractSourceMap?, generator?, glob?, include?, issuer?, issuerLayer?, layer?, loader?, mimetype?, oneOf?, options?, parser?, phase?, realResource?, resolve?, resource?, resourceFragment?, resourceQuery?, rules?, scheme?, sideEffects?, test?, type?, use?, with? }",
            "configuration.module.rules[8].oneOf should be an array of rule objects.",
            "configuration.module.rules[9].type should be a non-empty string.",
        ], result.Errors.Select(e => e.Split(" (", 2)[0])); // without .NET's own wording of the regex error
    }

    [Fact]
    public void ModuleParserJavascriptIsReadPerType()
    {
        var options = Ok("""
            { "module": {
                "exprContextCritical": false, "wrappedContextCritical": true,
                "parser": {
                    "javascript": { "amd": false, "wrappedContextCritical": false, "dynamicImportMode": "eager" },
                    "javascript/esm": { "harmony": true, "dynamicImportPrefetch": true },
                    "json": {} } } }
            """);
        Assert.Equal(["javascript", "javascript/esm", "json"], options.Parser.Keys.Order(StringComparer.Ordinal));
        var auto = OptionsNormalizer.ResolveJavascriptParserOptions(options, "javascript/auto", []);
        Assert.False(auto.Amd);
        Assert.True(auto.Commonjs);
        // module.exprContextCritical feeds module.parser.javascript, whose own keys win.
        Assert.False(auto.ExprContextCritical);
        Assert.False(auto.WrappedContextCritical);
        Assert.Equal("eager", auto.DynamicImportMode);
        Assert.Null(auto.DynamicImportPrefetch);
        var esm = OptionsNormalizer.ResolveJavascriptParserOptions(options, "javascript/esm", []);
        Assert.Equal(0, esm.DynamicImportPrefetch);
        Assert.False(esm.Amd);
    }

    [Fact]
    public void RuleParsersApplyInOrderOverTheGlobalOptions()
    {
        var options = Ok("""
            { "target": "node", "module": {
                "parser": { "javascript": { "requireInclude": true, "node": { "__dirname": "mock" } } },
                "rules": [
                    { "parser": { "commonjs": false, "dynamicImportPreload": 2, "dynamicImportFetchPriority": "high", "node": { "__filename": "node-module", "global": true } } },
                    { "parser": { "commonjs": true, "requireContext": false, "import": false, "amd": {} } },
                    { "parser": { "node": false } } ] } }
            """);
        JsonObject[] parsers = [.. options.Rules.Select(r => r.Parser!)];
        var first = OptionsNormalizer.ResolveJavascriptParserOptions(options, "javascript/auto", parsers[..1]);
        Assert.False(first.Commonjs);
        Assert.Equal(2, first.DynamicImportPreload);
        Assert.Equal("high", first.DynamicImportFetchPriority);
        Assert.True(first.RequireInclude);
        // node merges by key: the target's default, then the global parser's, then the rule's.
        Assert.Equal("node-module", first.Node!.Filename);
        Assert.Equal("mock", first.Node.Dirname);
        Assert.True(first.Node.Global);
        var two = OptionsNormalizer.ResolveJavascriptParserOptions(options, "javascript/auto", parsers[..2]);
        Assert.True(two.Commonjs);
        Assert.False(two.RequireContext);
        Assert.False(two.Import);
        Assert.True(two.Amd);
        Assert.Null(OptionsNormalizer.ResolveJavascriptParserOptions(options, "javascript/auto", parsers).Node);
        var defaults = OptionsNormalizer.ResolveJavascriptParserOptions(options, "javascript/dynamic", []);
        Assert.Equal("eval-only", defaults.Node!.Filename);
        Assert.False(defaults.Node.Global);
        Assert.True(defaults.ExprContextCritical);
        Assert.False(defaults.WrappedContextCritical);
        Assert.Equal("lazy", defaults.DynamicImportMode);
    }

    [Fact]
    public void ParserOptionErrorsAndWarnings()
    {
        var result = Run("""
            { "module": {
                "parser": { "javascript": { "amd": true, "commonjs": "no", "bogus": 1, "urlHints": false, "dynamicImportMode": "later",
                    "dynamicImportPrefetch": "yes", "dynamicImportFetchPriority": "urgent", "node": { "__dirname": "fake" } } },
                "rules": [ { "parser": { "harmony": 0, "someAssetOption": 1, "unknownContextCritical": false } } ] } }
            """);
        Assert.Equal(
        [
            "configuration.module.parser.javascript.amd should be one of these:\nfalse | object { … }",
            "configuration.module.parser.javascript.commonjs should be a boolean.",
            "configuration.module.parser.javascript has an unknown property 'bogus'. These properties are valid:\nobject { amd?, anonymousDefaultExportName?, browserify?, commonjs?, commonjsMagicComments?, createRequire?, deferImport?, dynamicImportCssPreload?, dynamicImportFetchPriority?, dynamicImportMode?, dynamicImportPrefetch?, dynamicImportPreload?, dynamicUrl?, exportsPresence?, exprContextCritical?, exprContextRecursive?, exprContextRegExp?, exprContextRequest?, harmony?, import?, importExportsPresence?, importMeta?, importMetaContext?, node?, overrideStrict?, parse?, pureFunctions?, reexportExportsPresence?, requireContext?, requireEnsure?, requireInclude?, requireJs?, sourceImport?, strictExportPresence?, strictModeViolations?, strictThisContextOnImports?, system?, typescript?, unknownContextCritical?, unknownContextRecursive?, unknownContextRegExp?, unknownContextRequest?, url?, urlHints?, worker?, worklet?, wrappedContextCritical?, wrappedContextRecursive?, wrappedContextRegExp? }",
            "configuration.module.parser.javascript.dynamicImportMode should be one of these:\n\"eager\" | \"weak\" | \"lazy\" | \"lazy-once\"",
            "configuration.module.parser.javascript.dynamicImportPrefetch should be a number or a boolean.",
            "configuration.module.parser.javascript.dynamicImportFetchPriority should be one of these:\n\"low\" | \"high\" | \"auto\" | false",
            "configuration.module.parser.javascript.node.__dirname should be one of these:\nfalse | true | \"mock\" | \"warn-mock\" | \"node-module\" | \"eval-only\"",
            "configuration.module.rules[0].parser.harmony should be a boolean.",
        ], result.Errors);
        Assert.Contains("configuration.module.parser.javascript.urlHints is not supported by sharpack yet and is ignored.", result.Warnings);
        Assert.Contains("configuration.module.rules[0].parser.unknownContextCritical is not supported by sharpack yet and is ignored.", result.Warnings);
        Assert.Contains("configuration.module.parser.json.parse is not supported by sharpack yet and is ignored (JSON is parsed as JSON).",
            Run("""{ "module": { "parser": { "json": { "parse": "x" } } } }""").Warnings);
        Assert.Contains("configuration.module.parser.json.exportsDepth should be a number.", Run("""{ "module": { "parser": { "json": { "exportsDepth": "2" } } } }""").Errors);
        // A rule's parser may carry other module types' options: unknown keys pass, as in webpack.
        Assert.DoesNotContain(result.Warnings, w => w.Contains("someAssetOption", StringComparison.Ordinal));
    }

    [Fact]
    public void OptimizationValues()
    {
        var optimization = Ok("""{ "mode": "production", "optimization": { "moduleIds": "named", "chunkIds": "natural", "nodeEnv": false, "minimize": false } }""").Optimization;
        Assert.Equal("named", optimization.ModuleIds);
        Assert.Equal("natural", optimization.ChunkIds);
        Assert.Null(optimization.NodeEnv);
        Assert.False(optimization.Minimize);
        Assert.Equal("staging", Ok("""{ "optimization": { "nodeEnv": "staging" } }""").Optimization.NodeEnv);
    }

    [Theory]
    [InlineData("false")]
    [InlineData("null")]
    public void DevtoolOff(string value) =>
        Assert.Null(Ok($$"""{ "mode": "development", "devtool": {{value}} }""").Devtool);

    [Theory]
    [InlineData("source-map")]
    [InlineData("eval-cheap-module-source-map")]
    [InlineData("hidden-nosources-source-map")]
    public void SourceMapDevtoolsAreAccepted(string value) =>
        Assert.Equal(value, Ok($$"""{ "mode": "development", "devtool": "{{value}}" }""").Devtool);

    [Fact]
    public void AnUnknownDevtoolIsAnErrorListingWhatIsAccepted()
    {
        var error = Error("""{ "devtool": "sourcemap" }""");
        Assert.StartsWith("configuration.devtool should be one of these:", error, StringComparison.Ordinal);
        Assert.Contains("source-map", error, StringComparison.Ordinal);
    }

    [Fact]
    public void EvalDevtoolIsAccepted() =>
        Assert.Equal("eval", Ok("""{ "mode": "production", "devtool": "eval" }""").Devtool);

    [Fact]
    public void DefineFlattensObjectsAndLiterals()
    {
        var define = Ok("""
            { "define": { "VERSION": "\"1.0\"", "DEBUG": false, "N": 3, "process.env": { "API": "\"/api\"" }, "NOTHING": null } }
            """).Define;
        Assert.Equal("\"1.0\"", define["VERSION"]);
        Assert.Equal("false", define["DEBUG"]);
        Assert.Equal("3", define["N"]);
        Assert.Equal("\"/api\"", define["process.env.API"]);
        Assert.Equal("null", define["NOTHING"]);
    }

    [Fact]
    public void NodeOptions()
    {
        Assert.Null(Ok("""{ "node": false }""").Node.Filename);
        var node = Ok("""{ "node": { "__filename": true, "__dirname": "warn-mock", "global": false } }""").Node;
        Assert.Equal("true", node.Filename); // relative to the context, as webpack's true
        Assert.Equal("warn-mock", node.Dirname);
        Assert.Equal("eval-only", Ok("""{ "target": "node", "node": { "__dirname": false } }""").Node.Filename);
    }

    [Fact]
    public void SplitChunksTakesWebpacksModeDefaultsAndFalseTurnsItOff()
    {
        // lib/config/defaults.js: production and development differ in sizes, request limits and hidePathInfo.
        var production = Ok("""{ "mode": "production" }""").Optimization.SplitChunks!;
        Assert.Equal("async", production.Chunks!.Kind);
        Assert.Equal(20000, production.MinSize!.Number);
        Assert.Null(production.MinRemainingSize);
        Assert.Equal(50000, production.EnforceSizeThreshold!.Number);
        Assert.Equal(30, production.MaxAsyncRequests);
        Assert.Equal(30, production.MaxInitialRequests);
        Assert.True(production.HidePathInfo);
        Assert.True(production.UsedExports);
        Assert.Equal(["javascript", "unknown"], production.DefaultSizeTypes);
        Assert.Equal(["default", "defaultVendors"], production.CacheGroups.Select(g => g.Key));
        Assert.Equal(-20, production.CacheGroups[0].Options!.Priority);
        Assert.Equal("vendors", production.CacheGroups[1].Options!.IdHint);

        var development = Ok("""{ "mode": "development", "optimization": { "splitChunks": { "cacheGroups": { "mine": { "test": "x" }, "defaultVendors": false } } } }""").Optimization.SplitChunks!;
        Assert.Equal(10000, development.MinSize!.Number);
        Assert.Equal(0, development.MinRemainingSize!.Number);
        Assert.Equal(30000, development.EnforceSizeThreshold!.Number);
        Assert.Equal(double.PositiveInfinity, development.MaxInitialRequests);
        Assert.False(development.HidePathInfo);
        Assert.False(development.UsedExports);
        // The configuration's groups first, then `default`; `defaultVendors: false` keeps it out.
        Assert.Equal(["mine", "default"], development.CacheGroups.Select(g => g.Key));

        Assert.Null(Ok("""{ "mode": "production", "optimization": { "splitChunks": false } }""").Optimization.SplitChunks);
        var infinite = Ok("""{ "mode": "production", "optimization": { "splitChunks": { "maxInitialRequests": { "__number": "Infinity" } } } }""").Optimization.SplitChunks!;
        Assert.Equal(double.PositiveInfinity, infinite.MaxInitialRequests);
    }

    [Fact]
    public void OptionsThatCannotChangeTheOutputWarnAndOthersAreErrors()
    {
        var result = Run("""
            { "mode": "none", "devServer": { "port": 8080 }, "cache": { "type": "filesystem" }, "output": { "hashFunction": "xxhash64", "charset": true, "resourceHints": false },
              "optimization": { "splitChunks": { "chunks": "all" }, "checkWasmTypes": true, "concatenateModules": false }, "experiments": { "layers": true } }
            """);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        // devServer is `sharpack serve`'s: a build reads it without a warning.
        Assert.Equal(
        [
            "configuration.experiments.layers is not supported by sharpack yet and is ignored.",
            "configuration.output.charset is not supported by sharpack yet and is ignored.",
            "configuration.output.resourceHints is not supported by sharpack yet and is ignored.",
            "configuration.optimization.checkWasmTypes is not supported by sharpack yet and is ignored.",
            // concatenateModules: false asks for what the output is anyway: no warning.
        ], result.Warnings.Where(w => !w.StartsWith("configuration.mode", StringComparison.Ordinal)));
        var failed = Run("""{ "mode": "none", "amd": { "jQuery": true }, "output": { "strictModuleResolution": true } }""");
        Assert.False(failed.Success);
        Assert.Equal(
        [
            "configuration.amd is not implemented by sharpack yet, and the build would not be what it asks for without it. Remove it to build anyway.",
        ], failed.Errors);
    }

    [Fact]
    public void OptionsThatSteerOnlyTheProcessAreAcceptedSilentlyButValidated()
    {
        var result = Run("""
            { "mode": "none", "bail": true, "profile": false, "cache": { "type": "filesystem" }, "parallelism": 4, "snapshot": {},
              "watchOptions": { "aggregateTimeout": 100 }, "infrastructureLogging": { "level": "warn", "debug": true } }
            """);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        Assert.DoesNotContain(result.Warnings, w => !w.StartsWith("configuration.mode", StringComparison.Ordinal));
        var failed = Run("""{ "bail": "yes", "parallelism": 0, "cache": { "type": "disk" }, "infrastructureLogging": { "level": "loud" } }""");
        Assert.Equal(
        [
            "configuration.bail should be a boolean.",
            "configuration.cache.type should be one of these:\n\"memory\" | \"filesystem\"",
            "configuration.infrastructureLogging.level should be one of these:\n\"none\" | \"error\" | \"warn\" | \"info\" | \"log\" | \"verbose\"",
            "configuration.parallelism should be a number >= 1.",
        ], failed.Errors);
    }

    [Fact]
    public void JavaScriptPluginsAreErrorsAndDotnetPluginsAreDescribed()
    {
        Assert.Equal("configuration.plugins[0] is HtmlWebpackPlugin, a JavaScript plugin, which sharpack cannot run: the build would lack what it does. " +
            "Remove it, or use a .NET plugin (object { assembly, type, options? }).",
            Error("""{ "plugins": [ { "__plugin": "HtmlWebpackPlugin" } ] }"""));
        Assert.StartsWith("configuration.plugins[0] is an object with an apply method, a JavaScript plugin, which sharpack cannot run",
            Error("""{ "plugins": [ { "__plugin": "Object" } ] }"""), StringComparison.Ordinal);
        var plugins = Ok("""{ "plugins": [ null, false, { "assembly": "plugins/My.dll", "type": "My.Plugin", "options": { "x": 1 } }, { "type": "Other.Plugin" } ] }""").PluginDescriptions;
        Assert.Equal(2, plugins.Count);
        Assert.Equal(Path.Combine(_dir, "plugins", "My.dll"), plugins[0].Assembly);
        Assert.Equal("My.Plugin", plugins[0].Type);
        Assert.Equal(1, (int)plugins[0].Options!["x"]!);
        Assert.Null(plugins[1].Assembly);
        Assert.Equal("configuration.plugins[2] has an unknown property 'assemby'. A .NET plugin is described as object { assembly?, type, options? }.",
            Error("""{ "plugins": [ null, false, { "assemby": "x.dll", "type": "My.Plugin" } ] }"""));
    }

    [Theory]
    [InlineData("""{ "mode": "fast" }""", "configuration.mode should be one of these:\n\"development\" | \"production\" | \"none\"")]
    [InlineData("""{ "context": 1 }""", "configuration.context should be a non-empty string.")]
    [InlineData("""{ "output": { "filename": 1 } }""", "configuration.output.filename should be a non-empty string.")]
    [InlineData("""{ "output": { "filename": "/abs.js" } }""", "configuration.output.filename should be a relative path; the provided value \"/abs.js\" is an absolute path. Use output.path for the directory.")]
    [InlineData("""{ "output": { "path": false } }""", "configuration.output.path should be a non-empty string.")]
    [InlineData("""{ "output": { "clean": 1 } }""", "configuration.output.clean should be one of these:\n   boolean | object { dry?, keep? }")]
    [InlineData("""{ "output": { "iife": "yes" } }""", "configuration.output.iife should be a boolean.")]
    [InlineData("""{ "output": { "pathinfo": "loud" } }""", "configuration.output.pathinfo should be a boolean or \"verbose\".")]
    [InlineData("""{ "output": 3 }""", "configuration.output should be an object.")]
    [InlineData("""{ "resolve": { "extensions": ".js" } }""", "configuration.resolve.extensions should be an array of strings.")]
    [InlineData("""{ "resolve": { "symlinks": "no" } }""", "configuration.resolve.symlinks should be a boolean.")]
    [InlineData("""{ "resolve": { "alias": { "a": 1 } } }""", "configuration.resolve.alias.a should be a non-empty string, an array of non-empty strings, or false.")]
    [InlineData("""{ "optimization": { "moduleIds": "short" } }""", "configuration.optimization.moduleIds should be one of these:\n\"natural\" | \"named\" | \"hashed\" | \"deterministic\" | \"size\"")]
    [InlineData("""{ "optimization": { "chunkIds": "hashed" } }""", "configuration.optimization.chunkIds should be one of these:\n\"natural\" | \"named\" | \"deterministic\" | \"size\" | \"total-size\"")]
    [InlineData("""{ "optimization": { "nodeEnv": 1 } }""", "configuration.optimization.nodeEnv should be false or a string.")]
    [InlineData("""{ "optimization": { "minimize": "yes" } }""", "configuration.optimization.minimize should be a boolean.")]
    [InlineData("""{ "define": [] }""", "configuration.define should be an object.")]
    [InlineData("""{ "node": { "__filename": "yes" } }""", "configuration.node.__filename should be one of these:\nfalse | true | \"mock\" | \"warn-mock\" | \"node-module\" | \"eval-only\"")]
    [InlineData("""{ "plugins": {} }""", "configuration.plugins should be an array.")]
    [InlineData("""{ "entri": "./a" }""", "configuration has an unknown property 'entri'. These properties are valid:\nobject { amd?, bail?, cache?, context?, define?, dependencies?, devServer?, devtool?, dotenv?, entry?, experiments?, extends?, externals?, externalsPresets?, externalsType?, ignoreWarnings?, infrastructureLogging?, loader?, mode?, module?, name?, node?, optimization?, output?, parallelism?, performance?, plugins?, profile?, recordsInputPath?, recordsOutputPath?, recordsPath?, resolve?, resolveLoader?, snapshot?, stats?, target?, validate?, watch?, watchOptions? }")]
    public void ErrorMessages(string json, string message) => Assert.Equal(message, Error(json));

    [Fact]
    public void AllErrorsAreReportedTogether()
    {
        var result = Run("""{ "mode": "fast", "output": { "filename": 1, "iife": 2 }, "target": "nope", "bogus": true }""");
        Assert.Equal(5, result.Errors.Count);
        var message = result.FormatErrors();
        Assert.StartsWith(NormalizedOptions.ErrorHeader + "\n - configuration has an unknown property 'bogus'.", message, StringComparison.Ordinal);
        Assert.Contains("\n - configuration.mode should be one of these:\n   \"development\" | \"production\" | \"none\"", message, StringComparison.Ordinal);
        Assert.Contains("\n - configuration.output.filename should be a non-empty string.", message, StringComparison.Ordinal);
        Assert.Contains("\n - configuration.output.iife should be a boolean.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfigurationMustBeAnObject() =>
        Assert.Equal("configuration should be an object.", Error("[1]"));

    [Fact]
    public void OverridesReplaceConfiguration()
    {
        var options = Ok("""{ "entry": { "app": "./app.js" }, "mode": "production", "output": { "path": "/x", "filename": "a.js" } }""",
            new OptionsOverrides
            {
                Entries = ["./cli.js", "./more.js"],
                Mode = "development",
                OutputPath = "out",
                OutputFilename = "[name].bundle.js",
                Target = ["node"],
                Devtool = "false",
                Context = "ctx",
            });
        var entry = Assert.Single(options.Entries);
        Assert.Equal("main", entry.Name);
        Assert.Equal(["./cli.js", "./more.js"], entry.Imports);
        Assert.Equal(BuildMode.Development, options.Mode);
        Assert.Equal(Path.Combine(_dir, "out"), options.Output.Path);
        Assert.Equal("[name].bundle.js", options.Output.Filename);
        Assert.True(options.Target.IsNode);
        Assert.Null(options.Devtool);
        Assert.Equal(Path.Combine(_dir, "ctx"), options.Context);
    }

    [Fact]
    public void BadOverrideIsReportedLikeConfiguration()
    {
        var result = OptionsNormalizer.Normalize(null, new OptionsOverrides { Mode = "fast" }, _dir);
        Assert.StartsWith("configuration.mode should be one of these:", Assert.Single(result.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void OutputEnvironmentComesFromTheTargetAndTheConfigOverridesIt()
    {
        var node = Ok("""{ "target": "node" }""").Output.Environment;
        // Not optimistic, as webpack's: a target that does not say has no globalThis.
        Assert.False(node.GlobalThis);
        Assert.False(Ok("""{ "target": "web" }""").Output.Environment.GlobalThis);
        Assert.True(Ok("""{ "target": "node18" }""").Output.Environment.GlobalThis);
        // browserslist's "node 14" is the newest 14.x: it has node: prefixes (14.18+).
        Assert.True(Ok("""{ "target": "browserslist:node 14" }""").Output.Environment.NodePrefixForCoreModules);
        Assert.False(Ok("""{ "target": "browserslist:node 14.17.0" }""").Output.Environment.NodePrefixForCoreModules);
        Assert.True(node.NodePrefixForCoreModules);
        Assert.False(node.ImportMetaDirnameAndFilename);
        Assert.True(Ok("""{ "target": "node22.16" }""").Output.Environment.ImportMetaDirnameAndFilename);
        Assert.False(Ok("""{ "target": "node22.15" }""").Output.Environment.ImportMetaDirnameAndFilename);
        Assert.False(Ok("""{ "target": "node14.17" }""").Output.Environment.NodePrefixForCoreModules);
        Assert.False(Ok("""{ "target": "node10" }""").Output.Environment.GlobalThis);

        var overridden = Ok("""{ "target": "web", "experiments": { "outputModule": true }, "output": { "module": true, "environment": { "dynamicImport": false, "module": false, "importMetaDirnameAndFilename": true } } }""");
        Assert.True(overridden.Output.Environment.ImportMetaDirnameAndFilename);
        Assert.False(overridden.Output.Environment.Module);
        // ES module output without import(): the chunks are pushed to an array, as webpack's default says.
        Assert.Equal("array-push", overridden.Output.ChunkFormat);
        Assert.Equal("module", Ok("""{ "target": "web", "experiments": { "outputModule": true }, "output": { "module": true } }""").Output.ChunkFormat);
    }

    [Fact]
    public void OutputEnvironmentRejectsUnknownPropertiesAndNonBooleans()
    {
        var errors = Run("""{ "output": { "environment": { "arrows": true, "const": "yes" } } }""").Errors;
        Assert.Contains(errors, e => e.Contains("configuration.output.environment has an unknown property 'arrows'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("configuration.output.environment.const", StringComparison.Ordinal));
    }

    [Fact]
    public void NoParseTakesAbsolutePathsRegExpsAndArraysOfThem()
    {
        var options = Ok("""{ "module": { "noParse": ["/libs/", { "__regexp": { "source": "jquery", "flags": "" } }] } }""");
        Assert.True(options.NoParse!.IsMatch("/libs/a.js"));
        Assert.True(options.NoParse.IsMatch("/app/node_modules/jquery/dist/jquery.js"));
        Assert.False(options.NoParse.IsMatch("/app/src/index.js"));
        Assert.Contains("is not an absolute path", Assert.Single(Run("""{ "module": { "noParse": "libs/" } }""").Errors), StringComparison.Ordinal);
    }
}
