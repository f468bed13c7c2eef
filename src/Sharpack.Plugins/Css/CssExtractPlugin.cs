// Follows mini-css-extract-plugin (Rspack's CssExtractRspackPlugin): CSS that css-loader made
// goes into .css files beside the chunks, instead of into the JavaScript.
//   - The loader (`CssExtractPlugin.loader`, builtin:css-extract-loader, css_extract_loader.js)
//     runs the loaders right of it at build time and leaves the stylesheets css-loader exported as
//     the module's parse meta; when the module is parsed, each becomes a dependency whose module
//     (CssExtractModule, type css/mini-extract) is made without resolution.
//   - Once the chunks are hashed, each chunk holding such modules renders its file: the
//     stylesheets in the order its chunk groups want (warning where they disagree, unless
//     ignoreOrder), each in its media / supports() / layer, the loader's public path placeholders
//     made relative to the file; `@import url(…)` stylesheets first. The file is named by the
//     plugin's filename (initial chunks) or chunkFilename.
//   - A runtime that loads chunks gets `__webpack_require__.f.miniCss` and `.miniCssF` (unless
//     `runtime: false`), which link an async chunk's stylesheet before its code runs.

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;
using Sharpack.Core.Runtime;
using Sharpack.Core.Seal;
using Sharpack.Sources;

namespace Sharpack.Plugins.Css;

/// <summary>Extracts the CSS css-loader makes into CSS files (mini-css-extract-plugin).</summary>
public sealed class CssExtractPlugin : IPlugin
{
    /// <summary>The name rules give the plugin's loader (<c>CssExtractPlugin.loader</c>).</summary>
    public const string LoaderName = "builtin:css-extract-loader";

    private const string Name = "mini-css-extract-plugin";
    private const string ParseMetaKey = "css-extract";
    private const string AbsolutePublicPath = "webpack:///mini-css-extract-plugin/";
    private const string AutoPublicPath = "__mini_css_extract_plugin_public_path_auto__";
    private const string BaseUri = "webpack://";
    private const string SingleDotPathSegment = "__mini_css_extract_plugin_single_dot_path_segment__";

    private static string? s_loaderSource;
    private readonly CssExtractPluginOptions _options;

    /// <summary>Creates the plugin with <paramref name="options"/> (mini-css-extract-plugin's defaults when null).</summary>
    public CssExtractPlugin(CssExtractPluginOptions? options = null) => _options = options ?? new CssExtractPluginOptions();

    /// <summary>Creates the plugin from a configuration's options.</summary>
    public CssExtractPlugin(JsonNode? options, IJsFunctionHost? functions)
        : this(CssExtractPluginOptions.Read(options, functions))
    {
    }

    /// <summary>The loader's JavaScript source.</summary>
    public static string LoaderSource()
    {
        if (s_loaderSource is { } source)
            return source;
        using var stream = typeof(CssExtractPlugin).Assembly.GetManifestResourceStream("Sharpack.Runtime.css_extract_loader.js")
            ?? throw new InvalidOperationException("css_extract_loader.js is not embedded.");
        using var reader = new StreamReader(stream);
        return s_loaderSource = reader.ReadToEnd();
    }

    /// <summary>Whether <paramref name="chunk"/> holds an extracted stylesheet.</summary>
    public static bool HasExtractedCss(Chunk chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        foreach (var module in chunk.Modules)
        {
            if (module is CssExtractModule)
                return true;
        }
        return false;
    }

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        compiler.Loaders.RegisterJavaScript(LoaderName, LoaderSource());
        var output = compiler.Options.Output;
        // mini-css-extract-plugin: the plugin's filename, else output.cssFilename as the configuration
        // gives it (webpack applies plugins before its defaults), else "[name].css"; the chunk filename
        // likewise, else derived from the filename so that it differs by chunk.
        var filenameFunction = _options.FilenameFunction ?? (_options.Filename is null && output.CssFilenameGiven ? output.CssFilenameFunction : null);
        var filename = _options.Filename ?? (filenameFunction is null && output.CssFilenameGiven ? output.CssFilename : null) ?? "[name].css";
        var chunkFilenameFunction = _options.ChunkFilenameFunction ?? (_options.ChunkFilename is null && output.CssChunkFilenameGiven ? output.CssChunkFilenameFunction : null);
        var chunkFilename = _options.ChunkFilename ?? (chunkFilenameFunction is null && output.CssChunkFilenameGiven ? output.CssChunkFilename : null)
            // mini-css-extract-plugin's default, as webpack's output.chunkFilename: the filename when it
            // differs by chunk, else "[id]." before its base name; "[id].css" beside a filename function.
            ?? (filenameFunction is null ? OptionsNormalizer.DeriveChunkFilename(filename) : "[id].css");

        JavaScript.JavascriptParserHooks.For(compiler).Program.Tap(Name, (parser, _) =>
        {
            if (parser.Module.BuildInfo.ParseMeta.TryGetValue(ParseMetaKey, out var json))
                AddStylesheets(parser, json);
            return null;
        });
        compiler.Hooks.Compilation.Tap(Name, (compilation, _) =>
            compilation.DependencyFactories[typeof(CssExtractDependency)] = static dependency => new CssExtractModule((CssExtractDependency)dependency));
        compiler.Hooks.ThisCompilation.Tap(Name, (compilation, _) =>
        {
            var files = new Dictionary<Chunk, (string Filename, Source Source, AssetInfo Info)>();
            compilation.Hooks.ContentHash.Tap(Name, chunk =>
            {
                var initial = chunk.CanBeInitial;
                Render(compilation, chunk, initial ? filename : chunkFilename, initial ? filenameFunction : chunkFilenameFunction, files);
            });
            compilation.Hooks.RenderManifest.Tap(Name, chunk => CssModulesPlugin.EmitChunkFile(compilation, chunk, files));
            if (!_options.Runtime)
                return;
            var enabled = new HashSet<Chunk>();
            foreach (var trigger in (ReadOnlySpan<RuntimeGlobals>)[RuntimeGlobals.EnsureChunkHandlers, RuntimeGlobals.PrefetchChunkHandlers, RuntimeGlobals.PreloadChunkHandlers])
            {
                compilation.Hooks.RuntimeRequirementInTree.For(RuntimeGlobalNames.Of(trigger)).Tap(Name, (chunk, set) =>
                {
                    if (!CssModulesPlugin.LoadsChunkWith(chunk, HasExtractedCss) || !enabled.Add(chunk))
                        return null;
                    if (chunkFilename.Contains("[fullhash", StringComparison.Ordinal) || chunkFilename.Contains("[hash", StringComparison.Ordinal))
                        set.Add(RuntimeGlobals.GetFullHash);
                    set.Add(RuntimeGlobals.PublicPath | RuntimeGlobals.HasOwnProperty);
                    compilation.AddRuntimeModule(chunk, new GetMiniCssFilenameRuntimeModule(files));
                    compilation.AddRuntimeModule(chunk, new CssExtractLoadingRuntimeModule(_options));
                    return null;
                });
            }
        });
    }

    // The loader's stylesheets, as dependencies of the module being parsed: the nth of one
    // identifier in a module is its own module (a file @imported twice with different media).
    private static void AddStylesheets(JavaScript.JavascriptParser parser, string json)
    {
        if (JsonNode.Parse(json) is not JsonArray stylesheets)
            return;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in stylesheets)
        {
            if (node is not JsonObject item || Text(item["identifier"]) is not { Length: > 0 } identifier)
                continue;
            var index = counts.GetValueOrDefault(identifier);
            counts[identifier] = index + 1;
            parser.AddDependency(new CssExtractDependency(identifier, index, Text(item["context"]) ?? parser.Module.Directory, Text(item["content"]) ?? "")
            {
                Media = Text(item["media"]),
                Supports = Text(item["supports"]),
                CssLayer = Text(item["layer"]),
                SourceMap = Text(item["sourceMap"]),
            });
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    // mini-css-extract-plugin's renderContentAsset, once the chunk's hashes are known.
    private void Render(Compilation compilation, Chunk chunk, string template, JsFunction? function, Dictionary<Chunk, (string Filename, Source Source, AssetInfo Info)> files)
    {
        files.Remove(chunk);
        List<Module>? modules = null;
        foreach (var module in chunk.Modules)
        {
            if (module is CssExtractModule)
                (modules ??= []).Add(module);
        }
        if (modules is null)
            return;
        var ordered = CssChunkOrder.OrderExtracted(compilation, chunk, modules, _options.IgnoreOrder);
        var options = compilation.Options;
        // The undo path is that of the name before hashes are filled in: hashes add no folders.
        var provisional = FilenameTemplate.Render(template, chunk, [], compilation.FullHash, options.Output);
        var undoPath = UndoPath.Of(provisional, options.Output.Path, false);
        var baseUri = chunk.GetEntryOptions()?.BaseUri ?? undoPath;
        var imports = new ConcatSource();
        var source = new ConcatSource();
        foreach (var module in ordered)
        {
            var css = (CssExtractModule)module;
            var header = options.Output.Pathinfo ? new RawSource(Core.CodeGeneration.Comments.ModuleHeader(css.ReadableIdentifier)) : null;
            var content = css.Content;
            if (content.StartsWith("@import url", StringComparison.Ordinal))
            {
                if (header is not null)
                    imports.Add(header);
                imports.Add(WithImportConditions(content, css));
                imports.Add("\n");
                continue;
            }
            if (header is not null)
                source.Add(header);
            if (css.Supports is { Length: > 0 } supports)
                source.Add("@supports (" + supports + ") {\n");
            if (css.Media is { Length: > 0 } media)
                source.Add("@media " + media + " {\n");
            if (css.CssLayer is { } layer)
                source.Add("@layer" + (layer.Length > 0 ? " " + layer : "") + " {\n");
            content = content.Replace(AbsolutePublicPath, "", StringComparison.Ordinal)
                .Replace(SingleDotPathSegment, ".", StringComparison.Ordinal)
                .Replace(AutoPublicPath, undoPath, StringComparison.Ordinal)
                .Replace(BaseUri, baseUri, StringComparison.Ordinal);
            source.Add(css.SourceMap is { } map && compilation.UseSourceMap
                ? new SourceMapSource(content, css.ReadableIdentifier, SourceMap.Parse(map))
                : new RawSource(content));
            source.Add("\n");
            if (css.CssLayer is not null)
                source.Add("}\n");
            if (css.Media is { Length: > 0 })
                source.Add("}\n");
            if (css.Supports is { Length: > 0 })
                source.Add("}\n");
        }
        CssModulesPlugin.AddChunkFile(compilation, chunk, new ConcatSource(imports, source), template, function, CssExtractModule.Type, files);
    }

    // An `@import url(…)` stylesheet keeps its conditions in the rule itself (mini-css-extract-plugin's).
    private static string WithImportConditions(string content, CssExtractModule module)
    {
        if (module.Media is not { Length: > 0 } && module.Supports is not { Length: > 0 } && module.CssLayer is null)
            return content;
        var extra = new StringBuilder();
        if (module.CssLayer is { } layer)
            extra.Append(layer.Length > 0 ? " layer(" + layer + ")" : " layer");
        if (module.Supports is { Length: > 0 } supports)
            extra.Append(" supports(").Append(supports).Append(')');
        if (module.Media is { Length: > 0 } media)
            extra.Append(' ').Append(media);
        extra.Append(';');
        // The first ";" or the trailing space (mini-css-extract-plugin's /;|\s*$/).
        var semicolon = content.IndexOf(';', StringComparison.Ordinal);
        if (semicolon >= 0)
            return content[..semicolon] + extra + content[(semicolon + 1)..];
        return content.TrimEnd() + extra;
    }
}
