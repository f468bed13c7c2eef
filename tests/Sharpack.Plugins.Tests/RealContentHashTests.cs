// optimization.realContentHash (webpack's RealContentHashPlugin): a content hash in a name is
// computed again from the asset's final content, after processAssets changed it, and whatever
// names the asset (the runtime's chunk map) follows the new name.

using Sharpack.Core;
using Sharpack.Core.Hashing;
using Sharpack.Core.Hooks;
using Sharpack.Plugins.Tests.Snapshots;
using Sharpack.Sources;
using Xunit;

namespace Sharpack.Plugins.Tests;

public sealed class RealContentHashTests
{
    private static readonly Dictionary<string, string> s_files = new(StringComparer.Ordinal)
    {
        ["src/index.js"] = "import('./lazy.js').then((m) => console.log(m.default));\n",
        ["src/lazy.js"] = "export default 'lazy';\n",
    };

    private static (SnapshotBuild Build, Core.Options.SharpackOptions Options) Build(bool realContentHash)
    {
        Core.Options.SharpackOptions? options = null;
        var build = BundlerSnapshot.Build(s_files,
            $$"""{ "mode": "production", "target": "node", "entry": "./src/index.js", "output": { "filename": "main.[contenthash].js", "chunkFilename": "[name].[contenthash:12].js" }, "optimization": { "minimize": false, "chunkIds": "named", "realContentHash": {{(realContentHash ? "true" : "false")}} } }""",
            configure: compiler =>
            {
                options = compiler.Options;
                // Changes the lazy chunk after it was named, as a minimizer or a banner would.
                compiler.Hooks.Compilation.Tap("Edit", (compilation, _) =>
                    compilation.Hooks.ProcessAssets.Tap(new TapOptions("Edit") { Stage = Compilation.ProcessAssetsStageOptimize }, _ =>
                    {
                        foreach (var name in compilation.Assets.Keys.ToList())
                        {
                            if (name.StartsWith("src_lazy_js.", StringComparison.Ordinal))
                                compilation.UpdateAsset(name, source => new ConcatSource(source, "\n// edited\n"));
                        }
                    }));
            });
        Assert.Empty(build.Stats!.Errors);
        return (build, options!);
    }

    private static string Lazy(SnapshotBuild build) => build.Stats!.Assets.Single(a => a.Name.StartsWith("src_lazy_js.", StringComparison.Ordinal)).Name;

    private static string Text(SnapshotBuild build, string name) => System.Text.Encoding.UTF8.GetString(build.Output.ReadFile(BundlerSnapshot.Context + "/dist/" + name));

    [Fact]
    public void A_content_hash_in_a_name_is_the_hash_of_the_final_content()
    {
        var (build, options) = Build(realContentHash: true);
        var lazy = Lazy(build);
        var content = build.Output.ReadFile(BundlerSnapshot.Context + "/dist/" + lazy);
        Assert.EndsWith("// edited\n", System.Text.Encoding.UTF8.GetString(content), StringComparison.Ordinal);
        var hash = Hash.Create(options.Output);
        hash.Append(content);
        Assert.Equal("src_lazy_js." + hash.Digest(options.Output.HashDigest)[..12] + ".js", lazy);
        // The runtime names the renamed file, and the entry's own name follows its changed text.
        var main = build.Stats!.Assets.Single(a => a.Name.StartsWith("main.", StringComparison.Ordinal)).Name;
        Assert.Contains("\"" + lazy + "\"", Text(build, main), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_it_a_name_keeps_the_hash_of_the_rendered_content()
    {
        var (withIt, _) = Build(realContentHash: true);
        var (without, options) = Build(realContentHash: false);
        var lazy = Lazy(without);
        Assert.NotEqual(Lazy(withIt), lazy);
        var hash = Hash.Create(options.Output);
        hash.Append(without.Output.ReadFile(BundlerSnapshot.Context + "/dist/" + lazy));
        Assert.NotEqual("src_lazy_js." + hash.Digest(options.Output.HashDigest)[..12] + ".js", lazy);
    }
}
