// Feature tests built wholly in memory, each compared with Snapshots/<test>.txt (every output file
// and the log). UPDATE_SNAPSHOTS=1 rewrites the snapshots. A few bundles also run in node, written
// to a temporary folder only for that, to show the in-memory output is a working bundle.

using Sharpack.Core;
using Xunit;
using static Sharpack.Plugins.Tests.Snapshots.BundlerSnapshot;

namespace Sharpack.Plugins.Tests.Snapshots;

public sealed class BundlerSnapshotTests
{
    [Fact]
    public void EsmImportsCommonJs()
    {
        var build = Expect(Files(
            ("src/index.js", "import lib, { named } from './lib.cjs';\nimport * as ns from './lib.cjs';\nconsole.log(lib.named, named, ns.default.other, typeof ns.named);\n"),
            ("src/lib.cjs", "exports.named = 'n';\nexports.other = 'o';\n")),
            """{ "target": "node", "optimization": { "moduleIds": "named" } }""");
        var (code, output) = RunInNode(build.Output, Dist, "main.js");
        Assert.True(code == 0, output);
        Assert.Equal("n n o string\n", output);
    }

    [Fact]
    public void CommonJsRequiresEsm()
    {
        var build = Expect(Files(
            ("src/index.js", "const esm = require('./esm.mjs');\nconsole.log(esm.default, esm.value, esm.__esModule);\n"),
            ("src/esm.mjs", "export default 'def';\nexport const value = 42;\n")),
            """{ "target": "node", "optimization": { "moduleIds": "named" } }""");
        var (code, output) = RunInNode(build.Output, Dist, "main.js");
        Assert.True(code == 0, output);
        Assert.Equal("def 42 true\n", output);
    }

    [Fact]
    public void DynamicImportWithChunkNames()
    {
        Expect(Files(
            ("src/index.js", "import(/* webpackChunkName: \"lazy\" */ './lazy').then((m) => console.log(m.default));\nimport(/* webpackChunkName: \"other\" */ './other');\n"),
            ("src/lazy.js", "export default 'lazy';\n"),
            ("src/other.js", "console.log('other');\n")),
            """{ "target": "web", "optimization": { "moduleIds": "named", "chunkIds": "named" } }""");
    }

    [Fact]
    public void DynamicImportForNode()
    {
        var build = Expect(Files(
            ("src/index.js", "import(/* webpackChunkName: \"lazy\" */ './lazy').then((m) => console.log(m.default, m.twice(21)));\n"),
            ("src/lazy.js", "export default 'lazy';\nexport const twice = (n) => n * 2;\n")),
            """{ "target": "node", "optimization": { "moduleIds": "named", "chunkIds": "named" } }""");
        var (code, output) = RunInNode(build.Output, Dist, "main.js");
        Assert.True(code == 0, output);
        Assert.Equal("lazy 42\n", output);
    }

    [Fact]
    public void Json()
    {
        Expect(Files(
            ("src/index.js", "import data, { version } from './data.json';\nconst again = require('./data.json');\nconsole.log(data.name, version, again.list.length);\n"),
            ("src/data.json", "{ \"name\": \"sharpack\", \"version\": \"1.0.0\", \"list\": [1, 2, 3] }\n")),
            """{ "target": "node", "optimization": { "moduleIds": "named" } }""");
    }

    [Fact]
    public void ContextRequire()
    {
        var build = Expect(Files(
            ("src/index.js", "const locales = require.context('./locale', false, /\\.js$/);\nconsole.log(locales.keys().join(','), locales('./de.js'));\nconst name = 'en';\nconsole.log(require('./locale/' + name + '.js'));\n"),
            ("src/locale/de.js", "module.exports = 'hallo';\n"),
            ("src/locale/en.js", "module.exports = 'hello';\n"),
            ("src/locale/readme.md", "not a module\n")),
            """{ "target": "node", "optimization": { "moduleIds": "named" } }""");
        var (code, output) = RunInNode(build.Output, Dist, "main.js");
        Assert.True(code == 0, output);
        Assert.Equal("./de.js,./en.js hallo\nhello\n", output);
    }

    [Fact]
    public void ContextOverAnAliasArrayReadsEveryTarget()
    {
        // webpack resolves a context's folder with yield: app/widgets is both folders, a request
        // in the first (main) wins over the same one in the second (foo).
        var build = Expect(Files(
            ("src/index.js", "const load = id => import(/* webpackMode: \"eager\" */ `app/widgets/${id}?q`);\nPromise.all(['a', 'b', 'c'].map(load)).then(ms => console.log(ms.map(m => m.default).join(',')));\n"),
            ("src/main/widgets/a.js", "export default 'main/a';\n"),
            ("src/main/widgets/b.js", "export default 'main/b';\n"),
            ("src/foo/widgets/b.js", "export default 'foo/b';\n"),
            ("src/foo/widgets/c.js", "export default 'foo/c';\n")),
            $$"""{ "target": "node", "optimization": { "moduleIds": "named" }, "resolve": { "alias": { "app": ["{{Context}}/src/main", "{{Context}}/src/foo"] } } }""");
        var (code, output) = RunInNode(build.Output, Dist, "main.js");
        Assert.True(code == 0, output);
        Assert.Equal("main/a,main/b,foo/c\n", output);
        Assert.DoesNotContain("foo/widgets/b.js", build.Snapshot, StringComparison.Ordinal);
    }

    [Fact]
    public void ContextOverModulesFoldersWithAnIgnoredOne()
    {
        // foo is a/foo and b/foo (resolve.modules); a/foo's files are aliased to false, so its
        // elements are ignored modules whose export is {}.
        var build = Expect(Files(
            ("src/index.js", "const load = x => import(`foo/${x}`);\nPromise.all(['a', 'b'].map(load)).then(ms => console.log(JSON.stringify(ms.map(m => m.default))));\n"),
            ("a/foo/a.js", "export default 'a';\n"),
            ("b/foo/b.js", "export default 'b';\n")),
            $$"""{ "target": "node", "optimization": { "moduleIds": "named", "chunkIds": "named" }, "resolve": { "modules": ["{{Context}}/a", "{{Context}}/b"], "alias": { "{{Context}}/a/foo": false } } }""");
        var (code, output) = RunInNode(build.Output, Dist, "main.js");
        Assert.True(code == 0, output);
        Assert.Equal("[{},\"b\"]\n", output);
    }

    [Fact]
    public void ContextWhoseOnlyFolderIsIgnoredIsEmpty()
    {
        // foo resolves to nothing but its alias to false: webpack's context with resource false,
        // which holds no module, so the import rejects at run time rather than failing the build.
        var build = Expect(Files(
            ("src/index.js", "const x = process.argv.length > 99 ? 'b' : 'a';\nimport(`foo/${x}`).catch(e => console.log(e.code));\n")),
            """{ "target": "node", "optimization": { "moduleIds": "named" }, "resolve": { "alias": { "foo": false } } }""");
        Assert.Empty(build.Stats!.Errors);
        var (code, output) = RunInNode(build.Output, Dist, "main.js");
        Assert.True(code == 0, output);
        Assert.Equal("MODULE_NOT_FOUND\n", output);
        Assert.Contains("\"false lazy recursive", build.Snapshot, StringComparison.Ordinal);
    }

    [Fact]
    public void ContextRecursiveStopsAtLinkBackUp()
    {
        Expect(Files(
            ("src/index.js", "const all = require.context('./locale', true, /\\.js$/);\nconsole.log(all.keys());\n"),
            ("src/locale/en.js", "module.exports = 'en';\n"),
            ("src/locale/sub/de.js", "module.exports = 'de';\n"),
            ("src/other/o.js", "module.exports = 'o';\n")),
            """{ "target": "node", "optimization": { "moduleIds": "named" } }""",
            input: fs => fs
                .AddSymlink(Context + "/src/locale/sub/up", "..")
                .AddSymlink(Context + "/src/locale/self", ".")
                .AddSymlink(Context + "/src/locale/alias", "../other"));
    }

    [Fact]
    public void MissingModuleIsAnError()
    {
        var build = Expect(Files(
            ("src/index.js", "import './present';\nimport './missing';\nrequire('missing-package');\n"),
            ("src/present.js", "console.log('present');\n")));
        Assert.Equal(2, build.Stats!.Errors.Count);
        // Written all the same (webpack's emitOnErrors outside production): the missing module throws where it is imported.
        var (code, output) = RunInNode(build.Output, Dist, "main.js");
        Assert.NotEqual(0, code);
        Assert.Contains("Cannot find module './missing'", output, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingModuleInTryIsAWarning()
    {
        var build = Expect(Files(
            ("src/index.js", "let optional;\ntry {\n\toptional = require('./optional');\n} catch {\n\toptional = null;\n}\nconsole.log(optional);\n")),
            """{ "target": "node", "optimization": { "moduleIds": "named" } }""");
        Assert.Single(build.Stats!.Warnings);
        Assert.Empty(build.Stats.Errors);
    }

    [Fact]
    public void SyntaxErrorHasACodeFrame()
    {
        Expect(Files(
            ("src/index.js", "import './bad';\n"),
            ("src/bad.js", "const ok = 1;\nconst = 2;\n")));
    }

    [Fact]
    public void Define()
    {
        Expect(Files(
            ("src/index.js", "if (process.env.NODE_ENV === 'production') console.log('prod');\nconsole.log(VERSION, FEATURES.fast, typeof FEATURES);\n")),
            """{ "target": "node", "define": { "process.env.NODE_ENV": "\"production\"", "VERSION": "\"1.2.3\"", "FEATURES": { "fast": "true" } } }""");
    }

    [Fact]
    public void TargetNode()
    {
        Expect(SharedEntry, """{ "target": "node", "optimization": { "moduleIds": "named", "chunkIds": "named" } }""");
    }

    // output.environment.methodShorthand (webpack 5.112, on for ES2015 targets): module factories
    // are methods of the modules object; off, each is a property holding a function.
    [Fact]
    public void ModuleFactoriesArePropertiesWithoutMethodShorthand()
    {
        Expect(SharedEntry, """{ "target": "node", "output": { "environment": { "methodShorthand": false } }, "optimization": { "moduleIds": "named", "chunkIds": "named" } }""");
    }

    [Fact]
    public void TargetWeb()
    {
        Expect(SharedEntry, """{ "target": "web", "optimization": { "moduleIds": "named", "chunkIds": "named" } }""");
    }

    // Electron's main process: CommonJS chunks loaded with require, `global`, and Electron's and
    // node's built-in modules (main context) as externals.
    [Fact]
    public void TargetElectronMain()
    {
        Expect(ElectronEntry, """{ "target": "electron-main", "optimization": { "moduleIds": "named", "chunkIds": "named" } }""");
    }

    // ES module output on an Electron with ES modules: an ES import of Electron's module is a
    // static import at the top of the chunk (module-import), a require stays node-commonjs.
    [Fact]
    public void TargetElectronMainModule()
    {
        Expect(Files(
            ("src/index.js", "import * as electron from 'electron';\nconst app = require('app');\nconsole.log(electron.shell, app);\n")),
            """{ "target": "electron28-main", "experiments": { "outputModule": true }, "output": { "module": true }, "optimization": { "moduleIds": "named", "chunkIds": "named" } }""");
    }

    // A renderer has a document: array-push chunks loaded with script tags, and the renderer
    // context's built-in modules as externals.
    [Fact]
    public void TargetElectronRenderer()
    {
        Expect(ElectronEntry, """{ "target": "electron-renderer", "optimization": { "moduleIds": "named", "chunkIds": "named" } }""");
    }

    private static Dictionary<string, string> ElectronEntry => Files(
        ("src/index.js", "const { shell } = require('electron');\nconst path = require('path');\nimport('./later').then((m) => m.run(shell, path));\n"),
        ("src/later.js", "export function run(...values) { console.log(values.length); }\nexport const ipc = () => require('ipc-renderer');\n"));

    private static Dictionary<string, string> SharedEntry => Files(
        ("src/index.js", "import { greet } from './greet';\nimport('./later').then((m) => m.run(greet('web or node')));\n"),
        ("src/greet.js", "export const greet = (who) => 'hello ' + who;\n"),
        ("src/later.js", "export function run(text) { console.log(text); }\n"));

    // ES module output loading chunks with import(): prefetch and preload hints are link tags,
    // guarded by a check for a document where the target may have none (universal).
    // output.resourceHints.dedupe: no prefetch link for a chunk the document already hints.
    [Theory]
    [InlineData("web", false)]
    [InlineData("universal", false)]
    [InlineData("web", true)]
    public void PrefetchPreloadWithImportChunkLoading(string target, bool dedupe)
    {
        Expect(Files(
            ("src/index.js", "import(/* webpackPrefetch: true */ './a').then((a) => a.run());\n"),
            ("src/a.js", "export const run = () => import(/* webpackPreload: true */ './b');\n"),
            ("src/b.js", "export default 'b';\n")),
            $$"""{ "target": "{{target}}", "experiments": { "outputModule": true }, "output": { "module": true, "crossOriginLoading": "anonymous", "resourceHints": { "dedupe": {{(dedupe ? "true" : "false")}} } }, "optimization": { "moduleIds": "named", "chunkIds": "named" } }""",
            name: "PrefetchPreloadWithImportChunkLoading-" + target + (dedupe ? "-dedupe" : ""));
    }

    [Fact]
    public void RuntimeChunkSingle()
    {
        Expect(Files(
            ("src/a.js", "import { shared } from './shared';\nconsole.log('a', shared);\n"),
            ("src/b.js", "import { shared } from './shared';\nconsole.log('b', shared);\n"),
            ("src/shared.js", "export const shared = 'shared';\n")),
            """{ "entry": { "a": "./src/a.js", "b": "./src/b.js" }, "optimization": { "runtimeChunk": "single", "moduleIds": "named", "chunkIds": "named" } }""");
    }

    [Fact]
    public void PackageExportsResolveInMemory()
    {
        var build = Expect(Files(
            ("src/index.js", "import { which } from 'pkg';\nimport sub from 'pkg/feature';\nconsole.log(which, sub);\n"),
            ("node_modules/pkg/package.json", """{ "name": "pkg", "exports": { ".": { "import": "./esm.js", "require": "./cjs.js" }, "./feature": "./lib/feature.js" } }"""),
            ("node_modules/pkg/esm.js", "export const which = 'esm';\n"),
            ("node_modules/pkg/cjs.js", "exports.which = 'cjs';\n"),
            ("node_modules/pkg/lib/feature.js", "export default 'feature';\n")),
            """{ "target": "node", "optimization": { "moduleIds": "named" } }""");
        var (code, output) = RunInNode(build.Output, Dist, "main.js");
        Assert.True(code == 0, output);
        Assert.Equal("esm feature\n", output);
    }

    [Fact]
    public void ContentHashFilenames()
    {
        Expect(Files(
            ("src/index.js", "import('./page').then((m) => m.default());\n"),
            ("src/page.js", "export default () => console.log('page');\n")),
            """{ "target": "web", "output": { "filename": "[name].[contenthash:8].js", "chunkFilename": "[id].[contenthash:8].js" } }""");
    }

    [Fact]
    public void OutputCleanInMemory()
    {
        var output = new MemoryOutputFileSystem()
            .AddFile(Dist + "/stale.js", "old")
            .AddFile(Dist + "/old/chunk.js", "old")
            .AddFile(Dist + "/kept/notes.txt", "kept by keep")
            .AddFile(Dist + "/main.js", "replaced")
            .AddFile(Context + "/outside.txt", "outside output.path");
        var build = Expect(Files(("src/index.js", "console.log('fresh');\n")),
            """{ "target": "node", "output": { "clean": { "keep": "kept/" } } }""", output);
        Assert.Equal([Dist + "/kept/notes.txt", Dist + "/main.js", Context + "/outside.txt"], build.Output.Files);
        Assert.False(Directory.Exists(Dist));
    }

    [Fact]
    public void NodeModuleDirnameInEsModuleOutput()
    {
        // Without import.meta.dirname in the environment: node's fileURLToPath over import.meta.url, imported once at the chunk's top.
        var build = Expect(Files(
            ("src/index.js", "import { dirname, filename } from './esm.js';\nimport cjs from './cjs.js';\nconst { dirname: destructured } = import.meta;\n" +
                "console.log(filename.slice(dirname.length), cjs.dirname === dirname, cjs.filename === filename, destructured === dirname);\n"),
            ("src/esm.js", "export const dirname = import.meta.dirname;\nexport const filename = import.meta.filename;\n"),
            ("src/cjs.js", "module.exports = { dirname: __dirname, filename: __filename };\n")),
            """{ "target": "node", "experiments": { "outputModule": true }, "output": { "module": true }, "node": { "__dirname": "node-module", "__filename": "node-module" }, "optimization": { "moduleIds": "named" } }""");
        var (code, output) = RunInNode(build.Output, Dist, "main.mjs");
        Assert.True(code == 0, output);
        Assert.Equal("/main.mjs true true true\n", output);
    }

    [Fact]
    public void OutputEnvironmentDecidesTheCodeForNodeFeatures()
    {
        // import.meta.dirname read natively, node's `global` through the runtime (no globalThis), built-ins without node:.
        var build = Expect(Files(
            ("src/index.js", "import fs from 'node:fs';\nconsole.log(typeof fs.readFileSync, import.meta.dirname === __webpack_dirname_check(), typeof global);\nfunction __webpack_dirname_check() { return import.meta.dirname; }\n")),
            """{ "target": "node", "experiments": { "outputModule": true }, "output": { "module": true, "environment": { "importMetaDirnameAndFilename": true, "globalThis": false, "nodePrefixForCoreModules": false } }, "node": { "global": true, "__dirname": "eval-only" }, "optimization": { "moduleIds": "named" } }""");
        var main = build.Output.ReadAllText(Dist + "/main.mjs");
        Assert.Contains("var __webpack_dirname__ = import.meta.dirname;", main, StringComparison.Ordinal);
        Assert.Contains("from \"module\"", main, StringComparison.Ordinal);
        Assert.Contains("__webpack_require__.g", main, StringComparison.Ordinal);
    }

    [Fact]
    public void NoParseKeepsTheModuleAsWritten()
    {
        // The prebuilt file is not parsed: its require of a missing file is never resolved, `this` is its exports.
        var build = Expect(Files(
            ("src/index.js", "console.log(require('./vendor/prebuilt.js'), require('./plain.js'));\n"),
            ("src/vendor/prebuilt.js", "if (typeof __webpack_require__ === 'number') require('./missing');\nthis.kind = 'prebuilt';\nmodule.exports.same = this === exports;\n"),
            ("src/plain.js", "module.exports = 'plain';\n")),
            """{ "target": "node", "module": { "noParse": [{ "__regexp": { "source": "vendor", "flags": "" } }, "/nowhere/"] }, "optimization": { "moduleIds": "named" } }""");
        var (code, output) = RunInNode(build.Output, Dist, "main.js");
        Assert.True(code == 0, output);
        Assert.Equal("{ kind: 'prebuilt', same: true } plain\n", output);
    }

    [Fact]
    public void JsonGeneratorOptionsAndDataUris()
    {
        // module.generator.json.JSONParse false writes literals; a rule's generator turns JSON.parse back on
        // for ?parse; data: URIs are modules typed by their mimetype, "__proto__" stays a key.
        var build = Expect(Files(
            ("src/index.js", "import data from './data.json';\nimport parsed from './data.json?parse';\nimport proto from 'data:application/json,{\"__proto__\":{\"x\":1},\"a\":\"b\"}';\n" +
                "import answer from 'data:text/javascript;base64,ZXhwb3J0IGRlZmF1bHQgNDI7';\nimport unpadded from 'data:text/javascript;base64,ZXhwb3J0IGRlZmF1bHQgMQ';\n" +
                "import text from 'data:application/json,%22caf%C3%A9%22';\nimport keys from './keys.json';\n" +
                "console.log(data.list.length, parsed.name, Object.keys(proto).join(), Object.getPrototypeOf(proto) === Object.prototype, answer, unpadded, text, keys.s.length);\n"),
            ("src/data.json", "{ \"name\": \"sharpack\", \"version\": 1.0, \"list\": [1, 2, 3] }\n"),
            ("src/keys.json", "{ \"b\": 1, \"10\": 2, \"2\": 3, \"s\": \"a\\u2028b\" }\n")),
            """{ "target": "node", "module": { "generator": { "json": { "JSONParse": false } }, "rules": [{ "resourceQuery": { "__regexp": { "source": "parse", "flags": "" } }, "generator": { "JSONParse": true } }] }, "optimization": { "moduleIds": "named" } }""");
        var (code, output) = RunInNode(build.Output, Dist, "main.js");
        Assert.True(code == 0, output);
        Assert.Equal("3 sharpack __proto__,a true 42 1 café 3\n", output);
        var main = build.Output.ReadAllText(Dist + "/main.js");
        Assert.Contains("module.exports = {\"name\":\"sharpack\",\"version\":1,\"list\":[1,2,3]};", main, StringComparison.Ordinal);
        // As JSON.parse orders an object (integer keys first, ascending), with the line separator escaped.
        Assert.Contains("{\"2\":3,\"10\":2,\"b\":1,\"s\":\"a\\u2028b\"}", main, StringComparison.Ordinal);
        Assert.Contains("module.exports = /*#__PURE__*/JSON.parse('{\"name\":\"sharpack\",\"version\":1,\"list\":[1,2,3]}');", main, StringComparison.Ordinal);
        Assert.Contains("[\"__proto__\"]:", main, StringComparison.Ordinal);
    }

    [Fact]
    public void Es5TargetGetsNoArrowsOrConstFromTheBundler()
    {
        // The modules' own code has none either, so any arrow or const in the output would be the bundler's.
        var build = Expect(Files(
            ("src/index.js", "import def, * as ns from './star.js';\nexport * from './star.js';\nvar name = 'lazy';\n" +
                "import('./' + name).then(function (m) { console.log(m.default, def, ns.s); });\n"),
            ("src/star.js", "export var s = 2;\nexport default 3;\n"),
            ("src/lazy.js", "export default 'lazy';\n")),
            """{ "target": ["node", "es5"], "optimization": { "moduleIds": "named", "chunkIds": "named" } }""");
        foreach (var file in build.Output.Files)
        {
            var text = build.Output.ReadAllText(file);
            Assert.DoesNotContain("=>", text, StringComparison.Ordinal);
            Assert.DoesNotContain("const ", text, StringComparison.Ordinal);
        }
        var (code, output) = RunInNode(build.Output, Dist, "main.js");
        Assert.True(code == 0, output);
        Assert.Equal("lazy 3 2\n", output);
    }
}
