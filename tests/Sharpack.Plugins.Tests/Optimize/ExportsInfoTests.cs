// Provided and used exports as webpack's FlagDependencyExportsPlugin and FlagDependencyUsagePlugin
// determine them: small projects built through the compiler, the module graph read after
// optimizeDependencies, and __webpack_exports_info__ answers checked by running the bundle.

using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;
using Sharpack.Core.Runtime;
using Xunit;

namespace Sharpack.Plugins.Tests.Optimize;

public sealed class ExportsInfoTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-exports-info-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    // Builds and hands over the module graph as it is after optimizeDependencies.
    private (ModuleGraph Graph, Func<string, Module> Module) Build(string json)
    {
        var result = OptionsNormalizer.Normalize(JsonNode.Parse(json), new OptionsOverrides(), _root);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        var compiler = SharpackPlugins.CreateCompiler(result.Options!);
        ModuleGraph? graph = null;
        compiler.Hooks.Compilation.Tap("test", (compilation, _) =>
            compilation.Hooks.AfterOptimizeDependencies.Tap("test", _ => graph = compilation.Graph));
        var stats = compiler.Run();
        Assert.Empty(stats.Errors);
        Assert.NotNull(graph);
        return (graph, name => graph.Modules.Single(m => m.ReadableName == name));
    }

    private static string Provided(ModuleGraph graph, Module module)
    {
        var names = graph.GetProvidedExports(module, out var unknown);
        return names is null ? "no info" : unknown ? "unknown" : string.Join(",", names);
    }

    [Fact]
    public void Provided_exports_follow_local_exports_named_and_star_reexports_json_and_commonjs()
    {
        Write("index.js", """
            import * as barrel from "./barrel.js";
            import data from "./data.json";
            import cjs from "./cjs.js";
            import analysed from "./analysed.js";
            console.log(barrel, data, cjs, analysed);
            """);
        Write("barrel.js", """
            export const own = 1;
            export { a as renamed } from "./a.js";
            export * from "./a.js";
            export * from "./cjs.js";
            export * as nsA from "./a.js";
            """);
        Write("a.js", "export const a = 1; export function b() {} export default 3;");
        // Replaced whole by a value: anything may be exported.
        Write("cjs.js", "module.exports = function () {}; module.exports.x = 1;");
        Write("analysed.js", """exports.x = 1; Object.defineProperty(exports, "y", { value: 2 });""");
        Write("data.json", """{ "k": 1, "nested": { "deep": 2 } }""");
        var (graph, module) = Build("""{ "mode": "development", "target": "node", "entry": "./index.js" }""");
        Assert.Equal("a,b,default", Provided(graph, module("./a.js")));
        Assert.Equal("k,nested", Provided(graph, module("./data.json")));
        Assert.Equal("unknown", Provided(graph, module("./cjs.js")));
        // CommonJS exports analysis (webpack's CommonJsExportsParserPlugin).
        Assert.Equal("x,y", Provided(graph, module("./analysed.js")));
        // A star re-export of a CommonJS module makes every other name possible.
        Assert.Equal("unknown", Provided(graph, module("./barrel.js")));
        var barrel = graph.GetExportsInfo(module("./barrel.js"));
        Assert.Equal(ProvidedState.Provided, barrel.GetReadOnlyExportInfo("renamed").Provided);
        Assert.Equal(ProvidedState.Provided, barrel.GetReadOnlyExportInfo("b").Provided);
        Assert.Equal(ProvidedState.NotProvided, barrel.GetReadOnlyExportInfo("default").Provided);
        // Re-exports know their targets; the namespace re-export's value has a's exports.
        var renamed = barrel.GetReadOnlyExportInfo("renamed").GetTarget(graph);
        Assert.Equal("./a.js", renamed!.Value.Module.ReadableName);
        Assert.Equal(["a"], renamed.Value.Export);
        Assert.True(barrel.GetReadOnlyExportInfo("own").TerminalBinding);
        Assert.False(barrel.GetReadOnlyExportInfo("renamed").TerminalBinding);
        Assert.Equal(true, barrel.IsExportProvided(["nsA", "b"]));
        Assert.Null(graph.GetExportsInfo(module("./data.json")).GetReadOnlyExportInfo("nested").ExportsInfo);
        // Development: no usage analysis.
        Assert.Equal(UsageState.NoInfo, barrel.GetUsed("own", null));
    }

    [Fact]
    public void Star_reexports_without_commonjs_list_every_name_and_skip_default()
    {
        Write("index.js", "import * as ns from './barrel.js'; console.log(ns);");
        Write("barrel.js", "export * from './a.js'; export * from './b.js'; export const own = 0;");
        Write("a.js", "export const a = 1, shared = 2; export default 1;");
        Write("b.js", "export const b = 1, shared = 3, own = 4;");
        var (graph, module) = Build("""{ "mode": "development", "target": "node", "entry": "./index.js" }""");
        Assert.Equal("a,b,own,shared", Provided(graph, module("./barrel.js")));
        // The first star provides `shared`; own beats both stars.
        var barrel = graph.GetExportsInfo(module("./barrel.js"));
        Assert.Equal("./a.js", barrel.GetReadOnlyExportInfo("shared").GetTarget(graph)!.Value.Module.ReadableName);
        Assert.True(barrel.GetReadOnlyExportInfo("own").TerminalBinding);
    }

    [Fact]
    public void Used_exports_are_per_runtime_and_follow_reexports_to_the_defining_module()
    {
        Write("main.js", "import { a } from './barrel.js'; console.log(a);");
        Write("other.js", "import { b, ns } from './barrel.js'; console.log(b(), ns.c);");
        Write("barrel.js", "export { a } from './a.js'; export * from './b.js'; export * as ns from './c.js'; export const unused = 1;");
        Write("a.js", "export const a = 1; export const a2 = 2;");
        Write("b.js", "export function b() {} export const b2 = 2;");
        Write("c.js", "export const c = 1; export const c2 = 2;");
        // Without optimization.sideEffects, reads go through the barrel (with it, they skip it);
        // without inlineExports, the re-export of `a` is read (inlined, it would need no module).
        var (graph, module) = Build("""{ "mode": "production", "target": "node", "entry": { "main": "./main.js", "other": "./other.js" }, "optimization": { "sideEffects": false, "inlineExports": false } }""");
        var main = RuntimeSpec.Of("main");
        var other = RuntimeSpec.Of("other");
        var barrel = graph.GetExportsInfo(module("./barrel.js"));
        Assert.Equal(UsageState.Used, barrel.GetUsed("a", main));
        Assert.Equal(UsageState.Unused, barrel.GetUsed("a", other));
        Assert.Equal(UsageState.Unused, barrel.GetUsed("unused", null));
        // `ns.c` on a named import uses only c of ns.
        Assert.Equal(UsageState.OnlyPropertiesUsed, barrel.GetUsed("ns", other));
        var a = graph.GetExportsInfo(module("./a.js"));
        Assert.Equal(UsageState.Used, a.GetUsed("a", main));
        Assert.Equal(UsageState.Unused, a.GetUsed("a2", null));
        var b = graph.GetExportsInfo(module("./b.js"));
        Assert.Equal(UsageState.Used, b.GetUsed("b", other));
        Assert.Equal(UsageState.Unused, b.GetUsed("b", main));
        Assert.Equal(UsageState.Unused, b.GetUsed("b2", null));
        var c = graph.GetExportsInfo(module("./c.js"));
        Assert.Equal(UsageState.Used, c.GetUsed("c", other));
        Assert.Equal(UsageState.Unused, c.GetUsed("c2", other));
        Assert.Equal(UsageState.Unused, c.GetUsed("c", main));
        Assert.Equal(new UsedExports(UsedExportsKind.Names, ["a"]).Names, a.GetUsedExports(main).Names);
        // In "other" a.js is only imported by the barrel: used for its side effects, no export used.
        Assert.Equal(UsedExportsKind.Names, a.GetUsedExports(other).Kind);
        Assert.Empty(a.GetUsedExports(other).Names!);
        Assert.False(a.IsUsed(other));
        Assert.True(a.IsModuleUsed(other));
        // The re-export of `a` is not needed in "other": its connection is inactive there.
        var reexport = graph.GetOutgoingConnections(module("./barrel.js")).Single(c => c.Dependency is JavaScript.Dependencies.Esm.EsmExportImportedSpecifierDependency { Name: "a" });
        Assert.True(reexport.IsActive(main));
        Assert.False(reexport.IsActive(other));
        Assert.Equal("used in main", barrel.GetReadOnlyExportInfo("a").GetUsedInfo());
    }

    [Fact]
    public void Properties_of_named_imports_narrow_usage_as_webpack_reads_calls()
    {
        Write("main.js", "import { ns, called } from './barrel.js'; import * as direct from './c.js'; import data from './data.json'; console.log(ns.a, called.f(), direct.h(), data.k);");
        Write("c.js", "export function h() { return this.other; } export const other = 1;");
        Write("barrel.js", "export * as ns from './a.js'; export * as called from './b.js';");
        Write("a.js", "export const a = 1; export const unused = 2;");
        Write("b.js", "export function f() { return this; } export const g = 2;");
        Write("data.json", """{ "k": 1, "other": 2 }""");
        var (graph, module) = Build("""{ "mode": "production", "target": "node", "entry": "./main.js" }""");
        var main = RuntimeSpec.Of("main");
        var a = graph.GetExportsInfo(module("./a.js"));
        Assert.Equal(UsageState.Used, a.GetUsed("a", main));
        Assert.Equal(UsageState.Unused, a.GetUsed("unused", main));
        // As webpack: `called.f()` read past the side-effect-free barrel is a use of f alone, and a
        // method called on a namespace import uses the method alone (its `this` is not tracked).
        Assert.Equal(UsageState.Unused, graph.GetExportsInfo(module("./b.js")).GetUsed("g", main));
        Assert.Equal(UsageState.Unused, graph.GetExportsInfo(module("./c.js")).GetUsed("other", main));
        // A JSON default import's properties are the JSON's exports.
        var data = graph.GetExportsInfo(module("./data.json"));
        Assert.Equal(UsageState.Used, data.GetUsed("k", main));
        Assert.Equal(UsageState.Unused, data.GetUsed("other", main));
    }

    [Fact]
    public void Calls_use_their_this_whole_where_webpack_does()
    {
        // A barrel with side effects is not skipped: `called.f()` uses `called` (its `this`) whole;
        // strictThisContextOnImports makes a namespace import the `this` of its methods.
        Write("main.js", "import { called } from './barrel.js'; import * as direct from './c.js'; console.log(called.f(), direct.h());");
        Write("c.js", "export function h() { return this.other; } export const other = 1;");
        Write("barrel.js", "export * as called from './b.js'; console.log('barrel');");
        Write("b.js", "export function f() { return this; } export const g = 2;");
        var (graph, module) = Build("""{ "mode": "production", "target": "node", "entry": "./main.js", "module": { "parser": { "javascript": { "strictThisContextOnImports": true } } } }""");
        var main = RuntimeSpec.Of("main");
        Assert.Equal(UsageState.Unknown, graph.GetExportsInfo(module("./b.js")).GetUsed("g", main));
        Assert.Equal(UsageState.Unknown, graph.GetExportsInfo(module("./c.js")).GetUsed("other", main));
    }

    [Fact]
    public void Deep_member_chains_narrow_usage_through_namespace_reexports()
    {
        Write("main.js", "import { h } from './h.js'; import * as direct from './f.js'; console.log(h.f1.e.e1, direct.f2.e2);");
        Write("h.js", "export * as h from './g.js';");
        Write("g.js", "import { f1, f2 } from './f.js'; export { f1, f2 as g1 };");
        Write("f.js", "export * as f1 from './e1.js'; export * as f2 from './e.js';");
        Write("e1.js", "export * as e from './e.js';");
        Write("e.js", "export const e1 = 1, e2 = 2, e3 = 3; export function run() {}");
        // Without side-effect redirects, which would read e.js directly (see SideEffectsTests).
        var (graph, module) = Build("""{ "mode": "production", "target": "node", "entry": "./main.js", "optimization": { "sideEffects": false } }""");
        var main = RuntimeSpec.Of("main");
        var e = graph.GetExportsInfo(module("./e.js"));
        Assert.Equal(UsageState.Used, e.GetUsed("e1", main));
        Assert.Equal(UsageState.Used, e.GetUsed("e2", main));
        Assert.Equal(UsageState.Unused, e.GetUsed("e3", main));
        Assert.Equal(UsageState.Unused, e.GetUsed("run", main));
        var g = graph.GetExportsInfo(module("./g.js"));
        Assert.Equal(UsageState.OnlyPropertiesUsed, g.GetUsed("f1", main));
        Assert.Equal(UsageState.Unused, g.GetUsed("g1", main));
        var (code, output) = RunBundle();
        Assert.True(code == 0, output);
    }

    private (int Code, string Output) RunBundle() => TestPaths.RunNode(Path.Combine(_root, "dist"), "main.js");

    [Fact]
    public void Global_usage_and_namespace_objects_that_escape()
    {
        Write("main.js", "import * as ns from './lib.js'; import { x } from './other.js'; console.log(ns, x);");
        Write("lib.js", "export const a = 1; export const b = 2;");
        Write("other.js", "export const x = 1; export const y = 2;");
        var (graph, module) = Build("""{ "mode": "production", "target": "node", "entry": "./main.js", "optimization": { "usedExports": "global" } }""");
        // webpack's mangleable escape: every export is used and may still be renamed (the escaping
        // value gets an object of the original names), but never inlined.
        var lib = graph.GetExportsInfo(module("./lib.js"));
        Assert.Equal(UsageState.Used, lib.GetUsed("a", null));
        Assert.True(lib.GetReadOnlyExportInfo("a").CanMangle);
        Assert.Equal(false, lib.GetReadOnlyExportInfo("a").CanInlineUse);
        var (escapeCode, escapeOutput) = RunBundle();
        Assert.True(escapeCode == 0, escapeOutput);
        Assert.StartsWith("Object [Module] { a: [Getter], b: [Getter] } 1", escapeOutput, StringComparison.Ordinal);
        var other = graph.GetExportsInfo(module("./other.js"));
        Assert.Equal(UsageState.Used, other.GetUsed("x", RuntimeSpec.Of("anything")));
        Assert.Equal(UsageState.Unused, other.GetUsed("y", null));
        Assert.Equal(true, other.GetReadOnlyExportInfo("x").CanMangle);
    }

    [Fact]
    public void Without_mangling_an_escaping_namespace_is_used_in_an_unknown_way()
    {
        Write("main.js", "import * as ns from './lib.js'; console.log(ns);");
        Write("lib.js", "export const a = 1; export const b = 2;");
        var (graph, module) = Build("""{ "mode": "production", "target": "node", "entry": "./main.js", "optimization": { "mangleExports": false } }""");
        var lib = graph.GetExportsInfo(module("./lib.js"));
        Assert.Equal(UsageState.Unknown, lib.GetUsed("a", null));
        Assert.False(lib.GetReadOnlyExportInfo("a").CanMangle);
    }

    [Fact]
    public void Connections_are_kept_both_ways_and_bindings_share_their_import_module()
    {
        Write("main.js", "import { a } from './lib.js'; import def from './lib.js'; console.log(a, a, def);");
        Write("lib.js", "export const a = 1; export default 2;");
        var (graph, module) = Build("""{ "mode": "development", "target": "node", "entry": "./main.js" }""");
        var lib = module("./lib.js");
        var incoming = graph.GetIncomingConnections(lib);
        // One import (both statements share the request) and three uses of its bindings.
        Assert.Equal(4, incoming.Count);
        Assert.All(incoming, c => Assert.Equal(module("./main.js"), c.OriginModule));
        Assert.Equal(incoming.Count, graph.GetOutgoingConnections(module("./main.js")).Count(c => c.Module == lib));
        Assert.Single(graph.GetIncomingConnections(module("./main.js")), c => c.OriginModule is null);
    }

    [Theory]
    [InlineData("production", "true false true false undefined")]
    [InlineData("development", "true true true false undefined")]
    public void Webpack_exports_info_answers_from_the_analysis(string mode, string expected)
    {
        Write("main.js", "import { a, report } from './lib.js'; console.log(a === 1 && report());");
        Write("lib.js", """
            export const a = 1;
            export const b = 2;
            export function report() {
              return [__webpack_exports_info__.a.used, __webpack_exports_info__.b.used, __webpack_exports_info__.a.provideInfo,
                __webpack_exports_info__.missing.provideInfo, __webpack_exports_info__.a.usedName].join(" ");
            }
            """);
        Build($$"""{ "mode": "{{mode}}", "target": "node", "entry": "./main.js", "optimization": { "minimize": false } }""");
        var (code, output) = TestPaths.RunNode(Path.Combine(_root, "dist"), "main.js");
        Assert.True(code == 0, output);
        Assert.Equal(expected.Replace(" undefined", " "), output.TrimEnd('\n'));
    }
}
