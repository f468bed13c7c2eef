// module.rules[].extractSourceMap: a module's own sourceMappingURL comment (a map file or a data:
// URL) leads the bundle's map back to the sources it names, the comment leaves the output, a loader
// gets the map with the text, a map that cannot be read is a warning, and nothing is read when the
// devtool makes no maps. The extractor alone: comment forms, sourceRoot, the `)]}'` prefix.

using System.Text;
using System.Text.Json.Nodes;
using Sharpack.Core.Make;
using Sharpack.Core.Options;
using Sharpack.Core.Stats;
using Sharpack.Resolver;
using Sharpack.Sources;
using Xunit;

namespace Sharpack.Plugins.Tests.Devtool;

public sealed class ExtractSourceMapTests : IDisposable
{
    private const string Typed = "export const b = (): number => 41;\n";
    private const string Map = """{"version":3,"file":"b.js","sources":["src/b.ts"],"sourcesContent":["export const b = (): number => 41;\n"],"names":[],"mappings":"AAAA"}""";

    private readonly TempProject _project = new("sharpack-extract-map-");

    public ExtractSourceMapTests()
    {
        _project.Write("a.js", "import { b } from \"./b\";\nconsole.log(b() + 1);\n");
        _project.Write("b.js", "export const b = () => 41;\n//# sourceMappingURL=b.js.map\n");
        _project.Write("b.js.map", Map);
    }

    public void Dispose() => _project.Dispose();

    private void Write(string relative, string text) => _project.Write(relative, text);

    private string Read(string file) => _project.ReadOutput(file);

    // Records the source map each run of it is given.
    private sealed class RecordingLoader : ILoader
    {
        public string? SourceMap { get; private set; }

        public ValueTask<LoaderResult> RunAsync(LoaderContext context, LoaderResult input)
        {
            SourceMap = input.SourceMap;
            return ValueTask.FromResult(input);
        }
    }

    private BuildStats Build(string devtool, string loader = "", RecordingLoader? recorder = null)
    {
        var test = JsonValue.Create(Path.Combine(_project.Root, "b.js")).ToJsonString();
        var json = $$"""{ "mode": "development", "devtool": {{devtool}}, "target": "node", "entry": "./a.js", "module": { "rules": [ { "test": {{test}}, "extractSourceMap": true {{loader}} } ] } }""";
        var result = OptionsNormalizer.Normalize(JsonNode.Parse(json), new OptionsOverrides(), _project.Root);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        var compiler = SharpackPlugins.CreateCompiler(result.Options!);
        if (recorder is not null)
            compiler.Loaders.Register("record", recorder);
        return compiler.Run();
    }

    private void AssertMapsToTheTypedSource()
    {
        var map = JsonNode.Parse(Read("main.js.map"))!.AsObject();
        var sources = map["sources"]!.AsArray().Select(s => s!.GetValue<string>()).ToList();
        var at = sources.FindIndex(s => s.EndsWith("src/b.ts", StringComparison.Ordinal));
        Assert.True(at >= 0, string.Join(", ", sources));
        Assert.Equal(Typed, map["sourcesContent"]![at]!.GetValue<string>());
        Assert.DoesNotContain(sources, s => s.EndsWith("/b.js", StringComparison.Ordinal));
        Assert.DoesNotContain("sourceMappingURL=b.js.map", Read("main.js"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_module_s_map_file_leads_the_bundle_s_map_to_its_sources()
    {
        var stats = Build("\"source-map\"");
        Assert.Empty(stats.Errors);
        Assert.Empty(stats.Warnings);
        AssertMapsToTheTypedSource();
    }

    [Fact]
    public void An_inline_data_url_map_is_read_too()
    {
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(Map));
        Write("b.js", $"export const b = () => 41;\n//# sourceMappingURL=data:application/json;charset=utf-8;base64,{base64}\n");
        File.Delete(Path.Combine(_project.Root, "b.js.map"));
        Assert.Empty(Build("\"source-map\"").Errors);
        AssertMapsToTheTypedSource();
    }

    [Fact]
    public void A_loader_gets_the_extracted_map_with_the_text()
    {
        var recorder = new RecordingLoader();
        Assert.Empty(Build("\"source-map\"", ", \"loader\": \"record\"", recorder).Errors);
        Assert.NotNull(recorder.SourceMap);
        Assert.EndsWith("src/b.ts", JsonNode.Parse(recorder.SourceMap!)!["sources"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        AssertMapsToTheTypedSource();
    }

    [Fact]
    public void A_map_that_cannot_be_read_is_a_warning_and_the_module_builds_as_it_is()
    {
        File.Delete(Path.Combine(_project.Root, "b.js.map"));
        var stats = Build("\"source-map\"");
        Assert.Empty(stats.Errors);
        var warning = Assert.Single(stats.Warnings);
        Assert.Contains("Module Warning: Failed to parse source map. ENOENT: no such file or directory, open '", warning.Message, StringComparison.Ordinal);
        Assert.Contains("b.js.map'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_is_read_when_the_devtool_makes_no_maps()
    {
        File.Delete(Path.Combine(_project.Root, "b.js.map"));
        var recorder = new RecordingLoader();
        var stats = Build("false", ", \"loader\": \"record\"", recorder);
        Assert.Empty(stats.Errors);
        Assert.Empty(stats.Warnings);
        Assert.Null(recorder.SourceMap);
    }

    [Fact]
    public void The_extractor_reads_block_comments_source_roots_and_the_xssi_prefix()
    {
        var files = new InMemoryFileSystem()
            .AddFile("/app/maps/lib.js.map", """)]}'{"version":3,"sources":["a.ts","b.ts"],"sourceRoot":"../src","mappings":"AAAA"}""")
            .AddFile("/app/src/a.ts", "a source")
            .AddFile("/app/src/b.ts", "b source");
        var extracted = SourceMapExtractor.Extract("code();\n/*# sourceMappingURL=maps/lib.js.map */\n", "/app/lib.js", files);
        Assert.Equal("code();\n", extracted.Text);
        var map = JsonNode.Parse(extracted.SourceMap!)!.AsObject();
        Assert.Equal(["/app/src/a.ts", "/app/src/b.ts"], map["sources"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(["a source", "b source"], map["sourcesContent"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Null(map["sourceRoot"]);
        Assert.Contains("/app/maps/lib.js.map", extracted.Files);

        // The comment goes with the rest of its line, not the next one (`a\n++b` stays two statements).
        var inline = SourceMapExtractor.Extract("a //# sourceMappingURL=data:application/json,%7B%22version%22%3A3%2C%22sources%22%3A%5B%5D%2C%22mappings%22%3A%22%22%7D  \n\n++b", "/app/y.js", files);
        Assert.Equal("a \n++b", inline.Text);
        Assert.NotNull(inline.SourceMap);

        // A map that is missing is still a file the module depends on (creating it rebuilds).
        var tried = new List<string>();
        Assert.Throws<InvalidOperationException>(() => SourceMapExtractor.Extract("x\n//# sourceMappingURL=gone.map\n", "/app/z.js", files, tried));
        Assert.Equal(["/app/gone.map"], tried);

        // Only the last comment counts; a text that names no map stays as it is.
        var none = SourceMapExtractor.Extract("let sourceMappingURL = 1;\n", "/app/x.js", files);
        Assert.Null(none.SourceMap);
        Assert.Equal("let sourceMappingURL = 1;\n", none.Text);
    }
}
