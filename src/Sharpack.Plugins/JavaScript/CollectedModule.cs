// What dependency collection found in a module.

using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.Core.Stats;

namespace Sharpack.Plugins.JavaScript;

/// <summary>The result of <see cref="JavascriptParser.Parse"/>.</summary>
public sealed class CollectedModule
{
    /// <summary>Dependencies in source order (JavaScriptModule.Build moves them to the module and empties this list).</summary>
    public List<Dependency> Dependencies { get; } = [];

    /// <summary>Blocks loaded on demand, outermost only.</summary>
    public List<AsyncDependenciesBlock> Blocks { get; } = [];

    /// <summary>The module has import/export syntax (or is javascript/esm).</summary>
    public bool IsEsm { get; set; }

    /// <summary>The source starts with a "use strict" directive.</summary>
    public bool IsStrictByDirective { get; set; }

    /// <summary>The module has a top-level <c>await</c> (or <c>for await</c>).</summary>
    public bool HasTopLevelAwait { get; set; }

    /// <summary>Top-level <c>this</c> is used in a CommonJS module.</summary>
    public bool UsesThis { get; set; }

    /// <summary>Globals the module's own code needs (module, exports…).</summary>
    public RuntimeGlobals RuntimeRequirements { get; set; }

    /// <summary>Names the module exports (ESM).</summary>
    public List<string> ExportNames { get; } = [];

    /// <summary>Warnings (e.g. expressions as requests).</summary>
    public List<BuildDiagnostic> Warnings { get; } = [];

    /// <summary>Each top-level statement with the top-level names it declares and uses (webpack's inner graph input).</summary>
    public List<TopLevelStatement> TopLevelStatements { get; } = [];
}

/// <summary>A top-level statement, the top-level names it declares and the other top-level names its code uses.</summary>
/// <param name="Start">Where the statement starts.</param>
/// <param name="End">Where it ends.</param>
/// <param name="Declares">Names it binds (<c>*default*</c> for an exported default expression).</param>
/// <param name="Uses">Top-level names it reads or writes, other than its own, in order of first use.</param>
public sealed record TopLevelStatement(int Start, int End, string[] Declares, string[] Uses);
