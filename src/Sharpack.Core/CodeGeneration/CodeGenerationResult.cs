// A module's generated code, the runtime globals it needs, and how the renderer must wrap it.

using Sharpack.Core.Runtime;
using Sharpack.Sources;

namespace Sharpack.Core.CodeGeneration;

/// <summary>The output of generating one module.</summary>
/// <param name="Source">The module's code (the body of its module function).</param>
/// <param name="RuntimeRequirements">Runtime globals the code uses.</param>
/// <param name="ExportsArgument">The name of the exports parameter: <c>exports</c> (CommonJS) or <c>__webpack_exports__</c> (ESM).</param>
/// <param name="UsesThis">Top-level <c>this</c> is used: the module function must be a <c>function</c>, called with <c>module.exports</c> as <c>this</c>.</param>
public sealed record CodeGenerationResult(Source Source, RuntimeGlobals RuntimeRequirements, string ExportsArgument = "exports", bool UsesThis = false)
{
    // The module hash (its id and this code) last computed from this result, and the id it was
    // computed with: a result the code generation cache hands out again is not hashed again.
    private HashMemo? _hashMemo;

    private sealed record HashMemo(string Id, ulong Hash);

    internal bool TryGetHash(string id, out ulong hash)
    {
        var memo = _hashMemo;
        hash = memo?.Hash ?? 0;
        return memo is not null && memo.Id == id;
    }

    internal void RememberHash(string id, ulong hash) => _hashMemo = new HashMemo(id, hash);

    /// <summary>
    /// The module's code is strict (an ES module, or a "use strict" directive, which code
    /// generation removed): the renderer writes <c>"use strict";</c> ahead of it, as webpack's does.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>
    /// The name of the module parameter (webpack's moduleArgument): <c>module</c>, or
    /// <c>__webpack_module__</c> for a strict ES module or one that declares its own top-level <c>module</c>.
    /// </summary>
    public string ModuleArgument { get; init; } = "module";

    /// <summary>
    /// Files the module's code names when it runs at build time (an asset module's file; webpack's
    /// prepareModuleExecution assets): they are emitted with the module that imported it. Null otherwise.
    /// </summary>
    public IReadOnlyList<BuildTimeAsset>? BuildTimeAssets { get; init; }

    /// <summary>
    /// The module's output of its other source types (webpack's <c>sources</c> map beside <c>javascript</c>:
    /// a CSS module's <c>css</c>), by type; hashed with the module, rendered by the plugin of the type. Null when none.
    /// </summary>
    public IReadOnlyDictionary<string, Source>? OtherSources { get; init; }

    /// <summary>
    /// Data for runtime modules, by key (webpack's codeGeneration <c>data</c>): what a Module Federation
    /// module adds to its share scope's initialization (<c>share-init</c>), for instance.
    /// </summary>
    public IReadOnlyDictionary<string, object>? Data { get; init; }

    /// <summary>Code the module needs at the top of its chunk (webpack's <c>chunkInitFragments</c>), or null.</summary>
    public IReadOnlyList<InitFragment>? ChunkInitFragments { get; init; }

    /// <summary>
    /// The names the generated code declares at its top level (webpack's topLevelDeclarations), when
    /// the generator knows them; generated names (<c>__WEBPACK_…</c> import variables) may be missing.
    /// </summary>
    public IReadOnlyCollection<string>? TopLevelDeclarations { get; init; }

    /// <summary>The names the generated code reads as globals, when the generator knows them (webpack's freeNames).</summary>
    public IReadOnlyCollection<string>? FreeNames { get; init; }

    /// <summary>
    /// Exports (by used name) whose value is a top-level binding of the generated code, by that
    /// binding's name (webpack's exportsFinalName of a concatenated module): written at the top
    /// level, the binding itself may be exported, live; null when not known.
    /// </summary>
    public IReadOnlyDictionary<string, string>? ExportBindings { get; init; }

    /// <summary>
    /// Exports (by used name) whose value is an expression over top-level bindings of the generated code
    /// (a concatenated re-export of an external, <c>external_x.value</c>): the rest of webpack's exportsFinalName. Null when none.
    /// </summary>
    public IReadOnlyDictionary<string, string>? ExportExpressions { get; init; }

    /// <summary>
    /// Definitions on the exports object an ES module library took over (webpack's onDemandExportsGeneration):
    /// not in <see cref="Source"/>; written before it where the module is wrapped (a module factory, an IIFE),
    /// left out where it is written at the top level and exports its bindings natively. Null when there are none.
    /// </summary>
    public string? OnDemandExports { get; init; }

    /// <summary>The taken-over value bindings, written after the code where the module is wrapped (see <see cref="OnDemandExports"/>).</summary>
    public string? OnDemandExportBindings { get; init; }

    /// <summary>The module's code as a wrapped module has it: with the definitions a library took over put back.</summary>
    public Source WrappedSource => Wrapped(Source);

    /// <summary><paramref name="code"/> (the module's code, perhaps renamed) with the definitions a library took over put back around it.</summary>
    public Source Wrapped(Source code) =>
        OnDemandExports is null && OnDemandExportBindings is null
            ? code
            : new ConcatSource(new RawSource(OnDemandExports ?? ""), code, new RawSource(OnDemandExportBindings is null ? "" : "\n" + OnDemandExportBindings));
}

/// <summary>A file a module's build-time code names (see <see cref="CodeGenerationResult.BuildTimeAssets"/>).</summary>
/// <param name="Name">The file's name under the output path.</param>
/// <param name="Content">Its bytes.</param>
/// <param name="Info">Its asset info.</param>
public sealed record BuildTimeAsset(string Name, byte[] Content, AssetInfo Info);
