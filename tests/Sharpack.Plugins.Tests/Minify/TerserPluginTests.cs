// optimization.minimize and the default minimizer (terser-webpack-plugin's behaviour with
// Sharpack's minifier): production output is minified and still runs; license comments go to
// [file].LICENSE.txt behind a banner, or stay with extractComments false; a source map traces
// minified names back through the bundle to the module that wrote them; test/exclude choose the
// assets; an empty minimizer list or minimize false leaves the output as it was; an asset that
// does not parse is an error naming it.

using System.Text.Json.Nodes;
using Sharpack.Core.Options;
using Sharpack.Core.Stats;
using Sharpack.Plugins.Minify;
using Sharpack.Sources;
using Xunit;

namespace Sharpack.Plugins.Tests.Minify;

public sealed class TerserPluginTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-terser-").FullName;

    public TerserPluginTests()
    {
        Write("index.js", """
            /*! index license */
            import { describe } from "./shapes";
            // an ordinary comment
            const circleArea = (radius) => Math.PI * radius * radius;
            console.log(describe("circle", circleArea(2).toFixed(3)));
            """);
        Write("shapes.js", """
            /**
             * @license shapes MIT
             */
            export function describe(shapeName, measuredArea) {
              const description = `${shapeName} of area ${measuredArea}`;
              return description;
            }
            """);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private string Read(string file) => File.ReadAllText(Path.Combine(_root, "dist", file));

    private BuildStats Build(string optimization = "{}", string more = "", params Core.IPlugin[] plugins)
    {
        var config = JsonNode.Parse($$"""{ {{more}} "mode": "production", "target": "node", "entry": "./index.js", "optimization": {{optimization}} }""");
        var result = OptionsNormalizer.Normalize(config, new OptionsOverrides(), _root);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        return SharpackPlugins.CreateCompiler(result.Options!, plugins).Run();
    }

    // Where the map leads from the output's offset `at` (its line and 0-based column).
    private static OriginalPosition OriginalPosition(string code, SourceMap map, int at)
    {
        Assert.True(at > 0, code);
        var line = code[..at].Count(c => c == '\n') + 1;
        var column = at - (code.LastIndexOf('\n', at) + 1);
        var position = map.OriginalPositionFor(line, column);
        Assert.NotNull(position);
        return position!.Value;
    }

    private string RunBundle()
    {
        var (code, output) = TestPaths.RunNode(Path.Combine(_root, "dist"), "main.js");
        Assert.True(code == 0, output);
        return output;
    }

    [Fact]
    public void Production_output_is_minified_and_runs()
    {
        var stats = Build();
        Assert.Empty(stats.Errors);
        Assert.Empty(stats.Warnings);
        Assert.Equal("circle of area 12.566\n", RunBundle());
        var code = Read("main.js");
        Assert.DoesNotContain("circleArea", code, StringComparison.Ordinal);
        Assert.DoesNotContain("an ordinary comment", code, StringComparison.Ordinal);
        Assert.DoesNotContain("\n  ", code, StringComparison.Ordinal);
        Assert.True(Assert.Single(stats.Assets, a => a.Name == "main.js").Minimized);
    }

    [Fact]
    public void License_comments_move_to_a_license_file_behind_a_banner()
    {
        Assert.Empty(Build().Errors);
        var code = Read("main.js");
        Assert.StartsWith("/*! For license information please see main.js.LICENSE.txt */\n", code, StringComparison.Ordinal);
        Assert.DoesNotContain("index license", code, StringComparison.Ordinal);
        // Sorted and each once, as terser-webpack-plugin writes them.
        Assert.Equal("/*! index license */\n\n/**\n * @license shapes MIT\n */\n", Read("main.js.LICENSE.txt"));
    }

    [Fact]
    public void Without_extraction_license_comments_stay_in_the_code()
    {
        var stats = Build("""{ "minimizer": [] }""", "", new TerserPlugin(JsonNode.Parse("""{ "extractComments": false }"""), null));
        Assert.Empty(stats.Errors);
        var code = Read("main.js");
        Assert.Contains("/*! index license */", code, StringComparison.Ordinal);
        Assert.Contains("@license shapes MIT", code, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_root, "dist", "main.js.LICENSE.txt")));
        Assert.Equal("circle of area 12.566\n", RunBundle());
    }

    [Fact]
    public void Extraction_takes_its_condition_filename_and_banner()
    {
        var plugin = new TerserPlugin(JsonNode.Parse("""{ "extractComments": { "condition": { "__regexp": { "source": "^! index", "flags": "" } }, "filename": "licenses/[base].txt", "banner": false } }"""), null);
        Assert.Empty(Build("""{ "minimizer": [] }""", "", plugin).Errors);
        Assert.Equal("/*! index license */\n", Read("licenses/main.js.txt"));
        var code = Read("main.js");
        Assert.DoesNotContain("For license information", code, StringComparison.Ordinal);
        Assert.DoesNotContain("index license", code, StringComparison.Ordinal);
    }

    [Fact]
    public void Compress_options_drop_console_calls_debugger_and_pure_calls_and_read_global_definitions()
    {
        Write("index.js", "if (DEBUG) { console.log('debugging'); }\nconsole.info('info');\ntrack('event');\ndebugger;\nprocess.stdout.write(process.env.FLAVOR + ':' + typeof DEBUG + ':' + LIMIT * 2 + '\\n');\n");
        var plugin = new TerserPlugin(JsonNode.Parse("""{ "terserOptions": { "compress": { "drop_console": true, "pure_funcs": ["track"], "global_defs": { "DEBUG": false, "process.env.FLAVOR": "lite", "@LIMIT": "Math.max(1, 2)" } } } }"""), null);
        Assert.Empty(Build("""{ "minimizer": [] }""", "", plugin).Errors);
        var code = Read("main.js");
        Assert.DoesNotContain("console", code, StringComparison.Ordinal);
        Assert.DoesNotContain("track", code, StringComparison.Ordinal);
        Assert.DoesNotContain("debugger", code, StringComparison.Ordinal);
        Assert.DoesNotContain("FLAVOR", code, StringComparison.Ordinal);
        Assert.Equal("lite:boolean:4\n", RunBundle());
    }

    [Theory]
    // "all" keeps every comment (a line comment ends its line)
    [InlineData("\"all\"", true, true)]
    // a pattern string or a RegExp keeps the comments it matches, license ones too
    [InlineData("\"ordinary\"", true, false)]
    [InlineData("{ \"__regexp\": { \"source\": \"MIT\", \"flags\": \"\" } }", false, true)]
    [InlineData("\"some\"", false, true)]
    public void Format_comments_keeps_the_comments_it_names(string comments, bool ordinary, bool license)
    {
        var plugin = new TerserPlugin(JsonNode.Parse($$"""{ "extractComments": false, "terserOptions": { "format": { "comments": {{comments}} } } }"""), null);
        Assert.Empty(Build("""{ "minimizer": [] }""", "", plugin).Errors);
        var code = Read("main.js");
        Assert.Equal(ordinary, code.Contains("// an ordinary comment\n", StringComparison.Ordinal));
        Assert.Equal(license, code.Contains("@license shapes MIT", StringComparison.Ordinal));
        Assert.Equal("circle of area 12.566\n", RunBundle());
    }

    [Fact]
    public void A_comment_extracted_and_kept_too_stays_in_the_code()
    {
        // terser-webpack-plugin: extractComments takes the license comment, format.comments "all" keeps it as well.
        var plugin = new TerserPlugin(JsonNode.Parse("""{ "terserOptions": { "format": { "comments": "all" } } }"""), null);
        Assert.Empty(Build("""{ "minimizer": [] }""", "", plugin).Errors);
        Assert.Contains("@license shapes MIT", Read("main.js.LICENSE.txt"), StringComparison.Ordinal);
        Assert.Contains("@license shapes MIT", Read("main.js"), StringComparison.Ordinal);
        Assert.Contains("// an ordinary comment", Read("main.js"), StringComparison.Ordinal);
    }

    [Fact]
    public void Format_comments_of_another_kind_is_an_error()
    {
        var error = Assert.ThrowsAny<Exception>(() => new TerserPlugin(JsonNode.Parse("""{ "terserOptions": { "format": { "comments": 5 } } }"""), null));
        Assert.Contains("format.comments", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rebuild_minifies_only_the_assets_whose_text_changed()
    {
        var plugin = new TerserPlugin();
        var config = JsonNode.Parse("""{ "mode": "production", "target": "node", "entry": "./index.js", "optimization": { "minimizer": [] } }""");
        var result = OptionsNormalizer.Normalize(config, new OptionsOverrides(), _root);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        var compiler = SharpackPlugins.CreateCompiler(result.Options!, [plugin]);

        Assert.Empty(compiler.Run().Errors);
        Assert.Equal(0, plugin.CacheHits);
        var first = Read("main.js");
        Assert.Empty(compiler.Run().Errors);
        Assert.Equal(1, plugin.CacheHits);
        Assert.Equal(first, Read("main.js"));
        Assert.Equal("circle of area 12.566\n", RunBundle());

        Write("shapes.js", "export function describe(shapeName, measuredArea) { return `${shapeName} with area ${measuredArea}`; }\n");
        Assert.Empty(compiler.Run().Errors);
        Assert.Equal(0, plugin.CacheHits);
        Assert.Equal("circle with area 12.566\n", RunBundle());
    }

    [Fact]
    public void Compress_sequences_false_joins_no_statements_and_a_bad_value_is_an_error()
    {
        Write("index.js", "process.stdout.write('a');\nprocess.stdout.write('b');\nprocess.stdout.write('\\n');\n");
        Assert.Empty(Build("""{ "minimizer": [] }""", "", new TerserPlugin(JsonNode.Parse("""{ "terserOptions": { "compress": { "sequences": false } } }"""), null)).Errors);
        var code = Read("main.js");
        Assert.DoesNotContain("\"a\"),process", code, StringComparison.Ordinal);
        Assert.Equal("ab\n", RunBundle());
        var error = Assert.ThrowsAny<Exception>(() => new TerserPlugin(JsonNode.Parse("""{ "terserOptions": { "compress": { "sequences": "yes" } } }"""), null));
        Assert.Contains("compress.sequences", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_map_leads_from_minified_names_to_the_modules()
    {
        Assert.Empty(Build("{}", "\"devtool\": \"source-map\",").Errors);
        var code = Read("main.js");
        Assert.Contains("//# sourceMappingURL=main.js.map", code, StringComparison.Ordinal);
        var map = SourceMap.Parse(Read("main.js.map"));
        // The template literal of describe() is printed from shapes.js; its position maps there.
        var position = OriginalPosition(code, map, code.LastIndexOf('`', code.IndexOf(" of area ", StringComparison.Ordinal)));
        Assert.EndsWith("shapes.js", position.Source, StringComparison.Ordinal);
        Assert.Equal(5, position.Line);
        Assert.Equal("  const description = ".Length, position.Column);
        // A renamed parameter keeps its source name in the map.
        Assert.Contains("measuredArea", map.Names);
    }

    [Fact]
    public void Excluded_assets_and_an_empty_minimizer_list_are_left_as_they_are()
    {
        Assert.Empty(Build("""{ "minimizer": [] }""", "", new TerserPlugin(JsonNode.Parse("""{ "exclude": "main" }"""), null)).Errors);
        Assert.Contains("circleArea", Read("main.js"), StringComparison.Ordinal);
        Assert.Empty(Build("""{ "minimizer": [] }""").Errors);
        Assert.Contains("circleArea", Read("main.js"), StringComparison.Ordinal);
        Assert.Empty(Build("""{ "minimize": false }""").Errors);
        Assert.Contains("circleArea", Read("main.js"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_object_form_of_minimize_carries_the_javascript_minimizers_options()
    {
        // webpack's optimization.minimize { javascript }: terser's options for the default minimizer.
        Assert.Empty(Build("""{ "minimize": { "javascript": { "mangle": false, "compress": false } } }""").Errors);
        var code = Read("main.js");
        Assert.Contains("circleArea", code, StringComparison.Ordinal);
        Assert.DoesNotContain("an ordinary comment", code, StringComparison.Ordinal);
        Assert.Equal("circle of area 12.566\n", RunBundle());
        // javascript: false leaves JavaScript as it is.
        Assert.Empty(Build("""{ "minimize": { "javascript": false } }""").Errors);
        Assert.Contains("an ordinary comment", Read("main.js"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_asset_that_does_not_parse_is_an_error_naming_it()
    {
        // A raw banner that is not JavaScript breaks the asset the minimizer reads.
        var banner = new Builtin.BannerPlugin(JsonNode.Parse("""{ "banner": "this is not ) javascript", "raw": true }"""), null);
        var stats = Build("{}", "", banner);
        var error = Assert.Single(stats.Errors);
        Assert.StartsWith("main.js from Terser plugin\n", error.Message, StringComparison.Ordinal);
        Assert.Contains("[main.js:1,", error.Message, StringComparison.Ordinal);
    }

    // 80 CommonJS modules of about 2 KB: a chunk past TerserPlugin.SplitLength whose module
    // functions stay functions (CommonJS is not concatenated). They read a global `e`, which the
    // runtime's renamed locals must not hide.
    private void WriteManyModules()
    {
        var index = new System.Text.StringBuilder("globalThis.e = 40;\nlet sum = 0;\n");
        var padding = new string('x', 1600);
        for (var i = 0; i < 80; i++)
        {
            Write($"m{i}.js", $$"""
                /*! module {{i}} license */
                const helperName = "m{{i}}";
                function compute(inputValue) {
                  let total = 0;
                  for (let index = 0; index < {{i % 5 + 1}}; index++) total += inputValue * index + helperName.length;
                  return total + e;
                }
                module.exports = { compute, padding: "{{padding}}" };
                """);
            index.Append($"sum += require(\"./m{i}\").compute({i});\n");
        }
        index.Append("console.log(sum);\n");
        Write("index.js", index.ToString());
    }

    private static int ExpectedSum()
    {
        var sum = 0;
        for (var i = 0; i < 80; i++)
        {
            var total = 0;
            for (var index = 0; index < i % 5 + 1; index++)
                total += (i * index) + $"m{i}".Length;
            sum += total + 40;
        }
        return sum;
    }

    [Fact]
    public void A_large_chunk_is_minified_at_its_module_functions_and_runs_the_same()
    {
        WriteManyModules();
        var plugin = new TerserPlugin();
        Assert.Empty(Build("""{ "minimizer": [] }""", "\"devtool\": \"source-map\",", plugin).Errors);
        Assert.Equal(1, plugin.SplitAssets);
        Assert.Equal($"{ExpectedSum()}\n", RunBundle());
        var code = Read("main.js");
        Assert.DoesNotContain("helperName", code, StringComparison.Ordinal);
        Assert.DoesNotContain("__sharpack_piece", code, StringComparison.Ordinal);
        // Each module's license comment went to the license file, once.
        var licenses = Read("main.js.LICENSE.txt");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(licenses, "module 17 license"));
        Assert.DoesNotContain("module 17 license", code, StringComparison.Ordinal);

        // A token inside a module function maps back to its module and line.
        var map = SourceMap.Parse(Read("main.js.map"));
        var position = OriginalPosition(code, map, code.IndexOf("\"m42\"", StringComparison.Ordinal));
        Assert.EndsWith("m42.js", position.Source, StringComparison.Ordinal);
        Assert.Equal(2, position.Line);
        Assert.Equal("const helperName = ".Length, position.Column);
        Assert.Contains("inputValue", map.Names);
    }

    [Fact]
    public void A_chunk_below_the_split_length_is_minified_whole()
    {
        var plugin = new TerserPlugin();
        Assert.Empty(Build("""{ "minimizer": [] }""", "", plugin).Errors);
        Assert.Equal(0, plugin.SplitAssets);
        Assert.Equal("circle of area 12.566\n", RunBundle());
    }
}
