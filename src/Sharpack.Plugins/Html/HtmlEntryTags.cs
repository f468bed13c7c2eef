// Follows webpack lib/dependencies/HtmlEntryDependency.js's template: the URL of a script, module
// script, modulepreload or stylesheet tag becomes its entry's chunk, and the entry's other chunks
// (its runtime chunk, split chunks) load first through sibling tags cloned from it (the author's
// nonce, crossorigin, defer… kept; integrity, which names other bytes, dropped; module scripts stay
// modules). Chunks a dependOn ancestor's tag already loads are left out.

using System.Text;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.CodeGeneration;

namespace Sharpack.Plugins.Html;

/// <summary>The edits an entry tag makes.</summary>
internal static class HtmlEntryTags
{
    /// <summary>Adds the edits of <paramref name="tag"/> in <paramref name="source"/> to <paramref name="edits"/>.</summary>
    public static void Apply(HtmlEntryTag tag, string source, List<HtmlTextEdit> edits, CodeGenerationContext context)
    {
        if (tag.Kind == HtmlSourceType.Html)
            return;
        if (context.ChunkGraph?.GetEntrypoint(tag.EntryName) is not { EntrypointChunk: { } } entrypoint)
        {
            edits.Add(new HtmlTextEdit(tag.UrlStart, tag.UrlEnd, "data:,"));
            return;
        }
        var ordered = ChunksInLoadOrder(entrypoint);
        var entryChunk = ordered[^1];
        // output.crossOriginLoading on every tag that loads a chunk, unless the author set one.
        var crossOrigin = context.Options.Output.CrossOriginLoading is { Length: > 0 } loading && !tag.HasOwnCrossOrigin
            ? " crossorigin=\"" + loading + "\""
            : "";
        if (tag.Kind is HtmlSourceType.Preload or HtmlSourceType.Prefetch)
        {
            edits.Add(new HtmlTextEdit(tag.UrlStart, tag.UrlEnd, HtmlSentinels.ChunkUrl(entryChunk, tag.Css)));
            if (tag.Kind == HtmlSourceType.Preload && tag.TagIsNative && tag.TagNameEnd >= 0 && crossOrigin.Length > 0)
                edits.Add(new HtmlTextEdit(tag.TagNameEnd, tag.TagNameEnd, crossOrigin, Insert: true));
            return;
        }
        var stylesheet = tag.Kind == HtmlSourceType.Stylesheet;
        edits.Add(new HtmlTextEdit(tag.UrlStart, tag.UrlEnd, HtmlSentinels.ChunkUrl(entryChunk, stylesheet)));
        if (tag.TagStart < 0 || tag.TagEnd <= tag.TagStart)
            return;
        if (tag.TagIsNative && tag.TagNameEnd >= 0 && crossOrigin.Length > 0)
            edits.Add(new HtmlTextEdit(tag.TagNameEnd, tag.TagNameEnd, crossOrigin, Insert: true));
        var originalTag = source[tag.TagStart..tag.TagEnd];
        var siblings = new StringBuilder();
        if (stylesheet)
        {
            // A shared JavaScript-only chunk (a runtime chunk) in a stylesheet's entrypoint gets no <link>.
            for (var i = 0; i < ordered.Count - 1; i++)
            {
                if (Css.CssModulesPlugin.HasCss(ordered[i]))
                    siblings.Append(Sibling(tag, originalTag, HtmlSentinels.ChunkUrl(ordered[i], css: true), css: true, crossOrigin));
            }
            if (siblings.Length > 0)
                edits.Add(new HtmlTextEdit(tag.TagStart, tag.TagStart, siblings.ToString(), Insert: true));
            return;
        }
        // The stylesheets of the entrypoint's chunks (the entry chunk's too) in import order: by the first
        // CSS module each holds in the entrypoint's post-order walk, then by name and id.
        var cssChunks = new List<(Chunk Chunk, int Index, string Key)>();
        var postOrder = (Dictionary<Core.ModuleGraph.Module, int>?)null;
        foreach (var chunk in ordered)
        {
            var hasCss = Css.CssModulesPlugin.HasCss(chunk);
            if (hasCss)
            {
                postOrder ??= CssPostOrder(context, entrypoint, ordered);
                cssChunks.Add((chunk, FirstCssIndex(chunk, postOrder), (chunk.Name ?? "") + " " + chunk.Id));
            }
            // Anything not stylesheet-only loads as a script, in load order (the entry chunk is the tag itself).
            if (chunk != entryChunk && (AnalyzableReferences.ChunkHasJavaScript(chunk) || !hasCss))
                siblings.Append(Sibling(tag, originalTag, HtmlSentinels.ChunkUrl(chunk, css: false), css: false, crossOrigin));
        }
        cssChunks.Sort(static (a, b) => a.Index != b.Index ? a.Index.CompareTo(b.Index) : string.CompareOrdinal(a.Key, b.Key));
        var css = new StringBuilder();
        foreach (var (chunk, _, _) in cssChunks)
            css.Append(Sibling(tag, originalTag, HtmlSentinels.ChunkUrl(chunk, css: true), css: true, crossOrigin));
        // Stylesheets go in <head>: before the first blocking script there, else at its end; without a
        // head, before the first blocking script or the tag.
        var cssAt = tag.HeadAnchor >= 0
            ? tag.CssAnchor >= 0 && tag.CssAnchor < tag.HeadAnchor ? tag.CssAnchor : tag.HeadAnchor
            : tag.CssAnchor >= 0 ? tag.CssAnchor : tag.TagStart;
        // Inserts at one place keep their order: the CSS before the scripts only when a blocking script pins it.
        if (css.Length > 0 && tag.CssAnchor >= 0)
            edits.Add(new HtmlTextEdit(cssAt, cssAt, css.ToString(), Insert: true));
        if (siblings.Length > 0)
            edits.Add(new HtmlTextEdit(tag.TagStart, tag.TagStart, siblings.ToString(), Insert: true));
        if (css.Length > 0 && tag.CssAnchor < 0)
            edits.Add(new HtmlTextEdit(cssAt, cssAt, css.ToString(), Insert: true));
    }

    // The entrypoint's post-order index of each CSS module in its chunks (webpack's getModulePostOrderIndex).
    private static Dictionary<Core.ModuleGraph.Module, int> CssPostOrder(CodeGenerationContext context, ChunkGroup entrypoint, List<Chunk> chunks)
    {
        var wanted = new HashSet<Core.ModuleGraph.Module>();
        foreach (var chunk in chunks)
        {
            foreach (var module in chunk.Modules)
            {
                if (module is Css.CssModule)
                    wanted.Add(module);
            }
        }
        return Css.CssChunkOrder.PostOrder(context.Graph, entrypoint, wanted);
    }

    private static int FirstCssIndex(Chunk chunk, Dictionary<Core.ModuleGraph.Module, int> postOrder)
    {
        var first = int.MaxValue;
        foreach (var module in chunk.Modules)
        {
            if (module is Css.CssModule && postOrder.TryGetValue(module, out var index) && index < first)
                first = index;
        }
        return first;
    }

    // webpack's getEntrypointChunksInLoadOrder: the runtime chunk, the entrypoint's other chunks, the
    // entry chunk last; without those a dependOn ancestor's tags load (its entry and runtime chunks).
    private static List<Chunk> ChunksInLoadOrder(ChunkGroup entrypoint)
    {
        var entryChunk = entrypoint.EntrypointChunk!;
        var loadedByAncestors = new HashSet<Chunk>();
        var visited = new HashSet<ChunkGroup>();
        var queue = new Stack<ChunkGroup>();
        queue.Push(entrypoint);
        while (queue.Count > 0)
        {
            var group = queue.Pop();
            if (!visited.Add(group))
                continue;
            foreach (var parent in group.Parents)
            {
                if (parent.IsEntrypoint)
                {
                    if (parent.EntrypointChunk is { } parentEntry)
                        loadedByAncestors.Add(parentEntry);
                    if (parent.RuntimeChunk is { } parentRuntime)
                        loadedByAncestors.Add(parentRuntime);
                }
                queue.Push(parent);
            }
        }
        var ordered = new List<Chunk>();
        var seen = new HashSet<Chunk>();
        void Push(Chunk? chunk)
        {
            if (chunk is null || chunk == entryChunk || loadedByAncestors.Contains(chunk) || !seen.Add(chunk))
                return;
            ordered.Add(chunk);
        }
        if (entrypoint.RuntimeChunk != entryChunk)
            Push(entrypoint.RuntimeChunk);
        foreach (var chunk in entrypoint.Chunks)
            Push(chunk);
        ordered.Add(entryChunk);
        return ordered;
    }

    // A sibling tag: the entry tag cloned with another URL (webpack's cloneTagWithUrl), or a fresh
    // <script>/<link> where the entry is no such tag (webpack's buildScriptTag, buildStylesheetLink).
    private static string Sibling(HtmlEntryTag tag, string originalTag, string url, bool css, string crossOrigin)
    {
        if (css && !(tag.Kind == HtmlSourceType.Stylesheet && tag.TagIsNative))
            return "<link rel=\"stylesheet\" href=\"" + url.Replace("\"", "&quot;", StringComparison.Ordinal) + "\"" + tag.CopyableAttributes + crossOrigin + ">";
        if (!css && !tag.TagIsNative)
            return "<script" + (tag.Kind == HtmlSourceType.ScriptModule ? " type=\"module\"" : "") + " src=\"" + url.Replace("\"", "&quot;", StringComparison.Ordinal) + "\""
                + tag.CopyableAttributes + crossOrigin + "></script>";
        var edits = new List<(int Start, int End, string Text)> { (tag.UrlStart - tag.TagStart, tag.UrlEnd - tag.TagStart, url) };
        if (tag.IntegrityRange is { } integrity)
            edits.Add((integrity.Start, integrity.End, ""));
        var afterName = crossOrigin;
        if (tag.Kind == HtmlSourceType.ScriptModule)
        {
            if (tag.TypeValueRange is { } type)
                edits.Add((type.Start, type.End, "module"));
            else
                afterName += " type=\"module\"";
        }
        var nameEnd = tag.TagNameEnd - tag.TagStart;
        if (afterName.Length > 0)
            edits.Add((nameEnd, nameEnd, afterName));
        // Right to left, so earlier offsets hold.
        edits.Sort(static (a, b) => b.Start.CompareTo(a.Start));
        var body = originalTag;
        foreach (var (start, end, text) in edits)
            body = string.Concat(body.AsSpan(0, start), text, body.AsSpan(end));
        return tag.Kind is HtmlSourceType.Modulepreload or HtmlSourceType.Stylesheet ? body : body + "</script>";
    }
}
