// The paths a chunk uses to reach another chunk's file: webpack's getUndoPath (its own unit
// cases) and getRelativePath, as CommonJS and ES module entry chunks use them to load their
// runtime chunk, for entry names with folders and with a leading "/".

using Sharpack.Core.CodeGeneration;
using Sharpack.Plugins.JavaScript;
using Sharpack.Plugins.Runtime;
using Sharpack.Plugins.Tests.Snapshots;
using Xunit;

namespace Sharpack.Plugins.Tests;

public sealed class ChunkRelativePathTests
{
    // webpack test/identifier.unittest.js, "getUndoPath".
    [Theory]
    [InlineData("file.js", "", false)]
    [InlineData("file.js", "./", true)]
    [InlineData("dir/file.js", "../", false)]
    [InlineData("dir/file.js", "../", true)]
    [InlineData("./file.js", "", false)]
    [InlineData(".dir/file.js", "../", false)]
    [InlineData("./dir/file.js", "../", false)]
    [InlineData("./dir/././file.js", "../", false)]
    [InlineData("./dir/../file.js", "", false)]
    [InlineData("./dir/../file.js", "./", true)]
    [InlineData("../file.js", "d/", false)]
    [InlineData("../file.js", "./d/", true)]
    [InlineData("../dir/file.js", "../d/", false)]
    [InlineData(".././../dir/file.js", "../c/d/", false)]
    [InlineData("./.././../dir/file.js", "../c/d/", false)]
    [InlineData("../dir/../file.js", "d/", false)]
    [InlineData("../dir/../file.js", "./d/", true)]
    public void UndoPathAsWebpacks(string filename, string expected, bool enforceRelative)
    {
        foreach (var outputPath in new[] { "/a/b/c/d", "C:\\a\\b\\c\\d", "/a/b/c/d/", "C:\\a\\b\\c\\d\\" })
            Assert.Equal(expected, Sharpack.Core.Seal.UndoPath.Of(filename, outputPath, enforceRelative));
    }

    [Theory]
    [InlineData("one.js", "runtime.js", "./runtime.js")]
    [InlineData("dir2/two.js", "runtime.js", "../runtime.js")]
    [InlineData("/three.js", "runtime.js", "./runtime.js")]
    [InlineData("/dir5/dir6/five.js", "runtime.js", "../../runtime.js")]
    [InlineData("/dir5/dir6/five.js", "dir5/other.js", "../other.js")]
    [InlineData("dir2/two.js", "dir2/two.js", "./two.js")]
    [InlineData("/three.js", "/three.js", "./three.js")]
    public void RelativeRequestAsWebpacksGetRelativePath(string from, string to, string expected) =>
        Assert.Equal(expected, StartupHelpers.RelativeRequest(from, to));

    [Theory]
    [InlineData("js", false)]
    [InlineData("mjs", true)]
    public void EntriesNamedWithFoldersOrASlashLoadTheirRuntimeChunk(string extension, bool module)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["src/one.js"] = "console.log('one');\n",
            ["src/two.js"] = "console.log('two');\n",
            ["src/three.js"] = "console.log('three');\n",
            ["src/five.js"] = "console.log('five');\n",
        };
        var moduleOptions = module ? """, "module": true }, "experiments": { "outputModule": true }""" : " }";
        var build = BundlerSnapshot.Build(files,
            $$"""{ "target": "node", "entry": { "one": "./src/one.js", "dir2/two": "./src/two.js", "/three": "./src/three.js", "/dir5/dir6/five": "./src/five.js" }, "optimization": { "runtimeChunk": "single" }, "output": { "filename": "[name].{{extension}}"{{moduleOptions}} }""");
        Assert.Empty(build.Stats!.Errors);
        foreach (var (name, text) in new[] { ("one", "one"), ("dir2/two", "two"), ("three", "three"), ("dir5/dir6/five", "five") })
        {
            var (code, output) = BundlerSnapshot.RunInNode(build.Output, BundlerSnapshot.Context + "/dist", $"{name}.{extension}");
            Assert.True(code == 0, output);
            Assert.Equal(text + "\n", output);
        }
    }

    // webpack 5.112's analyzable ES module output: import() of a chunk is a literal another bundler
    // can follow, read from the importing chunk: the path back to the output root, then the public
    // path unless it reaches the same place from anywhere ("/…", a URL).
    [Theory]
    [InlineData("auto", "\"../async/src_chunk_js.mjs\"")]
    [InlineData("https://example.com/public/", "\"https://example.com/public/async/src_chunk_js.mjs\"")]
    [InlineData("/assets/", "\"/assets/async/src_chunk_js.mjs\"")]
    [InlineData("", "\"../async/src_chunk_js.mjs\"")]
    [InlineData("./", "\"../async/src_chunk_js.mjs\"")]
    [InlineData("cdn/", "\"../cdn/async/src_chunk_js.mjs\"")]
    public void Es_module_import_of_a_chunk_is_a_literal_read_from_the_importing_chunk(string publicPath, string specifier)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["src/index.js"] = "import('./chunk.js').then(m => console.log(m.default));\n",
            ["src/chunk.js"] = "export default 42;\n",
        };
        var build = BundlerSnapshot.Build(files,
            $$"""{ "target": "web", "devtool": false, "entry": "./src/index.js", "experiments": { "outputModule": true }, "output": { "module": true, "publicPath": "{{publicPath}}", "filename": "initial/[name].mjs", "chunkFilename": "async/[id].mjs" }, "optimization": { "chunkIds": "named" } }""");
        Assert.Empty(build.Stats!.Errors);
        var main = System.Text.Encoding.UTF8.GetString(build.Output.ReadFile(BundlerSnapshot.Context + "/dist/initial/main.mjs"));
        Assert.Contains("__webpack_require__.ei(\"src_chunk_js\", () => import(/*! import() */ " + specifier + "))", main, StringComparison.Ordinal);
        Assert.DoesNotContain("__webpack_require__.e(", main, StringComparison.Ordinal);
        Assert.DoesNotContain("__webpack_require__.f.j", main, StringComparison.Ordinal);
        Assert.DoesNotContain("__webpack_require__.p = ", main, StringComparison.Ordinal);
    }

    // webpack's ModuleChunkLoadingRuntimeModule chunkImportBase, where a chunk cannot be named by a
    // literal (the importing chunk is named by its content, which nothing repairs after the name is
    // filled in): import() loads it from the public path unless it is "auto"; a bare relative one is
    // placed against the output root.
    [Theory]
    [InlineData("auto", "import(\"../\" + __webpack_require__.u(chunkId))", false)]
    [InlineData("https://example.com/public/", "import(__webpack_require__.p + __webpack_require__.u(chunkId))", true)]
    [InlineData("/assets/", "import(__webpack_require__.p + __webpack_require__.u(chunkId))", true)]
    [InlineData("", "import(\"../\" + __webpack_require__.p + __webpack_require__.u(chunkId))", true)]
    public void Es_module_chunk_loading_imports_chunks_from_the_public_path(string publicPath, string expected, bool readsPublicPath)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["src/index.js"] = "import('./chunk.js').then(m => console.log(m.default));\n",
            ["src/chunk.js"] = "export default 42;\n",
        };
        var build = BundlerSnapshot.Build(files,
            $$"""{ "target": "web", "devtool": false, "entry": "./src/index.js", "experiments": { "outputModule": true }, "output": { "module": true, "publicPath": "{{publicPath}}", "filename": "initial/main.[contenthash].mjs", "chunkFilename": "async/[id].[contenthash].mjs" }, "optimization": { "realContentHash": false } }""");
        Assert.Empty(build.Stats!.Errors);
        var file = build.Stats.Assets.First(a => a.Name.StartsWith("initial/main.", StringComparison.Ordinal)).Name;
        var main = System.Text.Encoding.UTF8.GetString(build.Output.ReadFile(BundlerSnapshot.Context + "/dist/" + file));
        Assert.Contains(expected, main, StringComparison.Ordinal);
        Assert.DoesNotContain("__webpack_require__.ei(", main, StringComparison.Ordinal);
        Assert.Equal(readsPublicPath, main.Contains("__webpack_require__.p = ", StringComparison.Ordinal));
        Assert.Contains("Analyzable ESM bailout: " + AnalyzableReferences.DeferBailout, build.Stats.Modules.First(m => m.Name == "./src/index.js").OptimizationBailout);
    }

    [Fact]
    public void Es_module_chunk_loading_calls_output_import_function_name()
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["src/index.js"] = "import('./chunk.js').then(m => console.log(m.default));\n",
            ["src/chunk.js"] = "export default 42;\n",
        };
        var build = BundlerSnapshot.Build(files,
            """{ "target": "web", "devtool": false, "entry": "./src/index.js", "experiments": { "outputModule": true }, "output": { "module": true, "importFunctionName": "__import__" } }""");
        Assert.Empty(build.Stats!.Errors);
        var main = System.Text.Encoding.UTF8.GetString(build.Output.ReadFile(BundlerSnapshot.Context + "/dist/main.mjs"));
        Assert.Contains("var promise = __import__(\"./\" + __webpack_require__.u(chunkId))", main, StringComparison.Ordinal);
    }
}
