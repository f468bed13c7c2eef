// What a dependency template gets: the module's replace-source to edit, a place to record the
// runtime globals it needs and init fragments (code at the top of the module), and lookups
// into the graph (the id of the target module, the variable an import binds to).

using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.Sources;

namespace Sharpack.Core.CodeGeneration;

/// <summary>The context a dependency template runs in.</summary>
public sealed class TemplateContext(Module module, ReplaceSource source, CodeGenerationContext generation, RuntimeSpec? runtime = null)
{
    /// <summary>The runtime the code is generated for (null: every runtime the module runs in).</summary>
    public RuntimeSpec? Runtime { get; } = runtime;

    /// <summary>The module being generated.</summary>
    public Module Module { get; } = module;

    /// <summary>
    /// Set while the module is generated inside a concatenated module: imports of modules in the
    /// scope become module references and exports are registered instead of defined.
    /// </summary>
    public ConcatenationScope? ConcatenationScope { get; init; }

    /// <summary>The module's source, edited by ranges.</summary>
    public ReplaceSource Source { get; } = source;

    /// <summary>The compilation-wide generation context.</summary>
    public CodeGenerationContext Generation { get; } = generation;

    /// <summary>Runtime globals the module needs.</summary>
    public RuntimeGlobals RuntimeRequirements { get; set; }

    /// <summary>Code placed at the top of the module (ordered by stage, then position, then key).</summary>
    public List<InitFragment> InitFragments { get; } = [];

    /// <summary>Adds an init fragment unless one with the same key is already there.</summary>
    public void AddInitFragment(InitFragment fragment)
    {
        foreach (var existing in InitFragments)
        {
            if (existing.Key == fragment.Key)
                return;
        }
        InitFragments.Add(fragment);
    }

    /// <summary>
    /// Code placed at the top of every chunk holding the module, outside the module functions
    /// (webpack's chunkInitFragments): ES imports and constants of ES module output. Null until one is added.
    /// </summary>
    public List<InitFragment>? ChunkInitFragments { get; private set; }

    /// <summary>Adds a chunk init fragment unless one with the same key is already there.</summary>
    public void AddChunkInitFragment(InitFragment fragment)
    {
        ChunkInitFragments ??= [];
        foreach (var existing in ChunkInitFragments)
        {
            if (existing.Key == fragment.Key)
                return;
        }
        ChunkInitFragments.Add(fragment);
    }

    /// <summary>
    /// Follows webpack's RuntimeTemplate.blockPromise: a promise that settles once the chunks of
    /// <paramref name="block"/>'s group are loaded (<c>Promise.resolve()</c> when there are none). In
    /// analyzable ES module output a chunk is loaded by a literal <c>import()</c> through
    /// <c>__webpack_require__.ei</c> where its name can be spelled here.
    /// </summary>
    public string BlockPromise(AsyncDependenciesBlock block, string comment)
    {
        ArgumentNullException.ThrowIfNull(block);
        // webpack's comment({ message }): kept without pathinfo too, as a plain comment.
        var commentText = Generation.Options.Output.Pathinfo ? Comments.ToComment(comment) : Comments.ToNormalComment(comment);
        var chunks = new List<ChunkGraph.Chunk>();
        if (block.Group is { } group)
        {
            foreach (var chunk in group.Chunks)
            {
                if (!chunk.HasRuntime && chunk.Id.Length > 0)
                    chunks.Add(chunk);
            }
        }
        if (chunks.Count == 0)
            return $"Promise.resolve({commentText})";
        var requirements = RuntimeRequirements | RuntimeGlobals.Require;
        string Load(ChunkGraph.Chunk chunk, string leadingComment)
        {
            if (Generation.Analyzable?.ChunkImport(chunk, leadingComment, Module, ref requirements) is { } analyzable)
                return analyzable;
            requirements |= RuntimeGlobals.EnsureChunk;
            return "__webpack_require__.e(" + leadingComment + CodeGenerationContext.IdLiteral(chunk.Id) + ")";
        }
        string result;
        if (chunks.Count == 1)
        {
            result = Load(chunks[0], commentText.Length == 0 ? "" : commentText + " ");
        }
        else
        {
            var calls = new List<string>(chunks.Count);
            foreach (var chunk in chunks)
                calls.Add(Load(chunk, ""));
            result = $"Promise.all({commentText}[{string.Join(", ", calls)}])";
        }
        RuntimeRequirements = requirements;
        return result;
    }

    /// <summary>
    /// webpack's RuntimeTemplate.comment for a request: <c>/*! ./x */ </c> before a module id with
    /// output.pathinfo (the development default), nothing otherwise.
    /// </summary>
    public string RequestComment(string request) =>
        Generation.Options.Output.Pathinfo ? "/*! " + Comments.Escape(request) + " */ " : "";

    /// <summary>
    /// webpack's RuntimeTemplate.comment({ message, request }): with output.pathinfo <c>/*! message | request */</c>,
    /// otherwise <c>/* message */</c> (the request left out); "" when there is nothing to say. No trailing space.
    /// </summary>
    public string Comment(string? message, string? request)
    {
        var pathinfo = Generation.Options.Output.Pathinfo;
        var content = pathinfo && !string.IsNullOrEmpty(request)
            ? string.IsNullOrEmpty(message) ? request : message + " | " + request
            : message ?? "";
        return pathinfo ? Comments.ToComment(content) : Comments.ToNormalComment(content);
    }

    /// <summary>The output id of <paramref name="target"/> as a JavaScript literal.</summary>
    public string ModuleIdLiteral(Module target) => Generation.ModuleIdLiteral(target);
}

/// <summary>Code inserted at the start of a module's function, as webpack's InitFragment.</summary>
public sealed record InitFragment(string Content, int Stage, int Position, string Key)
{
    /// <summary>Code added after the module's code (webpack's getEndContent), in the reverse order of the fragments.</summary>
    public string? EndContent { get; init; }

    /// <summary>
    /// Export definitions a library may take over (webpack's onDemandExportsGeneration): kept out of the module's
    /// code and written only where the module is wrapped (<see cref="CodeGenerationResult.OnDemandExports"/>).
    /// </summary>
    public bool OnDemandExports { get; init; }
}
