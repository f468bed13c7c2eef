// Source maps end to end: a build with each kind of devtool, its emitted map decoded, and
// generated positions of known code traced back to the original file, line and column — plain
// (columns), cheap (lines only), through a loader's own map (module) or not (cheap without
// module), and across a production concatenation. Then the forms webpack gives the map (inline,
// hidden, nosources, eval) and the errors for bad options.

using System.Text;
using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.Make;
using Sharpack.Core.Options;
using Sharpack.Plugins.Devtool;
using Sharpack.Sources;
using Xunit;

namespace Sharpack.Plugins.Tests.Devtool;

public sealed class SourceMapDevToolTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-sourcemap-").FullName;

    private const string A = "import { b } from \"./b\";\nexport function a() {\n  return b() + 1;\n}\nconsole.log(a());\n";
    // "return answer;" starts a token of its own (after "; "), so full maps place it at its column.
    private const string B = "export const b = () => {\n  const answer = 41; return answer;\n};\n";

    public SourceMapDevToolTests()
    {
        Write("a.js", A);
        Write("b.js", B);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private string Read(string file) => File.ReadAllText(Path.Combine(_root, "dist", file));

    // Prepends two comment lines and says so in a map: output line n + 2 is input line n.
    private sealed class HeaderLoader : ILoader
    {
        public ValueTask<LoaderResult> RunAsync(LoaderContext context, LoaderResult input)
        {
            var lines = input.Text!.Split('\n').Length;
            var mappings = new StringBuilder(";;AAAA");
            for (var i = 1; i < lines; i++)
                mappings.Append(";AACA");
            var map = new JsonObject
            {
                ["version"] = 3,
                ["sources"] = new JsonArray(context.ResourcePath),
                ["sourcesContent"] = new JsonArray(input.Text),
                ["names"] = new JsonArray(),
                ["mappings"] = mappings.ToString(),
            };
            return ValueTask.FromResult(new LoaderResult("// header one\n// header two\n" + input.Text, map.ToJsonString()));
        }
    }

    private BuildResult Build(string devtool, string mode = "development", string extra = "", bool loader = false, string optimization = "\"minimize\": false")
    {
        var json = $$"""{ "mode": "{{mode}}", "devtool": {{devtool}}, "target": "node", "entry": "./a.js", "optimization": { {{optimization}} } {{extra}} }""";
        if (loader)
            json = json[..^1] + $$""", "module": { "rules": [ { "test": {{JsonValue.Create(Path.Combine(_root, "b.js")).ToJsonString()}}, "loader": "header" } ] } }""";
        var result = OptionsNormalizer.Normalize(JsonNode.Parse(json), new OptionsOverrides(), _root);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        var compiler = SharpackPlugins.CreateCompiler(result.Options!);
        compiler.Loaders.Register("header", new HeaderLoader());
        var stats = compiler.Run();
        Assert.Empty(stats.Errors);
        return new BuildResult(Read("main.js"), File.Exists(Path.Combine(_root, "dist", "main.js.map")) ? SourceMap.Parse(Read("main.js.map")) : null);
    }

    private sealed record BuildResult(string Code, SourceMap? Map);

    // The 1-based line and 0-based column of the first occurrence of text in the output.
    private static (int Line, int Column) Find(string code, string text)
    {
        var index = code.IndexOf(text, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{text}' is not in the output");
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (code[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, index - lineStart);
    }

    private static OriginalPosition Trace(BuildResult build, string text)
    {
        var (line, column) = Find(build.Code, text);
        var position = build.Map!.OriginalPositionFor(line, column);
        Assert.NotNull(position);
        return position.Value;
    }

    [Fact]
    public void Source_map_traces_code_to_its_file_line_and_column()
    {
        var build = Build("\"source-map\"");
        Assert.EndsWith("\n//# sourceMappingURL=main.js.map", build.Code.TrimEnd('\n'), StringComparison.Ordinal);
        Assert.Equal("main.js", build.Map!.File);
        Assert.Contains("webpack:///./b.js", build.Map.Sources);
        // The runtime maps too, as webpack's: the bootstrap and each runtime module under its name.
        Assert.Equal("webpack:///webpack/bootstrap", Trace(build, "const __webpack_module_cache__ = {};").Source);
        Assert.Equal("webpack:///webpack/runtime/define property getters", Trace(build, "__webpack_require__.d = ").Source);
        var answer = Trace(build, "return answer;");
        Assert.Equal("webpack:///./b.js", answer.Source);
        Assert.Equal(2, answer.Line);
        Assert.Equal(21, answer.Column);
        var call = Trace(build, "console.log(");
        Assert.Equal("webpack:///./a.js", call.Source);
        Assert.Equal(5, call.Line);
        // sourcesContent holds the files as written.
        Assert.Equal(B, build.Map.SourcesContent![build.Map.Sources.ToList().IndexOf("webpack:///./b.js")]);
    }

    [Fact]
    public void Cheap_source_map_maps_lines_only()
    {
        var build = Build("\"cheap-source-map\"");
        Assert.DoesNotContain(',', build.Map!.Mappings);
        var answer = Trace(build, "return answer;");
        Assert.Equal("webpack:///./b.js", answer.Source);
        Assert.Equal(2, answer.Line);
        Assert.Equal(0, answer.Column);
    }

    [Fact]
    public void Cheap_module_source_map_follows_the_loaders_map()
    {
        var build = Build("\"cheap-module-source-map\"", loader: true);
        Assert.Contains("// header one", build.Code, StringComparison.Ordinal);
        var answer = Trace(build, "return answer;");
        Assert.Equal("webpack:///./b.js", answer.Source);
        Assert.Equal(2, answer.Line);
    }

    [Fact]
    public void Cheap_source_map_without_module_maps_to_the_loaders_output()
    {
        var build = Build("\"cheap-source-map\"", loader: true);
        var answer = Trace(build, "return answer;");
        // Two header lines before it in what the loader returned.
        Assert.Equal(4, answer.Line);
        Assert.Equal("// header one\n// header two\n" + B, build.Map!.SourcesContent![build.Map.Sources.ToList().IndexOf(answer.Source)]);
    }

    [Fact]
    public void Source_map_follows_the_loaders_map_with_columns()
    {
        var build = Build("\"source-map\"", loader: true);
        var answer = Trace(build, "return answer;");
        Assert.Equal("webpack:///./b.js", answer.Source);
        Assert.Equal(2, answer.Line);
        // The loader's map has line starts only: the column goes no further than it.
        Assert.Equal(0, answer.Column);
        // The header's lines exist only in the loader's output; nothing in the map points into it.
        Assert.DoesNotContain(build.Map!.SourcesContent!, content => content is not null && content.Contains("// header one", StringComparison.Ordinal));
    }

    [Fact]
    public void Concatenated_modules_keep_mappings_to_each_original()
    {
        var build = Build("\"source-map\"", mode: "production", optimization: "\"minimize\": false, \"concatenateModules\": true");
        // One module function holds both: b.js's code is inlined into a.js's.
        Assert.Contains(";// ./b.js", build.Code, StringComparison.Ordinal);
        var answer = Trace(build, "return answer;");
        Assert.Equal("webpack:///./b.js", answer.Source);
        Assert.Equal(2, answer.Line);
        Assert.Equal(21, answer.Column);
        var call = Trace(build, "console.log(");
        Assert.Equal("webpack:///./a.js", call.Source);
        Assert.Equal(5, call.Line);
    }

    [Fact]
    public void Inline_source_map_appends_a_data_url()
    {
        var build = Build("\"inline-source-map\"");
        Assert.Null(build.Map);
        const string prefix = "//# sourceMappingURL=data:application/json;charset=utf-8;base64,";
        var start = build.Code.LastIndexOf(prefix, StringComparison.Ordinal);
        Assert.True(start > 0);
        var map = SourceMap.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(build.Code[(start + prefix.Length)..].Trim())));
        var inline = build with { Code = build.Code[..start], Map = map };
        Assert.Equal("webpack:///./b.js", Trace(inline, "const answer = 41;").Source);
    }

    [Fact]
    public void Hidden_and_nosources_source_maps()
    {
        var hidden = Build("\"hidden-nosources-source-map\"");
        Assert.DoesNotContain("sourceMappingURL", hidden.Code, StringComparison.Ordinal);
        Assert.Null(hidden.Map!.SourcesContent);
        Assert.DoesNotContain("sourcesContent", Read("main.js.map"), StringComparison.Ordinal);
        Assert.Equal(2, Trace(hidden, "return answer;").Line);
    }

    [Fact]
    public void Namespace_and_module_filename_template_name_the_sources()
    {
        var build = Build("\"source-map\"", extra: """, "output": { "devtoolNamespace": "ns", "devtoolModuleFilenameTemplate": "x:[namespace]/[resource-path]|[absolute-resource-path]" }""");
        Assert.Contains("x:ns/./b.js|" + Path.Combine(_root, "b.js"), build.Map!.Sources);
    }

    [Fact]
    public void Eval_source_map_puts_a_map_in_each_modules_eval()
    {
        var build = Build("\"eval-source-map\"");
        Assert.Null(build.Map);
        Assert.Contains("An \\\"eval-source-map\\\" devtool has been used", build.Code.Replace("\"eval-source-map\"", "\\\"eval-source-map\\\"", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("//# sourceURL=webpack-internal:///./b.js", build.Code, StringComparison.Ordinal);
        // The eval'd text of b.js: the JSON string literal that holds its sourceURL.
        var url = build.Code.IndexOf("sourceURL=webpack-internal:///./b.js", StringComparison.Ordinal);
        var open = build.Code.LastIndexOf("eval(\"", url, StringComparison.Ordinal) + "eval(".Length;
        var close = build.Code.IndexOf("\");", url, StringComparison.Ordinal) + 1;
        var evaluated = JsonNode.Parse(build.Code[open..close])!.GetValue<string>();
        const string prefix = "sourceMappingURL=data:application/json;charset=utf-8;base64,";
        var start = evaluated.IndexOf(prefix, StringComparison.Ordinal) + prefix.Length;
        var map = SourceMap.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(evaluated[start..evaluated.IndexOf('\n', start)])));
        Assert.Equal("./b.js", map.File);
        Assert.Single(map.Sources);
        Assert.StartsWith("webpack:///./b.js?", map.Sources[0], StringComparison.Ordinal);
        var answer = Trace(new BuildResult(evaluated, map), "return answer;");
        Assert.Equal(2, answer.Line);
        Assert.Equal(21, answer.Column);
    }

    [Fact]
    public void A_devtool_string_webpack_refuses_is_an_error_naming_the_option()
    {
        var result = OptionsNormalizer.Normalize(JsonNode.Parse("""{ "devtool": "cheap-eval-source-map", "entry": "./a.js" }"""), new OptionsOverrides(), _root);
        Assert.False(result.Success);
        Assert.Contains("configuration.devtool", result.FormatErrors(), StringComparison.Ordinal);
        Assert.Contains("source-map(-debugids)?$", result.FormatErrors(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("source-map", false, true, true)]
    [InlineData("eval-cheap-module-source-map", true, false, true)]
    [InlineData("cheap-source-map", false, false, false)]
    [InlineData("inline-nosources-cheap-module-source-map-debugids", false, false, true)]
    public void Devtool_strings_become_webpacks_plugin_options(string devtool, bool eval, bool columns, bool module)
    {
        var result = OptionsNormalizer.Normalize(JsonNode.Parse($$"""{ "devtool": "{{devtool}}", "entry": "./a.js" }"""), new OptionsOverrides(), _root);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        var setting = Assert.Single(result.Options!.Devtools);
        Assert.Equal(eval, setting.IsEval);
        var options = SourceMapDevToolPlugin.ForDevtool(setting, result.Options.Output);
        Assert.Equal(columns, options.Columns);
        Assert.Equal(module, options.Module);
        Assert.Equal(devtool.Contains("inline", StringComparison.Ordinal) ? null : "[file].map[query]", options.Filename);
        Assert.Equal(devtool.Contains("nosources", StringComparison.Ordinal), options.NoSources);
        Assert.Equal(devtool.Contains("debugids", StringComparison.Ordinal), options.DebugIds);
    }

    [Theory]
    [InlineData("""{ "columns": "yes" }""", "options.columns")]
    [InlineData("""{ "filname": "[file].map" }""", "unknown property 'filname'")]
    [InlineData("""{ "filename": "/abs/[file].map" }""", "options.filename")]
    [InlineData("""{ "test": 42 }""", "options.test")]
    [InlineData("""{ "append": false }""", "append can't be false when no filename is provided")]
    public void Bad_plugin_options_name_the_option(string options, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => new SourceMapDevToolPlugin(JsonNode.Parse(options), null));
        Assert.Contains("SourceMap", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Module_filename_templates_fill_webpacks_placeholders()
    {
        var output = new OutputOptions { Path = _root };
        var source = Path.Combine(_root, "src", "x.js") + "?q";
        Assert.Equal("webpack://ns/./src/x.js", ModuleFilenameHelpers.CreateFilename(null, source, ModuleFilenameTemplate.Default, "ns", _root, output));
        Assert.Equal("?q|./src/x.js?q|[id]|[hash]", ModuleFilenameHelpers.CreateFilename(null, source, new ModuleFilenameTemplate("[QUERY]|[resource]|[\\id\\]|[\\hash\\]"), "", _root, output));
        var hashed = ModuleFilenameHelpers.CreateFilename(null, source, ModuleFilenameTemplate.DefaultFallback, "", _root, output);
        Assert.Matches("^webpack:///\\./src/x\\.js\\?[0-9a-f]{4}$", hashed);
    }

    [Fact]
    public void Duplicate_names_get_stars_by_occurrence()
    {
        string[] names = ["a", "b", "a", "a", "c"];
        ModuleFilenameHelpers.ReplaceDuplicates(names);
        Assert.Equal(["a", "b", "a*", "a**", "c"], names);
    }
}
