// The functions a webpack.config.js holds, called during `sharpack build` through the node process
// that loaded it (NodeFunctionBridge): output.filename and chunkFilename, IgnorePlugin's
// checkResource, NormalModuleReplacementPlugin's function, DefinePlugin.runtimeValue, module.rules
// conditions, ProgressPlugin's handler and ContextReplacementPlugin's callback, each built end to
// end and the bundle run in node; and a function that
// throws, which fails the build naming the option and showing the JavaScript stack.

using Sharpack.Cli.Tests.Support;

namespace Sharpack.Cli.Tests;

public sealed class JsFunctionConfigTests : IDisposable
{
    private readonly Sandbox _box = new();

    public void Dispose() => _box.Dispose();

    private string RunBundle(string file = "dist/main.js") => _box.RunBundle(file);

    [Fact]
    public void Output_filename_and_chunkFilename_functions_name_each_chunk()
    {
        _box.Write("src/index.js", "import('./lazy').then((m) => console.log('main', m.default));\n");
        _box.Write("src/other.js", "console.log('other');\n");
        _box.Write("src/lazy.js", "export default 'lazy';\n");
        _box.Write("webpack.config.js", """
            module.exports = {
              mode: "development",
              target: "node",
              entry: { app: "./src/index.js", other: "./src/other.js" },
              output: {
                // webpack's (pathData, assetInfo); the answer is a template filled in as usual.
                filename: (pathData, assetInfo) =>
                  typeof assetInfo === "object" && pathData.chunk.name === "app" ? "js/[name].[contenthash:8].js" : "[name].plain.js",
                chunkFilename: ({ chunk, contentHashType }) => `chunks/${chunk.name || chunk.id}.${contentHashType}.js`,
              },
            };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        var js = Directory.GetFiles(Path.Combine(_box.Project, "dist", "js")).Select(Path.GetFileName).ToList();
        Assert.Matches("^app\\.[0-9a-f]{8}\\.js$", Assert.Single(js));
        Assert.True(File.Exists(Path.Combine(_box.Project, "dist", "other.plain.js")));
        Assert.True(File.Exists(Path.Combine(_box.Project, "dist", "chunks", "src_lazy_js.javascript.js")));
        Assert.Equal("main lazy\n", RunBundle(Path.Combine("dist", "js", js[0]!)));
        Assert.Equal("other\n", RunBundle(Path.Combine("dist", "other.plain.js")));
    }

    [Fact]
    public void An_entry_filename_function_names_its_chunk()
    {
        _box.Write("src/other.js", "console.log('other');\n");
        _box.Write("webpack.config.js", """
            module.exports = {
              mode: "development",
              target: "node",
              entry: { main: "./src/index.js", other: { import: "./src/other.js", filename: ({ chunk }) => `entries/${chunk.name}-own.js` } },
            };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.True(File.Exists(Path.Combine(_box.Project, "dist", "main.js")));
        Assert.Equal("other\n", RunBundle(Path.Combine("dist", "entries", "other-own.js")));
    }

    [Fact]
    public void A_publicPath_function_gets_the_hash_and_sets_the_runtime_public_path()
    {
        _box.Write("src/index.js", "console.log(__webpack_public_path__);\n");
        _box.Write("webpack.config.js", """
            module.exports = {
              mode: "development",
              target: "node",
              entry: "./src/index.js",
              output: { publicPath: ({ hash }) => `/static/${/^[0-9a-f]+$/.test(hash) ? "hashed" : hash}/` },
            };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.Equal("/static/hashed/\n", RunBundle("dist/main.js"));
    }

    [Fact]
    public void DeterministicModuleIdsPlugin_test_picks_the_modules()
    {
        _box.Write("src/a.js", "module.exports = 'a';\n");
        _box.Write("src/index.js", "console.log(require('./a'));\n");
        _box.Write("webpack.config.js", """
            const { ids: { DeterministicModuleIdsPlugin } } = require("sharpack");
            module.exports = {
              mode: "development",
              target: "node",
              entry: "./src/index.js",
              optimization: { moduleIds: "named" },
              plugins: [new DeterministicModuleIdsPlugin({ test: (module) => module.resource.endsWith("a.js") && module.type === "javascript/auto" })],
            };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        var bundle = File.ReadAllText(Path.Combine(_box.Project, "dist", "main.js"));
        Assert.Matches(@"/\*\*\*/ \d+\n", bundle); // a.js: a number
        Assert.Contains("\"./src/index.js\"", bundle, StringComparison.Ordinal); // the rest: named
        Assert.DoesNotContain("\"./src/a.js\"\n", bundle, StringComparison.Ordinal);
        Assert.Equal("a\n", RunBundle("dist/main.js"));
    }

    [Fact]
    public void A_throwing_filename_function_is_a_build_error_with_the_option_and_stack()
    {
        _box.Write("webpack.config.js", """
            function nameTheFile() {
              throw new TypeError("no name for you");
            }
            module.exports = { mode: "development", entry: "./src/index.js", output: { filename: nameTheFile } };
            """);
        var (code, output, err) = _box.Build();
        Assert.Equal(1, code);
        Assert.Contains("configuration.output.filename threw TypeError: no name for you", output + err, StringComparison.Ordinal);
        Assert.Matches(@"at nameTheFile \(.*webpack\.config\.js:2:\d+\)", output + err);
        Assert.False(Directory.Exists(Path.Combine(_box.Project, "dist")));
    }

    [Fact]
    public void A_filename_function_must_answer_a_string()
    {
        _box.Write("webpack.config.js", """module.exports = { mode: "development", entry: "./src/index.js", output: { filename: () => 42 } };""");
        var (code, output, err) = _box.Build();
        Assert.Equal(1, code);
        Assert.Contains("configuration.output.filename returned 42 for the chunk main; it should return a non-empty string (a filename template).", output + err, StringComparison.Ordinal);
    }

    [Fact]
    public void IgnorePlugin_checkResource_gets_resource_and_context()
    {
        _box.Write("src/folder-a/x.js", "module.exports = 'a:' + (() => { try { return require('./ignored-module'); } catch (e) { return e.code; } })();\n");
        _box.Write("src/folder-a/ignored-module.js", "module.exports = 'kept';\n");
        _box.Write("src/folder-b/x.js", "module.exports = 'b:' + (() => { try { return require('./ignored-module'); } catch (e) { return e.code; } })();\n");
        _box.Write("src/folder-b/ignored-module.js", "module.exports = 'kept';\n");
        _box.Write("src/index.js", "console.log(require('./folder-a/x'), require('./folder-b/x'));\n");
        _box.Write("webpack.config.js", """
            const { IgnorePlugin } = require("sharpack");
            module.exports = {
              mode: "development",
              target: "node",
              entry: "./src/index.js",
              plugins: [new IgnorePlugin({ checkResource: (resource, context) => /ignored-module/.test(resource) && /folder-b$/.test(context) })],
            };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.Equal("a:kept b:MODULE_NOT_FOUND\n", RunBundle("dist/main.js"));
    }

    [Fact]
    public void A_throwing_checkResource_fails_the_request_with_the_option_and_stack()
    {
        _box.Write("webpack.config.js", """
            const { IgnorePlugin } = require("sharpack");
            module.exports = {
              mode: "development",
              entry: "./src/index.js",
              plugins: [new IgnorePlugin({ checkResource(resource) { throw new Error("cannot decide " + resource); } })],
            };
            """);
        var (code, output, err) = _box.Build();
        Assert.Equal(1, code);
        Assert.Contains("configuration.plugins[0].options.checkResource threw Error: cannot decide ./src/index.js", output + err, StringComparison.Ordinal);
        Assert.Matches(@"at checkResource \(.*webpack\.config\.js:\d+:\d+\)", output + err);
    }

    [Fact]
    public void NormalModuleReplacementPlugin_function_changes_request_and_resource()
    {
        _box.Write("src/before.js", "module.exports = 'before';\n");
        _box.Write("src/replaced-before.js", "module.exports = 'replaced before resolve';\n");
        _box.Write("src/after.js", "module.exports = 'after';\n");
        _box.Write("src/replaced-after.js", "module.exports = 'replaced after resolve';\n");
        _box.Write("src/index.js", "console.log(require('./before'), '|', require('./after'));\n");
        _box.Write("webpack.config.js", """
            const path = require("path");
            const { NormalModuleReplacementPlugin } = require("sharpack");
            module.exports = {
              mode: "development",
              target: "node",
              entry: "./src/index.js",
              plugins: [
                new NormalModuleReplacementPlugin(/before$/, (data) => { data.request = data.request.replace("before", "replaced-before"); }),
                new NormalModuleReplacementPlugin(/[\\/]after\.js$/, (data) => {
                  if (data.createData.resource) data.createData.resource = path.join(path.dirname(data.createData.resource), "replaced-after.js");
                }),
              ],
            };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.Equal("replaced before resolve | replaced after resolve\n", RunBundle("dist/main.js"));
    }

    [Fact]
    public void DefinePlugin_runtimeValue_is_asked_per_module_and_use()
    {
        _box.Write("src/a.js", "module.exports = WHERE + ' ' + CONFIG.where;\n");
        _box.Write("src/index.js", "console.log(WHERE, require('./a'), CONFIG.fixed, typeof PLAIN_FUNCTION);\n");
        _box.Write("webpack.config.js", """
            const path = require("path");
            const { DefinePlugin } = require("sharpack");
            let calls = 0;
            const where = DefinePlugin.runtimeValue(({ module, key }) => JSON.stringify(`${key}@${path.basename(module.resource)}#${++calls}`), true);
            module.exports = {
              mode: "development",
              target: "node",
              entry: "./src/index.js",
              plugins: [new DefinePlugin({ WHERE: where, CONFIG: { fixed: JSON.stringify("fixed"), where }, PLAIN_FUNCTION: function () { return 1; } })],
            };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        // Every use is asked again (the count grows); the object holding a runtime value too.
        Assert.Matches(@"^WHERE@index\.js#\d WHERE@a\.js#\d CONFIG\.where@a\.js#\d fixed function\n$", RunBundle("dist/main.js"));
    }

    [Fact]
    public void A_throwing_runtimeValue_fails_the_module_naming_the_definition()
    {
        _box.Write("webpack.config.js", """
            const { DefinePlugin } = require("sharpack");
            module.exports = {
              mode: "development",
              entry: "./src/index.js",
              plugins: [new DefinePlugin({ BROKEN: DefinePlugin.runtimeValue(() => { throw new RangeError("out of range"); }) })],
            };
            """);
        _box.Write("src/index.js", "console.log(BROKEN);\n");
        var (code, output, err) = _box.Build();
        Assert.Equal(1, code);
        Assert.Contains("Module build failed: configuration.plugins[0].options.BROKEN threw RangeError: out of range", output + err, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_conditions_as_functions_match_as_webpack_does()
    {
        _box.Write("src/data.txt", "{ \"answer\": 42 }\n");
        _box.Write("src/index.js", "console.log(require('./data.txt').answer);\n");
        _box.Write("webpack.config.js", """
            const fs = require("fs");
            const asked = [];
            module.exports = {
              mode: "development",
              target: "node",
              entry: "./src/index.js",
              module: {
                rules: [
                  {
                    test: (resource) => { asked.push(resource); return resource === "" || resource.endsWith(".txt"); },
                    issuer: { and: [(issuer) => issuer.endsWith("index.js")] },
                    type: "json",
                  },
                ],
              },
            };
            process.on("exit", () => fs.writeFileSync(__dirname + "/asked.json", JSON.stringify(asked)));
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.Equal("42\n", RunBundle("dist/main.js"));
        // Asked with "" first (webpack's matchWhenEmpty, when the rules are compiled), then per resource;
        // node has exited when the build returns (its exit handler wrote the file).
        var asked = System.Text.Json.JsonSerializer.Deserialize<string[]>(File.ReadAllText(Path.Combine(_box.Project, "asked.json")))!;
        Assert.Equal("", asked[0]);
        Assert.Contains(Path.Combine(_box.Project, "src", "index.js"), asked);
        Assert.Contains(Path.Combine(_box.Project, "src", "data.txt"), asked);
    }

    [Fact]
    public void A_condition_that_throws_when_compiled_is_a_configuration_error()
    {
        _box.Write("webpack.config.js", """
            module.exports = { mode: "development", entry: "./src/index.js", module: { rules: [{ include: (p) => p.split("/")[1].length > 0, type: "json" }] } };
            """);
        var (code, output, err) = _box.Build();
        Assert.Equal(2, code);
        Assert.Contains("configuration.module.rules[0].include Evaluation of condition function threw error: configuration.module.rules[0].include threw TypeError:", output + err, StringComparison.Ordinal);
    }

    [Fact]
    public void ProgressPlugin_handler_is_called_at_each_step()
    {
        _box.Write("webpack.config.js", """
            const fs = require("fs");
            const { ProgressPlugin } = require("sharpack");
            const steps = [];
            process.on("exit", () => fs.writeFileSync(__dirname + "/steps.json", JSON.stringify(steps)));
            module.exports = {
              mode: "development",
              entry: "./src/index.js",
              plugins: [new ProgressPlugin({ handler: (percentage, message, ...details) => steps.push([percentage, message, ...details]) })],
            };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        var steps = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(_box.Project, "steps.json")))!.AsArray();
        Assert.Equal(0, (double)steps[0]![0]!);
        Assert.Equal(1, (double)steps[^1]![0]!);
        Assert.Contains(steps, step => (string?)step![1] == "building");
        Assert.Contains(steps, step => (string?)step![1] == "sealing");
    }

    [Fact]
    public void ContextReplacementPlugin_callback_changes_the_context()
    {
        _box.Write("src/locale/de.js", "module.exports = 'de';\n");
        _box.Write("src/locale/fr.js", "module.exports = 'fr';\n");
        _box.Write("src/other-locale/de.js", "module.exports = 'other de';\n");
        _box.Write("src/index.js", """
            const load = (name) => { try { return require("./locale/" + name); } catch (e) { return e.code; } };
            console.log(load("de"), load("fr"));
            """);
        _box.Write("webpack.config.js", """
            const { ContextReplacementPlugin } = require("sharpack");
            module.exports = {
              mode: "development",
              target: "node",
              entry: "./src/index.js",
              plugins: [
                new ContextReplacementPlugin(/locale$/, (context) => {
                  if (context.resource) context.resource = "../other-locale";
                  else context.regExp = /^\.\/de/;
                }),
              ],
            };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.Equal("other de MODULE_NOT_FOUND\n", RunBundle("dist/main.js"));
    }

    [Fact]
    public void A_function_where_sharpack_takes_none_is_refused_naming_the_option()
    {
        _box.Write("webpack.config.js", """
            module.exports = { mode: "development", entry: "./src/index.js", resolve: { alias: { x: () => "y" } } };
            """);
        var (code, output, err) = _box.Build();
        Assert.Equal(2, code);
        Assert.Contains(" - configuration.resolve.alias.x is a function. sharpack calls JavaScript functions only where it knows webpack's signature", output + err, StringComparison.Ordinal);
        Assert.DoesNotContain("configuration.resolve.alias.x should", output + err, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_css_filename_functions_name_each_chunks_stylesheet_with_its_content_hash()
    {
        _box.Write("src/index.js", "import './a.css';\nimport('./lazy').then(() => console.log('loaded'));\n");
        _box.Write("src/a.css", ".a { color: red; }\n");
        _box.Write("src/lazy.js", "import './b.css';\nexport default 1;\n");
        _box.Write("src/b.css", ".b { color: blue; }\n");
        _box.Write("webpack.config.js", """
            module.exports = {
              mode: "development",
              target: "web",
              devtool: false,
              entry: "./src/index.js",
              output: {
                // With an [id]-only chunkFilename the runtime could name CSS by concatenation; a function must still be asked per chunk.
                chunkFilename: "[id].js",
                cssFilename: (pathData) => "styles/" + pathData.chunk.name + "." + pathData.contentHash.slice(0, 6) + ".css",
                cssChunkFilename: (pathData) => "styles/lazy-" + pathData.chunk.id + "-" + pathData.chunk.contentHash.css.slice(0, 6) + ".css",
              },
            };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        var styles = Directory.GetFiles(Path.Combine(_box.Project, "dist", "styles")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(2, styles.Length);
        Assert.Matches("^lazy-src_lazy_js-[0-9a-f]{6}\\.css$", styles[0]);
        Assert.Matches("^main\\.[0-9a-f]{6}\\.css$", styles[1]);
        Assert.Contains(".a { color: red; }", File.ReadAllText(Path.Combine(_box.Project, "dist", "styles", styles[1]!)), StringComparison.Ordinal);
        // The runtime loads the async chunk's stylesheet by the name the function gave.
        Assert.Contains("\"styles/" + styles[0] + "\"", File.ReadAllText(Path.Combine(_box.Project, "dist", "main.js")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_function_in_an_ignored_option_is_ignored_with_it()
    {
        _box.Write("webpack.config.js", """
            module.exports = { mode: "development", entry: "./src/index.js", output: { sourcePrefix: () => "  " } };
            """);
        var (code, output, err) = _box.Build();
        Assert.True(code == 0, err + output);
        Assert.Contains("configuration.output.sourcePrefix is not supported by sharpack yet and is ignored.", output + err, StringComparison.Ordinal);
    }
}
