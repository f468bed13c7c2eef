// Follows webpack lib/library/ModuleLibraryPlugin.js (library types module and modern-module,
// with ES module output): the chunk's startup exports each provided export of the entry with
// `export { … }`: an entry written at the top level (inlined, outside an IIFE) exports its own
// top-level bindings directly, live (a concatenation's final names, a module's exported
// declarations); any other export is read from __webpack_exports__ into a constant. A CommonJS
// entry is also the default export. The entry's known exports are marked used (all of them in an
// unknown way when they are unknown). The entry's definitions on its exports object are taken over
// (webpack's onDemandExportsGeneration): written only where the entry is wrapped, so an entry at
// the top level ships without __webpack_exports__ and the helpers that define it.

using System.Text;
using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;
using Sharpack.Core.Runtime;
using Sharpack.Sources;

namespace Sharpack.Plugins.Library;

/// <summary>The module and modern-module library types.</summary>
/// <param name="type">The library type.</param>
public sealed class ModuleLibraryPlugin(string type) : AbstractLibraryPlugin("ModuleLibraryPlugin", type)
{
    /// <inheritdoc />
    protected override bool HasRenderStartup => true;

    /// <inheritdoc />
    protected override string? Validate(LibraryOptions library) =>
        library.Name is null ? null : "Library name must be unset. " + CommonLibraryNameMessage;

    // What keeps an entry from being written at the top level of its chunk (PlanStartup's bailouts).
    private static readonly RuntimeGlobals KeepsEntryWrapped = RuntimeGlobals.ModuleFactories | RuntimeGlobals.ModuleCache | RuntimeGlobals.Module | RuntimeGlobals.ModuleId
        | RuntimeGlobals.ModuleLoaded | RuntimeGlobals.HarmonyModuleDecorator | RuntimeGlobals.NodeModuleDecorator | RuntimeGlobals.ThisAsExports
        | RuntimeGlobals.OnChunksLoaded | RuntimeGlobals.ReturnExportsFromRuntime;

    /// <inheritdoc />
    /// <remarks>
    /// webpack's additionalChunkRuntimeRequirements tap: an entry written at the top level whose definitions the
    /// library took over reads nothing off its exports object, so the helpers that write it are dropped where
    /// nothing else in the chunk needs them. Asked conservatively: the chunk holds the runtime, the entry is its
    /// one module, nothing loads into it and its code uses no other runtime helper.
    /// </remarks>
    protected override RuntimeGlobals RuntimeRequirements(Chunk chunk, RuntimeGlobals requirements, LibraryOptions library, Compilation compilation)
    {
        var Definitions = RuntimeGlobals.DefinePropertyGetters | RuntimeGlobals.MakeNamespaceObject | RuntimeGlobals.Exports;
        if (!requirements.HasAny(RuntimeGlobals.DefinePropertyGetters) || requirements.HasAny(KeepsEntryWrapped))
            return requirements;
        if (chunk.EntryModules.Count != 1 || !chunk.HasRuntime || chunk.StartupDependencies().Count > 0)
            return requirements;
        if (JavascriptHooks is { } hooks && (hooks.InlineInRuntimeBailout.IsUsed || hooks.EmbedInRuntimeBailout.IsUsed))
            return requirements;
        var entry = chunk.EntryModules[0];
        foreach (var module in chunk.Modules)
        {
            if (module != entry && module.SourceTypes.Contains("javascript"))
                return requirements;
        }
        if (!compilation.CodeGenerationResults.TryGet(entry, chunk.Runtime, out var result)
            || (result.OnDemandExports is null && result.OnDemandExportBindings is null)
            || result.TopLevelDeclarations is not { } declarations || declarations.Contains("__webpack_modules__") || declarations.Contains("__webpack_module_cache__")
            || result.Source.GetText().Contains("__webpack_require__", StringComparison.Ordinal))
            return requirements;
        return requirements & ~Definitions;
    }

    /// <inheritdoc />
    protected override void FinishEntryModule(Module module, string entryName, LibraryOptions library, Compilation compilation)
    {
        // webpack's libraryEntryModules: the definitions of its exports object are taken over where they are its own bindings.
        module.ExportsOnDemand = true;
        if (library.Export is { Count: > 0 } || TreatAsCommonJs(module))
        {
            MarkExportsUsed(module, entryName, library, compilation);
            return;
        }
        var exportsInfo = compilation.Graph.GetExportsInfo(module);
        var runtime = EntryRuntime.Get(compilation.Entries, entryName);
        // Its importers read the exports by name: none is inlined away (webpack's canInlineUse = false).
        exportsInfo.SetCanInlineUseFalse();
        if (exportsInfo.OtherExportsInfo.Provided == ProvidedState.Unknown)
            exportsInfo.SetUsedInUnknownWay(runtime);
        else
            exportsInfo.SetAllKnownExportsUsed(runtime);
    }

    // webpack's buildMeta.treatAsCommonJs: the entry exports through module.exports / exports.
    private static bool TreatAsCommonJs(Module module) => module.BuildExportsType is BuildExportsType.Flagged or BuildExportsType.Dynamic;

    /// <inheritdoc />
    protected override Source RenderStartup(Source source, Module module, Chunk chunk, ChunkRenderContext context, LibraryOptions library)
    {
        var graph = context.Generation.Graph;
        var options = context.Generation.Options;
        var constKeyword = options.Output.Environment.Const ? "const" : "var";
        var exportsInfo = graph.GetExportsInfo(module);
        IReadOnlyList<ExportInfo> infos = library.Export is { Count: > 0 } export ? [exportsInfo.GetReadOnlyExportInfo(export[0])] : exportsInfo.OrderedExports;
        var treatAsCommonJs = TreatAsCommonJs(module);
        var result = new StringBuilder();
        if (graph.IsAsync(module))
            result.Append("__webpack_exports__ = await __webpack_exports__;\n");
        var shortHanded = new List<string>();
        var usedLocalNames = new HashSet<string>(StringComparer.Ordinal);
        // webpack's direct bindings: an entry written at the top level exports its own top-level
        // bindings as they are, live, instead of a snapshot read off __webpack_exports__.
        var direct = !treatAsCommonJs && context.DirectlyInlinedEntries?.Contains(module) == true;
        var bindings = direct ? DirectBindings(module, chunk, context) : null;
        // A concatenation's export that is an expression over its bindings (a re-exported external's
        // member) is declared from it: nothing reads it off __webpack_exports__ (webpack's exports list).
        CodeGenerationResult? own = null;
        var expressions = direct && context.Results.TryGet(module, chunk.Runtime, out own) ? own.ExportExpressions : null;
        StringBuilder? declared = null;
        foreach (var info in infos)
        {
            if (info.Provided != ProvidedState.Provided || info.Name is not { } originalName)
                continue;
            if (treatAsCommonJs && originalName == "default")
                continue;
            if (IsReexportOfMissing(info, graph))
                continue;
            var usedName = info.GetUsedName(originalName, chunk.Runtime) ?? originalName;
            if (bindings is not null && bindings.TryGetValue(usedName, out var binding))
            {
                shortHanded.Add(binding == originalName ? binding : binding + " as " + ToExportName(originalName));
                continue;
            }
            if (expressions is not null && expressions.TryGetValue(usedName, out var expression))
            {
                declared ??= new StringBuilder();
                // A name the entry declares itself at the top level (an imported binding of the
                // concatenation) is taken: the export is bound to a generated name (webpack's check
                // of a re-export against topLevelDeclarations).
                if (IsDeclarableExportName(originalName) && own?.TopLevelDeclarations?.Contains(originalName) != true)
                {
                    declared.Append("export ").Append(constKeyword).Append(' ').Append(originalName).Append(" = ").Append(expression).Append(";\n");
                }
                else
                {
                    var local = UniqueLocal(originalName, usedLocalNames);
                    declared.Append(constKeyword).Append(' ').Append(local).Append(" = ").Append(expression).Append(";\nexport { ")
                        .Append(local).Append(" as ").Append(ToExportName(originalName)).Append(" };\n");
                }
                continue;
            }
            var finalName = UniqueLocal(originalName, usedLocalNames);
            result.Append(constKeyword).Append(' ').Append(finalName).Append(" = __webpack_exports__").Append(AssignLibraryPlugin.PropertyAccess([usedName], 0)).Append(";\n");
            shortHanded.Add(finalName == originalName ? finalName : finalName + " as " + ToExportName(originalName));
        }
        if (shortHanded.Count > 0)
            result.Append("export { ").Append(string.Join(", ", shortHanded)).Append(" };\n");
        if (declared is not null)
            result.Append(declared);
        if (treatAsCommonJs)
            result.Append("export default __webpack_exports__;\n");
        return result.Length == 0 ? source : new ConcatSource(source, new RawSource(result.ToString()));
    }

    // The entry's exports (by used name) that are top-level bindings of its code as rendered: a
    // concatenation's final names, a module's own exported declarations.
    private static IReadOnlyDictionary<string, string>? DirectBindings(Module module, Chunk chunk, ChunkRenderContext context)
    {
        if (!context.Results.TryGet(module, chunk.Runtime, out var result))
            return null;
        if (result.ExportBindings is { } known)
            return known;
        if (module is not JavaScript.JavaScriptModule javascript)
            return null;
        var exportsInfo = context.Generation.Graph.GetExportsInfo(module);
        Dictionary<string, string>? bindings = null;
        foreach (var dependency in module.Dependencies)
        {
            if (dependency is not JavaScript.Dependencies.Esm.EsmExportsDependency exports)
                continue;
            foreach (var (name, source) in exports.Exports)
            {
                if (source.Import is not null || source.LocalName is not { } local || !javascript.DeclaresAtTopLevel(local))
                    continue;
                if (exportsInfo.GetUsedName(name, chunk.Runtime) is { } used)
                    (bindings ??= new Dictionary<string, string>(StringComparer.Ordinal))[used] = local;
            }
        }
        return bindings;
    }

    // An export re-exporting a name its target module does not provide renders nothing (webpack's findTarget check).
    private static bool IsReexportOfMissing(ExportInfo info, ModuleGraph graph)
    {
        if (!info.IsReexport || info.FindTarget(graph, static _ => true) is not { Export: [var targetExport, ..] } target)
            return false;
        return targetExport != "default" && graph.GetExportsInfo(target.Module).GetReadOnlyExportInfo(targetExport).Provided == ProvidedState.NotProvided;
    }

    // webpack's toLocalName: `__webpack_exports__` and the name as an identifier, made unique (toIdentifier is lossy).
    private static string UniqueLocal(string exportName, HashSet<string> used)
    {
        var baseName = "__webpack_exports__" + Externals.ExternalModule.ToIdentifier(exportName);
        var name = baseName;
        for (var i = 0; !used.Add(name); i++)
            name = baseName + "_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return name;
    }

    // webpack's isDeclarableExportName: an identifier that is no reserved word.
    private static bool IsDeclarableExportName(string name) => PropertyNames.IsSafeIdentifier(name);

    // webpack's toExportName: an identifier as is, anything else as a string literal.
    private static string ToExportName(string name)
    {
        if (name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] is '_' or '$'))
        {
            var safe = true;
            foreach (var c in name)
                safe &= char.IsAsciiLetterOrDigit(c) || c is '_' or '$';
            if (safe)
                return name;
        }
        return CodeGenerationContext.JsonString(name);
    }

    /// <inheritdoc />
    protected override void ChunkHash(Chunk chunk, Core.Hashing.Hash hash, LibraryOptions library, SharpackOptions options)
    {
        hash.Append(PluginName);
        var own = options.Output.Library;
        hash.Append(own is not null && own.Type == Type ? own.ToString() : "false");
    }
}
