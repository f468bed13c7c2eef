// CommonJS tree shaking in the output (webpack's CommonJsExportsParserPlugin and its
// dependencies): analysed CommonJS exports that nothing uses are assigned to
// `__webpack_unused_export__` instead of the exports object, used ones may be mangled, a bailout
// keeps them all, unused re-exports of side-effect-free modules leave those modules out, and
// `require("x").a`, destructuring and const bindings narrow what is used. Each bundle runs in node.

using System.Text.Json.Nodes;
using Sharpack.Core.Options;
using Xunit;

namespace Sharpack.Plugins.Tests.Optimize;

public sealed class CommonJsTreeShakingTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-cjs-tree-shaking-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    // A production node build without minification (the output is read as written), with `config` over it; returns main.js.
    private string Build(string config = """{ "entry": "./index.js" }""")
    {
        var json = JsonNode.Parse("""{ "mode": "production", "devtool": false, "target": "node", "optimization": { "minimize": false, "concatenateModules": false, "mangleExports": false } }""")!.AsObject();
        foreach (var (key, value) in JsonNode.Parse(config)!.AsObject())
            json[key] = value?.DeepClone();
        var result = OptionsNormalizer.Normalize(json, new OptionsOverrides(), _root);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        var stats = SharpackPlugins.CreateCompiler(result.Options!).Run();
        Assert.Empty(stats.Errors);
        return File.ReadAllText(Path.Combine(_root, "dist", "main.js"));
    }

    private string Run()
    {
        var (code, output) = TestPaths.RunNode(Path.Combine(_root, "dist"), "main.js");
        Assert.True(code == 0, output);
        return output;
    }

    [Theory]
    [InlineData("development", "false")]
    [InlineData("production", "false")]
    [InlineData("production", "true")]
    public void Require_of_an_es_module_with_a_module_exports_export_returns_that_value(string mode, string concatenate)
    {
        // node's require(esm): a "module.exports" named export is what require() returns, whether
        // the module is required whole, through a member chain or re-exported by module.exports.
        Write("index.js", "'use strict';\nconst fn = require('./value');\nconst named = require('./value').named;\nconst again = require('./reexport');\nconst ns = require('./plain');\nconsole.log(typeof fn, fn(), fn.named, named, again === fn, ns.foo, ns.__esModule);\n");
        Write("value.js", "const value = function value() { return 42; };\nvalue.named = 'N';\nexport { value as \"module.exports\", value as other };\n");
        Write("reexport.js", "'use strict';\nmodule.exports = require('./value');\n");
        Write("plain.js", "export const foo = 'F';\n");
        var bundle = Build($$"""{ "mode": "{{mode}}", "entry": "./index.js", "optimization": { "minimize": false, "concatenateModules": {{concatenate}} } }""");
        Assert.Equal("function 42 N N true F true\n", Run());
        // Read by its used name: as written in development, mangled in production.
        if (mode == "development")
            Assert.Contains(")[\"module.exports\"]", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void A_method_called_on_a_required_es_module_keeps_its_namespace_whole_with_strict_this_context()
    {
        // webpack's namespaceObjectAsContext: `require("./m").that()` runs with the namespace as
        // `this`, so the namespace is used whole (nothing mangled, nothing left out).
        Write("index.js", "console.log(require('./m').that().value, require('./m').that() === require('./m'));\n");
        Write("m.js", "export function that() { return this; }\nexport const value = 42;\nexport const unused = 1;\n");
        var bundle = Build("""{ "entry": "./index.js", "module": { "parser": { "javascript": { "strictThisContextOnImports": true } } }, "optimization": { "minimize": false, "concatenateModules": false } }""");
        Assert.Equal("42 true\n", Run());
        Assert.DoesNotContain("unused harmony export unused", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void Unused_exports_of_every_form_go_to_webpack_unused_export()
    {
        Write("index.js", "const lib = require('./lib');\nconsole.log(lib.a, lib.viaModule, lib.viaThis, lib.defined);\n");
        Write("lib.js", """
            exports.a = "A";
            exports.unusedA = "UNUSED_A";
            module.exports.viaModule = "M";
            module.exports.unusedM = "UNUSED_M";
            this.viaThis = "T";
            this.unusedT = "UNUSED_T";
            Object.defineProperty(exports, "defined", { enumerable: true, value: "D" });
            Object.defineProperty(exports, "unusedDefined", { enumerable: true, get: function () { return "UNUSED_D"; } });
            """);
        // The const binding's member reads are what is used of lib.
        var bundle = Build();
        Assert.Contains("var __webpack_unused_export__;", bundle, StringComparison.Ordinal);
        Assert.Contains("__webpack_unused_export__ = \"UNUSED_A\";", bundle, StringComparison.Ordinal);
        Assert.Contains("__webpack_unused_export__ = \"UNUSED_M\";", bundle, StringComparison.Ordinal);
        Assert.Contains("__webpack_unused_export__ = \"UNUSED_T\";", bundle, StringComparison.Ordinal);
        Assert.Contains("__webpack_unused_export__ = ({ enumerable: true, get: function () { return \"UNUSED_D\"; } });", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("exports.unusedA", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("module.exports.unusedM", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("this.unusedT", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("\"unusedDefined\"", bundle, StringComparison.Ordinal);
        Assert.Contains("exports.a = \"A\";", bundle, StringComparison.Ordinal);
        Assert.Contains("Object.defineProperty(exports, \"defined\", ({ enumerable: true, value: \"D\" }));", bundle, StringComparison.Ordinal);
        Assert.Equal("A M T D\n", Run());
    }

    [Fact]
    public void Without_usedExports_every_commonjs_export_stays()
    {
        Write("index.js", "console.log(require('./lib').a);\n");
        Write("lib.js", "exports.a = 'A';\nexports.unused = 'UNUSED';\n");
        var bundle = Build("""{ "entry": "./index.js", "optimization": { "usedExports": false, "minimize": false, "concatenateModules": false, "mangleExports": false } }""");
        Assert.Contains("exports.unused = 'UNUSED';", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("__webpack_unused_export__", bundle, StringComparison.Ordinal);
        Assert.Equal("A\n", Run());
    }

    [Fact]
    public void Using_the_exports_object_as_a_value_keeps_every_export()
    {
        Write("index.js", "console.log(require('./lib').a, require('./passed').a);\n");
        Write("lib.js", "exports.a = 'A';\nexports.b = 'B';\nmodule.exports.c = module.exports;\n");
        Write("passed.js", "exports.a = 'A2';\nexports.b = 'B2';\nregister(exports);\nfunction register(o) { o.extra = 1; }\n");
        var bundle = Build();
        Assert.DoesNotContain("__webpack_unused_export__", bundle, StringComparison.Ordinal);
        Assert.Contains("exports.b = 'B';", bundle, StringComparison.Ordinal);
        Assert.Contains("exports.b = 'B2';", bundle, StringComparison.Ordinal);
        Assert.Equal("A A2\n", Run());
    }

    [Theory]
    [InlineData("development")]
    [InlineData("production")]
    public void A_member_of_the_default_import_of_a_commonjs_module_is_read_off_its_value(string mode)
    {
        // The default of a CommonJS module whose exports are not known is its value, read by the
        // getter call: `new Def.default()` constructs its property (webpack's exportFromImport).
        Write("index.js", "import Def from './bailout';\nconsole.log(new Def.default().name, typeof Def.default);\n");
        Write("bailout.js", "class Test { constructor() { this.name = 'T'; } }\nconst get = () => ({ default: Test });\nmodule.exports = get();\n");
        var bundle = Build($$"""{ "mode": "{{mode}}", "entry": "./index.js" }""");
        Assert.Equal("T function\n", Run());
        Assert.Contains("new (", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void An_optional_member_chain_on_a_require_keeps_its_optional_part()
    {
        // webpack's getNonOptionalPart: the dependency covers the chain up to the first `?.`.
        Write("index.js", "console.log(require('./lib').missing?.deep.value, require('./lib').present?.value);\n");
        Write("lib.js", "exports.present = { value: 'P' };\nexports.unused = 'U';\n");
        var bundle = Build();
        Assert.Equal("undefined P\n", Run());
        Assert.Contains(").missing)?.deep.value", bundle, StringComparison.Ordinal);
        Assert.Contains(").present)?.value", bundle, StringComparison.Ordinal);
        Assert.Contains("__webpack_unused_export__ = 'U';", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void Member_chains_destructuring_and_statements_narrow_what_a_require_uses()
    {
        Write("index.js", """
            const { picked } = require('./destructured');
            require('./evaluated');
            console.log(picked, require('./chained').deep.value, require('./called').fn());
            """);
        Write("destructured.js", "exports.picked = 'P';\nexports.notPicked = 'NOT_PICKED';\n");
        Write("evaluated.js", "exports.never = 'NEVER';\nconsole.log('evaluated');\n");
        Write("chained.js", "exports.deep = { value: 'V' };\nexports.other = 'OTHER';\n");
        // A called export gets its object as `this`: the whole object is used.
        Write("called.js", "exports.fn = function () { return this.kept; };\nexports.kept = 'K';\n");
        var bundle = Build();
        Assert.Contains("__webpack_unused_export__ = 'NOT_PICKED';", bundle, StringComparison.Ordinal);
        Assert.Contains("__webpack_unused_export__ = 'NEVER';", bundle, StringComparison.Ordinal);
        Assert.Contains("__webpack_unused_export__ = 'OTHER';", bundle, StringComparison.Ordinal);
        Assert.Contains("exports.kept = 'K';", bundle, StringComparison.Ordinal);
        // The export's name is read through the require; a property of its value stays as written (webpack's trimmed ids).
        Assert.Contains(").deep).value", bundle, StringComparison.Ordinal);
        Assert.Equal("evaluated\nP V K\n", Run());
    }

    [Fact]
    public void Unused_reexports_of_side_effect_free_modules_leave_them_out()
    {
        Write("index.js", "const lib = require('./lib');\nconsole.log(lib.used, lib.helper.name);\n");
        Write("lib.js", """
            exports.used = 'U';
            exports.helper = require('./helper');
            exports.unusedReexport = require('./heavy');
            Object.defineProperty(exports, 'lazy', { enumerable: true, get: () => require('./lazy') });
            """);
        Write("helper.js", "exports.name = 'H';\nexports.unusedInHelper = 'UNUSED_IN_HELPER';\n");
        Write("heavy.js", "exports.heavy = 'HEAVY_MODULE_CODE';\n");
        Write("lazy.js", "exports.lazy = 'LAZY_MODULE_CODE';\n");
        Write("package.json", """{ "name": "app", "sideEffects": false }""");
        var bundle = Build();
        Assert.DoesNotContain("HEAVY_MODULE_CODE", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("LAZY_MODULE_CODE", bundle, StringComparison.Ordinal);
        Assert.Contains("/* unused reexport */ 0", bundle, StringComparison.Ordinal);
        // What is used of the re-export is what is used of the module it re-exports.
        Assert.Contains("__webpack_unused_export__ = 'UNUSED_IN_HELPER';", bundle, StringComparison.Ordinal);
        Assert.Equal("U H\n", Run());
    }

    [Fact]
    public void Object_literal_exports_spread_away_unused_properties()
    {
        Write("index.js", "const lib = require('./lib');\nconsole.log(lib.used, lib.method(), lib.short);\n");
        Write("lib.js", """
            const short = 'S', unusedShort = 'UNUSED_SHORT';
            module.exports = {
              used: 'U',
              unusedValue: sideEffect('UNUSED_VALUE'),
              method() { return 'M'; },
              unusedMethod() { return require('./heavy').x; },
              short,
              unusedShort,
            };
            function sideEffect(v) { console.log('side effect kept'); return v; }
            """);
        Write("heavy.js", "exports.x = 'HEAVY_MODULE_CODE';\n");
        var bundle = Build();
        Assert.Contains("...void (sideEffect('UNUSED_VALUE'))", bundle, StringComparison.Ordinal);
        Assert.Contains("...void (function () { return null /* dead branch */; })", bundle, StringComparison.Ordinal);
        Assert.Contains("...void (unusedShort)", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("HEAVY_MODULE_CODE", bundle, StringComparison.Ordinal);
        Assert.Equal("side effect kept\nU M S\n", Run());
    }

    [Fact]
    public void Used_commonjs_exports_are_mangled_where_every_reader_writes_used_names()
    {
        Write("index.js", "import { longExportName } from './lib';\nimport def from './flagged';\nconst { keptName } = require('./kept');\nconsole.log(longExportName, def, keptName);\n");
        Write("lib.js", "exports.longExportName = 'L';\nexports.otherLongName = 'O';\n");
        // A destructured name is written as it is: it may not be renamed.
        Write("kept.js", "exports.keptName = 'K';\n");
        Write("flagged.js", "Object.defineProperty(exports, '__esModule', { value: true });\nexports.default = 'DEFAULT';\n");
        var bundle = Build("""{ "entry": "./index.js", "optimization": { "mangleExports": "deterministic", "minimize": false, "concatenateModules": false } }""");
        Assert.DoesNotContain("exports.longExportName", bundle, StringComparison.Ordinal);
        Assert.Contains("/* .longExportName */", bundle, StringComparison.Ordinal);
        Assert.Contains("exports.keptName = 'K';", bundle, StringComparison.Ordinal);
        Assert.Equal("L DEFAULT K\n", Run());
    }
}
