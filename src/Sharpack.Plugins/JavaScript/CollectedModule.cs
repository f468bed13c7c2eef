// What dependency collection found in a module.

using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.Core.Stats;

namespace Sharpack.Plugins.JavaScript;

/// <summary>The result of <see cref="JavascriptParser.Parse"/>.</summary>
public sealed class CollectedModule
{
    /// <summary>The module assigns <c>__webpack_public_path__</c>: the public path is then only known at run time.</summary>
    public bool AssignsPublicPath { get; set; }

    /// <summary>Dependencies in source order (JavaScriptModule.Build moves them to the module and empties this list).</summary>
    public List<Dependency> Dependencies { get; } = [];

    /// <summary>Blocks loaded on demand, outermost only.</summary>
    public List<AsyncDependenciesBlock> Blocks { get; } = [];

    /// <summary>The module has import/export syntax (or is javascript/esm).</summary>
    public bool IsEsm { get; set; }

    /// <summary>
    /// The module parameter is <c>__webpack_module__</c> (webpack's buildInfo.moduleArgument): the module is
    /// a strict ES module, or declares <c>module</c> at its top level, which a parameter of that name would clash with.
    /// </summary>
    public bool InternalModuleArgument { get; set; }

    /// <summary>The name of the module parameter.</summary>
    public string ModuleArgument => InternalModuleArgument ? "__webpack_module__" : "module";

    /// <summary>The source starts with a "use strict" directive.</summary>
    public bool IsStrictByDirective { get; set; }

    /// <summary>The module has a top-level <c>await</c> (or <c>for await</c>).</summary>
    public bool HasTopLevelAwait { get; set; }

    /// <summary>What the module uses that a concatenated module cannot give it (webpack's buildInfo.moduleConcatenationBailout: "eval()", "module.id"…), or null.</summary>
    public string? ConcatenationBailout { get; set; }

    /// <summary>The runtime globals the module's code replacements use (webpack's presentational dependencies' runtime requirements).</summary>
    public RuntimeGlobals ReplacementRequirements { get; set; }

    /// <summary>Top-level <c>this</c> is used in a CommonJS module.</summary>
    public bool UsesThis { get; set; }

    /// <summary>No top-level statement has a side effect (optimization.sideEffects: true; webpack's buildMeta.sideEffectFree).</summary>
    public bool SideEffectFree { get; set; }

    /// <summary>Why the module is not side-effect-free: its first statement with side effects, or null.</summary>
    public string? SideEffectsBailout { get; set; }

    /// <summary>The inner graph of declarations pure only through imported functions, settled once exports are known; null when there are none.</summary>
    internal PendingInnerGraph? PendingInnerGraph { get; set; }

    /// <summary>Globals the module's own code needs (module, exports…).</summary>
    public RuntimeGlobals RuntimeRequirements { get; set; }

    /// <summary>
    /// How the CommonJS exports analysis declares the module's exports (webpack's buildMeta.exportsType
    /// of a CommonJS module): <see cref="BuildExportsType.Default"/> once analysed exports were found,
    /// <see cref="BuildExportsType.Flagged"/> or <see cref="BuildExportsType.Dynamic"/> by its
    /// <c>__esModule</c> flag, <see cref="BuildExportsType.None"/> when nothing was found or the
    /// analysis bailed out (see <see cref="Parser.DynamicExports"/>).
    /// </summary>
    public BuildExportsType CommonJsExportsType { get; set; }

    /// <summary>The CommonJS exports analysis state: null before anything was found, true while analysed, false after a bailout.</summary>
    public bool? CommonJsExportsEnabled { get; set; }

    /// <summary>Names the module exports (ESM).</summary>
    public List<string> ExportNames { get; } = [];

    /// <summary>Warnings (e.g. expressions as requests).</summary>
    public List<BuildDiagnostic> Warnings { get; } = [];

    /// <summary>Each top-level statement of an ES module with the top-level names it declares and uses (webpack's inner graph input); empty for other modules.</summary>
    public List<TopLevelStatement> TopLevelStatements { get; } = [];

    /// <summary>The names of <see cref="TopLevelStatements"/>, each statement's a slice (PERF: one list per module, not two arrays per statement).</summary>
    public List<string> TopLevelNames { get; } = [];

    /// <summary>The names the module's source declares at its top level, imported bindings aside (what its rendered code declares).</summary>
    public IReadOnlyList<string> TopLevelDeclarations { get; set; } = [];

    /// <summary>The imported bindings of the module's top level (with <see cref="TopLevelDeclarations"/>: webpack's buildInfo.topLevelDeclarations).</summary>
    public IReadOnlyList<string> TopLevelImports { get; set; } = [];

    /// <summary>The names the module's source reads without declaring them (its globals).</summary>
    public IReadOnlyList<string> FreeNames { get; set; } = [];

    /// <summary>The top-level names <paramref name="statement"/> declares (<c>*default*</c> for an exported default expression).</summary>
    public ReadOnlySpan<string> Declares(TopLevelStatement statement) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(TopLevelNames).Slice(statement.DeclaresStart, statement.DeclaresCount);

    /// <summary>The other top-level names <paramref name="statement"/>'s code reads or writes, in order of first use.</summary>
    public ReadOnlySpan<string> Uses(TopLevelStatement statement) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(TopLevelNames).Slice(statement.UsesStart, statement.UsesCount);
}

/// <summary>A top-level statement and where its declared and used names are in <see cref="CollectedModule.TopLevelNames"/>.</summary>
/// <param name="Start">Where the statement starts.</param>
/// <param name="End">Where it ends.</param>
/// <param name="DeclaresStart">The first declared name's index.</param>
/// <param name="DeclaresCount">How many names it declares.</param>
/// <param name="UsesStart">The first used name's index.</param>
/// <param name="UsesCount">How many other top-level names it uses.</param>
/// <param name="IsPureDeclaration">
/// The statement only declares (a function, a pure class, variables with pure initializers, or an
/// exported pure default): its code runs for the names it declares, so what it uses is used only
/// where those are (webpack's inner graph symbols). Otherwise its uses are always used.
/// </param>
/// <param name="IsConditionallyPure">
/// The statement only declares, with initializers that call imported functions: it is pure when
/// those functions are (<see cref="Dependencies.Esm.PureImportCalls"/>).
/// </param>
public readonly record struct TopLevelStatement(int Start, int End, int DeclaresStart, int DeclaresCount, int UsesStart, int UsesCount, bool IsPureDeclaration,
    bool IsConditionallyPure = false);
