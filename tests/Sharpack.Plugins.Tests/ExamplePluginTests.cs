// The example plugins of examples/plugins, built against the public API in their own projects,
// applied to real builds whose output runs: the cache-group splitter moves vendor modules into a
// chunk each entrypoint loads first (CommonJS chunks in node; array-push chunks loaded in either
// order, the entries waiting for what they need), and the hoisting plugin moves an entry's module
// tree into the single runtime chunk, each page still running its own code.

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Examples.Plugins;
using Sharpack.Core.Options;
using Xunit;

namespace Sharpack.Plugins.Tests;

public sealed class ExamplePluginTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-example-plugins-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private string Dist(string file) => File.ReadAllText(Path.Combine(_root, "dist", file));

    private Core.Stats.BuildStats Build(string json, Core.IPlugin plugin)
    {
        var options = OptionsNormalizer.Normalize(JsonNode.Parse(json), new OptionsOverrides(), _root);
        Assert.True(options.Success, options.Success ? "" : options.FormatErrors());
        var stats = SharpackPlugins.CreateCompiler(options.Options!, [plugin]).Run();
        Assert.True(stats.Errors.Count == 0, string.Join("\n", stats.Errors));
        return stats;
    }

    // Runs array-push chunks in node as a page would load them: each file in order, sharing one global.
    private string RunPage(params string[] files)
    {
        var script = "globalThis.self = globalThis; const vm = require('vm'); const fs = require('fs');\n" +
            string.Join("", files.Select(f => $"vm.runInThisContext(fs.readFileSync({System.Text.Json.JsonSerializer.Serialize(f)}, 'utf8'), {{ filename: {System.Text.Json.JsonSerializer.Serialize(f)} }});\n"));
        var (code, output) = TestPaths.RunNode(Path.Combine(_root, "dist"), "-e", script);
        Assert.True(code == 0, output);
        return output;
    }

    private void WriteVendorApp()
    {
        Write("vendor/lib.js", "globalThis.libRuns = (globalThis.libRuns || 0) + 1;\nexports.greet = (who) => 'hello ' + who;\n");
        Write("vendor/other.js", "exports.other = 'other';\n");
        Write("src/a.js", "const { greet } = require('../vendor/lib');\nconsole.log('a:', greet('a'), globalThis.libRuns);\n");
        Write("src/b.js", "const { greet } = require('../vendor/lib');\nconst { other } = require('../vendor/other');\nconsole.log('b:', greet('b'), other, globalThis.libRuns);\n");
    }

    private static CacheGroupSplitterPlugin Vendors(string chunks) =>
        new([new CacheGroupSplitterPlugin.CacheGroup("vendors", new Regex(@"[\\/]vendor[\\/]"), chunks)]);

    [Fact]
    public void Splitter_moves_vendor_modules_into_a_chunk_node_entries_install_first()
    {
        WriteVendorApp();
        Write("src/c.js", "import('./lazy').then((m) => console.log('c:', m.default));\n");
        Write("src/lazy.js", "import { greet } from '../vendor/lib';\nexport default greet('lazy');\n");
        var stats = Build("""{ "mode": "development", "target": "node", "entry": { "a": "./src/a.js", "b": "./src/b.js", "c": "./src/c.js" } }""", Vendors("all"));
        Assert.Contains(stats.Assets, a => a.Name == "vendors.js");
        Assert.Contains("./vendor/lib.js", Dist("vendors.js"), StringComparison.Ordinal);
        Assert.Contains("./vendor/other.js", Dist("vendors.js"), StringComparison.Ordinal);
        Assert.DoesNotContain("hello ", Dist("a.js"), StringComparison.Ordinal);
        Assert.Equal("a: hello a 1\n", TestPaths.RunNode(Path.Combine(_root, "dist"), "a.js").Output);
        Assert.Equal("b: hello b other 1\n", TestPaths.RunNode(Path.Combine(_root, "dist"), "b.js").Output);
        Assert.Equal("c: hello lazy\n", TestPaths.RunNode(Path.Combine(_root, "dist"), "c.js").Output);
    }

    [Fact]
    public void Splitter_async_only_leaves_entry_chunks_whole()
    {
        WriteVendorApp();
        Write("src/c.js", "import('./lazy').then((m) => console.log('c:', m.default));\n");
        Write("src/lazy.js", "import { other } from '../vendor/other';\nexport default other;\n");
        Build("""{ "mode": "development", "target": "node", "entry": { "a": "./src/a.js", "c": "./src/c.js" } }""", Vendors("async"));
        Assert.Contains("./vendor/lib.js", Dist("a.js"), StringComparison.Ordinal);
        Assert.Contains("./vendor/other.js", Dist("vendors.js"), StringComparison.Ordinal);
        Assert.Equal("c: other\n", TestPaths.RunNode(Path.Combine(_root, "dist"), "c.js").Output);
    }

    [Fact]
    public void Splitter_array_push_entries_wait_for_the_vendor_chunk_in_either_load_order()
    {
        WriteVendorApp();
        Build("""{ "mode": "development", "target": "web", "entry": { "a": "./src/a.js", "b": "./src/b.js" } }""", Vendors("initial"));
        Assert.Contains("__webpack_require__.O(undefined, [\"vendors\"]", Dist("a.js"), StringComparison.Ordinal);
        Assert.Equal("a: hello a 1\n", RunPage("vendors.js", "a.js"));
        Assert.Equal("a: hello a 1\n", RunPage("a.js", "vendors.js"));
        Assert.Equal("b: hello b other 1\n", RunPage("b.js", "vendors.js"));
    }

    [Fact]
    public void Hoisting_moves_an_entry_tree_into_the_single_runtime_chunk_and_each_page_runs()
    {
        Write("src/shared.js", "globalThis.sharedRuns = (globalThis.sharedRuns || 0) + 1;\nexport const shared = 'shared';\n");
        Write("src/util.js", "import { shared } from './shared';\nexport const util = () => 'util+' + shared;\n");
        Write("src/common.js", "import { util } from './util';\nimport('./later').then((m) => console.log('later:', m.later));\nconsole.log('common:', util());\n");
        Write("src/later.js", "export const later = 'later';\n");
        Write("src/home.js", "import { shared } from './shared';\nconsole.log('home:', shared, globalThis.sharedRuns);\n");
        Write("src/about.js", "import { util } from './util';\nconsole.log('about:', util(), globalThis.sharedRuns);\n");
        var plugin = new EntryHoistingPlugin("common");
        Build("""
            { "mode": "development", "target": "web", "entry": { "common": "./src/common.js", "home": "./src/home.js", "about": "./src/about.js" },
              "output": { "publicPath": "" }, "optimization": { "runtimeChunk": "single" } }
            """, plugin);
        Assert.Equal(["common.js", "shared.js", "util.js"], plugin.Hoisted.Select(Path.GetFileName));
        var runtime = Dist("runtime.js");
        Assert.Contains("./src/shared.js", runtime, StringComparison.Ordinal);
        Assert.Contains("./src/util.js", runtime, StringComparison.Ordinal);
        Assert.DoesNotContain("!*** ./src/later.js ***!", runtime, StringComparison.Ordinal);
        Assert.DoesNotContain("!*** ./src/shared.js ***!", Dist("home.js"), StringComparison.Ordinal);
        Assert.Equal("home: shared 1\n", RunPage("runtime.js", "home.js"));
        Assert.Equal("about: util+shared 1\n", RunPage("runtime.js", "about.js"));
    }
}
