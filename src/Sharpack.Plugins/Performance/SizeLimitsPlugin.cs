// Follows webpack lib/performance/SizeLimitsPlugin.js (webpack 5.112): after emit, assets over
// performance.maxAssetSize (each naming its three largest modules) and entrypoints whose files
// together exceed performance.maxEntrypointSize are reported; then, when nothing loads lazily, a
// recommendation to split, and where an oversized entrypoint's initial chunk carries a runtime
// that describes the other chunks, one to set optimization.runtimeChunk. hints says how:
// "warning", "error", or "stats" (only in the stats' hints). Source maps (development assets)
// count for nothing unless assetFilter says otherwise.

using System.Text;
using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.Options;
using Sharpack.Core.Runtime;
using Sharpack.Core.Stats;

namespace Sharpack.Plugins.Performance;

/// <summary>webpack's SizeLimitsPlugin.</summary>
public sealed class SizeLimitsPlugin(PerformanceOptions options)
{
    private const string Name = "SizeLimitsPlugin";

    // What webpack names of an oversized asset: enough to point at the culprit.
    private const int MaxReportedModules = 3;

    // Runtime globals whose code describes the other chunks: the chunk holding them changes whenever anything does.
    private static readonly RuntimeGlobals BuildWideGlobals = RuntimeGlobals.GetChunkScriptFilename | RuntimeGlobals.GetFullHash;

    /// <summary>Taps <paramref name="compiler"/>.</summary>
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        compiler.Hooks.AfterEmit.Tap(Name, Check);
    }

    private void Check(Compilation compilation)
    {
        if (options.Hints is not { } hints)
            return;
        var assetsOver = new List<(string Name, long Size, List<(string Name, long Size)>? Modules)>();
        foreach (var (name, asset) in compilation.Assets)
        {
            if (!Counts(name, asset))
                continue;
            var size = asset.Source.Size;
            if (size > options.MaxAssetSize)
                assetsOver.Add((name, size, null));
        }
        var entrypointsOver = new List<(string Name, long Size, List<string> Files)>();
        var withEmbeddedRuntime = new List<string>();
        foreach (var group in compilation.ChunkGroups)
        {
            if (!group.IsEntrypoint || group.IsAsyncEntrypoint || group.Name is not { } entryName)
                continue;
            long size = 0;
            var files = new List<string>();
            foreach (var file in EntrypointFiles(group))
            {
                if (compilation.GetAsset(file) is not { } asset || !Counts(file, asset))
                    continue;
                size += asset.Source.Size;
                files.Add(file);
            }
            if (size <= options.MaxEntrypointSize)
                continue;
            entrypointsOver.Add((entryName, size, files));
            if (HasEmbeddedRuntime(group))
                withEmbeddedRuntime.Add(entryName);
        }
        if (assetsOver.Count == 0 && entrypointsOver.Count == 0)
            return;
        var reports = new List<BuildDiagnostic>();
        if (assetsOver.Count > 0)
            reports.Add(Report(AssetsMessage(compilation, assetsOver)));
        if (entrypointsOver.Count > 0)
            reports.Add(Report(EntrypointsMessage(entrypointsOver)));
        var anyAsync = false;
        foreach (var chunk in compilation.Chunks)
        {
            if (!chunk.CanBeInitial)
            {
                anyAsync = true;
                break;
            }
        }
        if (!anyAsync)
        {
            reports.Add(Report("webpack performance recommendations: \nYou can limit the size of your bundles by using import() or require.ensure to lazy load some parts of your application.\n"
                + "For more info visit https://webpack.js.org/guides/code-splitting/"));
        }
        if (withEmbeddedRuntime.Count > 0)
        {
            reports.Add(Report("webpack performance recommendations: \nThe runtime is part of the initial chunk of " + string.Join(", ", withEmbeddedRuntime)
                + ". It describes every other chunk, so a change anywhere in the build rewrites these assets and clients download them again.\n"
                + "Set 'optimization.runtimeChunk' to emit the runtime as its own chunk.\nFor more info visit https://webpack.js.org/configuration/optimization/#optimizationruntimechunk"));
        }
        foreach (var report in reports)
            PerformanceHints.Report(compilation, hints, report);
    }

    private static BuildDiagnostic Report(string message) => new(message) { IsWarning = true, Inline = true };

    // webpack's default filter leaves development assets (source maps) out; assetFilter decides otherwise.
    private bool Counts(string name, Asset asset)
    {
        if (options.AssetFilter is not { } filter)
            return !asset.Info.Development;
        var info = new JsonObject { ["development"] = asset.Info.Development, ["immutable"] = asset.Info.Immutable, ["size"] = asset.Source.Size };
        return JsFunction.IsTruthy(filter.Call(name, new JsonObject { ["size"] = asset.Source.Size }, info));
    }

    // webpack's Entrypoint.getFiles: the files and auxiliary files of its chunks, each once.
    private static IEnumerable<string> EntrypointFiles(ChunkGroup group)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in group.Chunks)
        {
            foreach (var file in chunk.Files)
            {
                if (seen.Add(file)) yield return file;
            }
            foreach (var file in chunk.AuxiliaryFiles)
            {
                if (seen.Add(file)) yield return file;
            }
        }
    }

    // Whether the entrypoint's runtime shares a chunk with modules and describes the rest of the
    // build: only then does optimization.runtimeChunk win anything.
    private static bool HasEmbeddedRuntime(ChunkGroup entrypoint) =>
        entrypoint.RuntimeChunk is { } runtimeChunk && runtimeChunk.Modules.Count > 0
        && runtimeChunk.RuntimeRequirements.HasAny(BuildWideGlobals);

    private static string AssetsMessage(Compilation compilation, List<(string Name, long Size, List<(string Name, long Size)>? Modules)> assets)
    {
        // The largest modules of each oversized asset, when one chunk alone emits it as its only file.
        var chunksByFile = new Dictionary<string, List<Chunk>>(StringComparer.Ordinal);
        foreach (var chunk in compilation.Chunks)
        {
            if (chunk.Files.Count != 1)
                continue;
            if (!chunksByFile.TryGetValue(chunk.Files[0], out var list))
                chunksByFile[chunk.Files[0]] = list = [];
            list.Add(chunk);
        }
        var builder = new StringBuilder("asset size limit: The following asset(s) exceed the recommended size limit (")
            .Append(PerformanceHints.FormatSize(compilation.Options.Performance!.MaxAssetSize)).Append(").\nThis can impact web performance.\nAssets: ");
        foreach (var (name, size, _) in assets)
        {
            builder.Append("\n  ").Append(name).Append(" (").Append(PerformanceHints.FormatSize(size)).Append(')');
            if (!chunksByFile.TryGetValue(name, out var chunks))
                continue;
            var seen = new HashSet<Core.ModuleGraph.Module>();
            var modules = new List<(string Name, long Size)>();
            foreach (var chunk in chunks)
            {
                foreach (var module in chunk.Modules)
                {
                    if (seen.Add(module))
                        modules.Add((module.ReadableName, module.Size));
                }
            }
            if (modules.Count == 0)
                continue;
            // Ties break by name: which modules finish first is not stable.
            modules.Sort(static (a, b) => a.Size != b.Size ? b.Size.CompareTo(a.Size) : string.CompareOrdinal(a.Name, b.Name));
            builder.Append("\n    Largest modules: ");
            for (var i = 0; i < Math.Min(MaxReportedModules, modules.Count); i++)
            {
                if (i > 0) builder.Append(", ");
                builder.Append(modules[i].Name).Append(" (").Append(PerformanceHints.FormatSize(modules[i].Size)).Append(')');
            }
        }
        return builder.ToString();
    }

    private string EntrypointsMessage(List<(string Name, long Size, List<string> Files)> entrypoints)
    {
        var builder = new StringBuilder("entrypoint size limit: The following entrypoint(s) combined asset size exceeds the recommended limit (")
            .Append(PerformanceHints.FormatSize(options.MaxEntrypointSize)).Append("). This can impact web performance.\nEntrypoints:");
        foreach (var (name, size, files) in entrypoints)
        {
            builder.Append("\n  ").Append(name).Append(" (").Append(PerformanceHints.FormatSize(size)).Append(")\n");
            for (var i = 0; i < files.Count; i++)
            {
                if (i > 0) builder.Append('\n');
                builder.Append("      ").Append(files[i]);
            }
        }
        return builder.Append('\n').ToString();
    }
}
