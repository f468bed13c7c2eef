// What a context request covers: a directory, whether subdirectories count, which files (a
// regular expression over "./relative/path", narrowed by webpackInclude/webpackExclude), and how
// modules are loaded (sync, lazy, lazy-once, eager, weak, async-weak), as webpack's ContextModule
// options. Lazy contexts name their chunks from GroupOptions.Name ([request], [index]).

using Sharpack.Core.ChunkGraph;

namespace Sharpack.Core.ModuleGraph;

/// <summary>Options of a context (a directory of possible modules).</summary>
/// <param name="Recursive">Include subdirectories.</param>
/// <param name="Pattern">A .NET regular expression matched against <c>./relative/path</c>.</param>
/// <param name="PatternText">The pattern as JavaScript writes it (<c>/source/flags</c>), or empty for none: for the module's readable id.</param>
/// <param name="Mode"><c>sync</c>, <c>lazy</c>, <c>lazy-once</c>, <c>eager</c>, <c>weak</c> or <c>async-weak</c>.</param>
/// <param name="GroupOptions">For lazy modes: the chunk name template and prefetch/preload of the chunk groups.</param>
/// <param name="Include">webpackInclude as a .NET regular expression, or null.</param>
/// <param name="Exclude">webpackExclude as a .NET regular expression, or null.</param>
public sealed record ContextOptions(bool Recursive, string Pattern, string PatternText, string Mode,
    ChunkGroupOptions? GroupOptions = null, string? Include = null, string? Exclude = null)
{
    /// <summary>
    /// Elements given instead of the folder's files (ContextReplacementPlugin's map): each key is a
    /// request the code may make, its value the request resolved in the folder; null lists the folder.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>>? ElementMap { get; init; }

    /// <summary>The elements are imported with <c>import.defer()</c>: each resolves to its deferred namespace.</summary>
    public bool Deferred { get; init; }

    /// <summary>
    /// webpack's <c>namespaceObject: "strict"</c>: the context is imported by a strict ES module
    /// (<c>.mjs</c>, <c>javascript/esm</c>), whose namespace of a CommonJS module has its
    /// <c>module.exports</c> as the default, whatever its <c>__esModule</c> says.
    /// </summary>
    public bool StrictNamespace { get; init; }

    /// <summary>
    /// The category of the elements' requests when it is not the mode's (<c>sync</c> requires,
    /// others import): <see cref="DependencyCategory.Url"/> for a <c>new URL(`./${x}`, import.meta.url)</c> context, whose elements are assets.
    /// </summary>
    public DependencyCategory? Category { get; init; }

    /// <summary>Set for an <c>import.meta.glob</c>: the files are those its patterns match, keyed as the patterns spell them.</summary>
    public GlobContextOptions? Glob { get; init; }

    /// <summary>The layer of the module that made the context (its elements are in it too); null for none.</summary>
    public string? Layer { get; init; }

    /// <summary>A text that tells apart contexts over the same directory with different options.</summary>
    public string Key =>
        // As webpack's ContextModule identifier: the mode, "|nonrecursive" only when not recursive, the pattern.
        Mode + (Recursive ? "|" : "|nonrecursive|") + PatternText
        + (Include is null ? "" : "|include: " + Include) + (Exclude is null ? "" : "|exclude: " + Exclude)
        + (GroupOptions is { } g ? $"|{g.Name}|{g.PrefetchOrder}|{g.PreloadOrder}|{g.FetchPriority}" : "")
        + (ElementMap is { } map ? "|map: " + string.Join(",", map) : "")
        + (Deferred ? "|importPhase: 1" : "")
        + (StrictNamespace ? "|strict namespace object" : "")
        + (Category is { } category ? "|category: " + category.Name() : "")
        + (Glob is { } glob ? glob.Key : "")
        + (Layer is { } layer ? "|layer: " + layer : "");
}
