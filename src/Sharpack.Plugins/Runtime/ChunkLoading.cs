// What the chunk loading runtime modules share: the chunks a runtime may load, the ids it starts
// with as installed, and the path from the runtime chunk's file back to output.path.

using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

internal static class ChunkLoading
{
    /// <summary>
    /// The globals a chunk loading plugin answers for a runtime chunk whose entry uses its type
    /// (webpack's runtimeRequirementInTree taps of the *ChunkLoadingPlugins).
    /// </summary>
    public static readonly RuntimeGlobals Triggers = RuntimeGlobals.EnsureChunkHandlers | RuntimeGlobals.ChunkCallback | RuntimeGlobals.OnChunksLoaded
        | RuntimeGlobals.ExternalInstallChunk | RuntimeGlobals.PrefetchChunkHandlers | RuntimeGlobals.PreloadChunkHandlers | RuntimeGlobals.BaseUri
        | RuntimeGlobals.AnalyzableChunkImport | RuntimeGlobals.HmrDownloadUpdateHandlers | RuntimeGlobals.HmrDownloadManifest;

    /// <summary>
    /// Taps each global of <paramref name="triggers"/> on <paramref name="compilation"/>'s
    /// runtimeRequirementInTree, as webpack's chunk loading plugins do with their onceForChunkSet:
    /// the first of them a runtime chunk requires adds, when <paramref name="enabled"/> says the
    /// chunk uses this loading, the module <paramref name="create"/> makes from the requirements so
    /// far. Every one of them also adds what <paramref name="needs"/> says the module's parts use for
    /// the requirements so far, so a trigger required after the module was made still brings them.
    /// </summary>
    public static void TapOncePerChunk(Compilation compilation, string plugin, RuntimeGlobals triggers, Func<Chunk, bool> enabled,
        Func<RuntimeGlobals, RuntimeModule> create, Func<RuntimeGlobals, RuntimeGlobals> needs)
    {
        var added = new HashSet<Chunk>();
        var hooks = compilation.Hooks.RuntimeRequirementInTree;
        for (var bits = triggers; !bits.IsEmpty; bits &= ~RuntimeGlobals.Bit(bits.LowestBit))
        {
            var trigger = RuntimeGlobals.Bit(bits.LowestBit);
            hooks.For(RuntimeGlobalNames.Of(trigger)).Tap(plugin, (chunk, set) =>
            {
                if (!enabled(chunk))
                    return null;
                if (added.Add(chunk))
                    compilation.AddRuntimeModule(chunk, create(set.Value));
                set.Add(needs(set.Value));
                return null;
            });
        }
    }

    /// <summary>Whether of the chunk loading globals <paramref name="requirements"/> asks only for the base URI: the loading module is then that one line (webpack's withBaseURI alone).</summary>
    public static bool OnlyBaseUri(RuntimeGlobals requirements) => !requirements.HasAny((Triggers & ~RuntimeGlobals.BaseUri));

    /// <summary>
    /// <paramref name="text"/> with its "// no baseURI" line setting <c>__webpack_require__.b</c> to
    /// <paramref name="expression"/> when the chunk's runtime needs the base URI (an asset's <c>new URL()</c>).
    /// </summary>
    public static string WithBaseUri(string text, RuntimeTemplateContext context, string expression)
    {
        var requirements = context.Chunk?.RuntimeRequirements ?? RuntimeGlobals.None;
        return !requirements.HasAny(RuntimeGlobals.BaseUri)
            ? text
            : text.Replace("// no baseURI", RenderBaseUri(context.Chunk?.GetEntryOptions()?.BaseUri, expression), StringComparison.Ordinal);
    }

    /// <summary>
    /// webpack's renderBaseUri: <c>__webpack_require__.b</c> from the entry's baseUri, a URL with a
    /// scheme as it is, a relative one read against <paramref name="fallback"/> (the target's own
    /// base), which is the base without one.
    /// </summary>
    public static string RenderBaseUri(string? baseUri, string fallback)
    {
        if (string.IsNullOrEmpty(baseUri))
            return "__webpack_require__.b = " + fallback + ";";
        if (HasScheme(baseUri))
            return "__webpack_require__.b = " + CodeGenerationContext.JsonString(baseUri) + ";";
        return "__webpack_require__.b = new URL(" + CodeGenerationContext.JsonString(baseUri) + ", " + fallback + ").href;";
    }

    // /^[a-z][a-z\d+\-.]*:/i
    private static bool HasScheme(string uri)
    {
        if (uri.Length == 0 || !char.IsAsciiLetter(uri[0]))
            return false;
        for (var i = 1; i < uri.Length; i++)
        {
            var c = uri[i];
            if (c == ':')
                return true;
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
                return false;
        }
        return false;
    }

    /// <summary>The chunk's ids (webpack's chunk.ids: its own and those of the chunks it includes) as literals, comma-separated.</summary>
    public static string IdList(Chunk chunk)
    {
        var ids = chunk.Ids;
        if (ids.Count == 1)
            return CodeGenerationContext.IdLiteral(ids[0]);
        var literals = new string[ids.Count];
        for (var i = 0; i < literals.Length; i++) literals[i] = CodeGenerationContext.IdLiteral(ids[i]);
        return string.Join(',', literals);
    }

    /// <summary>
    /// The installed-chunks map's entries: the runtime chunk itself (webpack's getInitialChunkIds
    /// also lists initial chunks without JavaScript, which we do not produce).
    /// </summary>
    public static string InstalledChunks(Chunk chunk, string value) =>
        "\t" + CodeGenerationContext.JsonString(chunk.Id) + ": " + value;

    /// <summary>
    /// webpack's hasJsMatcher: the condition on <paramref name="value"/> (a chunk id expression) under which
    /// the runtime of <paramref name="runtimeChunk"/> loads a chunk's script: the async chunks that have one
    /// (an async chunk of stylesheets only has none; its CSS loads by the CSS handler).
    /// </summary>
    public static string HasJsMatcher(Chunk? runtimeChunk, string value)
    {
        if (runtimeChunk is null)
            return "true";
        var positive = new List<string>();
        var negative = new List<string>();
        foreach (var chunk in AsyncChunks(runtimeChunk))
            (Core.CodeGeneration.AnalyzableReferences.ChunkHasJavaScript(chunk) ? positive : negative).Add(chunk.Id);
        return Sharpack.Plugins.Runtime.BooleanMatcher.Compile(positive, negative, value);
    }

    /// <summary>Async chunks (loaded through <c>__webpack_require__.e</c>) in the runtime's tree.</summary>
    /// <remarks>
    /// Follows webpack's Chunk.getAllAsyncChunks: the chunks of every group loaded on demand from
    /// the runtime chunk's entrypoints, except those every one of its groups already holds. A
    /// chunk that is initial in another entrypoint (a split-off vendor chunk) is async here.
    /// </remarks>
    public static List<Chunk> AsyncChunks(Chunk runtimeChunk)
    {
        HashSet<Chunk>? initial = null;
        foreach (var group in runtimeChunk.Groups)
        {
            if (initial is null)
                initial = [.. group.Chunks];
            else
                initial.IntersectWith(group.Chunks);
        }
        initial ??= [];
        var initialGroups = new HashSet<ChunkGroup>(runtimeChunk.Groups);
        var pending = new Queue<ChunkGroup>(runtimeChunk.Groups);
        var asyncGroups = new List<ChunkGroup>();
        var seenAsync = new HashSet<ChunkGroup>();
        while (pending.Count > 0)
        {
            foreach (var child in pending.Dequeue().Children)
            {
                if (child.IsEntrypoint)
                {
                    if (initialGroups.Add(child))
                        pending.Enqueue(child);
                }
                else if (seenAsync.Add(child))
                {
                    asyncGroups.Add(child);
                }
            }
        }
        var result = new List<Chunk>();
        var seen = new HashSet<Chunk>();
        for (var i = 0; i < asyncGroups.Count; i++)
        {
            foreach (var chunk in asyncGroups[i].Chunks)
            {
                if (!initial.Contains(chunk) && seen.Add(chunk))
                    result.Add(chunk);
            }
            foreach (var child in asyncGroups[i].Children)
            {
                if (seenAsync.Add(child))
                    asyncGroups.Add(child);
            }
        }
        result.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return result;
    }

    /// <summary>
    /// The way from the folder of <paramref name="file"/> (relative to output.path) back to output.path
    /// (webpack's getUndoPath: "." and ".." in the name are folders it does not count, or leaves).
    /// </summary>
    public static string UndoPath(string file, string outputPath) => Core.Seal.UndoPath.Of(file, outputPath, enforceRelative: false);

    /// <summary>The runtime chunk's output file, relative to output.path (it is named before its runtime modules render).</summary>
    public static string RuntimeFile(Chunk chunk) => chunk.Files.Count > 0 ? chunk.Files[0] : "";

    /// <summary>
    /// The chunks <paramref name="runtimeChunk"/>'s tree hints at (webpack's getChildIdsByOrdersMap with direct
    /// children, every order): the chunks of child groups with a prefetch or preload order, in referenced order.
    /// </summary>
    public static List<Chunk> HintedChunks(Chunk runtimeChunk)
    {
        var hinted = new HashSet<Chunk>();
        var referenced = runtimeChunk.AllReferencedChunks();
        foreach (var chunk in referenced)
        {
            foreach (var group in chunk.Groups)
            {
                foreach (var child in group.Children)
                {
                    if (child.Options.PrefetchOrder is null && child.Options.PreloadOrder is null && child.Options.CssPreloadOrder is null)
                        continue;
                    foreach (var childChunk in child.Chunks)
                        hinted.Add(childChunk);
                }
            }
        }
        var result = new List<Chunk>();
        foreach (var chunk in referenced)
        {
            if (hinted.Contains(chunk))
                result.Add(chunk);
        }
        return result;
    }

    /// <summary>
    /// Follows webpack's ChunkPrefetchPreloadPlugin: <c>.E</c> / <c>.G</c> when a chunk of the runtime's
    /// tree has webpackPrefetch / webpackPreload children.
    /// </summary>
    public static RuntimeGlobals PrefetchPreload(Chunk runtimeChunk)
    {
        var requirements = RuntimeGlobals.None;
        foreach (var referenced in runtimeChunk.AllReferencedChunks())
        {
            foreach (var group in referenced.Groups)
            {
                foreach (var child in group.Children)
                {
                    if (child.Options.PrefetchOrder is not null) requirements |= RuntimeGlobals.PrefetchChunk;
                    if (child.Options.PreloadOrder is not null) requirements |= RuntimeGlobals.PreloadChunk;
                    // A CSS-only preload calls the stylesheet handler by name: the handlers alone.
                    if (child.Options.CssPreloadOrder is not null) requirements |= RuntimeGlobals.PreloadChunkHandlers;
                }
            }
        }
        return requirements;
    }
}
