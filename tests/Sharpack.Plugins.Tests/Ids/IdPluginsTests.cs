// Module and chunk ids come from the plugin optimization.moduleIds/chunkIds choose; an id set
// before by another plugin (a user's, on the same hooks) is kept and not given twice.

using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.Options;
using Xunit;

namespace Sharpack.Plugins.Tests.Ids;

public sealed class IdPluginsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sharpack-ids-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private sealed class FixedIds : IPlugin
    {
        public void Apply(Compiler compiler) =>
            compiler.Hooks.Compilation.Tap("FixedIds", (compilation, _) =>
            {
                compilation.Hooks.ModuleIds.Tap("FixedIds", modules =>
                {
                    foreach (var module in modules)
                    {
                        if (module.ReadableName == "./index.js") compilation.ChunkGraph.SetModuleId(module, "0");
                    }
                });
                compilation.Hooks.ChunkIds.Tap("FixedIds", chunks =>
                {
                    foreach (var chunk in chunks)
                    {
                        if (chunk.Name == "main") chunk.Id = "entry";
                    }
                });
            });
    }

    [Theory]
    [InlineData("natural")]
    [InlineData("named")]
    [InlineData("deterministic")]
    public void Ids_set_by_an_earlier_plugin_are_kept_and_the_bundle_runs(string ids)
    {
        File.WriteAllText(Path.Combine(_root, "index.js"), "import { a } from './a.js'; import('./lazy.js').then(m => console.log(a + m.b));");
        File.WriteAllText(Path.Combine(_root, "a.js"), "export const a = 1;");
        File.WriteAllText(Path.Combine(_root, "lazy.js"), "export const b = 2;");
        var result = OptionsNormalizer.Normalize(JsonNode.Parse($$"""{ "mode": "development", "target": "node", "entry": "./index.js", "optimization": { "moduleIds": "{{ids}}", "chunkIds": "{{ids}}" } }"""), new OptionsOverrides(), _root);
        Assert.True(result.Success);
        Compilation? seen = null;
        var compiler = SharpackPlugins.CreateCompiler(result.Options!, [new FixedIds()]);
        compiler.Hooks.Compilation.Tap("test", (compilation, _) => seen = compilation);
        Assert.Empty(compiler.Run().Errors);
        var modules = seen!.Graph.Modules;
        Assert.Equal("0", modules.Single(m => m.ReadableName == "./index.js").Id);
        Assert.Equal(modules.Count, modules.Select(m => m.Id).Distinct().Count());
        Assert.All(modules, m => Assert.NotEqual("", m.Id));
        if (ids == "named") Assert.Equal("./a.js", modules.Single(m => m.ReadableName == "./a.js").Id);
        Assert.Equal("entry", seen.Chunks.Single(c => c.Name == "main").Id);
        Assert.True(File.Exists(Path.Combine(_root, "dist", "main.js")));
        var (code, output) = TestPaths.RunNode(Path.Combine(_root, "dist"), "main.js");
        Assert.True(code == 0, output);
        Assert.Equal("3\n", output);
    }
}
