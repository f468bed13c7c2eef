// Follows webpack lib/library/ModuleLibraryPlugin.js (library types module and modern-module,
// with ES module output): the chunk's startup exports each provided export of the entry with
// `export { … }`: an entry written at the top level (inlined, outside an IIFE) exports its own
// top-level bindings directly, live (a concatenation's final names, a module's exported
// declarations); any other export is read from __webpack_exports__ into a constant. A CommonJS
// entry is also the default export. The entry's known exports are marked used (all of them in an
// unknown way when they are unknown). Not yet done: webpack's take-over of the entry's export
// definitions (onDemandExportsGeneration), which leaves such a bundle without __webpack_exports__.

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

    /// <inheritdoc />
    protected override RuntimeGlobals RuntimeRequirements(Chunk chunk, RuntimeGlobals requirements, LibraryOptions library) => requirements;

    /// <inheritdoc />
    protected override void FinishEntryModule(Module module, string entryName, LibraryOptions library, Compilation compilation)
    {
        if (library.Export is { Count: > 0 } || TreatAsCommonJs(module))
        {
            MarkExportsUsed(module, entryName, library, compilation);
            return;
        }
        var exportsInfo = compilation.Graph.GetExportsInfo(module);
        var runtime = EntryRuntime.Get(compilation.Options, entryName);
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
        var bindings = !treatAsCommonJs && context.DirectlyInlinedEntries?.Contains(module) == true ? DirectBindings(module, chunk, context) : null;
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
            var baseName = "__webpack_exports__" + Externals.ExternalModule.ToIdentifier(originalName);
            var finalName = baseName;
            for (var i = 0; !usedLocalNames.Add(finalName); i++)
                finalName = baseName + "_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            result.Append(constKeyword).Append(' ').Append(finalName).Append(" = __webpack_exports__").Append(AssignLibraryPlugin.PropertyAccess([usedName], 0)).Append(";\n");
            shortHanded.Add(finalName == originalName ? finalName : finalName + " as " + ToExportName(originalName));
        }
        if (shortHanded.Count > 0)
            result.Append("export { ").Append(string.Join(", ", shortHanded)).Append(" };\n");
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
