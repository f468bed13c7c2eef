// Entry modules written into the runtime's scope (webpack's renderMain with allowInlineStartup):
// the require function only where something requires a module, the reasons an entry stays a
// module function written as webpack writes them, an IIFE where an inlined entry must be isolated,
// and optimization.avoidEntryIife renaming the declarations that clash instead. Each bundle runs in
// node; assertions are on what the output holds.

using System.Text.Json.Nodes;
using Sharpack.Core.Options;
using Xunit;

namespace Sharpack.Plugins.Tests;

public sealed class EntryInliningTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-entry-inlining-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    // Builds (target node unless the config says) and, with run, runs dist/main.js in node; answers
    // the bundle and what it printed.
    private (string Bundle, string Output) Build(string config, bool run = true)
    {
        var node = JsonNode.Parse(config)!.AsObject();
        node["target"] ??= "node";
        var result = OptionsNormalizer.Normalize(node, new OptionsOverrides(), _root);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        var stats = SharpackPlugins.CreateCompiler(result.Options!).Run();
        Assert.Empty(stats.Errors);
        var dist = Path.Combine(_root, "dist");
        var output = "";
        if (run)
        {
            (var code, output) = TestPaths.RunNode(dist, "main.js");
            Assert.True(code == 0, output);
        }
        return (File.ReadAllText(Path.Combine(dist, "main.js")), output);
    }

    [Fact]
    public void A_lone_entry_is_inlined_without_a_require_function()
    {
        Write("index.js", "import { a } from './a.js';\nconsole.log(a, typeof __webpack_module_cache__);\n");
        Write("a.js", "export const a = 'a';\n");
        var (bundle, output) = Build("""{ "mode": "production", "entry": "./index.js", "optimization": { "minimize": false } }""");
        Assert.Equal("a undefined\n", output);
        Assert.DoesNotContain("function __webpack_require__", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("__webpack_module_cache__ =", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("IIFE", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_another_module_imports_stays_a_module_function_saying_why()
    {
        Write("index.js", "import './other.js';\nexport const x = 1;\nconsole.log('entry');\n");
        Write("other.js", "import { x } from './index.js';\nsetTimeout(() => console.log('other', x));\n");
        var (bundle, output) = Build("""{ "mode": "production", "entry": "./index.js", "optimization": { "minimize": false, "concatenateModules": false } }""");
        Assert.Equal("entry\nother 1\n", output);
        Assert.Contains("/******/ \t// This entry module is referenced by other modules so it can't be inlined\n/******/ \tlet __webpack_exports__ = __webpack_require__(", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void The_eval_devtool_and_module_use_keep_the_entry_a_module_function()
    {
        Write("index.js", "console.log(typeof module.id);\n");
        var (bundle, output) = Build("""{ "mode": "development", "entry": "./index.js" }""");
        Assert.Equal("string\n", output);
        Assert.Contains("// This entry module can't be inlined because the eval devtool is used.\n", bundle, StringComparison.Ordinal);
        (bundle, output) = Build("""{ "mode": "development", "devtool": false, "entry": "./index.js" }""");
        Assert.Equal("string\n", output);
        Assert.Contains("// This entry module used 'module' so it can't be inlined\n", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_beside_other_modules_gets_an_iife_unless_avoidEntryIife_renames_what_clashes()
    {
        // The CommonJS module reads `shared` as a global; the entry's own `shared` must not become it.
        // (Both strict: a sloppy module beside the entry would give it an IIFE for strict mode.)
        Write("index.js", "import x from './cjs.cjs';\nconst shared = 'entry';\nconst o = { shared };\nconsole.log(x, shared, o.shared);\n");
        Write("cjs.cjs", "'use strict';\nmodule.exports = typeof shared;\n");
        // (The CommonJS module kept a module of its own: not concatenated, wrapped, into the entry.)
        var (bundle, output) = Build("""{ "mode": "production", "entry": "./index.js", "optimization": { "minimize": false, "concatenateModules": { "commonjs": false } } }""");
        Assert.Equal("undefined entry entry\n", output);
        Assert.Contains("const index_shared = 'entry';\nconst o = { shared: index_shared };\n", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("IIFE", bundle, StringComparison.Ordinal);
        (bundle, output) = Build("""{ "mode": "production", "entry": "./index.js", "optimization": { "minimize": false, "avoidEntryIife": false, "concatenateModules": { "commonjs": false } } }""");
        Assert.Equal("undefined entry entry\n", output);
        Assert.Contains("// This entry needs to be wrapped in an IIFE because it needs to be isolated against other modules in the chunk.\n(() => {\n", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_entries_share_the_scope_with_clashing_names_renamed()
    {
        Write("index1.js", "console.log('index1', typeof value);\n");
        Write("index2.js", "var value = 42;\nconst shorthand = { value };\nconsole.log('index2', shorthand.value, value);\n");
        var (bundle, output) = Build("""{ "mode": "production", "entry": ["./index1.js", "./index2.js"], "optimization": { "minimize": false } }""");
        Assert.Equal("index1 undefined\nindex2 42 42\n", output);
        Assert.Contains("var index2_value = 42;\nconst shorthand = { value: index2_value };\n", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("IIFE", bundle, StringComparison.Ordinal);
        (bundle, output) = Build("""{ "mode": "production", "entry": ["./index1.js", "./index2.js"], "optimization": { "minimize": false, "avoidEntryIife": false } }""");
        Assert.Equal("index1 undefined\nindex2 42 42\n", output);
        Assert.Contains("// This entry needs to be wrapped in an IIFE because it needs to be isolated against other entry modules.\n(() => {\n", bundle, StringComparison.Ordinal);
        Assert.Contains("var value = 42;\nconst shorthand = { value };\n", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void A_library_name_the_entry_declares_gets_the_entry_an_iife()
    {
        Write("index.js", "var MyLib = 'inner';\nexport const answer = MyLib;\n");
        Write("load.cjs", "const ctx = {}; require('vm').runInNewContext(require('fs').readFileSync(__dirname + '/dist/main.js', 'utf8'), ctx); console.log(JSON.stringify(ctx.MyLib));\n");
        var (bundle, _) = Build("""{ "mode": "production", "entry": "./index.js", "target": "web", "optimization": { "minimize": false }, "output": { "library": { "type": "var", "name": "MyLib" } } }""", run: false);
        var (code, output) = TestPaths.RunNode(_root, "load.cjs");
        Assert.True(code == 0, output);
        Assert.Equal("{\"answer\":\"inner\"}\n", output);
        Assert.Contains("// This entry needs to be wrapped in an IIFE because it declares 'MyLib' on top-level, which conflicts with the current library output.\n",
            bundle, StringComparison.Ordinal);
    }
}
