// Follows webpack lib/HotModuleReplacementPlugin.js. Code: module.hot and import.meta.webpackHot
// become the module's hot object (accept/decline requests become module ids; an ES module's accept
// callback imports the accepted modules again first), and every runtime gets the HMR runtime and its
// chunk loading's update handlers. Output: after a build, each module's hash per chunk is kept (webpack's
// records, in memory for the compiler); the next build emits, for each chunk of the previous one
// whose modules or runtime modules changed, an update chunk ([id].[fullhash].hot-update.js, the hash
// being the one updated from) and, per runtime, a manifest ([runtime].[fullhash].hot-update.json:
// updated chunks "c", removed chunks "r", removed modules "m", chunks to force-load "f"). A build
// with errors (written by optimization.emitOnErrors) updates nothing: the page keeps running the last
// good build, and the fix updates from there.

using System.Runtime.CompilerServices;
using System.Text;
using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Hooks;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.JavaScript.Ast;
using Sharpack.Plugins.JavaScript;
using Sharpack.Plugins.JavaScript.Dependencies.Hmr;
using Sharpack.Sources;

namespace Sharpack.Plugins.Hmr;

/// <summary>webpack's HotModuleReplacementPlugin.</summary>
public sealed class HotModuleReplacementPlugin : IPlugin
{
    private const string Name = "HotModuleReplacementPlugin";

    // What the last build of each compiler left for the next (webpack keeps it in compiler.records).
    private static readonly ConditionalWeakTable<Compiler, StrongBox<Records?>> s_records = [];

    /// <summary>What a build left: its hash, and per chunk its runtime, its module ids and each module's hash.</summary>
    private sealed class Records
    {
        public string Hash = "";
        public int HotIndex;
        public readonly Dictionary<string, string> ChunkModuleHashes = new(StringComparer.Ordinal);
        public readonly Dictionary<string, string> RuntimeModuleHashes = new(StringComparer.Ordinal);
        public readonly Dictionary<string, RuntimeSpec?> ChunkRuntime = new(StringComparer.Ordinal);
        public readonly Dictionary<string, List<string>> ChunkModuleIds = new(StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        TapParser(JavascriptParserHooks.For(compiler));
        var records = s_records.GetValue(compiler, static _ => new StrongBox<Records?>());
        compiler.Hooks.ThisCompilation.Tap(Name, (compilation, _) => TapCompilation(compilation, records));
    }

    // ---- Parsing ----

    private static void TapParser(JavascriptParserHooks hooks)
    {
        // Before CommonJsExportsParserPlugin and ImportMetaPlugin, whose answers are for builds without HMR.
        var beforeCommonJs = new TapOptions(Name) { Before = ["CommonJsExportsParserPlugin"] };
        var beforeImportMeta = new TapOptions(Name) { Before = ["ImportMetaPlugin"] };
        hooks.EvaluateIdentifier.For("module.hot").Tap(beforeCommonJs, static (parser, node) =>
            ModuleHotApplies(parser) ? BasicEvaluatedExpression.OfIdentifier("module.hot", node.Start, node.End, truthy: true) : null);
        hooks.Expression.For("module.hot").Tap(beforeCommonJs, static (parser, node) =>
            ModuleHotApplies(parser) ? HotObject(parser, node) : null);
        hooks.Call.For("module.hot.accept").Tap(beforeCommonJs, static (parser, call) =>
            ModuleHotApplies(parser) ? Accept(parser, call, "module.hot.accept", esmCategory: false) : null);
        hooks.Call.For("module.hot.decline").Tap(beforeCommonJs, static (parser, call) =>
            ModuleHotApplies(parser) ? Decline(parser, call, "module.hot.decline", esmCategory: false) : null);

        hooks.EvaluateIdentifier.For("import.meta.webpackHot").Tap(beforeImportMeta, static (parser, node) =>
            ImportMetaHotApplies(parser) ? BasicEvaluatedExpression.OfIdentifier("import.meta.webpackHot", node.Start, node.End, truthy: true) : null);
        hooks.Expression.For("import.meta.webpackHot").Tap(beforeImportMeta, static (parser, node) =>
            ImportMetaHotApplies(parser) ? HotObject(parser, node) : null);
        hooks.Call.For("import.meta.webpackHot.accept").Tap(beforeImportMeta, static (parser, call) =>
            ImportMetaHotApplies(parser) ? Accept(parser, call, "import.meta.webpackHot.accept", esmCategory: true) : null);
        hooks.Call.For("import.meta.webpackHot.decline").Tap(beforeImportMeta, static (parser, call) =>
            ImportMetaHotApplies(parser) ? Decline(parser, call, "import.meta.webpackHot.decline", esmCategory: true) : null);
    }

    // webpack applies module.hot to javascript/auto and javascript/dynamic modules.
    private static bool ModuleHotApplies(JavascriptParser parser) => parser.Module.Type != "javascript/esm";

    // …and import.meta.webpackHot to javascript/auto and javascript/esm ones, where import.meta.webpackHot is on.
    private static bool ImportMetaHotApplies(JavascriptParser parser) =>
        parser.Module.Type != "javascript/dynamic" && parser.ParserOptions.IsImportMetaFieldEnabled("webpackHot");

    private static void UsesHot(JavascriptParser parser, int start, int end, string member)
    {
        parser.Replace(start, end, parser.Result.ModuleArgument + ".hot" + member, RuntimeGlobals.Module);
        parser.Result.ConcatenationBailout ??= "Hot Module Replacement";
    }

    private static bool? HotObject(JavascriptParser parser, Node node)
    {
        UsesHot(parser, node.Start, node.End, "");
        return true;
    }

    // The string requests of accept's or decline's first argument (a string, or an array's strings).
    private static List<BasicEvaluatedExpression> Requests(JavascriptParser parser, Node argument)
    {
        var evaluated = parser.EvaluateExpression(argument);
        var requests = new List<BasicEvaluatedExpression>();
        if (evaluated is null)
            return requests;
        if (evaluated.IsString)
        {
            requests.Add(evaluated);
        }
        else if (evaluated.Kind == EvaluatedKind.Array && evaluated.Items is { } items)
        {
            foreach (var item in items)
            {
                if (item.IsString)
                    requests.Add(item);
            }
        }
        return requests;
    }

    private static bool? Accept(JavascriptParser parser, CallExpression call, string typeName, bool esmCategory)
    {
        UsesHot(parser, call.Callee.Start, call.Callee.End, ".accept");
        var requests = call.Arguments.Length >= 1 ? Requests(parser, call.Arguments[0]) : [];
        if (requests.Count == 0)
        {
            foreach (var argument in call.Arguments)
                parser.Walk(argument);
            return true;
        }
        var imports = new List<HotAcceptImportDependency>(requests.Count);
        foreach (var request in requests)
        {
            parser.AddDependency(new ModuleHotDependency(request.String!, typeName, esmCategory) { Start = request.Start, End = request.End });
            // webpack's HarmonyImportDependencyParserPlugin on hotAcceptCallback and hotAcceptWithoutCallback.
            if (parser.Result.IsEsm)
            {
                var import = new HotAcceptImportDependency(request.String!, AcceptImportOrder + imports.Count) { Start = call.Start, End = call.Start };
                parser.AddDependency(import);
                imports.Add(import);
            }
        }
        var hasCallback = call.Arguments.Length > 1;
        if (imports.Count > 0)
        {
            var range = hasCallback ? call.Arguments[1] : call;
            parser.AddDependency(new HotAcceptDependency(imports, hasCallback) { Start = range.Start, End = range.End });
        }
        for (var i = 1; i < call.Arguments.Length; i++)
            parser.Walk(call.Arguments[i]);
        return true;
    }

    // Where the imports of accepted modules go among a module's import statements: after them.
    private const int AcceptImportOrder = 1 << 20;

    private static bool? Decline(JavascriptParser parser, CallExpression call, string typeName, bool esmCategory)
    {
        UsesHot(parser, call.Callee.Start, call.Callee.End, ".decline");
        if (call.Arguments.Length == 1)
        {
            foreach (var request in Requests(parser, call.Arguments[0]))
                parser.AddDependency(new ModuleHotDependency(request.String!, typeName, esmCategory) { Start = request.Start, End = request.End });
        }
        return true;
    }

    // ---- Output ----

    private static void TapCompilation(Compilation compilation, StrongBox<Records?> box)
    {
        compilation.HotModuleReplacement = true;
        var hooks = compilation.Hooks;
        hooks.AdditionalTreeRuntimeRequirements.Tap(Name, static (requirements, _) =>
            requirements | RuntimeGlobals.HmrDownloadManifest | RuntimeGlobals.HmrDownloadUpdateHandlers
            | RuntimeGlobals.InterceptModuleExecution | RuntimeGlobals.ModuleCache);
        hooks.RuntimeRequirementInTree.For(RuntimeGlobalNames.Of(RuntimeGlobals.InterceptModuleExecution)).Tap(Name, (chunk, _) =>
        {
            compilation.AddRuntimeModule(chunk, new HotModuleReplacementRuntimeModule());
            return true;
        });
        hooks.RuntimeRequirementInTree.For(RuntimeGlobalNames.Of(RuntimeGlobals.GetUpdateManifestFilename)).Tap(Name, (chunk, _) =>
        {
            compilation.AddRuntimeModule(chunk, new HotUpdateFilenameRuntimeModule(manifest: true));
            return true;
        });
        hooks.RuntimeRequirementInTree.For(RuntimeGlobalNames.Of(RuntimeGlobals.GetChunkUpdateScriptFilename)).Tap(Name, (chunk, _) =>
        {
            compilation.AddRuntimeModule(chunk, new HotUpdateFilenameRuntimeModule(manifest: false));
            return true;
        });

        var previous = box.Value;
        var current = new Records();
        var updated = new HashSet<(Module, Chunk)>();
        // The module hashes are known when the full hash is made: a build that updates modules counts one
        // more update (hotIndex), so its hash differs from any earlier build's with the same output.
        hooks.FullHash.Tap(Name, hash =>
        {
            var chunkGraph = compilation.ChunkGraph;
            foreach (var chunk in compilation.Chunks)
            {
                foreach (var module in chunk.Modules)
                {
                    if (!chunkGraph.HasModuleHashes(module))
                        continue;
                    var key = chunk.Id + "|" + module.Identifier;
                    var moduleHash = chunkGraph.GetModuleHash(module);
                    if (previous is not null && previous.ChunkModuleHashes.GetValueOrDefault(key) != moduleHash)
                        updated.Add((module, chunk));
                    current.ChunkModuleHashes[key] = moduleHash;
                }
            }
            current.HotIndex = (previous?.HotIndex ?? 0) + (updated.Count > 0 ? 1 : 0);
            hash.Append(current.HotIndex.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
        hooks.ProcessAssets.Tap(new TapOptions(Name) { Stage = Compilation.ProcessAssetsStageAdditional }, _ =>
        {
            // A build with errors is no state a page updates to: the next good build updates from the last good one.
            if (compilation.Errors.Count > 0)
                return;
            Record(compilation, current);
            if (previous is not null && previous.Hash != compilation.Hash)
                EmitUpdates(compilation, previous, current, updated);
            box.Value = current;
        });
    }

    private static void Record(Compilation compilation, Records current)
    {
        current.Hash = compilation.Hash;
        foreach (var chunk in compilation.Chunks)
        {
            current.ChunkRuntime[chunk.Id] = chunk.Runtime;
            var ids = new List<string>(chunk.Modules.Count);
            foreach (var module in chunk.Modules)
            {
                if (module.Id.Length > 0)
                    ids.Add(module.Id);
            }
            ids.Sort(StringComparer.Ordinal);
            current.ChunkModuleIds[chunk.Id] = ids;
            if (chunk.RuntimeModules.Count == 0)
                continue;
            var context = new RuntimeTemplateContext(compilation.Options, compilation.Hash, chunk) { Analyzable = compilation.Analyzable };
            foreach (var runtimeModule in chunk.RuntimeModules)
                current.RuntimeModuleHashes[chunk.Id + "|" + runtimeModule.Name] = Sharpack.Core.Hashing.XxHash64.ToHex(Sharpack.Core.Hashing.XxHash64.Hash(Encoding.UTF8.GetBytes(runtimeModule.Generate(context))));
        }
    }

    // One manifest's content (webpack's hotUpdateMainContentByRuntime item).
    private sealed class Manifest(string filename)
    {
        public readonly string Filename = filename;
        public readonly List<string> UpdatedChunks = [];
        public readonly List<string> RemovedChunks = [];
        public readonly List<string> RemovedModules = [];
        public readonly List<string> ForceLoadChunks = [];
    }

    private static void EmitUpdates(Compilation compilation, Records previous, Records current, HashSet<(Module, Chunk)> updated)
    {
        var options = compilation.Options;
        var chunkGraph = compilation.ChunkGraph;
        RuntimeSpec? allOldRuntime = null;
        foreach (var (_, runtime) in previous.ChunkRuntime)
            allOldRuntime = RuntimeSpec.Merge(allOldRuntime, runtime);
        var manifests = new Dictionary<string, Manifest>(StringComparer.Ordinal);
        foreach (var runtime in Names(allOldRuntime))
            manifests[runtime] = new Manifest(FilePath(options.Output.HotUpdateMainFilename, previous.Hash, null, runtime));
        if (manifests.Count == 0)
            return;

        var byId = new Dictionary<string, Module>(StringComparer.Ordinal);
        foreach (var module in compilation.Graph.Modules)
        {
            if (module.Id.Length > 0)
                byId.TryAdd(module.Id, module);
        }
        var chunksById = new Dictionary<string, Chunk>(StringComparer.Ordinal);
        foreach (var chunk in compilation.Chunks)
            chunksById.TryAdd(chunk.Id, chunk);
        var completelyRemoved = new List<string>();
        var renderer = compilation.Compiler.ChunkRenderer as JavascriptModulesPlugin;
        var generation = new CodeGenerationContext(options, compilation.Graph) { ChunkGraph = chunkGraph, Analyzable = compilation.Analyzable };
        var renderContext = new ChunkRenderContext(generation, compilation.CodeGenerationResults, compilation.Hash) { UseSourceMap = compilation.UseSourceMap };

        foreach (var (chunkId, oldRuntime) in previous.ChunkRuntime)
        {
            var remaining = new List<Module>();
            foreach (var id in previous.ChunkModuleIds.GetValueOrDefault(chunkId) ?? [])
            {
                if (byId.TryGetValue(id, out var module))
                    remaining.Add(module);
                else if (!completelyRemoved.Contains(id))
                    completelyRemoved.Add(id);
            }
            List<Module>? newModules = null;
            List<RuntimeModule>? newRuntimeModules = null;
            RuntimeSpec? newRuntime;
            RuntimeSpec? removedFromRuntime;
            if (chunksById.TryGetValue(chunkId, out var currentChunk))
            {
                newRuntime = RuntimeSpec.Intersect(currentChunk.Runtime, allOldRuntime);
                if (newRuntime is null)
                    continue;
                foreach (var module in currentChunk.Modules)
                {
                    if (updated.Contains((module, currentChunk)))
                        (newModules ??= []).Add(module);
                }
                foreach (var runtimeModule in currentChunk.RuntimeModules)
                {
                    var key = chunkId + "|" + runtimeModule.Name;
                    if (previous.RuntimeModuleHashes.GetValueOrDefault(key) != current.RuntimeModuleHashes.GetValueOrDefault(key))
                        (newRuntimeModules ??= []).Add(runtimeModule);
                }
                removedFromRuntime = RuntimeSpec.Subtract(oldRuntime, newRuntime);
            }
            else
            {
                // The chunk is gone.
                removedFromRuntime = oldRuntime;
                newRuntime = oldRuntime;
            }
            if (removedFromRuntime is not null)
            {
                foreach (var runtime in Names(removedFromRuntime))
                {
                    if (manifests.TryGetValue(runtime, out var manifest))
                        manifest.RemovedChunks.Add(chunkId);
                }
                // Its modules leave those runtimes, unless another chunk keeps them there: that chunk is loaded.
                foreach (var module in remaining)
                {
                    var chunks = chunkGraph.GetModuleChunks(module);
                    foreach (var runtime in Names(removedFromRuntime))
                    {
                        if (!manifests.TryGetValue(runtime, out var manifest))
                            continue;
                        Chunk? keeper = null;
                        foreach (var chunk in chunks)
                        {
                            if (chunk.Runtime?.Contains(runtime) == true)
                            {
                                keeper = chunk;
                                break;
                            }
                        }
                        if (keeper is not null)
                        {
                            if (!manifest.ForceLoadChunks.Contains(keeper.Id))
                                manifest.ForceLoadChunks.Add(keeper.Id);
                        }
                        else if (!manifest.RemovedModules.Contains(module.Id))
                        {
                            manifest.RemovedModules.Add(module.Id);
                        }
                    }
                }
            }
            if (newModules is null && newRuntimeModules is null)
                continue;
            if (renderer is null)
                continue;
            var updateChunk = new Chunk(currentChunk?.Name) { Id = chunkId, Runtime = currentChunk?.Runtime ?? newRuntime };
            var (modulesSource, runtimeSource) = renderer.RenderHotUpdate(updateChunk, newModules ?? [], newRuntimeModules ?? [], renderContext);
            var filename = FilePath(options.Output.HotUpdateChunkFilename, previous.Hash, chunkId, Names(newRuntime).FirstOrDefault() ?? "");
            compilation.EmitAsset(filename, UpdateChunkSource(options, chunkId, modulesSource, runtimeSource), new AssetInfo { HotModuleReplacement = true });
            foreach (var runtime in Names(newRuntime))
            {
                if (manifests.TryGetValue(runtime, out var manifest) && !manifest.UpdatedChunks.Contains(chunkId))
                    manifest.UpdatedChunks.Add(chunkId);
            }
        }

        // Manifests that share a file name (hotUpdateMainFilename without [runtime]) are merged, with a warning when they differ.
        var byFile = new Dictionary<string, Manifest>(StringComparer.Ordinal);
        foreach (var (_, manifest) in manifests)
        {
            if (byFile.TryGetValue(manifest.Filename, out var first))
            {
                if (!SameContent(first, manifest))
                {
                    compilation.Warnings.Add(new Sharpack.Core.Stats.BuildDiagnostic("HotModuleReplacementPlugin\nThe configured output.hotUpdateMainFilename doesn't lead to unique filenames per runtime and HMR update differs between runtimes.\n"
                        + "This might lead to incorrect runtime behavior of the applied update.\nTo fix this, make sure to include [runtime] in the output.hotUpdateMainFilename option, or use the default config.")
                    { IsWarning = true });
                    MergeInto(first.RemovedChunks, manifest.RemovedChunks);
                    MergeInto(first.RemovedModules, manifest.RemovedModules);
                    MergeInto(first.UpdatedChunks, manifest.UpdatedChunks);
                    MergeInto(first.ForceLoadChunks, manifest.ForceLoadChunks);
                }
                continue;
            }
            byFile.Add(manifest.Filename, manifest);
        }
        foreach (var (filename, manifest) in byFile)
        {
            var json = new StringBuilder("{\"c\":");
            AppendIds(json, manifest.UpdatedChunks);
            json.Append(",\"r\":");
            AppendIds(json, manifest.RemovedChunks);
            json.Append(",\"m\":");
            var removedModules = new List<string>(completelyRemoved);
            MergeInto(removedModules, manifest.RemovedModules);
            AppendIds(json, removedModules);
            if (manifest.ForceLoadChunks.Count > 0)
            {
                json.Append(",\"f\":");
                AppendIds(json, manifest.ForceLoadChunks);
            }
            json.Append('}');
            var text = (filename.EndsWith(".json", StringComparison.Ordinal) ? "" : "export default ") + json;
            compilation.EmitAsset(filename, new RawSource(text), new AssetInfo { HotModuleReplacement = true });
        }
    }

    // The update chunk in the chunk format (webpack's chunk format plugins' HotUpdateChunk case).
    private static Source UpdateChunkSource(Sharpack.Core.Options.SharpackOptions options, string chunkId, Source modules, Source? runtime)
    {
        var output = options.Output;
        var id = CodeGenerationContext.IdLiteral(chunkId);
        var source = new ConcatSource();
        if (output.ChunkFormat is "commonjs" or "module")
        {
            var module = output.ChunkFormat == "module";
            // The names the chunk format's own chunks export (ModuleChunkFormatPlugin, CommonJsChunkFormatPlugin).
            source.Add(module ? "export const __webpack_id__ = " + id + ";\n" : "exports.id = " + id + ";\n");
            source.Add(module ? "export const __webpack_ids__ = [" + id + "];\n" : "exports.ids = [" + id + "];\n");
            source.Add(module ? "export const __webpack_modules__ = " : "exports.modules = ");
            source.Add(modules);
            source.Add(";\n");
            if (runtime is not null)
            {
                source.Add(module ? "export const __webpack_runtime__ =\n" : "exports.runtime =\n");
                source.Add(runtime);
                source.Add(";\n");
            }
            return source;
        }
        source.Add(output.GlobalObject + "[" + CodeGenerationContext.JsonString(output.HotUpdateGlobal) + "](" + id + ", ");
        source.Add(modules);
        if (runtime is not null)
        {
            source.Add(",\n");
            source.Add(runtime);
        }
        source.Add(");");
        return source;
    }

    // A file name template with the hash updated from, the chunk id and the runtime filled in.
    private static string FilePath(string template, string hash, string? chunkId, string runtime)
    {
        var builder = new StringBuilder(template.Length + hash.Length);
        var i = 0;
        while (i < template.Length)
        {
            var close = template[i] == '[' ? template.IndexOf(']', i) : -1;
            if (close < 0)
            {
                builder.Append(template[i++]);
                continue;
            }
            var placeholder = template.AsSpan(i + 1, close - i - 1);
            var colon = placeholder.IndexOf(':');
            var name = colon < 0 ? placeholder : placeholder[..colon];
            var length = colon >= 0 && int.TryParse(placeholder[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;
            switch (name)
            {
                case "fullhash" or "hash":
                    builder.Append(hash.AsSpan(0, Math.Min(length, hash.Length)));
                    break;
                case "id" when chunkId is not null:
                    builder.Append(chunkId);
                    break;
                case "runtime":
                    builder.Append(runtime);
                    break;
                default:
                    builder.Append(template, i, close - i + 1);
                    break;
            }
            i = close + 1;
        }
        return builder.ToString();
    }

    private static IEnumerable<string> Names(RuntimeSpec? runtime)
    {
        if (runtime is null)
            yield break;
        for (var i = 0; i < runtime.Count; i++)
            yield return runtime.Names[i];
    }

    private static void AppendIds(StringBuilder json, List<string> ids)
    {
        json.Append('[');
        for (var i = 0; i < ids.Count; i++)
        {
            if (i > 0) json.Append(',');
            json.Append(CodeGenerationContext.IdLiteral(ids[i]));
        }
        json.Append(']');
    }

    private static bool SameContent(Manifest a, Manifest b) =>
        IsSubset(a.RemovedChunks, b.RemovedChunks) && IsSubset(a.RemovedModules, b.RemovedModules)
        && IsSubset(a.UpdatedChunks, b.UpdatedChunks) && IsSubset(a.ForceLoadChunks, b.ForceLoadChunks);

    private static bool IsSubset(List<string> a, List<string> b)
    {
        foreach (var item in a)
        {
            if (!b.Contains(item))
                return false;
        }
        return true;
    }

    private static void MergeInto(List<string> into, List<string> from)
    {
        foreach (var item in from)
        {
            if (!into.Contains(item))
                into.Add(item);
        }
    }
}
