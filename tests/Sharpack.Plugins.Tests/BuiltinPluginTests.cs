// webpack's built-in plugins used from C#: each one's effect on a small project, checked by
// running the bundle in node (or by reading the emitted file where the effect is text).

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Sharpack.Core;
using Sharpack.Core.Options;
using Sharpack.Plugins.Builtin;
using Xunit;

namespace Sharpack.Plugins.Tests;

public sealed class BuiltinPluginTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-builtins-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private SharpackOptions Options(string json = """{ "mode": "development", "devtool": false, "target": "node", "entry": "./index.js" }""")
    {
        var result = OptionsNormalizer.Normalize(JsonNode.Parse(json), new OptionsOverrides(), _root);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        return result.Options!;
    }

    private Core.Stats.BuildStats Build(params IPlugin[] plugins) => Build(Options(), plugins);

    private static Core.Stats.BuildStats Build(SharpackOptions options, params IPlugin[] plugins) =>
        SharpackPlugins.CreateCompiler(options, plugins).Run();

    private string Run(string file = "main.js")
    {
        var (code, output) = TestPaths.RunNode(Path.Combine(_root, "dist"), file);
        Assert.True(code == 0, output);
        return output;
    }

    private string Emitted(string file = "main.js") => File.ReadAllText(Path.Combine(_root, "dist", file));

    [Fact]
    public void DefinePlugin_replaces_names_paths_and_whole_objects()
    {
        Write("index.js", """
            console.log(VERSION, typeof PRODUCTION, PRODUCTION, process.env.API, process.env.OTHER, JSON.stringify(process.env), RE.test("abc"));
            function shadow(VERSION) { return VERSION; }
            console.log(shadow("local"));
            """);
        var plugin = new DefinePlugin(JsonNode.Parse("""
            { "VERSION": "\"1.2.3\"", "PRODUCTION": true, "process.env": { "API": "\"https://api\"" }, "RE": { "__regexp": { "source": "b", "flags": "" } } }
            """));
        var stats = Build(plugin);
        Assert.Empty(stats.Errors);
        // As webpack 5.112: the whole object merges every plugin's keys below it, optimization.nodeEnv's too.
        Assert.Equal("1.2.3 boolean true https://api undefined {\"API\":\"https://api\",\"NODE_ENV\":\"development\"} true\nlocal\n", Run());
    }

    [Fact]
    public void DefinePlugin_definitions_read_through_optional_chains_evaluate_and_fold()
    {
        // webpack evaluates a ChainExpression as its member chain: `V?.p?.d !== 2` is a constant, its
        // dead branch (and the require in it) goes, and `typeof V?.p?.d` is the definition's typeof.
        Write("index.js", """
            if (V?.p?.d !== 2) require("./missing");
            if (typeof V?.p?.d !== "number") require("./missing");
            console.log(V?.p?.d, V?.p?.missing, (() => typeof V?.p?.d).toString(), typeof V?.p);
            """);
        var stats = Build(new DefinePlugin(JsonNode.Parse("""{ "V": { "d": 1, "p": { "d": 2 } } }""")));
        Assert.Empty(stats.Errors);
        Assert.Equal("2 undefined () => \"number\" object\n", Run());
    }

    [Fact]
    public void DefinePlugin_first_definition_wins_and_the_define_option_comes_first()
    {
        Write("index.js", "console.log(A, B);\n");
        var options = Options("""{ "mode": "development", "target": "node", "entry": "./index.js", "define": { "A": "'option'" } }""");
        var stats = Build(options, new DefinePlugin([new("A", "'plugin'"), new("B", "'first'")]), new DefinePlugin([new("B", "'second'")]));
        Assert.Empty(stats.Errors);
        Assert.Equal("option first\n", Run());
    }

    [Fact]
    public void EnvironmentPlugin_reads_the_environment_and_defaults_and_reports_a_missing_key()
    {
        var key = "SHARPACK_TEST_" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        Environment.SetEnvironmentVariable(key, "from \"env\"");
        try
        {
            Write("index.js", $"console.log(process.env.{key}, process.env.WITH_DEFAULT, process.env.NULL_DEFAULT);\n");
            var stats = Build(new EnvironmentPlugin(JsonNode.Parse($$"""{ "{{key}}": "unused", "WITH_DEFAULT": "fallback", "NULL_DEFAULT": null }""")));
            Assert.Empty(stats.Errors);
            Assert.Equal("from \"env\" fallback null\n", Run());

            var missing = Build(new EnvironmentPlugin(key, "SHARPACK_SURELY_UNSET_VARIABLE"));
            var error = Assert.Single(missing.Errors);
            Assert.Equal("EnvVariableNotDefinedError: EnvironmentPlugin - SHARPACK_SURELY_UNSET_VARIABLE environment variable is undefined.\n\n" +
                "You can pass an object with default values to suppress this warning.\n" +
                "See https://webpack.js.org/plugins/environment-plugin for example.", error.Message);
        }
        finally
        {
            Environment.SetEnvironmentVariable(key, null);
        }
    }

    [Fact]
    public void Dotenv_option_reads_the_mode_files_expands_and_exposes_the_prefixed_variables()
    {
        var fromEnvironment = "WEBPACK_SHARPACK_TEST_" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        Environment.SetEnvironmentVariable(fromEnvironment, "from the environment");
        try
        {
            Write(".env", $$"""
                # comment
                WEBPACK_API=https://api.example.com
                WEBPACK_MODE=base
                SECRET=hidden
                WEBPACK_FULL=${WEBPACK_API}/v1
                WEBPACK_PORT=${PORT_SURELY_UNSET:-3000}
                export WEBPACK_QUOTED="a\nb" # trailing
                {{fromEnvironment}}=from the file
                """);
            Write(".env.production", "WEBPACK_MODE=production\n");
            Write(".env.development", "WEBPACK_MODE=development\n");
            Write("index.js", $"console.log(JSON.stringify([process.env.WEBPACK_API, import.meta.env.WEBPACK_MODE, process.env.WEBPACK_FULL, process.env.WEBPACK_PORT, process.env.WEBPACK_QUOTED, typeof process.env.SECRET, process.env.{fromEnvironment}]));\n");
            var stats = Build(Options("""{ "mode": "production", "target": "node", "entry": "./index.js", "dotenv": true, "optimization": { "minimize": false } }"""));
            Assert.Empty(stats.Errors);
            Assert.Equal("""["https://api.example.com","production","https://api.example.com/v1","3000","a\nb","undefined","from the environment"]""" + "\n", Run());
            Assert.DoesNotContain("hidden", Emitted(), StringComparison.Ordinal);

            // Another prefix, another folder, another template; dir: false reads no file.
            Write("envs/custom", "APP_NAME=MyApp\nWEBPACK_API=not exposed\n");
            Write("index.js", "console.log(process.env.APP_NAME, typeof process.env.WEBPACK_API);\n");
            var custom = JsonNode.Parse("""{ "mode": "development", "target": "node", "entry": "./index.js", "dotenv": { "prefix": ["APP_"], "template": ["custom"] } }""")!;
            custom["dotenv"]!["dir"] = Path.Combine(_root, "envs");
            Assert.Empty(Build(Options(custom.ToJsonString())).Errors);
            Assert.Equal("MyApp undefined\n", Run());
            Write("index.js", "console.log(typeof process.env.WEBPACK_API);\n");
            Assert.Empty(Build(Options("""{ "mode": "development", "target": "node", "entry": "./index.js", "dotenv": { "dir": false } }""")).Errors);
            Assert.Equal("undefined\n", Run());
        }
        finally
        {
            Environment.SetEnvironmentVariable(fromEnvironment, null);
        }
    }

    [Theory]
    [InlineData("""{ "dotenv": { "dir": "relative" } }""", "configuration.dotenv.dir: The provided value \"relative\" is not an absolute path!")]
    [InlineData("""{ "dotenv": { "prefix": "" } }""", "configuration.dotenv.prefix should be a non-empty string.")]
    [InlineData("""{ "dotenv": { "other": 1 } }""", "configuration.dotenv has an unknown property 'other'. These properties are valid:\nobject { dir?, prefix?, template? }")]
    [InlineData("""{ "dotenv": 1 }""", "configuration.dotenv should be one of these:\nboolean | object { dir?, prefix?, template? }")]
    public void Dotenv_option_is_validated(string json, string error)
    {
        var result = OptionsNormalizer.Normalize(JsonNode.Parse(json), new OptionsOverrides(), _root);
        Assert.Contains(error, result.Errors);
    }

    [Fact]
    public void NodeEnv_defines_the_import_meta_env_defaults()
    {
        Write("index.js", "console.log(JSON.stringify([import.meta.env.NODE_ENV, import.meta.env.MODE, import.meta.env.DEV, import.meta.env.PROD, import.meta.env.SSR, import.meta.env.BASE_URL]));\n");
        Assert.Empty(Build(Options("""{ "mode": "production", "target": "node", "entry": "./index.js", "optimization": { "minimize": false } }""")).Errors);
        Assert.Equal("""["production","production",false,true,true,"/"]""" + "\n", Run());
        Assert.Empty(Build(Options("""{ "mode": "development", "devtool": false, "target": "web", "entry": "./index.js", "output": { "publicPath": "/cdn/" } }""")).Errors);
        Assert.Contains("""JSON.stringify(["development", "development", true, false, false, "/cdn/"])""", Emitted(), StringComparison.Ordinal);
    }

    [Fact]
    public void DefinePlugin_merges_dotted_keys_of_every_plugin_into_whole_and_destructured_reads()
    {
        Write("index.js", """
            function never() { console.log("asi unsafe call"); }
            const obj = OBJECT;
            const { A, B } = OBJECT;
            const { X, Y } = CROSS;
            const { PE_A, PE_B } = process.env;
            const ts = OBJECT.toString;
            (never)
            OBJECT;
            console.log(JSON.stringify([obj.A, obj.B, obj.NESTED.D1, obj.NESTED.DEEP, A, B, X, Y, PE_A, PE_B]));
            console.log(OBJECT.MISSING, OBJECT.NESTED.MISSING, OBJECT.LIST.MISSING, OBJECT.LIST.length, typeof ts, typeof OBJECT, OBJECT ? "truthy" : "falsy");
            """);
        var first = new DefinePlugin(JsonNode.Parse("""
            {
              "OBJECT": { "A": "\"a\"", "NESTED": { "D1": "\"d1\"" }, "LIST": ["\"l1\""] },
              "OBJECT.B": "\"b\"",
              "OBJECT.NESTED.DEEP": "\"deep\"",
              "CROSS.X": "\"x\"",
              "process.env": { "PE_A": "\"pe-a\"" }
            }
            """));
        var second = new DefinePlugin(JsonNode.Parse("""{ "CROSS.Y": "\"y\"", "process.env.PE_B": "\"pe-b\"" }"""));
        Assert.Empty(Build(first, second).Errors);
        Assert.Equal("""["a","b","d1","deep","a","b","x","y","pe-a","pe-b"]""" + "\nundefined undefined undefined 1 function object truthy\n", Run());
        var emitted = Emitted();
        // The destructuring reads only its keys; a missing path is undefined at build time.
        Assert.Contains("""const { A, B } = ({"A":"a","B":"b"});""", emitted, StringComparison.Ordinal);
        Assert.Contains("console.log(undefined, undefined, undefined,", emitted, StringComparison.Ordinal);
    }

    [Fact]
    public void DefinePlugin_destructuring_of_a_dotted_parent_needs_every_key_defined()
    {
        Write("index.js", """
            const { NODE_ENV, ENVIRONMENT: RENAMED } = process.env;
            const { ENVIRONMENT, UNKNOWN } = process.env;
            console.log(NODE_ENV, RENAMED, ENVIRONMENT, UNKNOWN);
            """);
        Assert.Empty(Build(new DefinePlugin([new("process.env.ENVIRONMENT", "'node'")])).Errors);
        // The second pattern reads a key nothing defines: process.env is read at runtime, where ENVIRONMENT is not set.
        Assert.Equal("development node undefined undefined\n", Run());
        Assert.Contains("""const { NODE_ENV, ENVIRONMENT: RENAMED } = ({"NODE_ENV":"development","ENVIRONMENT":'node'});""", Emitted(), StringComparison.Ordinal);
    }

    [Fact]
    public void DefinePlugin_runtime_value_is_evaluated_at_each_use()
    {
        Write("index.js", """
            if (RUNTIME === "on") console.log("on", typeof RUNTIME);
            else require("./surely-missing");
            """);
        Assert.Empty(Build(new RuntimeDefinition("RUNTIME", "\"on\"")).Errors);
        Assert.Equal("on string\n", Run());
    }

    // A definition whose code is asked per module (what DefinePlugin.runtimeValue defines from a configuration).
    private sealed class RuntimeDefinition(string key, string code) : IPlugin
    {
        public void Apply(Compiler compiler) => Sharpack.Plugins.JavaScript.JavascriptParserExtensions.For(compiler).Define(key, _ => code);
    }

    [Fact]
    public void DefinePlugin_path_on_an_import_binding_is_replaced_as_webpack_does()
    {
        Write("foo.js", "export default { bar: 'runtime' };\n");
        Write("index.js", "import foo from './foo.js';\nconsole.log(foo.bar, foo.bar.baz);\n");
        Assert.Empty(Build(new DefinePlugin([new("foo.bar.baz", "'defined'")])).Errors);
        Assert.Equal("runtime defined\n", Run());
    }

    [Fact]
    public void Import_meta_env_merges_every_definition_below_it()
    {
        var key = "SHARPACK_META_" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        Write("index.js", $$"""
            const env = import.meta.env;
            const { CUSTOM } = import.meta.env;
            console.log(env.NODE_ENV, env.MODE, env.{{key}}, env.CUSTOM, CUSTOM, import.meta.env.NOT_EXIST, typeof import.meta.env, import.meta.env ? "truthy" : "falsy");
            """);
        var stats = Build(Options("""{ "mode": "production", "target": "node", "entry": "./index.js", "optimization": { "minimize": false } }"""),
            new EnvironmentPlugin(JsonNode.Parse($$"""{ "{{key}}": "from-environment-plugin" }""")),
            new DefinePlugin([new("import.meta.env.CUSTOM", "'custom'")]));
        Assert.Empty(stats.Errors);
        Assert.Equal("production production from-environment-plugin custom custom undefined object truthy\n", Run());
        Assert.DoesNotContain("import.meta", Emitted(), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_meta_fields_are_known_and_other_properties_are_undefined()
    {
        Write("index.js", """
            const { url, webpack } = import.meta;
            const meta = import.meta;
            console.log(url.startsWith("file:"), webpack, import.meta.webpack, typeof import.meta.url, typeof import.meta, import.meta.main, meta.main, typeof meta.env);
            console.log(import.meta.unknown, typeof import.meta.other);
            """);
        Assert.Empty(Build().Errors);
        Assert.Equal("true 5 5 string object true true object\nundefined undefined\n", Run());
        var emitted = Emitted();
        Assert.Contains("/* unsupported import.meta.unknown */ undefined", emitted, StringComparison.Ordinal);
        Assert.Contains("\"string\", \"object\"", emitted, StringComparison.Ordinal);
        Assert.DoesNotContain("import.meta", emitted.Replace("unsupported import.meta", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_meta_makes_a_module_an_es_module_but_webpackHot_does_not()
    {
        // No import or export: import.meta alone makes the module strict, as node reads it.
        Write("index.js", "void import.meta.url;\nfunction getThis() { return this; }\nconsole.log(getThis() === undefined);\n");
        Assert.Empty(Build().Errors);
        Assert.Equal("true\n", Run());
        Write("index.js", "if (import.meta.webpackHot) import.meta.webpackHot.accept();\nfunction getThis() { return this; }\nconsole.log(getThis() === undefined);\n");
        Assert.Empty(Build().Errors);
        Assert.Equal("false\n", Run());
    }

    [Theory]
    [InlineData("false", "console.log(custom.url, custom.webpack, custom.foo, typeof custom);")]
    [InlineData("\"preserve-unknown\"", "console.log(\"file:", "5, import.meta.foo, \"object\");")]
    [InlineData("{ \"url\": false }", "console.log(import.meta.url, 5, import.meta.foo, \"object\");")]
    public void Parser_importMeta_option_leaves_import_meta_or_its_fields_to_the_platform(string importMeta, params string[] expected)
    {
        Write("index.js", "console.log(import.meta.url, import.meta.webpack, import.meta.foo, typeof import.meta);\nexport {};\n");
        var options = Options($$"""
            { "mode": "development", "devtool": false, "target": "node", "entry": "./index.js", "output": { "importMetaName": "custom" },
              "module": { "parser": { "javascript": { "importMeta": {{importMeta}} } } } }
            """);
        Assert.Empty(Build(options).Errors);
        var emitted = Emitted();
        foreach (var text in expected)
            Assert.Contains(text, emitted, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_importMetaName_is_what_node_module_dirname_and_filename_read()
    {
        Write("index.js", "console.log(__dirname, __filename, import.meta.dirname);\n");
        var options = Options("""
            { "mode": "development", "devtool": false, "target": "node", "entry": "./index.js",
              "experiments": { "outputModule": true }, "output": { "module": true, "importMetaName": "custom" },
              "node": { "__dirname": "node-module", "__filename": "node-module" } }
            """);
        Assert.Equal("custom", options.Output.ImportMetaName);
        Assert.Empty(Build(options).Errors);
        var emitted = Emitted("main.mjs");
        // node has no import.meta.dirname by default: the chunk computes both from custom.url, once.
        Assert.Contains("console.log(__webpack_dirname__, __webpack_filename__, __webpack_dirname__);", emitted, StringComparison.Ordinal);
        Assert.Contains("var __webpack_dirname__ = __webpack_fileURLToPath__(custom.url.replace(", emitted, StringComparison.Ordinal);
        Assert.Contains("var __webpack_filename__ = __webpack_fileURLToPath__(custom.url);", emitted, StringComparison.Ordinal);
    }

    [Fact]
    public void DeterministicModuleIdsPlugin_assigns_the_ids_when_moduleIds_is_false()
    {
        for (var i = 0; i < 12; i++)
            Write($"files/file{i}.js", "module.exports = module.id;\n");
        Write("index.js", "const ids = []; for (let i = 0; i < 12; i++) ids.push(require('./files/file' + i + '.js'));\nconsole.log(new Set(ids).size, ids.every((id) => typeof id === 'number'), Math.max(...ids.map((id) => String(id).length)));\n");
        const string config = """{ "mode": "production", "target": "node", "entry": "./index.js", "optimization": { "moduleIds": false, "minimize": false } }""";
        Assert.Null(Options(config).Optimization.ModuleIds);

        Assert.Empty(Build(Options(config), new DeterministicModuleIdsPlugin(JsonNode.Parse("""{ "maxLength": 100 }"""))).Errors);
        var wide = Run().Split(' ');
        Assert.Equal(["12", "true"], wide[..2]);
        Assert.True(int.Parse(wide[2], System.Globalization.CultureInfo.InvariantCulture) > 10, string.Join(' ', wide));

        // maxLength 0 is webpack's default (3), growing tenfold for 14 modules past 5% of 1000.
        Assert.Empty(Build(Options(config), new DeterministicModuleIdsPlugin(JsonNode.Parse("""{ "maxLength": 0 }"""))).Errors);
        Assert.Equal("12 true 3\n", Run());

        // One digit, not growing: 13 modules cannot have 10 ids (webpack would try forever).
        var full = Build(Options(config), new DeterministicModuleIdsPlugin(JsonNode.Parse("""{ "maxLength": 1, "fixedLength": true }""")));
        Assert.Contains("do not fit in ids of 1 digit(s)", Assert.Single(full.Errors).Message, StringComparison.Ordinal);

        // Ten modules in ten ids collide, an error with failOnConflict.
        Write("small.js", string.Concat(Enumerable.Range(0, 9).Select(i => $"require('./files/file{i}.js');\n")));
        var small = """{ "mode": "production", "target": "node", "entry": "./small.js", "optimization": { "moduleIds": false, "minimize": false } }""";
        var failed = Build(Options(small), new DeterministicModuleIdsPlugin(JsonNode.Parse("""{ "maxLength": 1, "fixedLength": true, "failOnConflict": true }""")));
        Assert.StartsWith("Assigning deterministic module ids has lead to ", Assert.Single(failed.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HashedModuleIdsPlugin_gives_each_module_the_shortest_free_prefix_of_its_name_hash()
    {
        for (var i = 0; i < 40; i++)
            Write($"files/file{i}.js", "module.exports = module.id;\n");
        Write("index.js", "const ids = []; for (let i = 0; i < 40; i++) ids.push(require('./files/file' + i + '.js'));\nconsole.log(new Set(ids).size, ids.every((id) => /^[0-9a-f]+$/.test(id)), Math.min(...ids.map((id) => String(id).length)), JSON.stringify(String(module.id)));\n");
        const string config = """{ "mode": "production", "target": "node", "entry": "./index.js", "optimization": { "moduleIds": false, "minimize": false } }""";
        Assert.Empty(Build(Options(config), new HashedModuleIdsPlugin(JsonNode.Parse("""{ "hashDigest": "hex", "hashDigestLength": 1 }"""))).Errors);
        var parts = Run().TrimEnd().Split(' ');
        // 41 modules in 16 one-digit ids: the later ones take longer prefixes, all distinct.
        Assert.Equal(["40", "true", "1"], parts[..3]);
        // The entry's id is the md4 of its name relative to the context, as webpack's.
        var md4 = Sharpack.Core.Hashing.Hash.Create("md4")!;
        md4.Append("./index.js");
        Assert.StartsWith("\"" + md4.Digest("hex")[..1], parts[3], StringComparison.Ordinal);

        var error = Assert.Throws<ArgumentException>(() => new HashedModuleIdsPlugin(JsonNode.Parse("""{ "hashDigestLength": 0 }""")));
        Assert.Contains("hashDigestLength", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProvidePlugin_imports_the_module_where_a_free_name_is_used()
    {
        Write("index.js", """
            require("./other");
            console.log(_.name, join("a", "b"), process.fake, typeof lib.helper);
            function local(_) { return _; }
            console.log(local("shadowed"));
            """);
        Write("other.js", "const _ = 'own'; console.log(_);\n");
        Write("lib/underscore.js", "module.exports = { name: 'underscore' };\n");
        Write("lib/util.mjs", "export function join(a, b) { return a + '+' + b; }\n");
        Write("fake-process.js", "module.exports = { fake: 'fake process' };\n");
        Write("lib/helper.js", "module.exports = function helper() {};\n");
        var plugin = new ProvidePlugin(JsonNode.Parse("""
            { "_": "./lib/underscore", "join": ["./lib/util.mjs", "join"], "process": "./fake-process.js", "lib.helper": "./lib/helper.js" }
            """));
        var stats = Build(plugin);
        Assert.Empty(stats.Errors);
        Assert.Equal("own\nunderscore a+b fake process function\nshadowed\n", Run());
        var main = Emitted();
        Assert.Contains("/* provided dependency */ var _ = __webpack_require__(", main, StringComparison.Ordinal);
        Assert.Contains("/* provided dependency */ var __webpack_provided_lib_dot_helper = __webpack_require__(", main, StringComparison.Ordinal);
        Assert.Contains("[\"join\"];", main, StringComparison.Ordinal);
        // other.js declares its own _: no provided dependency there, so one module function has none.
        Assert.Single(Regex.Matches(main, "var _ = __webpack_require__"));
    }

    [Fact]
    public void ProvidePlugin_with_a_missing_module_is_an_error()
    {
        Write("index.js", "console.log($);\n");
        var stats = Build(new ProvidePlugin([new KeyValuePair<string, string>("$", "./missing-jquery")]));
        Assert.Contains(stats.Errors, e => e.Message.Contains("Can't resolve './missing-jquery'", StringComparison.Ordinal));
    }

    [Fact]
    public void BannerPlugin_adds_comments_with_placeholders_to_matching_chunk_files()
    {
        Write("index.js", "import('./lazy').then(m => console.log(m.default));\n");
        Write("lazy.js", "export default 'lazy';\n");
        var stats = Build(
            new BannerPlugin("name:[name] file:[file] base:[base] path:[path] ext:[ext] id:[id] hash:[contenthash:8]"),
            new BannerPlugin(new BannerPluginOptions { Banner = "multi\nline \n\nend */ ", EntryOnly = true }),
            new BannerPlugin(JsonNode.Parse("""{ "banner": "// footer for main", "raw": true, "footer": true, "include": [{ "__regexp": { "source": "^main", "flags": "" } }] }""")),
            new BannerPlugin(JsonNode.Parse("""{ "banner": "excluded", "exclude": "lazy" }""")));
        Assert.Empty(stats.Errors);
        var main = Emitted();
        var lazyFile = stats.Assets.Select(a => a.Name).Single(n => n != "main.js");
        var lazy = Emitted(lazyFile);
        // webpack's default hash function, md4, of the chunk's content before the banners.
        var md4 = new Sharpack.Core.Hashing.Md4Hash();
        md4.Append(System.Text.Encoding.UTF8.GetBytes(
            main[(main.IndexOf("*/\n", main.IndexOf("/*! name:", StringComparison.Ordinal), StringComparison.Ordinal) + 3)..^"\n// footer for main".Length]));
        var mainHash = md4.Digest("hex")[..8];
        Assert.StartsWith(
            "/*! excluded */\n/*!\n * multi\n * line\n *\n * end * /\n */\n" +
            $"/*! name:main file:main.js base:main.js path: ext:.js id:main hash:{mainHash} */\n", main, StringComparison.Ordinal);
        Assert.EndsWith("\n// footer for main", main, StringComparison.Ordinal);
        Assert.StartsWith($"/*! name:{lazyFile[..^3]} file:{lazyFile} base:{lazyFile}", lazy, StringComparison.Ordinal);
        Assert.DoesNotContain("multi", lazy, StringComparison.Ordinal);
        Assert.DoesNotContain("excluded", lazy, StringComparison.Ordinal);
        Assert.Equal("lazy\n", Run());
    }

    [Fact]
    public void IgnorePlugin_drops_matching_requests_and_contexts_only_from_matching_folders()
    {
        Write("index.js", """
            let a, b;
            try { a = require("./locale/de"); } catch (e) { a = e.code; }
            try { b = require("./locale/" + process.argv.length); } catch (e) { b = e.code; }
            console.log(a, b, require("./vendor/locale/de"));
            """);
        Write("locale/de.js", "module.exports = 'de';\n");
        Write("vendor/locale/de.js", "module.exports = 'vendor de';\n");
        var stats = Build(new IgnorePlugin(JsonNode.Parse("""
            { "resourceRegExp": { "__regexp": { "source": "^\\.\\/locale", "flags": "" } }, "contextRegExp": { "__regexp": { "source": "builtins-[^/\\\\]*$", "flags": "" } } }
            """)));
        Assert.Empty(stats.Errors);
        Assert.Equal("MODULE_NOT_FOUND MODULE_NOT_FOUND vendor de\n", Run());
        Assert.DoesNotContain("'de'", Emitted(), StringComparison.Ordinal);
    }

    [Fact]
    public void IgnorePlugin_makes_an_ignored_entry_an_empty_module_that_still_has_its_script()
    {
        Write("index.js", "console.log('main');\n");
        var stats = Build(Options("""{ "mode": "development", "devtool": false, "target": "node", "entry": { "main": "./index.js", "gone": "./missing-on-purpose.js" } }"""),
            new IgnorePlugin(JsonNode.Parse("""{ "resourceRegExp": { "__regexp": { "source": "missing-on-purpose", "flags": "" } } }""")));
        Assert.Empty(stats.Errors);
        Assert.Contains("(ignored-entry-module)", Emitted("gone.js"), StringComparison.Ordinal);
        Assert.Equal("", Run("gone.js"));
        Assert.Equal("main\n", Run());
    }

    [Fact]
    public void IgnorePlugin_options_are_checked_as_webpack_does()
    {
        var error = Assert.Throws<ArgumentException>(() => new IgnorePlugin(JsonNode.Parse("{}")));
        Assert.Equal("Invalid options object. Ignore Plugin has been initialized using an options object that does not match the API schema.\n" +
            " - options misses the property 'resourceRegExp'. Should be:\n   RegExp", error.Message);
        Assert.Throws<ArgumentException>(() => new IgnorePlugin(JsonNode.Parse("""{ "resourceRegExp": "x" }""")));
    }

    [Fact]
    public void NormalModuleReplacementPlugin_replaces_requests_and_resolved_resources()
    {
        Write("index.js", "console.log(require('./config'), require('./api/client'));\n");
        Write("config.js", "module.exports = 'development config';\n");
        Write("config.production.js", "module.exports = 'production config';\n");
        Write("api/client.js", "module.exports = 'real client';\n");
        Write("api/mock-client.js", "module.exports = 'mock client';\n");
        var stats = Build(
            new NormalModuleReplacementPlugin(new Regex(@"^\./config$"), "./config.production"),
            new NormalModuleReplacementPlugin(JsonNode.Parse("""[{ "__regexp": { "source": "client\\.js$", "flags": "" } }, "./mock-client.js"]""")));
        Assert.Empty(stats.Errors);
        Assert.Equal("production config mock client\n", Run());
    }

    [Fact]
    public void ContextReplacementPlugin_narrows_a_contexts_files()
    {
        Write("index.js", """
            const load = (name) => { try { return require("./locale/" + name); } catch (e) { return e.code; } };
            console.log(load("de"), load("fr"), load("en"));
            """);
        Write("locale/de.js", "module.exports = 'de';\n");
        Write("locale/fr.js", "module.exports = 'fr';\n");
        Write("locale/en.js", "module.exports = 'en locale';\n");
        var stats = Build(new ContextReplacementPlugin(JsonNode.Parse("""
            [{ "__regexp": { "source": "[\\/\\\\]locale$", "flags": "" } }, { "__regexp": { "source": "de|fr", "flags": "" } }]
            """)));
        Assert.Empty(stats.Errors);
        Assert.Equal("de fr MODULE_NOT_FOUND\n", Run());
        Assert.DoesNotContain("en locale", Emitted(), StringComparison.Ordinal);
    }

    [Fact]
    public void ContextReplacementPlugin_changes_the_folder()
    {
        Write("index.js", "const name = process.argv.length > 0 ? 'a' : 'b'; console.log(require('./old/' + name));\n");
        Write("old/a.js", "module.exports = 'old a';\n");
        Write("new/a.js", "module.exports = 'new a';\n");
        var stats = Build(new ContextReplacementPlugin(new Regex(@"sharpack-builtins-[^/\\]*[/\\]old$"), "../new"));
        Assert.True(stats.Errors.Count == 0, string.Join("\n", stats.Errors.Select(e => e.Message)));
        Assert.Equal("new a\n", Run());
    }

    [Fact]
    public void ContextReplacementPlugin_with_a_map_makes_the_maps_requests_the_contexts_elements()
    {
        Write("index.js", """
            const load = (name) => { try { return require("./pick/" + name); } catch (e) { return e.code; } };
            console.log(load("a"), load("c"), load("d"), load("module-b"));
            """);
        Write("pick/other.js", "module.exports = 'not in the map';\n");
        Write("modules/a.js", "module.exports = 'a';\n");
        Write("modules/module-b.js", "module.exports = 'b';\n");
        Write("node_modules/d.js", "module.exports = 'd';\n");
        var arguments = new JsonArray(
            // The resolved folder matches (as in webpack, the map applies after resolution), the request "./pick" does not.
            JsonNode.Parse("""{ "__regexp": { "source": "sharpack-builtins-[^/]*/pick$", "flags": "" } }"""), Path.Combine(_root, "modules"),
            JsonNode.Parse("""{ "./a": "./a", "./c": "./module-b", "./d": "d" }"""));
        var stats = Build(new ContextReplacementPlugin(arguments));
        Assert.True(stats.Errors.Count == 0, string.Join("\n", stats.Errors.Select(e => e.Message)));
        // Only the map's keys can be asked for ("./pick/" + x asks for "./" + x): module-b is an element's target, not a key; d is found in node_modules.
        Assert.Equal("a b d MODULE_NOT_FOUND\n", Run());
        Assert.DoesNotContain("not in the map", Emitted(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_amd_require_of_an_expression_is_a_context_a_replacement_can_fill()
    {
        // webpack's AMDRequireContextDependency: without the plugin the context is empty (the
        // callback never runs and the error goes to __webpack_require__.oe); with it, "replaced" resolves in the new folder.
        Write("index.js", "function load(x, callback) { require([x], function (value) { callback(value); }); }\nload('replaced', function (r) { console.log('got', r); });\n");
        Write("new-context/node_modules/replaced.js", "module.exports = 'ok';\n");
        var arguments = new JsonArray(JsonNode.Parse("""{ "__regexp": { "source": "sharpack-builtins-[^/]*$", "flags": "" } }"""), "new-context", true,
            JsonNode.Parse("""{ "__regexp": { "source": "^replaced$", "flags": "" } }"""));
        var stats = Build(new ContextReplacementPlugin(arguments));
        Assert.True(stats.Errors.Count == 0, string.Join("\n", stats.Errors.Select(e => e.Message)));
        Assert.Equal("got ok\n", Run());
    }

    [Fact]
    public void ContextExclusionPlugin_leaves_out_matching_names_of_every_folder()
    {
        Write("index.js", """
            const load = (name) => { try { return require("./locale/" + name); } catch (e) { return e.code; } };
            console.log(load("de.js"), load("de.test.js"), load("drafts/fr.js"));
            """);
        Write("locale/de.js", "module.exports = 'de';\n");
        Write("locale/de.test.js", "module.exports = 'test file';\n");
        Write("locale/drafts/fr.js", "module.exports = 'draft';\n");
        var stats = Build(new ContextExclusionPlugin(JsonNode.Parse("""{ "__regexp": { "source": "\\.test\\.js$|^drafts$", "flags": "" } }""")));
        Assert.Empty(stats.Errors);
        Assert.Equal("de MODULE_NOT_FOUND MODULE_NOT_FOUND\n", Run());
        Assert.DoesNotContain("test file", Emitted(), StringComparison.Ordinal);
        Assert.DoesNotContain("draft'", Emitted(), StringComparison.Ordinal);
    }

    [Fact]
    public void ProgressPlugin_reports_webpacks_phases_in_order()
    {
        Write("index.js", "require('./a'); require('./b');\n");
        Write("a.js", "module.exports = 1;\n");
        Write("b.js", "module.exports = 2;\n");
        var reports = new List<(double P, string Line)>();
        var stats = Build(new ProgressPlugin((p, message, details) => reports.Add((p, string.Join(" ", [message, .. details])))));
        Assert.Empty(stats.Errors);
        Assert.Equal((0, ""), reports[0]);
        Assert.Contains((0.02, "setup run"), reports);
        Assert.Contains((0.1 + 0.55, "building 3/3 modules"), reports);
        Assert.Contains((0.7 + 1.0 / 39 * 0.25, "sealing plugins"), reports);
        Assert.Contains((0.95, "emitting emit"), reports);
        Assert.Equal((1, ""), reports[^1]);
        for (var i = 1; i < reports.Count; i++)
            Assert.True(reports[i].P >= reports[i - 1].P || reports[i].Line.StartsWith("building", StringComparison.Ordinal), $"{reports[i - 1]} then {reports[i]}");

        var output = new StringWriter();
        Build(new ProgressPlugin(output, interactive: false));
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("0%", lines[0]);
        Assert.Contains("10% building", lines);
        Assert.Contains("70% sealing finish module graph", lines);
        Assert.Equal("100%", lines[^1]);
    }
}
