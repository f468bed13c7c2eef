// Follows webpack lib/css/CssModulesPlugin.js: the CSS module types, and each chunk's .css file.
//   - Before chunks are built, each CSS module learns whether JavaScript imports it (getTypes).
//   - Once the chunks are hashed, each chunk holding CSS renders its file: its CSS modules in
//     stylesheet order (CssChunkOrder), each wrapped in the media, supports() and layer its
//     @import gave, with a module header where output.pathinfo asks, and `@charset` and external
//     @imports at the top. The file is named by output.cssFilename (initial chunks) or
//     cssChunkFilename, whose [contenthash] is the content's; the runtime that loads the chunk's
//     CSS knows the name before it is rendered itself.
//   - A runtime whose chunks load others with `jsonp` or `import` gets the CSS loading module
//     (`__webpack_require__.f.css`) and `__webpack_require__.k`, the chunk's CSS file.

using System.Text;
using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Runtime;
using Sharpack.Core.Seal;
using Sharpack.Sources;

namespace Sharpack.Plugins.Css;

/// <summary>CSS modules: types, files and loading.</summary>
public static class CssModulesPlugin
{
    private const string Name = "CssModulesPlugin";

    /// <summary>Registers the CSS module types, the chunks' CSS files and their loading runtime.</summary>
    public static void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        foreach (var type in CssModule.Types)
            compiler.ModuleTypes.Register(type, static (identifier, resource, moduleType) => new CssModule(identifier, resource, moduleType), CssModule.IdentifierSuffix);
        // webpack's renderModuleContent tap: a concatenation that holds "style" stylesheets declares
        // the queue they push to, and injects them once all its code has run.
        JavaScript.JavascriptModulesHooks.For(compiler).RenderModuleContent.Tap(Name, static (source, module, _) =>
        {
            if (module.MergedModules is not { } merged || !QueuesStyles(merged))
                return source;
            return new ConcatSource(new RawSource("var " + CssModule.StylesQueue + " = [];\n"), source,
                new RawSource("\nfor (var i = 0; i < " + CssModule.StylesQueue + ".length; i++) {\n__webpack_require__.is(" + CssModule.StylesQueue + "[i][0], "
                    + CssModule.StylesQueue + "[i][1]);\n}\n"));
        });
        compiler.Hooks.Compilation.Tap(Name, (compilation, _) =>
        {
            var files = new Dictionary<Chunk, (string Filename, Source Source, AssetInfo Info)>();
            s_files.AddOrUpdate(compilation, files);
            compilation.Hooks.Seal.Tap(Name, () => MarkJavaScriptOrigins(compilation));
            compilation.Hooks.ContentHash.Tap(Name, chunk => RenderFile(compilation, chunk, files));
            compilation.Hooks.RenderManifest.Tap(Name, chunk => EmitChunkFile(compilation, chunk, files));
            // Loading chunks, and the prefetch and preload triggers of import()s (webpackPrefetch), ask for the handlers.
            foreach (var trigger in (ReadOnlySpan<RuntimeGlobals>)[RuntimeGlobals.EnsureChunkHandlers, RuntimeGlobals.PrefetchChunkHandlers, RuntimeGlobals.PreloadChunkHandlers])
            {
                compilation.Hooks.RuntimeRequirementInTree.For(RuntimeGlobalNames.Of(trigger)).Tap(Name, (chunk, set) =>
                {
                    if (!LoadsCss(chunk, compilation.Options) || !HasCssToLoad(chunk))
                        return null;
                    set.Add(RuntimeGlobals.HasOwnProperty | RuntimeGlobals.PublicPath | RuntimeGlobals.GetChunkCssFilename);
                    AddOnce(compilation, chunk, new CssLoadingRuntimeModule(compilation.Options));
                    return null;
                });
            }
            // webpack: a runtime whose chunks hold CSS modules has the loading module, which renders
            // nothing where no stylesheet is loaded on demand.
            compilation.Hooks.RuntimeRequirementInTree.For(RuntimeGlobalNames.Of(RuntimeGlobals.HasCssModules)).Tap(Name, (chunk, _) =>
            {
                if (LoadsCss(chunk, compilation.Options) && !HasCssToLoad(chunk))
                    AddOnce(compilation, chunk, new CssLoadingRuntimeModule(compilation.Options, loading: false));
                return null;
            });
            compilation.Hooks.RuntimeRequirementInTree.For(RuntimeGlobalNames.Of(RuntimeGlobals.CssInjectStyle)).Tap(Name, (chunk, _) =>
            {
                AddOnce(compilation, chunk, new CssInjectStyleRuntimeModule(compilation.Options));
                return true;
            });
            compilation.Hooks.RuntimeRequirementInTree.For(RuntimeGlobalNames.Of(RuntimeGlobals.GetCssServerStyles)).Tap(Name, (chunk, _) =>
            {
                AddOnce(compilation, chunk, new CssServerStylesRuntimeModule(compilation.Options));
                return true;
            });
            compilation.Hooks.RuntimeRequirementInTree.For(RuntimeGlobalNames.Of(RuntimeGlobals.GetChunkCssFilename)).Tap(Name, (chunk, _) =>
            {
                AddOnce(compilation, chunk, new GetChunkCssFilenameRuntimeModule(files));
                return true;
            });
        });
    }

    // Each compilation's stylesheets, named once the chunks are hashed (before their JavaScript is rendered).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, Dictionary<Chunk, (string Filename, Source Source, AssetInfo Info)>> s_files = [];

    /// <summary>The file of <paramref name="chunk"/>'s stylesheet, once the chunks are hashed; null when it has none.</summary>
    public static string? StylesheetFile(Compilation compilation, Chunk chunk) =>
        s_files.TryGetValue(compilation, out var files) && files.TryGetValue(chunk, out var file) ? file.Filename : null;

    /// <summary>Writes the stylesheet rendered for <paramref name="chunk"/> (if any) as one of its files.</summary>
    internal static void EmitChunkFile(Compilation compilation, Chunk chunk, Dictionary<Chunk, (string Filename, Source Source, AssetInfo Info)> files)
    {
        if (!files.TryGetValue(chunk, out var file))
            return;
        compilation.EmitAsset(file.Filename, file.Source, file.Info);
        if (!chunk.Files.Contains(file.Filename))
            chunk.Files.Add(file.Filename);
    }

    private static bool QueuesStyles(IReadOnlyCollection<Module> modules)
    {
        foreach (var module in modules)
        {
            if (module is CssModule { InjectsStyle: true })
                return true;
        }
        return false;
    }

    private static void AddOnce(Compilation compilation, Chunk chunk, Core.Runtime.RuntimeModule module)
    {
        foreach (var existing in chunk.RuntimeModules)
        {
            if (existing.Name == module.Name)
                return;
        }
        compilation.AddRuntimeModule(chunk, module);
    }

    // webpack's isEnabledForChunk: the chunk's runtime loads chunks with script tags or import().
    private static bool LoadsCss(Chunk chunk, Core.Options.SharpackOptions options) =>
        Runtime.ChunkLoadingTypes.Of(chunk, options) is "jsonp" or "import";

    // webpack's hasCssToLoad: a chunk loaded on demand from this runtime writes a stylesheet.
    private static bool HasCssToLoad(Chunk chunk) => LoadsChunkWith(chunk, HasCss);

    /// <summary>Whether a chunk <paramref name="runtimeChunk"/> loads on demand is one <paramref name="predicate"/> takes.</summary>
    internal static bool LoadsChunkWith(Chunk runtimeChunk, Func<Chunk, bool> predicate)
    {
        foreach (var referenced in Runtime.ChunkLoading.AsyncChunks(runtimeChunk))
        {
            if (predicate(referenced))
                return true;
        }
        return false;
    }

    /// <summary>webpack's chunkHasCss: a module of the chunk writes a stylesheet.</summary>
    public static bool HasCss(Chunk chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        foreach (var module in chunk.Modules)
        {
            if (module is CssModule { WritesStylesheet: true } || IsCssImportExternal(module))
                return true;
        }
        return false;
    }

    // A css-import external (webpack's CSS_IMPORT_TYPE): an @import the chunk's stylesheet starts with.
    private static bool IsCssImportExternal(Module module) => module is Externals.ExternalModule { Type: "css-import" };

    // webpack's CssGenerator.getTypes: JavaScript for a CSS module that a module that is no CSS
    // imports for its exports, or that a stylesheet exported as a value (text, css-style-sheet,
    // style) @imports; none for one only "link" stylesheets @import or that JavaScript imports for
    // its styles alone (`import "./a.css"`, which then requires nothing).
    private static void MarkJavaScriptOrigins(Compilation compilation)
    {
        var graph = compilation.Graph;
        foreach (var module in graph.Modules)
        {
            if (module is not CssModule css)
                continue;
            var javaScript = false;
            foreach (var connection in graph.GetIncomingConnections(css))
            {
                // An HTML page's inline style reads the module's text itself (webpack's css-text type).
                if (connection.OriginModule is null || connection.Dependency is JavaScript.Dependencies.Esm.EsmImportSideEffectDependency
                    || connection.Dependency?.Category is DependencyCategory.HtmlStyle or DependencyCategory.HtmlStyleAttribute)
                    continue;
                if (connection.OriginModule is not CssModule origin || origin.ExportType != "link")
                {
                    javaScript = true;
                    break;
                }
            }
            css.HasJavaScriptOrigin = javaScript;
        }
    }

    // The chunk's CSS file, rendered once the hashes are known so that the runtime rendered after
    // can name it; its content hash is the chunk's "css" one.
    private static void RenderFile(Compilation compilation, Chunk chunk, Dictionary<Chunk, (string Filename, Source Source, AssetInfo Info)> files)
    {
        files.Remove(chunk);
        List<Module>? modules = null;
        List<Module>? imports = null;
        foreach (var module in chunk.Modules)
        {
            if (module is CssModule { WritesStylesheet: true })
                (modules ??= []).Add(module);
            else if (IsCssImportExternal(module))
                (imports ??= []).Add(module);
        }
        if (modules is null && imports is null)
            return;
        modules ??= [];
        var ordered = CssChunkOrder.Order(compilation, chunk, modules);
        var options = compilation.Options;
        var template = Template(chunk, options);
        // The undo path is that of the name before hashes are filled in: hashes add no folders.
        var provisional = FilenameTemplate.Render(template, chunk, [], compilation.FullHash, options.Output);
        var undoPath = UndoPath.Of(provisional, options.Output.Path, false);
        var source = new ConcatSource();
        string? charset = null;
        var externals = new List<string>();
        if (imports is not null)
        {
            foreach (var external in CssChunkOrder.Order(compilation, chunk, imports))
                externals.Add("@import url(" + Core.CodeGeneration.CodeGenerationContext.JsonString(((Externals.ExternalModule)external).Request) + ");");
        }
        foreach (var module in ordered)
        {
            var css = (CssModule)module;
            if (css.Charset is { } own)
            {
                if (charset is null)
                    charset = own;
                else if (charset != own)
                    compilation.Warnings.Add(new Core.Stats.BuildDiagnostic($"Conflicting @charset at-rules detected: the module {css.ReadableIdentifier} (in chunk {chunk.Name ?? chunk.Id}) specifies \"{own}\", but \"{charset}\" was expected, all modules must use the same character set"));
            }
            externals.AddRange(css.ExternalImports);
            if (!compilation.CodeGenerationResults.TryGet(css, chunk.Runtime, out var result) || result.OtherSources?.GetValueOrDefault(CssModule.CssSourceType) is not { } stylesheet)
                continue;
            source.Add(ModuleSource(css, stylesheet, undoPath, compilation));
        }
        Source file = source;
        if (charset is not null || externals.Count > 0)
        {
            var head = new StringBuilder();
            if (charset is not null)
                head.Append("@charset \"").Append(charset).Append("\";\n");
            foreach (var external in externals)
                head.Append(external).Append('\n');
            file = new ConcatSource(new RawSource(head.ToString()), source);
        }
        // output.cssFilename / cssChunkFilename as a function: asked once the content hash is known.
        AddChunkFile(compilation, chunk, file, template, chunk.CssFilenameTemplate is not null ? null : chunk.CanBeInitial ? options.Output.CssFilenameFunction : options.Output.CssChunkFilenameFunction,
            CssModule.CssSourceType, files);
    }

    /// <summary>
    /// Names <paramref name="chunk"/>'s stylesheet <paramref name="file"/> by <paramref name="template"/>,
    /// or by what <paramref name="function"/> answers once the content hash is known, records that hash
    /// as the chunk's <paramref name="contentHashType"/> one, and keeps the file for the chunk's assets.
    /// </summary>
    internal static void AddChunkFile(Compilation compilation, Chunk chunk, Source file, string template, Core.Options.JsFunction? function,
        string contentHashType, Dictionary<Chunk, (string Filename, Source Source, AssetInfo Info)> files)
    {
        var output = compilation.Options.Output;
        var bytes = file.GetBuffer();
        var contentHash = FilenameTemplate.ContentHashOf(bytes, output);
        if (function is not null)
        {
            try
            {
                template = ChunkFilenames.CssTemplate(compilation, chunk, function, contentHash, contentHashType);
            }
            catch (Core.Options.JsFunctionException e)
            {
                compilation.Errors.Add(new Core.Stats.BuildDiagnostic(e.Describe()));
                return;
            }
        }
        var contentHashes = new List<(string Hash, string Digest)>();
        var filename = FilenameTemplate.Render(template, chunk, bytes, compilation.FullHash, output, contentHashes);
        chunk.ContentHash[contentHashType] = contentHash;
        Source asset = compilation.UseSourceMap ? new CachedSource(file, bytes) : new RawSource(bytes, convertToString: true);
        files[chunk] = (filename, asset, new AssetInfo
        {
            ChunkNames = chunk.Name is null ? [] : [chunk.Name],
            Immutable = template.Contains("[contenthash", StringComparison.Ordinal) || template.Contains("[chunkhash", StringComparison.Ordinal),
            ContentHash = contentHashes.ConvertAll(static h => h.Hash),
        });
    }

    /// <summary>
    /// webpack's getChunkFilenameTemplate: the chunk's own <see cref="Chunk.CssFilenameTemplate"/>, else
    /// output.cssFilename for a chunk that can be initial, else cssChunkFilename.
    /// </summary>
    public static string Template(Chunk chunk, Core.Options.SharpackOptions options)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        ArgumentNullException.ThrowIfNull(options);
        return chunk.CssFilenameTemplate ?? (chunk.CanBeInitial ? options.Output.CssFilename : options.Output.CssChunkFilename);
    }

    // webpack's renderModule: the module's stylesheet with the public path placed, wrapped in what
    // its @import gave (media, then supports, then layer; then those of the modules that imported it).
    private static Source ModuleSource(CssModule module, Source stylesheet, string undoPath, Compilation compilation)
    {
        var rendered = new ConcatSource(module.Rendered(stylesheet, stylesheet.GetText(), undoPath), new RawSource("\n"));
        if (!compilation.Options.Output.Pathinfo)
            return rendered;
        return new ConcatSource(new RawSource(Core.CodeGeneration.Comments.ModuleHeader(module.ReadableIdentifier)), rendered);
    }

    /// <summary>webpack's renderModule wrapping: <paramref name="source"/> inside its media, then supports(), then layer.</summary>
    internal static Source Wrap(Source source, string? layer, string? supports, string? media)
    {
        if (media is not null)
            source = new ConcatSource(new RawSource("@media " + media + " {\n"), new PrefixSource("\t", source), new RawSource("}\n"));
        if (supports is not null)
            source = new ConcatSource(new RawSource("@supports (" + supports + ") {\n"), new PrefixSource("\t", source), new RawSource("}\n"));
        if (layer is not null)
            source = new ConcatSource(new RawSource("@layer" + (layer.Length > 0 ? " " + layer : "") + " {\n"), new PrefixSource("\t", source), new RawSource("}\n"));
        return source;
    }
}
