// A reason one module needs another (or an edit of its own source). Each dependency type
// nests its template: the code that rewrites the dependency's source range at code generation.

using Sharpack.Core.CodeGeneration;

namespace Sharpack.Core.ModuleGraph;

/// <summary>A dependency of a module.</summary>
public abstract class Dependency
{
    /// <summary>The request to resolve (<c>./a</c>, <c>react</c>), or null for a presentational dependency.</summary>
    public virtual string? Request => null;

    /// <summary>Which resolution conditions apply (ESM <c>import</c> or CommonJS <c>require</c>).</summary>
    public virtual DependencyCategory Category => DependencyCategory.Esm;

    /// <summary>
    /// webpack's canConcatenate: the module it imports may be concatenated into the importing one
    /// through it (ES imports are; a CSS @import is too). False by default.
    /// </summary>
    public virtual bool JoinsConcatenation => false;

    /// <summary>Offset of the code the dependency stands for (for errors and ordering).</summary>
    public int Start { get; init; }

    /// <summary>Offset past that code.</summary>
    public int End { get; init; }

    /// <summary>For a context dependency (<c>require.context</c>, <c>require("./dir/" + x)</c>): its options; the request is the directory.</summary>
    public virtual ContextOptions? Context => null;

    /// <summary>
    /// The folder the request is resolved in when it is not its module's own (webpack's
    /// getContext(): a context's elements, each from the folder it was found in); null for the module's.
    /// </summary>
    public virtual string? ContextDirectory => null;

    /// <summary>An importer of an async module (top-level await) through this dependency becomes async too (ESM imports).</summary>
    public virtual bool PropagatesAsync => false;

    /// <summary>A weak dependency resolves its module but does not put it in any chunk (webpackMode "weak", require.resolveWeak).</summary>
    public virtual bool IsWeak => false;

    /// <summary>An optional dependency that fails to resolve is a warning, not an error (webpack's <c>dependency.optional</c>, e.g. a context's elements).</summary>
    public bool IsOptional { get; set; }

    /// <summary>The async block the dependency belongs to (its module loads on demand), or null for a module-level dependency.</summary>
    public AsyncDependenciesBlock? Block { get; set; }

    /// <summary>The module this dependency resolved to, set when the graph connects it; null if none.</summary>
    public Module? Target { get; internal set; }

    // The dependency's edge in the module graph of the compilation that holds its module (webpack
    // keeps a map per graph; a field is one read on the hot paths of exports analysis). Set only
    // by ModuleGraph.
    internal ModuleGraphConnection? Connection { get; set; }

    /// <summary>
    /// What the dependency's template reads of state an optimization rewrote on it (a side-effects
    /// redirect's export name), as a number; 0 by default. The code generation cache compares it
    /// (webpack's dependency.updateHash).
    /// </summary>
    public virtual int CodeGenerationStateHash() => 0;

    /// <summary>
    /// Forgets what the last compilation set on the dependency (its connection, and in a type that
    /// overrides it what optimizations rewrote), keeping what the parser made; called when its
    /// module is reused from the module cache. An override calls the base.
    /// </summary>
    public virtual void ResetCompilationState()
    {
        Target = null;
        Connection = null;
    }

    /// <summary>
    /// A dependency with no request of its own that uses the module another dependency of the same
    /// module resolved to (an imported binding uses its import's module); the graph connects it
    /// to that module once make is done. Null for most dependencies.
    /// </summary>
    public virtual Dependency? ResolvesWith => null;

    /// <summary>
    /// A dependency of a module on itself (webpack's category "self", resolved by its
    /// SelfModuleFactory): a CommonJS module reading its own exports uses them, so the graph
    /// connects it to its own module once make is done.
    /// </summary>
    public virtual bool IsSelfReference => false;

    /// <summary>What the dependency says its module exports (webpack's getExports), or null for nothing.</summary>
    public virtual ExportsSpec? GetExports(ModuleGraph moduleGraph) => null;

    /// <summary>
    /// What the dependency uses of the module it connects to in <paramref name="runtime"/> (webpack's
    /// getReferencedExports): export paths, or <see cref="ReferencedExport.ExportsObject"/> (the
    /// default: the whole exports object), or <see cref="ReferencedExport.None"/>.
    /// </summary>
    public virtual IReadOnlyList<ReferencedExport> GetReferencedExports(ModuleGraph moduleGraph, Runtime.RuntimeSpec? runtime) => ReferencedExport.ExportsObject;

    /// <summary>How many times the generated code writes the target module's id for this dependency (webpack's getNumberOfIdOccurrences; the "size" ids count them).</summary>
    public virtual int GetNumberOfIdOccurrences() => 1;

    /// <summary>A condition that makes the dependency's connection active only in some runtimes (webpack's getCondition), or null.</summary>
    public virtual ConnectionCondition? GetCondition(ModuleGraph moduleGraph) => null;

    /// <summary>
    /// Whether evaluating the dependency's module has side effects through this dependency (webpack's
    /// getModuleEvaluationSideEffectsState): a module dependency evaluates its target (Active); a
    /// dependency without a request (an edit of the source) or inside an async block evaluates nothing.
    /// </summary>
    public virtual ConnectionState GetModuleEvaluationSideEffectsState(ModuleGraph moduleGraph) =>
        Request is null || Block is not null ? ConnectionState.Inactive : ConnectionState.Active;

    /// <summary>webpack's dependency type, for messages (<c>harmony side effect evaluation</c>, <c>cjs require</c>…).</summary>
    public virtual string TypeName => GetType().Name;

    /// <summary>Warnings about the dependency once the graph's exports are known (webpack's getWarnings), or null.</summary>
    public virtual IReadOnlyList<string>? GetWarnings(ModuleGraph moduleGraph) => null;

    /// <summary>Errors about the dependency once the graph's exports are known (webpack's getErrors), or null.</summary>
    public virtual IReadOnlyList<string>? GetErrors(ModuleGraph moduleGraph) => null;

    /// <summary>The import attributes of the request (<c>with { type: "json" }</c>), or null when it has none; rules test them (<c>with</c>).</summary>
    public virtual IReadOnlyDictionary<string, string>? Attributes => null;

    /// <summary>The phase of the import that makes the request: <c>evaluation</c>, <c>defer</c> or <c>source</c>; rules test it (<c>phase</c>).</summary>
    public virtual string PhaseName => "evaluation";

    /// <summary>Applies the dependency's template: edits the module's source and adds requirements.</summary>
    public abstract void Apply(TemplateContext context);
}

/// <summary>Which resolver conditions a request is resolved with.</summary>
public enum DependencyCategory : byte
{
    /// <summary>An ES module <c>import</c>.</summary>
    Esm,
    /// <summary>A CommonJS <c>require</c>.</summary>
    CommonJs,
    /// <summary>An asset's URL: <c>new URL("./x", import.meta.url)</c> (webpack's <c>url</c> category: an asset module by default).</summary>
    Url,
    /// <summary>A worker's entry: <c>new Worker(new URL("./w.js", import.meta.url))</c> (webpack's <c>worker</c> category).</summary>
    Worker,
    /// <summary>An import of a WebAssembly module (webpack's <c>wasm</c> category: resolved as an ES import).</summary>
    Wasm,
    /// <summary>A CSS <c>@import</c> (webpack's <c>css-import</c> category: style conditions, <c>.css</c>, relative first).</summary>
    CssImport,
    /// <summary>A CSS module's <c>composes: a from "./b.css"</c> or <c>@value</c> import (<c>css-import-local-module</c>: the file is a CSS module too).</summary>
    CssImportLocalModule,
    /// <summary>An <c>@import</c> of a global CSS module (<c>css-import-global-module</c>).</summary>
    CssImportGlobalModule,
    /// <summary>An HTML page's <c>&lt;style&gt;</c> (<c>html-style</c>: a CSS module whose text the page keeps).</summary>
    HtmlStyle,
    /// <summary>An HTML element's <c>style=""</c> (<c>html-style-attribute</c>: declarations, as a CSS module's text).</summary>
    HtmlStyleAttribute,
    /// <summary>An <c>&lt;iframe srcdoc&gt;</c> document (<c>html-srcdoc</c>: an HTML module written back inline).</summary>
    HtmlSrcdoc,
}

/// <summary>webpack's names of dependency categories.</summary>
public static class DependencyCategoryNames
{
    /// <summary>The category as webpack names it (<c>esm</c>, <c>commonjs</c>, <c>url</c>): what rule conditions, externals functions and plugins see.</summary>
    public static string Name(this DependencyCategory category) => category switch
    {
        DependencyCategory.CommonJs => "commonjs",
        DependencyCategory.Url => "url",
        DependencyCategory.Worker => "worker",
        DependencyCategory.Wasm => "wasm",
        DependencyCategory.CssImport => "css-import",
        DependencyCategory.CssImportLocalModule => "css-import-local-module",
        DependencyCategory.CssImportGlobalModule => "css-import-global-module",
        DependencyCategory.HtmlStyle => "html-style",
        DependencyCategory.HtmlStyleAttribute => "html-style-attribute",
        DependencyCategory.HtmlSrcdoc => "html-srcdoc",
        _ => "esm",
    };
}
