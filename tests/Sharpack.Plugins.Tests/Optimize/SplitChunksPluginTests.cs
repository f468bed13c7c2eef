// optimization.splitChunks (webpack's SplitChunksPlugin) on one project built with each option:
// two entries sharing a 25 KB module and a node_modules package, two import()s sharing a 25 KB
// module. Every expectation is what webpack 5.113 built from the same files and options (chunk ids
// in development are named, so a split chunk shows its cache group's idHint and its modules), and
// every bundle runs in node and prints what it printed unsplit.

using System.Text;
using System.Text.Json.Nodes;
using Sharpack.Core.Options;
using Sharpack.Plugins.Optimize;
using Xunit;

namespace Sharpack.Plugins.Tests.Optimize;

public sealed class SplitChunksPluginTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-split-chunks-").FullName;

    public SplitChunksPluginTests() => WriteProject();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private const string Header = "globalThis.__n = (globalThis.__n||0)+1;\n";

    // `bytes / 100` exports of a 90-character string each (about 120 bytes a line).
    private static string Pad(int bytes, string tag)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < bytes / 100; i++)
        {
            if (i > 0) builder.Append('\n');
            builder.Append("export const ").Append(tag).Append(i).Append(" = String('").Append('x', 90).Append("');");
        }
        return builder.ToString();
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private void WriteProject()
    {
        Write("src/a.js", Header + "import {shared0} from './shared.js';\nimport {lib0} from 'biglib';\nimport {s0} from 'small';\nconsole.log('a', shared0.length, lib0.length, s0);\n" +
            "import('./c.js').then(m => console.log('c', m.c0.length));\nimport('./d.js').then(m => console.log('d', m.d0.length));\n");
        Write("src/b.js", Header + "import {shared0} from './shared.js';\nimport {lib0} from 'biglib';\nconsole.log('b', shared0.length, lib0.length);\nimport('./d.js').then(m => console.log('d', m.d0.length));\n");
        Write("src/shared.js", Header + Pad(25000, "shared"));
        Write("src/c.js", Header + "import {e0} from './e.js';\nimport {lib0} from 'biglib';\n" + Pad(3000, "c") + "\nexport const cc = e0;");
        Write("src/d.js", Header + "import {e0} from './e.js';\nimport {f0} from './f.js';\n" + Pad(3000, "d") + "\nexport const dd = e0 + f0;");
        Write("src/e.js", Header + Pad(22000, "e"));
        Write("src/f.js", Header + Pad(12000, "f"));
        Write("node_modules/biglib/index.js", Header + Pad(30000, "lib"));
        Write("node_modules/biglib/package.json", """{"name":"biglib","main":"index.js"}""");
        Write("node_modules/small/index.js", Header + "export const s0 = 1;");
        Write("node_modules/small/package.json", """{"name":"small","main":"index.js"}""");
    }

    private const string PrintedA = "a 90 90 1\nc 90\nd 90";
    private const string PrintedB = "b 90 90\nd 90";

    // Builds both entries with `optimization` (development, node); returns each chunk as
    // "id: module module…" (sorted lines, modules in order) and checks both entries still run.
    private (string Chunks, Core.Stats.BuildStats Stats) Build(string optimization, string mode = "development", string extra = "")
    {
        var config = JsonNode.Parse($$"""
            { "mode": "{{mode}}", "devtool": false, "target": "node", "entry": { "a": "./src/a.js", "b": "./src/b.js" },
              "output": { "path": "{{Path.Combine(_root, "dist").Replace("\\", "/", StringComparison.Ordinal)}}" },
              "optimization": {{optimization}} {{extra}} }
            """);
        var result = OptionsNormalizer.Normalize(config, new OptionsOverrides(), _root);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        var stats = SharpackPlugins.CreateCompiler(result.Options!).Run();
        Assert.Empty(stats.Errors);
        var lines = new List<string>();
        foreach (var chunk in stats.Chunks)
        {
            var modules = chunk.Modules.Order(StringComparer.Ordinal);
            lines.Add(chunk.Id + ": " + string.Join(' ', modules));
        }
        lines.Sort(StringComparer.Ordinal);
        var dist = Path.Combine(_root, "dist");
        Assert.Equal(PrintedA, Sorted(RunEntry(dist, "a.js")));
        Assert.Equal(PrintedB, Sorted(RunEntry(dist, "b.js")));
        return (string.Join('\n', lines), stats);
    }

    private static string RunEntry(string dist, string file)
    {
        var (code, output) = TestPaths.RunNode(dist, file);
        Assert.True(code == 0, output);
        return output;
    }

    private static string Sorted(string output) =>
        string.Join('\n', output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal));

    [Fact]
    public void Development_defaults_split_a_module_two_async_chunks_share()
    {
        var (chunks, stats) = Build("{}");
        Assert.Equal("""
            a: ./node_modules/biglib/index.js ./node_modules/small/index.js ./src/a.js ./src/shared.js
            b: ./node_modules/biglib/index.js ./src/b.js ./src/shared.js
            src_c_js: ./src/c.js
            src_d_js: ./src/d.js ./src/f.js
            src_e_js: ./src/e.js
            """, chunks);
        var split = stats.Chunks.Single(c => c.Id == "src_e_js");
        Assert.Equal("split chunk (cache group: default)", split.Reason);
        Assert.Empty(split.IdHints);
    }

    [Fact]
    public void All_chunks_take_initial_modules_too_and_vendors_get_their_id_hint()
    {
        var (chunks, stats) = Build("""{ "splitChunks": { "chunks": "all" } }""");
        Assert.Equal("""
            a: ./node_modules/small/index.js ./src/a.js
            b: ./src/b.js
            src_c_js: ./src/c.js
            src_d_js: ./src/d.js ./src/f.js
            src_e_js: ./src/e.js
            src_shared_js: ./src/shared.js
            vendors-node_modules_biglib_index_js: ./node_modules/biglib/index.js
            """, chunks);
        var vendors = stats.Chunks.Single(c => c.Id.StartsWith("vendors-", StringComparison.Ordinal));
        Assert.Equal(["vendors"], vendors.IdHints);
        Assert.Equal("split chunk (cache group: defaultVendors)", vendors.Reason);
    }

    [Theory]
    [InlineData("""{ "chunks": "all", "minSize": 0 }""", """
        a: ./src/a.js
        b: ./src/b.js
        src_c_js: ./src/c.js
        src_d_js: ./src/d.js ./src/f.js
        src_e_js: ./src/e.js
        src_shared_js: ./src/shared.js
        vendors-node_modules_biglib_index_js: ./node_modules/biglib/index.js
        vendors-node_modules_small_index_js: ./node_modules/small/index.js
        """)]
    [InlineData("""{ "chunks": "initial", "name": "common" }""", """
        a: ./src/a.js
        b: ./src/b.js
        common: ./node_modules/biglib/index.js ./node_modules/small/index.js ./src/shared.js
        src_c_js: ./src/c.js ./src/e.js
        src_d_js: ./src/d.js ./src/e.js ./src/f.js
        """)]
    [InlineData("""{ "chunks": "all", "cacheGroups": { "default": false } }""", """
        a: ./node_modules/small/index.js ./src/a.js ./src/shared.js
        b: ./src/b.js ./src/shared.js
        src_c_js: ./src/c.js ./src/e.js
        src_d_js: ./src/d.js ./src/e.js ./src/f.js
        vendors-node_modules_biglib_index_js: ./node_modules/biglib/index.js
        """)]
    [InlineData("""{ "chunks": "all", "minChunks": 3 }""", """
        a: ./node_modules/small/index.js ./src/a.js
        b: ./src/b.js
        node_modules_biglib_index_js-src_shared_js: ./node_modules/biglib/index.js ./src/shared.js
        src_c_js: ./src/c.js
        src_d_js: ./src/d.js ./src/f.js
        src_e_js: ./src/e.js
        """)]
    [InlineData("""{ "chunks": "all", "maxAsyncRequests": 1, "maxInitialRequests": 1 }""", """
        a: ./node_modules/small/index.js ./src/a.js
        b: ./src/b.js
        src_c_js: ./src/c.js ./src/e.js
        src_d_js: ./src/d.js ./src/e.js ./src/f.js
        src_shared_js: ./src/shared.js
        vendors-node_modules_biglib_index_js: ./node_modules/biglib/index.js
        """)]
    [InlineData("""{ "chunks": "all", "enforceSizeThreshold": 20000, "maxAsyncRequests": 1, "maxInitialRequests": 1 }""", """
        a: ./node_modules/small/index.js ./src/a.js
        b: ./src/b.js
        src_c_js: ./src/c.js
        src_d_js: ./src/d.js ./src/f.js
        src_e_js: ./src/e.js
        src_shared_js: ./src/shared.js
        vendors-node_modules_biglib_index_js: ./node_modules/biglib/index.js
        """)]
    [InlineData("""{ "chunks": "all", "minSizeReduction": 60000 }""", """
        a: ./node_modules/small/index.js ./src/a.js
        b: ./src/b.js
        src_c_js: ./src/c.js ./src/e.js
        src_d_js: ./src/d.js ./src/e.js ./src/f.js
        src_shared_js: ./src/shared.js
        vendors-node_modules_biglib_index_js: ./node_modules/biglib/index.js
        """)]
    [InlineData("""{ "minRemainingSize": 30000, "cacheGroups": { "default": { "minChunks": 1, "reuseExistingChunk": true, "priority": -20 } } }""", """
        a: ./node_modules/biglib/index.js ./node_modules/small/index.js ./src/a.js ./src/shared.js
        b: ./node_modules/biglib/index.js ./src/b.js ./src/shared.js
        default-src_d_js: ./src/d.js ./src/f.js
        default-src_e_js: ./src/e.js
        src_c_js: ./src/c.js
        """)]
    [InlineData("""{ "chunks": "all", "cacheGroups": { "big": { "test": { "__regexp": { "source": "shared|biglib", "flags": "" } }, "name": "big", "priority": 5, "enforce": true } } }""", """
        a: ./node_modules/small/index.js ./src/a.js
        b: ./src/b.js
        big: ./node_modules/biglib/index.js ./src/shared.js
        src_c_js: ./src/c.js
        src_d_js: ./src/d.js ./src/f.js
        src_e_js: ./src/e.js
        """)]
    [InlineData("""{ "chunks": "all", "cacheGroups": { "x": { "test": "/nonexistent", "name": "x" }, "y": { "type": "javascript/auto", "test": { "__regexp": { "source": "src.e", "flags": "" } }, "name": "ee", "priority": 10 } } }""", """
        a: ./node_modules/small/index.js ./src/a.js
        b: ./src/b.js
        ee: ./src/e.js
        src_c_js: ./src/c.js
        src_d_js: ./src/d.js ./src/f.js
        src_shared_js: ./src/shared.js
        vendors-node_modules_biglib_index_js: ./node_modules/biglib/index.js
        """)]
    [InlineData("""{ "chunks": "all", "minSize": { "javascript": 0 } }""", """
        a: ./src/a.js
        b: ./src/b.js
        src_c_js: ./src/c.js
        src_d_js: ./src/d.js ./src/f.js
        src_e_js: ./src/e.js
        src_shared_js: ./src/shared.js
        vendors-node_modules_biglib_index_js: ./node_modules/biglib/index.js
        vendors-node_modules_small_index_js: ./node_modules/small/index.js
        """)]
    [InlineData("""{ "chunks": "all", "name": false, "cacheGroups": { "defaultVendors": { "name": false, "test": { "__regexp": { "source": "node_modules", "flags": "" } } } } }""", """
        a: ./node_modules/small/index.js ./src/a.js
        b: ./src/b.js
        defaultVendors-node_modules_biglib_index_js: ./node_modules/biglib/index.js
        src_c_js: ./src/c.js
        src_d_js: ./src/d.js ./src/f.js
        src_e_js: ./src/e.js
        src_shared_js: ./src/shared.js
        """)]
    [InlineData("false", """
        a: ./node_modules/biglib/index.js ./node_modules/small/index.js ./src/a.js ./src/shared.js
        b: ./node_modules/biglib/index.js ./src/b.js ./src/shared.js
        src_c_js: ./src/c.js ./src/e.js
        src_d_js: ./src/d.js ./src/e.js ./src/f.js
        """)]
    public void Options_split_as_webpack_does(string splitChunks, string expected)
    {
        var (chunks, _) = Build($$"""{ "splitChunks": {{splitChunks}} }""");
        Assert.Equal(expected.Replace("\r", "", StringComparison.Ordinal), chunks);
    }

    [Theory]
    // maxSize cuts the named chunk into parts: the name, the delimiter, each module's path and a
    // hash of it (webpack's md4 unless output.hashFunction is set); hidePathInfo keeps the hash only.
    [InlineData("""{ "chunks": "initial", "name": "common", "maxSize": 30000 }""", """
        a: ./src/a.js
        b: ./src/b.js
        common-node_modules_biglib_index_js-8939c137: ./node_modules/biglib/index.js
        common-node_modules_small_index_js-18e7d516: ./node_modules/small/index.js
        common-src_shared_js-e0b1d146: ./src/shared.js
        src_c_js: ./src/c.js ./src/e.js
        src_d_js: ./src/d.js ./src/e.js ./src/f.js
        """)]
    [InlineData("""{ "chunks": "initial", "name": "common", "maxSize": 30000, "automaticNameDelimiter": "~" }""", """
        a: ./src/a.js
        b: ./src/b.js
        common~node_modules_biglib_index_js_8939c137: ./node_modules/biglib/index.js
        common~node_modules_small_index_js_18e7d516: ./node_modules/small/index.js
        common~src_shared_js_e0b1d146: ./src/shared.js
        src_c_js: ./src/c.js ./src/e.js
        src_d_js: ./src/d.js ./src/e.js ./src/f.js
        """)]
    [InlineData("""{ "chunks": "initial", "name": "common", "maxSize": 30000, "hidePathInfo": true }""", """
        a: ./src/a.js
        b: ./src/b.js
        common-0a4abbba: ./src/shared.js
        common-1504038d: ./node_modules/biglib/index.js
        common-68fd0437: ./node_modules/small/index.js
        src_c_js: ./src/c.js ./src/e.js
        src_d_js: ./src/d.js ./src/e.js ./src/f.js
        """)]
    // maxInitialSize is the limit for a chunk only entrypoints load (maxAsyncSize does not apply).
    [InlineData("""{ "chunks": "initial", "name": "common", "maxInitialSize": 30000, "maxAsyncSize": 5 }""", """
        a: ./src/a.js
        b: ./src/b.js
        common-node_modules_biglib_index_js-8939c137: ./node_modules/biglib/index.js
        common-node_modules_small_index_js-18e7d516: ./node_modules/small/index.js
        common-src_shared_js-e0b1d146: ./src/shared.js
        src_c_js: ./src/c.js ./src/e.js
        src_d_js: ./src/d.js ./src/e.js ./src/f.js
        """)]
    public void MaxSize_parts_are_named_as_webpack_names_them(string splitChunks, string expected)
    {
        var (chunks, _) = Build($$"""{ "splitChunks": {{splitChunks}} }""");
        Assert.Equal(expected.Replace("\r", "", StringComparison.Ordinal), chunks);
    }

    [Fact]
    public void The_fallback_cache_groups_maxSize_cuts_chunks_no_cache_group_made()
    {
        // webpack: the async chunks (the fallback takes splitChunks.chunks, "async") are cut by
        // module; the two parts of e.js are the same module in d's and c's chunk, which named ids
        // tell apart by a hash of their long name.
        var (chunks, _) = Build("""{ "splitChunks": { "fallbackCacheGroup": { "maxSize": 30000, "minSize": 1000 }, "cacheGroups": { "default": false, "defaultVendors": false } } }""");
        var lines = chunks.Split('\n');
        Assert.Equal("a: ./node_modules/biglib/index.js ./node_modules/small/index.js ./src/a.js ./src/shared.js", lines[0]);
        Assert.Equal("b: ./node_modules/biglib/index.js ./src/b.js ./src/shared.js", lines[1]);
        Assert.Equal("src_c_js: ./src/c.js", lines[2]);
        Assert.Equal("src_d_js: ./src/d.js", lines[3]);
        Assert.Matches("^src_e_js-_[0-9a-f]{4}0: ./src/e.js$", lines[4]);
        Assert.Matches("^src_e_js-_[0-9a-f]{4}1: ./src/e.js$", lines[5]);
        Assert.Equal("src_f_js: ./src/f.js", lines[6]);
        Assert.Equal(7, lines.Length);
    }

    [Fact]
    public void A_name_taken_by_an_entry_that_is_not_a_parent_is_webpacks_error()
    {
        var config = JsonNode.Parse("""
            { "mode": "development", "devtool": false, "target": "node", "entry": { "a": "./src/a.js", "b": "./src/b.js" },
              "optimization": { "splitChunks": { "chunks": "all", "cacheGroups": { "x": { "test": { "__regexp": { "source": "shared", "flags": "" } }, "name": "a", "priority": 5 } } } } }
            """);
        var result = OptionsNormalizer.Normalize(config, new OptionsOverrides(), _root);
        var stats = SharpackPlugins.CreateCompiler(result.Options!).Run();
        var error = Assert.Single(stats.Errors);
        Assert.StartsWith("SplitChunksPlugin\nCache group \"x\" conflicts with existing chunk.\nBoth have the same name \"a\" and existing chunk is not a parent of the selected modules.", error.Message, StringComparison.Ordinal);
        // As webpack: a's own selection is valid, so chunk a is "reused" for the group and takes its
        // id hint, which the default and vendors chunks split from a then carry.
        var a = stats.Chunks.Single(c => c.Id == "a");
        Assert.Equal("split chunk (cache group: x) (name: a)", a.Reason);
        Assert.Equal(["x"], a.IdHints);
        Assert.Equal(["./src/shared.js"], stats.Chunks.Single(c => c.Id == "x-src_shared_js").Modules);
        Assert.Equal(["./node_modules/biglib/index.js"], stats.Chunks.Single(c => c.Id == "vendors-x-node_modules_biglib_index_js").Modules);
    }

    [Fact]
    public void A_cache_groups_filename_names_its_chunks_file()
    {
        Build("""{ "splitChunks": { "chunks": "all", "cacheGroups": { "defaultVendors": { "test": { "__regexp": { "source": "node_modules", "flags": "" } }, "filename": "vendor-[name].js", "priority": -10 } } } }""");
        var files = Directory.GetFiles(Path.Combine(_root, "dist")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["a.js", "b.js", "src_c_js.js", "src_d_js.js", "src_e_js.js", "src_shared_js.js", "vendor-defaultVendors-node_modules_biglib_index_js.js"], files);
    }

    [Fact]
    public void Production_uses_exports_per_runtime_and_keeps_webpacks_vendor_split()
    {
        // usedExports splits the vendors by the runtimes that use them alike: biglib alone (both
        // entries) and biglib with small (entry a), as webpack's chunk ids name them.
        var (chunks, _) = Build("""{ "chunkIds": "named", "moduleIds": "named", "splitChunks": { "chunks": "all", "usedExports": true, "minSize": 0 } }""", mode: "production");
        Assert.Contains("vendors-node_modules_biglib_index_js: ./node_modules/biglib/index.js", chunks, StringComparison.Ordinal);
        Assert.Contains("vendors-node_modules_biglib_index_js-node_modules_small_index_js: ./node_modules/biglib/index.js ./node_modules/small/index.js", chunks, StringComparison.Ordinal);
        Assert.Contains("src_shared_js: ./src/shared.js", chunks, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "chunks": "some" }""", "configuration.optimization.splitChunks.chunks should be one of these:")]
    [InlineData("""{ "minSize": -1 }""", "configuration.optimization.splitChunks.minSize should be >= 0.")]
    [InlineData("""{ "maxAsyncRequests": 0 }""", "configuration.optimization.splitChunks.maxAsyncRequests should be >= 1.")]
    [InlineData("""{ "cacheGroups": { "test": "x" } }""", "using the cacheGroup shorthand syntax with a cache group named 'test'")]
    [InlineData("""{ "cacheGroups": { "a": { "priority": "high" } } }""", "configuration.optimization.splitChunks.cacheGroups.a.priority should be a number.")]
    [InlineData("""{ "cacheGroups": { "a": { "tset": 1 } } }""", "configuration.optimization.splitChunks.cacheGroups.a has an unknown property 'tset'.")]
    [InlineData("""{ "filename": "/abs/[name].js" }""", "configuration.optimization.splitChunks.filename should be a relative path")]
    [InlineData("""{ "name": 3 }""", "configuration.optimization.splitChunks.name should be one of these:")]
    public void Invalid_options_are_configuration_errors(string splitChunks, string error)
    {
        var config = JsonNode.Parse($$"""{ "mode": "development", "entry": "./src/a.js", "optimization": { "splitChunks": {{splitChunks}} } }""");
        var result = OptionsNormalizer.Normalize(config, new OptionsOverrides(), _root);
        Assert.False(result.Success);
        Assert.Contains(error, result.FormatErrors(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_plugin_by_name_takes_webpacks_plugin_defaults_and_refuses_bad_options()
    {
        // webpack's plugin without options: chunks "all", no size limit, no cache groups (so nothing to split).
        var plugin = Builtin.BuiltinPluginFactory.Create("Sharpack.Plugins.Optimize.SplitChunksPlugin", JsonNode.Parse("""{ "cacheGroups": { "v": { "test": "/never" } } }"""), null);
        Assert.IsType<SplitChunksPlugin>(plugin);
        var error = Assert.Throws<ArgumentException>(() => Builtin.BuiltinPluginFactory.Create("Sharpack.Plugins.Optimize.SplitChunksPlugin", JsonNode.Parse("""{ "minChunks": 0 }"""), null));
        Assert.Contains("SplitChunksPlugin.options.minChunks should be >= 1.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    // webpack's plugin defaults allow one request per entrypoint (maxInitialRequests 1): only an
    // enforced cache group splits, as webpack 5.113 does with the same options.
    [InlineData(false, null)]
    [InlineData(true, "lib")]
    public void The_plugin_by_name_splits_with_its_options(bool enforce, string? expectedChunk)
    {
        var config = JsonNode.Parse($$"""
            { "mode": "development", "devtool": false, "target": "node", "entry": { "a": "./src/a.js", "b": "./src/b.js" },
              "optimization": { "splitChunks": false } }
            """);
        var result = OptionsNormalizer.Normalize(config, new OptionsOverrides(), _root);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        var plugin = new SplitChunksPlugin(JsonNode.Parse($$"""{ "cacheGroups": { "lib": { "test": { "__regexp": { "source": "biglib", "flags": "" } }, "name": "lib", "enforce": {{(enforce ? "true" : "false")}} } } }"""), null);
        var stats = SharpackPlugins.CreateCompiler(result.Options!, [plugin]).Run();
        Assert.Empty(stats.Errors);
        Assert.Equal(expectedChunk, stats.Chunks.SingleOrDefault(c => c.Reason is not null)?.Id);
        if (expectedChunk is null)
            return;
        var lib = stats.Chunks.Single(c => c.Id == "lib");
        Assert.Equal(["./node_modules/biglib/index.js"], lib.Modules);
        Assert.Equal("split chunk (cache group: lib) (name: lib)", lib.Reason);
        Assert.Equal(PrintedA, Sorted(RunEntry(Path.Combine(_root, "dist"), "a.js")));
    }

    [Fact]
    public void A_module_moved_into_a_dependOn_entrys_chunk_loads_with_it_in_commonjs_output()
    {
        // webpack's configCases split-chunks/move-to-entrypoint in small: the cache group puts
        // lazy's module into entry chunk a, which b depends on; b's startup requires a.js (an
        // entry chunk that installs itself) before running.
        Write("dep/a.js", "console.log('a');\n");
        Write("dep/b.js", "import('./lazy.js').then((m) => console.log('b', m.moved));\n");
        Write("dep/lazy.js", "export { default as moved } from './moved.js';\n");
        Write("dep/moved.js", "export default 'moved';\n");
        var config = JsonNode.Parse("""
            { "mode": "development", "devtool": false, "target": "node",
              "entry": { "a": { "import": "./dep/a.js", "runtime": "runtime" }, "b": { "import": "./dep/b.js", "dependOn": "a" } },
              "optimization": { "splitChunks": { "cacheGroups": { "a": { "test": { "__regexp": { "source": "moved", "flags": "" } }, "name": "a", "enforce": true } } } } }
            """);
        var result = OptionsNormalizer.Normalize(config, new OptionsOverrides(), _root);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        var stats = SharpackPlugins.CreateCompiler(result.Options!).Run();
        Assert.Empty(stats.Errors);
        Assert.Contains("./dep/moved.js", stats.Chunks.Single(c => c.Id == "a").Modules);
        Assert.Equal("a\nb moved", Sorted(RunEntry(Path.Combine(_root, "dist"), "b.js")));
    }

    [Fact]
    public void Entry_modules_moved_into_a_chunk_of_two_runtimes_are_generated_for_both()
    {
        // webpack's configCases split-chunks/move-entry: with exports analysed per runtime, the
        // commons chunk runs in both entries' runtimes and renders each module's code for them together.
        Write("dep/index.js", "console.log('entry', typeof __webpack_require__);\n");
        var config = JsonNode.Parse("""
            { "mode": "production", "devtool": false, "target": "node", "entry": { "main": "./dep/index.js?0", "second": "./dep/index.js?1" },
              "optimization": { "splitChunks": { "cacheGroups": { "commons": { "chunks": "initial", "minSize": 0, "name": "commons" } } } } }
            """);
        var result = OptionsNormalizer.Normalize(config, new OptionsOverrides(), _root);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        var stats = SharpackPlugins.CreateCompiler(result.Options!).Run();
        Assert.Empty(stats.Errors);
        Assert.Equal(2, stats.Chunks.Single(c => c.Names.Contains("commons")).Modules.Count);
        var dist = Path.Combine(_root, "dist");
        Assert.Equal("entry function", RunEntry(dist, "main.js").Trim());
        Assert.Equal("entry function", RunEntry(dist, "second.js").Trim());
    }
}
