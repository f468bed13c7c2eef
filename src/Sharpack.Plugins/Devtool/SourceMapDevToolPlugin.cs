// Follows webpack lib/SourceMapDevToolPlugin.js (the source-map devtools other than eval-*): at
// processAssets' dev-tooling stage, for every asset whose name passes test/include/exclude
// (by default .js, .mjs, .cjs and .css), takes the map its rendered source streams, names the
// map's sources by the module filename template (a module's webpack:// name leads back to the
// module; names taken twice get the fallback template, then stars), and either emits the map as
// a file next to the asset (output.sourceMapFilename, with a //# sourceMappingURL comment unless
// append is false) or appends it as a data: URL (inline). The asset keeps its bytes; the map is
// built from the source tree the chunk was rendered from, in one streaming pass.

using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.Hooks;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;
using Sharpack.Core.Seal;
using Sharpack.Plugins.Builtin;
using Sharpack.Sources;

namespace Sharpack.Plugins.Devtool;

/// <summary>webpack's SourceMapDevToolPlugin options.</summary>
public sealed record SourceMapDevToolPluginOptions
{
    /// <summary>The map's file name template (<c>[file].map[query]</c>…); null for an inline data: URL.</summary>
    public string? Filename { get; init; }

    /// <summary>The comment appended to the asset (<c>[url]</c> is the map's URL); null for webpack's default.</summary>
    public string? Append { get; init; }

    /// <summary>append: false — no comment (only with a filename).</summary>
    public bool AppendDisabled { get; init; }

    /// <summary>append as a function of (pathData, assetInfo) returning the comment.</summary>
    public JsFunction? AppendFunction { get; init; }

    /// <summary>How sources are named.</summary>
    public ModuleFilenameTemplate ModuleFilenameTemplate { get; init; } = ModuleFilenameTemplate.Default;

    /// <summary>How sources are named when the first template names two the same.</summary>
    public ModuleFilenameTemplate FallbackModuleFilenameTemplate { get; init; } = ModuleFilenameTemplate.DefaultFallback;

    /// <summary>The <c>[namespace]</c> of the templates.</summary>
    public string Namespace { get; init; } = "";

    /// <summary>Mappings with columns (false: lines only, the cheap devtools).</summary>
    public bool Columns { get; init; } = true;

    /// <summary>Follow loaders' source maps back to the files they read.</summary>
    public bool Module { get; init; } = true;

    /// <summary>Leave out sourcesContent.</summary>
    public bool NoSources { get; init; }

    /// <summary>The map's sourceRoot.</summary>
    public string? SourceRoot { get; init; }

    /// <summary>Put before the map's file name in the comment instead of a relative URL.</summary>
    public string? PublicPath { get; init; }

    /// <summary>The folder <c>[file]</c> is made relative to in the map's file name.</summary>
    public string? FileContext { get; init; }

    /// <summary>Only assets whose names pass this; null for webpack's default (JavaScript and CSS files).</summary>
    public Func<string, bool>? Test { get; init; }

    /// <summary>Only assets whose names pass this.</summary>
    public Func<string, bool>? Include { get; init; }

    /// <summary>Not assets whose names pass this.</summary>
    public Func<string, bool>? Exclude { get; init; }

    /// <summary>Sources (by their names in the map) to list in ignoreList.</summary>
    public Func<string, bool>? IgnoreList { get; init; }

    /// <summary>Add a debugId to the map and a <c>//# debugId=</c> comment to the asset.</summary>
    public bool DebugIds { get; init; }

    /// <summary>The devtool is for stylesheets only (<c>{ type: "css" }</c>): only CSS modules keep what their maps need.</summary>
    public bool CssOnly { get; init; }
}

/// <summary>Emits source maps for the chunk assets (webpack's SourceMapDevToolPlugin).</summary>
public sealed class SourceMapDevToolPlugin : IPlugin
{
    private const string Name = "SourceMapDevToolPlugin";
    internal const string Title = "SourceMap DevTool Plugin";

    // The first plugin instance to see an asset pins its source with the map, so a second instance
    // (which finds the asset already replaced by text without a map) can still map it.
    private static readonly ConditionalWeakTable<Compilation, Dictionary<string, Source>> s_originals = [];

    private readonly SourceMapDevToolPluginOptions _options;

    /// <summary>A plugin with the given options.</summary>
    /// <exception cref="ArgumentException">append is false or a function without a filename (an inline map needs the comment).</exception>
    public SourceMapDevToolPlugin(SourceMapDevToolPluginOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // webpack finds these while emitting; found here they are a configuration error, not a failed build.
        if (options.Filename is null && options.AppendDisabled && !options.DebugIds)
            throw new ArgumentException($"{Name}: append can't be false when no filename is provided (an inline map is the comment).", nameof(options));
        if (options.Filename is null && options.AppendFunction is not null && options.Append is null)
            throw new ArgumentException($"{Name}: append can't be a function when no filename is provided.", nameof(options));
        _options = options;
    }

    /// <summary>A plugin from a configuration's options (webpack's schema); functions are called through <paramref name="functions"/>.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public SourceMapDevToolPlugin(JsonNode? options, IJsFunctionHost? functions) : this(Read(options, functions))
    {
    }

    /// <summary>The options read.</summary>
    public SourceMapDevToolPluginOptions Options => _options;

    /// <summary>Reads webpack's SourceMapDevToolPlugin options.</summary>
    internal static SourceMapDevToolPluginOptions Read(JsonNode? node, IJsFunctionHost? functions, string title = Title, bool eval = false)
    {
        if (node is null)
            return new SourceMapDevToolPluginOptions();
        if (node is not JsonObject obj)
            throw BuiltinOptions.Invalid(title, "options should be an object.");
        BuiltinOptions.CheckKeys(obj, title, "append", "columns", "debugIds", "exclude", "fallbackModuleFilenameTemplate", "fileContext", "filename",
            "ignoreList", "include", "module", "moduleFilenameTemplate", "namespace", "noSources", "publicPath", "sourceRoot", "test");
        string? filename = null;
        switch (BuiltinOptions.Kind(obj["filename"]))
        {
            case JsonValueKind.Null or JsonValueKind.False: break;
            case JsonValueKind.String:
                filename = obj["filename"]!.GetValue<string>();
                if (Path.IsPathRooted(filename))
                    throw BuiltinOptions.Invalid(title, $"options.filename: A relative path is expected. However, the provided value \"{filename}\" is an absolute path!");
                break;
            default: throw BuiltinOptions.Invalid(title, "options.filename should be one of these:\n   false | null | string (relative path)");
        }
        string? append = null;
        var appendDisabled = false;
        JsFunction? appendFunction = null;
        switch (BuiltinOptions.Kind(obj["append"]))
        {
            case JsonValueKind.Null: break;
            case JsonValueKind.False: appendDisabled = true; break;
            case JsonValueKind.String: append = obj["append"]!.GetValue<string>(); break;
            case JsonValueKind.Object when JsFunction.IsHandle(obj["append"]):
                appendFunction = BuiltinOptions.Function(obj["append"], functions, title, "options.append");
                break;
            default: throw BuiltinOptions.Invalid(title, "options.append should be one of these:\n   null | false | string | function");
        }
        return new SourceMapDevToolPluginOptions
        {
            Filename = filename,
            Append = append,
            AppendDisabled = appendDisabled,
            AppendFunction = eval ? null : appendFunction,
            ModuleFilenameTemplate = Template(obj["moduleFilenameTemplate"], functions, title, "options.moduleFilenameTemplate")
                ?? (eval ? ModuleFilenameTemplate.DefaultFallback : ModuleFilenameTemplate.Default),
            FallbackModuleFilenameTemplate = Template(obj["fallbackModuleFilenameTemplate"], functions, title, "options.fallbackModuleFilenameTemplate")
                ?? ModuleFilenameTemplate.DefaultFallback,
            Namespace = BuiltinOptions.String(obj["namespace"], title, "options.namespace") ?? "",
            Columns = BuiltinOptions.Bool(obj["columns"], title, "options.columns") ?? true,
            Module = BuiltinOptions.Bool(obj["module"], title, "options.module") ?? true,
            NoSources = BuiltinOptions.Bool(obj["noSources"], title, "options.noSources") ?? false,
            DebugIds = BuiltinOptions.Bool(obj["debugIds"], title, "options.debugIds") ?? false,
            SourceRoot = BuiltinOptions.String(obj["sourceRoot"], title, "options.sourceRoot"),
            PublicPath = BuiltinOptions.String(obj["publicPath"], title, "options.publicPath"),
            FileContext = BuiltinOptions.String(obj["fileContext"], title, "options.fileContext"),
            Test = BuiltinOptions.MatchPart(obj["test"], title, "options.test", functions),
            Include = BuiltinOptions.MatchPart(obj["include"], title, "options.include", functions),
            Exclude = BuiltinOptions.MatchPart(obj["exclude"], title, "options.exclude", functions),
            IgnoreList = BuiltinOptions.MatchPart(obj["ignoreList"], title, "options.ignoreList", functions),
        };
    }

    // A template option: a string (an empty one is webpack's falsy, the default) or a function.
    private static ModuleFilenameTemplate? Template(JsonNode? node, IJsFunctionHost? functions, string title, string path)
    {
        if (JsFunction.IsHandle(node))
            return new ModuleFilenameTemplate("", BuiltinOptions.Function(node, functions, title, path));
        return BuiltinOptions.String(node, title, path) is { Length: > 0 } text ? new ModuleFilenameTemplate(text) : null;
    }

    /// <summary>The options webpack's WebpackOptionsApply gives the plugin for a devtool string.</summary>
    public static SourceMapDevToolPluginOptions ForDevtool(DevtoolSetting devtool, OutputOptions output)
    {
        ArgumentNullException.ThrowIfNull(devtool);
        ArgumentNullException.ThrowIfNull(output);
        var use = devtool.Use;
        var cheap = use.Contains("cheap", StringComparison.Ordinal);
        var eval = use.Contains("eval", StringComparison.Ordinal);
        var test = devtool.Type switch
        {
            "javascript" => new Func<string, bool>(static file => HasExtension(file, false)),
            "css" => static file => AssetFileTypes.IsCss(file),
            _ => null,
        };
        return new SourceMapDevToolPluginOptions
        {
            Test = eval ? null : test,
            Filename = use.Contains("inline", StringComparison.Ordinal) ? null : output.SourceMapFilename,
            ModuleFilenameTemplate = TemplateOf(output.DevtoolModuleFilenameTemplate, output.DevtoolModuleFilenameTemplateFunction)
                ?? (eval ? ModuleFilenameTemplate.DefaultFallback : ModuleFilenameTemplate.Default),
            FallbackModuleFilenameTemplate = TemplateOf(output.DevtoolFallbackModuleFilenameTemplate, output.DevtoolFallbackModuleFilenameTemplateFunction)
                ?? ModuleFilenameTemplate.DefaultFallback,
            AppendDisabled = use.Contains("hidden", StringComparison.Ordinal),
            Module = use.Contains("module", StringComparison.Ordinal) || !cheap,
            Columns = !cheap,
            NoSources = use.Contains("nosources", StringComparison.Ordinal),
            Namespace = output.DevtoolNamespace ?? output.UniqueName,
            DebugIds = use.Contains("debugids", StringComparison.Ordinal),
            CssOnly = devtool.Type == "css",
        };
    }

    /// <summary>An output option's module filename template (its text or function), or null when it has none.</summary>
    internal static ModuleFilenameTemplate? TemplateOf(string? text, JsFunction? function) =>
        function is not null ? new ModuleFilenameTemplate("", function) : string.IsNullOrEmpty(text) ? null : new ModuleFilenameTemplate(text);

    // webpack's default test, /\.((c|m)?js|css)($|\?)/i (css: false leaves JavaScript only).
    // webpack's test of the source-map plugins: a JavaScript file, or CSS too.
    private static bool HasExtension(string file, bool css) => AssetFileTypes.IsJavaScript(file) || (css && AssetFileTypes.IsCss(file));

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        compiler.Hooks.Compilation.Tap(Name, (compilation, _) =>
        {
            new SourceMapDevToolModuleOptionsPlugin(_options.Module, _options.CssOnly).Apply(compilation);
            compilation.Hooks.ProcessAssets.Tap(new TapOptions(Name) { Stage = Compilation.ProcessAssetsStageDevTooling }, _ =>
            {
                try
                {
                    Process(compilation);
                }
                catch (JsFunctionException e)
                {
                    // A template function threw: the maps are missing, and the build says why.
                    compilation.Errors.Add(new Core.Stats.BuildDiagnostic(e.Describe()));
                }
            });
        });
    }

    private bool Matches(string file) =>
        (_options.Test is null ? HasExtension(file, true) : _options.Test(file))
        && (_options.Include is null || _options.Include(file))
        && (_options.Exclude is null || !_options.Exclude(file));

    // One asset's map, before its sources are named.
    private sealed record Task(string File, string Text, SourceMap Map, object[] Modules, AssetInfo Info);

    private void Process(Compilation compilation)
    {
        var options = compilation.Options;
        var originals = s_originals.GetOrCreateValue(compilation);
        var fileToChunk = new Dictionary<string, Chunk>(StringComparer.Ordinal);
        foreach (var chunk in compilation.Chunks)
        {
            foreach (var file in chunk.Files)
                fileToChunk[file] = chunk;
        }
        var modulesByName = EvalSourceMapDevToolPlugin.ModulesBySourceName(compilation.Graph);
        var mapOptions = _options.Columns ? SourceMapOptions.Default : SourceMapOptions.LinesOnly;
        // Module (or plain source) → its name in sources; insertion order is webpack's Map order.
        var sourceNames = new Dictionary<object, string>();
        var tasks = new List<Task>();
        foreach (var file in compilation.Assets.Keys.ToArray())
        {
            if (!Matches(file))
                continue;
            var asset = compilation.Assets[file];
            var (text, map) = asset.Source.GetSourceAndMap(mapOptions);
            if (map is not null)
            {
                originals.TryAdd(file, asset.Source);
            }
            else if (originals.TryGetValue(file, out var original))
            {
                // An earlier devtool plugin replaced the asset: the map is the original's, the text (with its comment) the current one.
                map = original.GetMap(mapOptions);
            }
            if (map is null)
                continue;
            var modules = new object[map.Sources.Count];
            fileToChunk.TryGetValue(file, out var fileChunk);
            var @namespace = NamespaceFor(compilation, fileChunk);
            for (var i = 0; i < modules.Length; i++)
            {
                var source = map.Sources[i] ?? "";
                object key = source.StartsWith("webpack://", StringComparison.Ordinal)
                    ? modulesByName.TryGetValue(source, out var module) ? module : Absolutify(options.Context, source["webpack://".Length..])
                    : source;
                modules[i] = key;
                if (key is string text2 && (text2.StartsWith("data:", StringComparison.Ordinal) || text2.StartsWith("http:", StringComparison.Ordinal) || text2.StartsWith("https:", StringComparison.Ordinal)))
                {
                    sourceNames[key] = text2;
                    continue;
                }
                if (!sourceNames.ContainsKey(key))
                    sourceNames[key] = CreateFilename(key, _options.ModuleFilenameTemplate, @namespace, options);
            }
            tasks.Add(new Task(file, text, map, modules, asset.Info));
        }
        if (tasks.Count == 0)
            return;
        ResolveConflicts(sourceNames, options);
        foreach (var task in tasks)
        {
            try
            {
                Attach(compilation, task, sourceNames, fileToChunk.GetValueOrDefault(task.File));
            }
            catch (JsFunctionException e)
            {
                compilation.Errors.Add(new Core.Stats.BuildDiagnostic(e.Describe()));
            }
        }
    }

    // webpack's makePathsAbsolute for a webpack:// name that is no module (a loader's original file).
    internal static string Absolutify(string context, string name)
    {
        if (name.IndexOf('.', StringComparison.Ordinal) < 0)
            return name;
        var parts = name.Split('!');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part.StartsWith("./", StringComparison.Ordinal) || part.StartsWith("../", StringComparison.Ordinal) || part == ".")
            {
                var query = part.IndexOf('?', StringComparison.Ordinal);
                var path = query < 0 ? part : part[..query];
                parts[i] = Path.GetFullPath(path, context).Replace('\\', '/') + (query < 0 ? "" : part[query..]);
            }
        }
        return string.Join('!', parts);
    }

    // webpack's compilation.getPath(namespace, { chunk }): the namespace may name the chunk.
    private string NamespaceFor(Compilation compilation, Chunk? chunk) =>
        _options.Namespace.Contains('[', StringComparison.Ordinal) && chunk is not null
            ? FillPath(_options.Namespace, compilation, chunk, "", null, null)
            : _options.Namespace;

    private string CreateFilename(object key, ModuleFilenameTemplate template, string @namespace, SharpackOptions options) =>
        key is Module module
            ? ModuleFilenameHelpers.CreateFilename(module, null, template, @namespace, options.Context, options.Output)
            : ModuleFilenameHelpers.CreateFilename(null, (string)key, template, @namespace, options.Context, options.Output);

    // webpack's conflict pass: in order of identifier length, a name already taken is replaced by
    // the fallback template's, and stars are appended while that is taken too.
    private void ResolveConflicts(Dictionary<object, string> sourceNames, SharpackOptions options)
    {
        var used = new HashSet<string>(sourceNames.Values, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var keys = sourceNames.Keys.ToArray();
        // A stable sort by identifier length, as JavaScript's Array.prototype.sort.
        var order = new int[keys.Length];
        for (var i = 0; i < order.Length; i++)
            order[i] = i;
        var lengths = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++)
            lengths[i] = keys[i] is Module m ? m.Identifier.Length : ((string)keys[i]).Length;
        Array.Sort(order, (a, b) => lengths[a] != lengths[b] ? lengths[a].CompareTo(lengths[b]) : a.CompareTo(b));
        foreach (var index in order)
        {
            var key = keys[index];
            var name = sourceNames[key];
            if (seen.Add(name))
                continue;
            name = CreateFilename(key, _options.FallbackModuleFilenameTemplate, _options.Namespace, options);
            if (used.Add(name))
            {
                sourceNames[key] = name;
                continue;
            }
            do
            {
                name += "*";
            }
            while (used.Contains(name));
            sourceNames[key] = name;
            used.Add(name);
        }
    }

    private void Attach(Compilation compilation, Task task, Dictionary<object, string> sourceNames, Chunk? chunk)
    {
        var file = task.File;
        var names = new string?[task.Modules.Length];
        for (var i = 0; i < names.Length; i++)
            names[i] = sourceNames[task.Modules[i]];
        List<int>? ignoreList = null;
        if (_options.IgnoreList is { } ignore)
        {
            for (var i = 0; i < names.Length; i++)
            {
                if (ignore(names[i]!))
                    (ignoreList ??= []).Add(i);
            }
        }
        var usesContentHash = _options.Filename is { } template && PathPlaceholders.Replace(template, (key, _, _) => key == "contenthash" ? "\u0001" : null).Contains('\u0001', StringComparison.Ordinal);
        var outputFile = file;
        // A map named by its content hash would depend on the file's name holding the file's content hash: hide that one.
        if (usesContentHash)
        {
            foreach (var hash in task.Info.ContentHash)
            {
                if (hash.Length > 0)
                    outputFile = outputFile.Replace(hash, new string('x', hash.Length), StringComparison.Ordinal);
            }
        }
        var isCss = AssetFileTypes.IsCss(file);
        string? comment = _options.AppendDisabled ? null : _options.Append ?? "\n//# sourceMappingURL=[url]";
        var appendFunction = _options.AppendDisabled ? null : _options.Append is null ? _options.AppendFunction : null;
        if (comment is not null && appendFunction is null && isCss && comment.StartsWith("\n//", StringComparison.Ordinal) && comment.IndexOf('\n', 1) < 0)
            comment = "\n/*" + comment[3..] + "*/";
        string? debugId = null;
        string? debugIdComment = null;
        if (_options.DebugIds)
        {
            debugId = DebugId(task.Text, outputFile);
            debugIdComment = "\n//# debugId=" + debugId;
            if (comment is null && appendFunction is null)
                comment = debugIdComment;
            else if (comment is not null)
                comment = debugIdComment + comment;
        }
        var map = new SourceMap
        {
            Version = task.Map.Version,
            File = outputFile,
            Mappings = task.Map.Mappings,
            Sources = names,
            SourcesContent = _options.NoSources ? null : task.Map.SourcesContent,
            Names = task.Map.Names,
            SourceRoot = _options.SourceRoot ?? "",
            IgnoreList = ignoreList,
            DebugId = debugId,
        };
        var json = map.ToJson();
        if (_options.Filename is { } filenameTemplate)
        {
            var mapBytes = Encoding.UTF8.GetBytes(json);
            string? contentHash = null;
            if (usesContentHash)
            {
                var hash = Core.Hashing.Hash.CreateUnsalted(compilation.Options.Output);
                hash.Append(mapBytes);
                contentHash = hash.Digest("hex");
            }
            var filename = _options.FileContext is { } fileContext
                ? Path.GetRelativePath("/" + fileContext, "/" + file).Replace('\\', '/')
                : file;
            var mapFile = FillPath(filenameTemplate, compilation, chunk, filename, contentHash, url: null);
            var url = _options.PublicPath is { } publicPath
                ? publicPath + mapFile
                : Path.GetRelativePath(Path.GetDirectoryName("/" + file)!.Replace('\\', '/'), "/" + mapFile).Replace('\\', '/');
            Source asset = new RawSource(task.Text);
            if (appendFunction is not null)
            {
                var pathData = chunk is null ? new JsonObject() : PathData.ForChunk(chunk, compilation.Hash, filename);
                pathData["filename"] = filename;
                pathData["url"] = url;
                if (contentHash is not null)
                    pathData["contentHash"] = contentHash;
                var answer = appendFunction.Call(pathData, new JsonObject());
                var text = answer is JsonValue value && value.GetValueKind() == JsonValueKind.String
                    ? value.GetValue<string>()
                    : throw JsFunctionException.Failed(appendFunction.OptionPath, $"returned {answer?.ToJsonString() ?? "undefined"} for {file}; it should return the comment's text.");
                asset = new ConcatSource(asset, new RawSource(debugIdComment + FillPath(text, compilation, chunk, filename, contentHash, url)));
            }
            else if (comment is not null)
            {
                asset = new ConcatSource(asset, new RawSource(FillPath(comment, compilation, chunk, filename, contentHash, url)));
            }
            compilation.UpdateAsset(file, _ => asset, info => info with
            {
                Related = new Dictionary<string, string>(info.Related, StringComparer.Ordinal) { ["sourceMap"] = info.Related.GetValueOrDefault("sourceMap") ?? mapFile },
            });
            compilation.EmitAsset(mapFile, new RawSource(mapBytes), new AssetInfo
            {
                Development = true,
                Immutable = contentHash is not null,
                ContentHash = contentHash is null ? [] : [contentHash],
            });
        }
        else
        {
            if (comment is null)
                throw new InvalidOperationException($"{Name}: append can't be {(appendFunction is null ? "false" : "a function")} when no filename is provided");
            var dataUrl = "data:application/json;charset=utf-8;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
            var text = comment.Replace("[map]", json, StringComparison.Ordinal).Replace("[url]", dataUrl, StringComparison.Ordinal);
            compilation.UpdateAsset(file, _ => new ConcatSource(new RawSource(task.Text), new RawSource(text)));
        }
    }

    // webpack's generateDebugId: a UUID (version 4 layout) from two xxhash64 digests, of the content and of the file with the first.
    internal static string DebugId(string content, string file)
    {
        var first = Core.Hashing.Hash.Create("xxhash64")!;
        first.Append(content.AsSpan());
        var sourceHash = first.Digest("hex");
        var second = Core.Hashing.Hash.Create("xxhash64")!;
        second.Append(file.AsSpan());
        second.Append(sourceHash.AsSpan());
        var hash128 = sourceHash + second.Digest("hex");
        var variant = (Convert.ToInt32(hash128[15..16], 16) & 3) | 8;
        return hash128[..8] + "-" + hash128[8..12] + "-4" + hash128[12..15] + "-" + variant.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + hash128[17..20] + "-" + hash128[20..32];
    }

    // webpack's compilation.getPath for the map's name and the comment: the file's parts ([file],
    // [query], [fragment], [base], [path], [name], [ext]), the chunk's ([name] wins, [id],
    // [chunkhash]), the compilation's [fullhash], the map's [contenthash] and the comment's [url].
    private static string FillPath(string template, Compilation compilation, Chunk? chunk, string filename, string? contentHash, string? url)
    {
        if (!template.Contains('[', StringComparison.Ordinal))
            return template;
        Module.ParseResource(filename, out var path, out var query, out var fragment);
        var parts = new FilePathParts(path, query, fragment);
        return PathPlaceholders.ReplaceWithLengths(template, key => key switch
        {
            "name" when chunk is not null => chunk.Name ?? chunk.Id,
            "id" => chunk?.Id,
            "fullhash" or "hash" => compilation.FullHash,
            "chunkhash" => chunk?.RenderedHash ?? chunk?.Hash,
            "contenthash" => contentHash,
            "url" => url,
            _ => parts.Value(key),
        });
    }
}
