// Follows webpack lib/prefetch/ChunkPrefetchTriggerRuntimeModule.js, ChunkPreloadTriggerRuntimeModule.js
// and ChunkPrefetchStartupRuntimeModule.js: when a chunk loads, the chunks its import()s marked
// webpackPreload are preloaded alongside it and those marked webpackPrefetch are prefetched once
// it has loaded; for initial chunks, prefetching starts once the page's chunks are in.

using System.Text;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Runtime;

namespace Sharpack.Plugins.Runtime;

/// <summary>The prefetch and preload triggers of a runtime.</summary>
public sealed class ChunkPrefetchPreloadRuntimeModule(RuntimeGlobals requirements) : RuntimeModule
{
    /// <inheritdoc />
    public override string Name => "webpack/runtime/chunk prefetch and preload trigger";

    /// <inheritdoc />
    public override int Stage => 20;

    /// <inheritdoc />
    public override RuntimeGlobals Requires { get; } = Needs(requirements);

    /// <summary>What the triggers that <paramref name="requirements"/> ask for use (prefetching waits for the startup's chunks).</summary>
    public static RuntimeGlobals Needs(RuntimeGlobals requirements) =>
        RuntimeGlobals.EnsureChunkHandlers
        | (requirements.HasAny(RuntimeGlobals.PrefetchChunk) ? RuntimeGlobals.OnChunksLoaded : RuntimeGlobals.None);

    /// <inheritdoc />
    public override string Generate(RuntimeTemplateContext context)
    {
        if (context.Chunk is not { } runtimeChunk)
            return "";
        var prefetch = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        var preload = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        var cssPreload = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        var startupPrefetch = new List<(string Parent, List<string> Children)>();
        foreach (var chunk in runtimeChunk.AllReferencedChunks())
        {
            if (chunk.IsInitial)
            {
                var startup = ChildChunks(chunk, static o => o.PrefetchOrder, startup: true);
                if (startup.Count > 0) startupPrefetch.Add((chunk.Id, startup));
                continue;
            }
            var prefetched = ChildChunks(chunk, static o => o.PrefetchOrder, startup: false);
            var preloaded = ChildChunks(chunk, static o => o.PreloadOrder, startup: false);
            var cssPreloaded = ChildChunks(chunk, static o => o.CssPreloadOrder, startup: false);
            if (cssPreloaded.Count > 0) cssPreload[chunk.Id] = cssPreloaded;
            if (prefetched.Count > 0) prefetch[chunk.Id] = prefetched;
            if (preloaded.Count > 0) preload[chunk.Id] = preloaded;
        }
        var builder = new StringBuilder();
        foreach (var (parent, children) in startupPrefetch)
        {
            builder.Append("__webpack_require__.O(0, [").Append(CodeGenerationContext.IdLiteral(parent)).Append("], () => {\n");
            foreach (var child in children)
                builder.Append("\t__webpack_require__.E(").Append(CodeGenerationContext.IdLiteral(child)).Append(");\n");
            builder.Append("}, 5);\n");
        }
        if (prefetch.Count > 0)
        {
            builder.Append("var chunkToChildrenMap = ").Append(Map(prefetch)).Append(";\n");
            builder.Append("__webpack_require__.f.prefetch = (chunkId, promises) => (Promise.all(promises).then(() => {\n");
            builder.Append("\tvar chunks = chunkToChildrenMap[chunkId];\n\tArray.isArray(chunks) && chunks.map(__webpack_require__.E);\n}));\n");
        }
        if (preload.Count > 0)
        {
            builder.Append("var chunkToPreloadMap = ").Append(Map(preload)).Append(";\n");
            builder.Append("__webpack_require__.f.preload = (chunkId) => {\n");
            builder.Append("\tvar chunks = chunkToPreloadMap[chunkId];\n\tArray.isArray(chunks) && chunks.map(__webpack_require__.G);\n};\n");
        }
        if (cssPreload.Count > 0)
        {
            // parser.javascript.dynamicImportCssPreload: only the stylesheet handler, by name, so a
            // script preload handler registered for other imports stays out of it.
            builder.Append("var chunkToCssPreloadMap = ").Append(Map(cssPreload)).Append(";\n");
            builder.Append("__webpack_require__.f.cssPreload = (chunkId) => {\n");
            builder.Append("\tvar handler = __webpack_require__.H.s;\n\tvar chunks = chunkToCssPreloadMap[chunkId];\n\tif (handler && Array.isArray(chunks)) chunks.forEach(handler);\n};\n");
        }
        return builder.ToString().TrimEnd('\n');
    }

    // webpack's getChildIdsByOrders: the chunks of the child groups (of the groups this chunk ends)
    // that have an order, by order (highest first), then by group (more chunks first, then chunk by
    // chunk as compareChunks orders them: more modules first, then their identifiers). At startup
    // (getChildrenOfTypeInOrder, which compares the parent groups) equal orders keep the order of
    // the imports.
    private static List<string> ChildChunks(Chunk chunk, Func<ChunkGroupOptions, int?> order, bool startup)
    {
        var children = new List<(int Order, ChunkGroup Group, int Index)>();
        foreach (var group in chunk.Groups)
        {
            if (!startup && (group.Chunks.Count == 0 || group.Chunks[^1] != chunk))
                continue;
            foreach (var child in group.Children)
            {
                if (order(child.Options) is { } value)
                    children.Add((value, child, children.Count));
            }
        }
        children.Sort((a, b) => a.Order != b.Order ? b.Order.CompareTo(a.Order)
            : !startup && CompareGroups(a.Group, b.Group) is var byGroup and not 0 ? byGroup
            : a.Index.CompareTo(b.Index));
        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, group, _) in children)
        {
            foreach (var c in group.Chunks)
            {
                if (seen.Add(c.Id))
                    ids.Add(c.Id);
            }
        }
        return ids;
    }

    // webpack's ChunkGroup.compareTo.
    private static int CompareGroups(ChunkGroup a, ChunkGroup b)
    {
        if (a.Chunks.Count != b.Chunks.Count)
            return a.Chunks.Count > b.Chunks.Count ? -1 : 1;
        for (var i = 0; i < a.Chunks.Count; i++)
        {
            var order = Core.ChunkGraph.ChunkGraph.CompareChunks(a.Chunks[i], b.Chunks[i]);
            if (order != 0)
                return order;
        }
        return 0;
    }

    private static string Map(SortedDictionary<string, List<string>> map)
    {
        var builder = new StringBuilder("{");
        var first = true;
        foreach (var (key, values) in map)
        {
            if (!first) builder.Append(',');
            first = false;
            builder.Append(CodeGenerationContext.JsonString(key)).Append(":[");
            builder.Append(string.Join(",", values.ConvertAll(CodeGenerationContext.IdLiteral))).Append(']');
        }
        return builder.Append('}').ToString();
    }
}
