// optimization.moduleIds "size" and chunkIds "size" / "total-size" (webpack's Occurrence*IdsPlugin)
// and the deprecated moduleIds "hashed". The expected ids are webpack 5.112's for the same project:
// modules util 0, v 1, index 2, a 3, b 4, lazy1 5, lazy2 6, shared 7; chunks "size" main 2 (the
// async ones, loaded from the initial group, first), "total-size" main 0 (a named chunk first).

using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.Options;
using Xunit;

namespace Sharpack.Plugins.Tests.Ids;

public sealed class OccurrenceIdsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-occurrence-ids-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text) => File.WriteAllText(Path.Combine(_root, relative), text);

    private (Compilation Compilation, NormalizedOptions Options) Build(string moduleIds, string chunkIds)
    {
        Write("index.js", "import a from './a'; import b from './b';\nconsole.log(a, b);\nimport('./lazy1').then((m) => console.log(m.default));\nimport('./lazy2').then((m) => console.log(m.default));\n");
        Write("a.js", "import u from './util'; export default 'a' + u;\n");
        Write("b.js", "import u from './util'; import v from './v'; export default 'b' + u + v;\n");
        Write("util.js", "export default 'u';\n");
        Write("v.js", "export default 'v';\n");
        Write("lazy1.js", "import u from './util'; import s from './shared'; export default 'l1' + u + s;\n");
        Write("lazy2.js", "import s from './shared'; import v from './v'; export default 'l2' + s + v;\n");
        Write("shared.js", "export default 's';\n");
        var result = OptionsNormalizer.Normalize(JsonNode.Parse($$"""{ "mode": "development", "devtool": false, "target": "node", "entry": "./index.js", "optimization": { "moduleIds": "{{moduleIds}}", "chunkIds": "{{chunkIds}}" } }"""), new OptionsOverrides(), _root);
        Assert.True(result.Success, result.Success ? "" : result.FormatErrors());
        Compilation? seen = null;
        var compiler = SharpackPlugins.CreateCompiler(result.Options!);
        compiler.Hooks.Compilation.Tap("test", (compilation, _) => seen = compilation);
        Assert.Empty(compiler.Run().Errors);
        var (code, output) = TestPaths.RunNode(Path.Combine(_root, "dist"), "main.js");
        Assert.True(code == 0, output);
        Assert.Equal("au buv\nl1us\nl2sv\n", string.Join('\n', output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)) + "\n");
        return (seen!, result);
    }

    private static string ModuleIds(Compilation compilation) =>
        string.Join(' ', compilation.Graph.Modules.OrderBy(m => int.Parse(m.Id, System.Globalization.CultureInfo.InvariantCulture)).Select(m => m.ReadableName[2..^3]));

    [Fact]
    public void Size_orders_modules_and_chunks_as_webpack()
    {
        var (compilation, _) = Build("size", "size");
        Assert.Equal("util v index a b lazy1 lazy2 shared", ModuleIds(compilation));
        Assert.Equal("2", compilation.Chunks.Single(c => c.Name == "main").Id);
        Assert.Equal(["0", "1", "2"], compilation.Chunks.Select(c => c.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Total_size_puts_the_named_chunk_first()
    {
        var (compilation, _) = Build("size", "total-size");
        Assert.Equal("0", compilation.Chunks.Single(c => c.Name == "main").Id);
        Assert.True(File.Exists(Path.Combine(_root, "dist", "1.js")) && File.Exists(Path.Combine(_root, "dist", "2.js")));
    }

    [Fact]
    public void Hashed_module_ids_are_deprecated_with_webpacks_warning()
    {
        var (compilation, options) = Build("hashed", "natural");
        Assert.Contains("The value 'hashed' for option 'optimization.moduleIds' is deprecated. Use 'deterministic' instead.", string.Join('\n', options.Warnings), StringComparison.Ordinal);
        Assert.All(compilation.Graph.Modules, m => Assert.Equal(4, m.Id.Length));
    }
}
