// optimization.inlineExports (webpack's ConstExportsPlugin and InlineExports): an export bound to a
// small primitive constant is read as the literal wherever every use allows it; the exporting
// module then defines no getter for it, and a side-effect-free module whose used exports are all
// inlined leaves the bundle. Each bundle runs in node; assertions are on what the output holds.

using System.Text.Json.Nodes;
using Sharpack.Core.Options;
using Xunit;

namespace Sharpack.Plugins.Tests.Optimize;

public sealed class InlineExportsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-inline-exports-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private (string Bundle, string Output) Build(string optimization = "{ \"minimize\": false, \"concatenateModules\": false, \"mangleExports\": false, \"moduleIds\": \"named\" }", string? library = null)
    {
        var config = JsonNode.Parse($$"""{ "mode": "production", "devtool": false, "target": "node", "entry": "./index.js", "optimization": {{optimization}} {{(library is null ? "" : ", \"output\": { \"library\": " + library + " }")}} }""");
        var result = OptionsNormalizer.Normalize(config, new OptionsOverrides(), _root);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        var stats = SharpackPlugins.CreateCompiler(result.Options!).Run();
        Assert.Empty(stats.Errors);
        var dist = Path.Combine(_root, "dist");
        var (code, output) = TestPaths.RunNode(dist, "main.js");
        Assert.True(code == 0, output);
        return (File.ReadAllText(Path.Combine(dist, "main.js")), output);
    }

    [Fact]
    public void Small_constants_are_read_as_literals_and_lose_their_getters()
    {
        Write("consts.js", "export const name = 'abc';\nexport const count = 42;\nexport const off = false;\nexport const nothing = null;\nexport const long = 'longer than six';\nconst base = 20;\nexport const sum = base + 1;\nexport default 7;\nexport function f() { return name + count; }\n");
        Write("index.js", "import seven, { name, count, off, nothing, long, sum, f } from './consts.js';\nconsole.log(name, count, off, nothing, long, sum, seven, f(), name.length);\n");
        var (bundle, output) = Build();
        Assert.Equal("abc 42 false null longer than six 21 7 abc42 3\n", output);
        Assert.Contains("(/* inlined export .name */\"abc\")", bundle, StringComparison.Ordinal);
        Assert.Contains("(/* inlined export .count */42)", bundle, StringComparison.Ordinal);
        Assert.Contains("(/* inlined export .sum */21)", bundle, StringComparison.Ordinal);
        Assert.Contains("(/* inlined export .name */\"abc\").length", bundle, StringComparison.Ordinal);
        // Longer than webpack's six characters: still an export.
        Assert.Contains("\"long\", 0, /* binding */ long", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("name: () =>", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("count: () =>", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void A_side_effect_free_module_whose_used_exports_are_all_inlined_leaves_the_bundle()
    {
        Write("node_modules/flags/package.json", "{ \"name\": \"flags\", \"sideEffects\": false }");
        Write("node_modules/flags/index.js", "export const DEBUG = false;\nexport const LEVEL = 3;\n");
        Write("index.js", "import { DEBUG, LEVEL } from 'flags';\nconsole.log(DEBUG, LEVEL);\n");
        var (bundle, output) = Build();
        Assert.Equal("false 3\n", output);
        Assert.DoesNotContain("./node_modules/flags/index.js", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void A_use_that_needs_the_binding_keeps_the_export()
    {
        // CommonJS reads the exports object, a namespace escapes whole, a library hands its exports
        // to users: none of them can take a literal instead.
        Write("a.js", "export const A = 1;\n");
        Write("b.js", "export const B = 2;\n");
        Write("c.js", "export const C = 3;\n");
        Write("index.js", "import { C } from './c.js';\nimport * as ns from './b.js';\nconsole.log(require('./a.js').A, Object.keys(ns).join(), C);\nexport const LIB = 4;\n");
        var (bundle, output) = Build(library: "{ \"type\": \"commonjs2\" }");
        Assert.Equal("1 B 3\n", output);
        Assert.Contains("\"A\", 0, /* binding */ A", bundle, StringComparison.Ordinal);
        Assert.Contains("\"B\", 0, /* binding */ B", bundle, StringComparison.Ordinal);
        Assert.Contains("\"LIB\", 0, /* binding */ LIB", bundle, StringComparison.Ordinal);
        Assert.Contains("(/* inlined export .C */3)", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void Concatenated_modules_read_inlined_exports_of_modules_outside_and_skip_their_own_getters()
    {
        Write("node_modules/ext/package.json", "{ \"name\": \"ext\" }");
        Write("node_modules/ext/index.js", "export const MODE = 'prod';\neval('');\n");
        Write("inner.js", "export const INNER = 5;\nexport const OTHER = 'not inlined';\n");
        Write("index.js", "import { MODE } from 'ext';\nimport { INNER, OTHER } from './inner.js';\nconsole.log(MODE, INNER, OTHER);\nexport { INNER };\n");
        var (bundle, output) = Build("{ \"minimize\": false, \"mangleExports\": false, \"moduleIds\": \"named\" }");
        Assert.Equal("prod 5 not inlined\n", output);
        // inner.js is concatenated into the (inlined) entry: no module of its own.
        Assert.DoesNotContain("\"./inner.js\"", bundle, StringComparison.Ordinal);
        Assert.Contains("\"./node_modules/ext/index.js\"", bundle, StringComparison.Ordinal);
        Assert.Contains("(/* inlined export .MODE */\"prod\")", bundle, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("false")]
    [InlineData("true")]
    public void Reads_through_a_namespace_reexport_and_a_star_of_a_barrel_get_the_literal(string concatenate)
    {
        // webpack: `ns.inner.X` reads the literal (the trimmed ids are inlined), concatenated too,
        // and a barrel's star re-export whose names are all inlined needs no module behind it.
        Write("consts.js", "export const ONE = 1;\nexport const TWO = 'two';\n");
        Write("barrel.js", "export * from './consts';\nglobalThis.BARREL = 'barrel ran';\n");
        Write("ns.js", "export * as inner from './more';\nglobalThis.NS = 'ns ran';\n");
        Write("more.js", "export const THREE = 3;\nexport const FOUR = 4;\n");
        Write("index.js", "import { ONE, TWO } from './barrel';\nimport * as ns from './ns';\nconst { FOUR } = ns.inner;\n" +
            "console.log(ONE, TWO, ns.inner.THREE, FOUR, globalThis.BARREL, globalThis.NS);\n");
        var (bundle, output) = Build($$"""{ "minimize": false, "concatenateModules": {{concatenate}}, "mangleExports": false, "moduleIds": "named" }""");
        Assert.Equal("1 two 3 4 barrel ran ns ran\n", output);
        Assert.Contains("(/* inlined export .ONE */1)", bundle, StringComparison.Ordinal);
        Assert.Contains("THREE */3)", bundle, StringComparison.Ordinal);
        // The destructured key needs the binding: not inlined.
        Assert.DoesNotContain("inlined export .inner.FOUR", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("\"./consts.js\"", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("./consts.js", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void A_branch_an_inlined_constant_makes_dead_needs_none_of_its_modules()
    {
        // webpack's HarmonyImportGuard: the test reads inlined imports only, so the branch is
        // known dead once they are inlined; what it requires or reads leaves the bundle.
        Write("flags.js", "export const ENABLED = false;\nexport const ON = true;\nexport const NONE = null;\n");
        Write("heavy.js", "console.log('HEAVY_RAN');\nmodule.exports = 'heavy';\n");
        Write("also-heavy.js", "export const value = 'ALSO_HEAVY_VALUE';\n");
        Write("kept.js", "module.exports = 'kept';\n");
        Write("index.js", "import { ENABLED, ON, NONE } from './flags.js';\nimport { value } from './also-heavy.js';\n"
            + "const a = ENABLED ? require('./heavy.js') : 'off';\nlet b = 'off';\nif (!ON) { b = require('./heavy.js').length; }\n"
            + "let c = 'off';\nif (ENABLED && Math.random() > 2) { c = value; }\nconst d = (NONE ?? ON) ? require('./kept.js') : 'off';\n"
            + "console.log(a, b, c, d);\n");
        var (bundle, output) = Build();
        Assert.Equal("off off off kept\n", output);
        // The call stays, its request gone (webpack's): the branch never runs.
        Assert.Contains("(/* inlined export .ENABLED */false) ? __webpack_require__(null /* dead branch */) : 'off'", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("HEAVY_RAN", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("ALSO_HEAVY_VALUE", bundle, StringComparison.Ordinal);
        Assert.Contains("./kept.js", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void Off_by_option_and_in_development()
    {
        Write("consts.js", "export const name = 'abc';\n");
        Write("index.js", "import { name } from './consts.js';\nconsole.log(name);\n");
        var (bundle, output) = Build("{ \"minimize\": false, \"concatenateModules\": false, \"inlineExports\": false, \"moduleIds\": \"named\" }");
        Assert.Equal("abc\n", output);
        Assert.DoesNotContain("inlined export", bundle, StringComparison.Ordinal);
    }
}
