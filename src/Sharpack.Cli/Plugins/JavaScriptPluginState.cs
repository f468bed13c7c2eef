// What node's stand-in of one compilation knows (plugin-host.js), and keeping it current: before a
// JavaScript tap runs, the assets that changed since node last saw them (by the identity of their
// source and info), the hashes, and snapshots of the modules and chunks when the graph changed;
// after it, what the plugin did to the compilation, applied here.

using System.Text.Json;
using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.ChunkGraph;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;
using Sharpack.Core.Stats;
using Sharpack.Sources;

namespace Sharpack.Cli.Plugins;

internal sealed class JavaScriptPluginState(int id, Compilation compilation, int compilerId)
{
    private readonly Dictionary<string, Asset> _sentAssets = new(StringComparer.Ordinal);
    private bool _initSent;
    private string? _sentHash;
    private (int Modules, int Chunks, bool Ids, bool Circular, string Hash) _sentGraph = (-1, -1, false, false, "");
    // The modules of the last snapshot node got, in its order; whether their generated code went with it.
    private List<Module>? _sentModules;
    private bool _codeGenerationSent;

    public int Id { get; } = id;

    // ---- to node

    /// <summary>The compiler's data for node's stand-in: context, outputPath, name, and the settled options (compiler.options).</summary>
    public static void WriteCompilerData(Utf8JsonWriter writer, Compiler compiler, int pluginIndex)
    {
        var options = compiler.Options;
        writer.WriteStartObject();
        writer.WriteNumber("plugin", pluginIndex);
        writer.WriteString("context", options.Context);
        writer.WriteString("outputPath", options.Output.Path);
        if (options.Name is null)
            writer.WriteNull("name");
        else
            writer.WriteString("name", options.Name);
        writer.WritePropertyName("options");
        WriteOptions(writer, options);
        writer.WriteEndObject();
    }

    // webpack's compiler.options as far as sharpack settles them (the rest is the configuration as written).
    private static void WriteOptions(Utf8JsonWriter writer, SharpackOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("mode", options.Mode == BuildMode.Development ? "development" : options.Mode == BuildMode.Production ? "production" : "none");
        writer.WriteString("context", options.Context);
        if (options.Devtool is null)
            writer.WriteBoolean("devtool", false);
        else
            writer.WriteString("devtool", options.Devtool);
        writer.WritePropertyName("output");
        WriteOutputOptions(writer, options.Output);
        writer.WriteStartObject("externalsPresets");
        var target = options.Target;
        writer.WriteBoolean("web", target.WebExternals);
        writer.WriteBoolean("node", target.NodeExternals);
        writer.WriteBoolean("nwjs", target.NwjsExternals);
        writer.WriteBoolean("electron", target.ElectronExternals);
        writer.WriteEndObject();
        writer.WriteStartObject("experiments");
        writer.WriteBoolean("outputModule", options.Experiments.OutputModule);
        writer.WriteBoolean("deferImport", options.Experiments.DeferImport);
        // webpack 5.109: left unset (or "auto"), CSS is on unless a rule claims .css files.
        if (options.Experiments.Css is { } css)
            writer.WriteBoolean("css", css);
        else
            writer.WriteString("css", "auto");
        writer.WriteEndObject();
        var optimization = options.Optimization;
        writer.WriteStartObject("optimization");
        writer.WriteBoolean("minimize", optimization.Minimize);
        writer.WriteBoolean("concatenateModules", optimization.ConcatenateModules);
        writer.WriteBoolean("innerGraph", optimization.InnerGraph);
        writer.WriteBoolean("providedExports", optimization.ProvidedExports);
        writer.WriteBoolean("removeAvailableModules", optimization.RemoveAvailableModules);
        writer.WriteBoolean("removeEmptyChunks", optimization.RemoveEmptyChunks);
        writer.WriteBoolean("mergeDuplicateChunks", optimization.MergeDuplicateChunks);
        writer.WriteBoolean("flagIncludedChunks", optimization.FlagIncludedChunks);
        WriteStringOrFalse(writer, "moduleIds", optimization.ModuleIds);
        WriteStringOrFalse(writer, "chunkIds", optimization.ChunkIds);
        WriteStringOrFalse(writer, "nodeEnv", optimization.NodeEnv);
        WriteStringOrFalse(writer, "mangleExports", optimization.MangleExports);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteStringOrFalse(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
            writer.WriteBoolean(name, false);
        else
            writer.WriteString(name, value);
    }

    private static void WriteOutputOptions(Utf8JsonWriter writer, OutputOptions output)
    {
        writer.WriteStartObject();
        writer.WriteString("path", output.Path);
        writer.WriteString("filename", output.Filename);
        writer.WriteString("chunkFilename", output.ChunkFilename);
        writer.WriteString("publicPath", output.PublicPath);
        writer.WriteString("hashFunction", output.HashFunction);
        writer.WriteString("hashDigest", output.HashDigest);
        writer.WriteNumber("hashDigestLength", output.HashDigestLength);
        if (output.HashSalt is not null)
            writer.WriteString("hashSalt", output.HashSalt);
        writer.WriteString("uniqueName", output.UniqueName);
        writer.WriteBoolean("module", output.Module);
        writer.WriteBoolean("iife", output.Iife);
        writer.WriteBoolean("pathinfo", output.Pathinfo);
        writer.WriteString("globalObject", output.GlobalObject);
        writer.WriteString("chunkLoadingGlobal", output.ChunkLoadingGlobal);
        WriteStringOrFalse(writer, "chunkLoading", output.ChunkLoading);
        WriteStringOrFalse(writer, "chunkFormat", output.ChunkFormat);
        WriteStringOrFalse(writer, "wasmLoading", output.WasmLoading);
        WriteStringOrFalse(writer, "crossOriginLoading", output.CrossOriginLoading);
        WriteStringOrFalse(writer, "scriptType", output.ScriptType);
        writer.WriteString("sourceMapFilename", output.SourceMapFilename);
        writer.WriteString("importMetaName", output.ImportMetaName);
        writer.WriteNumber("chunkLoadTimeout", output.ChunkLoadTimeout);
        writer.WriteBoolean("strictModuleErrorHandling", output.StrictModuleErrorHandling);
        writer.WriteBoolean("strictModuleExceptionHandling", output.StrictModuleExceptionHandling);
        var environment = output.Environment;
        writer.WriteStartObject("environment");
        writer.WriteBoolean("arrowFunction", environment.ArrowFunction);
        writer.WriteBoolean("const", environment.Const);
        writer.WriteBoolean("let", environment.Let);
        writer.WriteBoolean("methodShorthand", environment.MethodShorthand);
        writer.WriteBoolean("globalThis", environment.GlobalThis);
        writer.WriteBoolean("dynamicImport", environment.DynamicImport);
        writer.WriteBoolean("module", environment.Module);
        if (environment.Document is bool document)
            writer.WriteBoolean("document", document);
        writer.WriteBoolean("nodePrefixForCoreModules", environment.NodePrefixForCoreModules);
        writer.WriteBoolean("importMetaDirnameAndFilename", environment.ImportMetaDirnameAndFilename);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>What changed since node last heard about this compilation.</summary>
    /// <summary>
    /// What changed for node since the last call; with <paramref name="codeGeneration"/>, the
    /// modules' generated code too (once, and again with each new module snapshot).
    /// </summary>
    public void WriteNews(Utf8JsonWriter writer, bool codeGeneration = false)
    {
        writer.WriteStartObject();
        writer.WriteNumber("cid", Id);
        if (!_initSent)
        {
            _initSent = true;
            writer.WriteStartObject("init");
            writer.WriteNumber("compiler", compilerId);
            writer.WritePropertyName("outputOptions");
            WriteOutputOptions(writer, compilation.Options.Output);
            writer.WriteEndObject();
        }
        if (compilation.Hash != _sentHash)
        {
            _sentHash = compilation.Hash;
            if (compilation.Hash.Length > 0)
            {
                writer.WriteString("hash", compilation.Hash);
                writer.WriteString("fullHash", compilation.FullHash);
            }
        }
        WriteAssetNews(writer);
        if (WriteGraphNews(writer))
            _codeGenerationSent = false;
        if (codeGeneration && !_codeGenerationSent && _sentModules is not null && compilation.CodeGenerationResults.Count > 0)
        {
            _codeGenerationSent = true;
            WriteCodeGeneration(writer, _sentModules);
        }
        writer.WriteEndObject();
    }

    private void WriteAssetNews(Utf8JsonWriter writer)
    {
        var started = false;
        void Start()
        {
            if (!started)
            {
                started = true;
                writer.WriteStartObject("assets");
            }
        }
        List<string>? gone = null;
        foreach (var (name, _) in _sentAssets)
        {
            if (!compilation.Assets.ContainsKey(name))
                (gone ??= []).Add(name);
        }
        if (gone is not null)
        {
            Start();
            foreach (var name in gone)
            {
                _sentAssets.Remove(name);
                writer.WriteNull(name);
            }
        }
        foreach (var (name, asset) in compilation.Assets)
        {
            if (_sentAssets.TryGetValue(name, out var sent) && ReferenceEquals(sent.Source, asset.Source) && ReferenceEquals(sent.Info, asset.Info))
                continue;
            Start();
            _sentAssets[name] = asset;
            writer.WriteStartObject(name);
            if (asset.Source is RawSource { IsBuffer: true })
                writer.WriteBase64String("base64", asset.Source.GetBuffer());
            else
                writer.WriteString("text", asset.Source.GetText());
            writer.WritePropertyName("info");
            WriteAssetInfo(writer, asset.Info);
            writer.WriteEndObject();
        }
        if (started)
            writer.WriteEndObject();
    }

    private static void WriteAssetInfo(Utf8JsonWriter writer, AssetInfo info)
    {
        writer.WriteStartObject();
        if (info.Immutable)
            writer.WriteBoolean("immutable", true);
        if (info.Minimized)
            writer.WriteBoolean("minimized", true);
        if (info.Development)
            writer.WriteBoolean("development", true);
        if (info.HotModuleReplacement)
            writer.WriteBoolean("hotModuleReplacement", true);
        if (info.JavascriptModule)
            writer.WriteBoolean("javascriptModule", true);
        if (info.SourceFilename is not null)
            writer.WriteString("sourceFilename", info.SourceFilename);
        WriteStrings(writer, "contenthash", info.ContentHash);
        WriteStrings(writer, "fullhash", info.FullHash);
        if (info.Related.Count > 0)
        {
            writer.WriteStartObject("related");
            foreach (var (key, value) in info.Related)
                writer.WriteString(key, value);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
            return;
        if (values.Count == 1)
        {
            writer.WriteString(name, values[0]);
            return;
        }
        writer.WriteStartArray(name);
        foreach (var value in values)
            writer.WriteStringValue(value);
        writer.WriteEndArray();
    }

    // Each module's generated JavaScript per group of runtimes (webpack's compilation.codeGenerationResults).
    private void WriteCodeGeneration(Utf8JsonWriter writer, List<Module> modules)
    {
        var results = compilation.CodeGenerationResults;
        writer.WriteStartArray("codeGeneration");
        for (var i = 0; i < modules.Count; i++)
        {
            foreach (var (runtime, result) in results.EntriesFor(modules[i]))
            {
                writer.WriteStartObject();
                writer.WriteNumber("m", i);
                if (runtime is not null)
                {
                    writer.WriteStartArray("runtimes");
                    foreach (var name in runtime.Names)
                        writer.WriteStringValue(name);
                    writer.WriteEndArray();
                }
                writer.WriteStartObject("sources");
                writer.WriteString("javascript", result.Source.GetText());
                writer.WriteEndObject();
                writer.WriteEndObject();
            }
        }
        writer.WriteEndArray();
    }

    // Modules and chunks as snapshots, sent again when their number, ids or the hash changed.
    // Answers whether they were sent.
    private bool WriteGraphNews(Utf8JsonWriter writer)
    {
        var modules = compilation.Graph.Modules;
        var live = new List<Module>(modules.Count);
        foreach (var module in modules)
        {
            if (!module.IsRemoved)
                live.Add(module);
        }
        // Ids, and the circular flags of optimizeModules, come to every module at once: the first one tells.
        var key = (live.Count, compilation.Chunks.Count, live.Count > 0 && live[0].Id.Length > 0, live.Count > 0 && live[0].IsCircular is not null, compilation.Hash);
        if (key == _sentGraph)
            return false;
        _sentGraph = key;
        _sentModules = live;
        var index = new Dictionary<Module, int>(live.Count);
        for (var i = 0; i < live.Count; i++)
            index[live[i]] = i;
        writer.WriteStartArray("modules");
        foreach (var module in live)
            WriteModule(writer, module, compilation, index);
        writer.WriteEndArray();
        var chunkIndex = new Dictionary<Chunk, int>(compilation.Chunks.Count);
        for (var i = 0; i < compilation.Chunks.Count; i++)
            chunkIndex[compilation.Chunks[i]] = i;
        writer.WriteStartArray("chunks");
        foreach (var chunk in compilation.Chunks)
            WriteChunk(writer, chunk, index, chunkIndex);
        writer.WriteEndArray();
        writer.WriteStartArray("chunkGroups");
        foreach (var group in compilation.ChunkGroups)
        {
            writer.WriteStartObject();
            if (group.Name is null)
                writer.WriteNull("name");
            else
                writer.WriteString("name", group.Name);
            writer.WriteBoolean("entrypoint", group.IsEntrypoint);
            writer.WriteBoolean("initial", group.IsInitial);
            writer.WriteStartArray("chunks");
            foreach (var chunk in group.Chunks)
            {
                if (chunkIndex.TryGetValue(chunk, out var i))
                    writer.WriteNumberValue(i);
            }
            writer.WriteEndArray();
            // The group's module order indices, as [module, pre, post] by the snapshot's module numbers.
            writer.WriteStartArray("moduleIndices");
            foreach (var chunk in group.Chunks)
            {
                foreach (var module in chunk.Modules)
                {
                    if (group.GetModulePreOrderIndex(module) is not { } pre || !index.TryGetValue(module, out var m))
                        continue;
                    writer.WriteStartArray();
                    writer.WriteNumberValue(m);
                    writer.WriteNumberValue(pre);
                    if (group.GetModulePostOrderIndex(module) is { } post)
                        writer.WriteNumberValue(post);
                    else
                        writer.WriteNullValue();
                    writer.WriteEndArray();
                }
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        return true;
    }

    /// <summary>A module as node's stand-in reads it (<paramref name="index"/> numbers the snapshot's modules, for the issuer).</summary>
    public static void WriteModule(Utf8JsonWriter writer, Module module, Compilation compilation, Dictionary<Module, int>? index)
    {
        writer.WriteStartObject();
        writer.WriteString("class", module switch
        {
            NormalModule => "NormalModule",
            IgnoredModule => "RawModule",
            _ => module.GetType().Name,
        });
        writer.WriteString("identifier", module.Identifier);
        writer.WriteString("readableIdentifier", module.ReadableName);
        if (module.NameForCondition is { } nameForCondition)
            writer.WriteString("nameForCondition", nameForCondition);
        writer.WriteNumber("size", module.Size);
        writer.WriteStartArray("sourceTypes");
        foreach (var type in module.SourceTypes)
            writer.WriteStringValue(type);
        writer.WriteEndArray();
        writer.WriteStartObject("fields");
        writer.WriteString("type", module.ModuleType);
        if (module.Id.Length > 0)
            WriteId(writer, "id", module.Id);
        if (module.Resource.Length > 0)
            writer.WriteString("resource", module.Resource);
        writer.WriteString("context", module.Directory);
        if (module.Layer is { } layer)
            writer.WriteString("layer", layer);
        if (module is NormalModule normal)
        {
            writer.WriteString("request", module.Identifier.StartsWith(normal.Type + "|", StringComparison.Ordinal) ? module.Identifier[(normal.Type.Length + 1)..] : module.Identifier);
            writer.WriteString("userRequest", normal.UserRequest);
            writer.WriteString("rawRequest", normal.UserRequest);
        }
        else if (module is Sharpack.Plugins.Externals.ExternalModule external)
        {
            // webpack's ExternalModule fields: the request as configured (a record of requests per
            // type, an array, or a string), its type and its interop.
            writer.WriteString("externalType", external.Type);
            if (external.RequestRecord is { } record)
            {
                writer.WriteStartObject("request");
                foreach (var (key, value) in record)
                {
                    writer.WritePropertyName(key);
                    writer.WriteRawValue(value.ToJson());
                }
                writer.WriteEndObject();
            }
            else
            {
                writer.WritePropertyName("request");
                writer.WriteRawValue(external.RequestJson(external.Type));
            }
            if (external.Interop is { } interop)
                writer.WriteString("interop", interop);
        }
        writer.WriteEndObject();
        writer.WriteStartObject("buildInfo");
        writer.WriteBoolean("strict", module.IsStrictEsm);
        // Set by CircularModulesPlugin at optimizeModules (production, or performance.circularDependencies).
        if (module.IsCircular is bool circular)
            writer.WriteBoolean("isCircular", circular);
        if (module.TopLevelDeclarations is { } declarations)
        {
            writer.WriteStartArray("topLevelDeclarations");
            foreach (var name in declarations)
                writer.WriteStringValue(name);
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
        writer.WriteStartObject("buildMeta");
        if (module.BuildExportsType != BuildExportsType.None)
            writer.WriteString("exportsType", module.BuildExportsType switch
            {
                BuildExportsType.Namespace => "namespace",
                BuildExportsType.Default => "default",
                BuildExportsType.Flagged => "flagged",
                _ => "dynamic",
            });
        if (module.IsAsync)
            writer.WriteBoolean("async", true);
        writer.WriteEndObject();
        writer.WriteStartObject("factoryMeta");
        if (module.FactorySideEffectFree is bool sideEffectFree)
            writer.WriteBoolean("sideEffectFree", sideEffectFree);
        writer.WriteEndObject();
        var graph = compilation.Graph;
        if (index is not null && module.Issuer is { } issuer && index.TryGetValue(issuer, out var issuerIndex))
            writer.WriteNumber("issuer", issuerIndex);
        writer.WriteNumber("preOrderIndex", graph.GetPreOrderIndex(module));
        writer.WriteNumber("postOrderIndex", graph.GetPostOrderIndex(module));
        writer.WriteNumber("depth", graph.GetDepth(module));
        // webpack's chunkGraph.getModuleHash, once the modules are hashed.
        if (compilation.ChunkGraph.HasModuleHashes(module))
            writer.WriteString("hash", compilation.ChunkGraph.GetModuleHash(module));
        writer.WriteBoolean("async", module.IsAsync);
        if (module.ProvidedExports is { } provided)
        {
            writer.WriteStartArray("providedExports");
            foreach (var name in provided)
                writer.WriteStringValue(name);
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private static void WriteChunk(Utf8JsonWriter writer, Chunk chunk, Dictionary<Module, int> index, Dictionary<Chunk, int> chunkIndex)
    {
        writer.WriteStartObject();
        WriteId(writer, "id", chunk.Id);
        writer.WriteStartArray("ids");
        foreach (var id in chunk.Ids)
            WriteIdValue(writer, id);
        writer.WriteEndArray();
        WriteNullable(writer, "name", chunk.Name);
        WriteNullable(writer, "hash", chunk.Hash);
        WriteNullable(writer, "renderedHash", chunk.RenderedHash);
        writer.WriteStartObject("contentHash");
        foreach (var (type, hash) in chunk.ContentHash)
            writer.WriteString(type, hash);
        writer.WriteEndObject();
        writer.WriteStartArray("files");
        foreach (var file in chunk.Files)
            writer.WriteStringValue(file);
        writer.WriteEndArray();
        writer.WriteStartArray("idNameHints");
        foreach (var hint in chunk.IdNameHints)
            writer.WriteStringValue(hint);
        writer.WriteEndArray();
        WriteNullable(writer, "filenameTemplate", chunk.FilenameTemplate);
        WriteNullable(writer, "chunkReason", chunk.ChunkReason);
        writer.WriteBoolean("initial", chunk.CanBeInitial);
        writer.WriteBoolean("onlyInitial", chunk.IsOnlyInitial);
        writer.WriteBoolean("hasRuntime", chunk.HasRuntime);
        if (chunk.Runtime is { } runtime)
            writer.WriteString("runtime", runtime.ToString());
        writer.WriteStartArray("modules");
        foreach (var module in chunk.Modules)
        {
            if (index.TryGetValue(module, out var i))
                writer.WriteNumberValue(i);
        }
        writer.WriteEndArray();
        writer.WriteStartArray("entryModules");
        foreach (var module in chunk.EntryModules)
        {
            if (index.TryGetValue(module, out var i))
                writer.WriteNumberValue(i);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
            writer.WriteNull(name);
        else
            writer.WriteString(name, value);
    }

    // webpack's ids are numbers where they look like numbers.
    private static void WriteId(Utf8JsonWriter writer, string name, string id)
    {
        writer.WritePropertyName(name);
        WriteIdValue(writer, id);
    }

    private static void WriteIdValue(Utf8JsonWriter writer, string id)
    {
        if (id.Length > 0 && id.Length < 16 && long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            && number.ToString(System.Globalization.CultureInfo.InvariantCulture) == id)
            writer.WriteNumberValue(number);
        else
            writer.WriteStringValue(id);
    }

    // ---- from node

    /// <summary>Applies one thing the plugin did: <c>{ op: emit | set | update | rename | delete | error | warning, … }</c>.</summary>
    public void Apply(JsonObject op)
    {
        var kind = op["op"]?.GetValue<string>();
        var name = op["name"]?.GetValue<string>();
        switch (kind)
        {
            case "emit" or "set" or "update" when name is not null:
                {
                    var source = ReadSource(op["source"] as JsonObject, name);
                    var existing = compilation.GetAsset(name);
                    var info = op["info"] is JsonObject infoNode ? ReadAssetInfo(infoNode, kind == "emit" || existing is null ? new AssetInfo() : existing.Info) : existing?.Info ?? new AssetInfo();
                    var asset = new Asset(source, info);
                    compilation.Assets[name] = asset;
                    _sentAssets[name] = asset;
                    break;
                }
            case "rename" when name is not null && op["newName"]?.GetValue<string>() is { } newName:
                if (compilation.Assets.ContainsKey(name))
                {
                    compilation.RenameAsset(name, newName);
                    if (_sentAssets.Remove(name) && compilation.GetAsset(newName) is { } renamed)
                        _sentAssets[newName] = renamed;
                }
                break;
            case "delete" when name is not null:
                compilation.DeleteAsset(name);
                _sentAssets.Remove(name);
                break;
            case "chunkFile" when op["chunk"]?.GetValue<int>() is int chunkIndex && chunkIndex < compilation.Chunks.Count && op["file"]?.GetValue<string>() is { } file:
                {
                    // sharpack's chunks list their files (auxiliary files are node's alone).
                    if (op["auxiliary"] is JsonValue auxiliary && auxiliary.GetValueKind() == JsonValueKind.True)
                        break;
                    var files = compilation.Chunks[chunkIndex].Files;
                    var add = op["add"] is JsonValue addNode && addNode.GetValueKind() == JsonValueKind.True;
                    if (add && !files.Contains(file))
                        files.Add(file);
                    else if (!add)
                        files.Remove(file);
                    break;
                }
            case "error" or "warning":
                {
                    var message = op["message"]?.GetValue<string>() ?? "";
                    if (op["details"]?.GetValue<string>() is { Length: > 0 } details)
                        message += "\n" + details;
                    var diagnostic = new BuildDiagnostic(message, op["file"]?.GetValue<string>());
                    var list = kind == "error" ? compilation.Errors : compilation.Warnings;
                    lock (list)
                        list.Add(diagnostic);
                    break;
                }
        }
    }

    private static Source ReadSource(JsonObject? node, string name)
    {
        if (node is null)
            return new RawSource("");
        if (node["base64"]?.GetValue<string>() is { } base64)
            return new RawSource(Convert.FromBase64String(base64));
        var text = node["text"]?.GetValue<string>() ?? "";
        if (node["map"] is JsonObject map)
        {
            try
            {
                return new SourceMapSource(text, name, SourceMap.Parse(map.ToJsonString()));
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
            {
                // A map sharpack cannot read: the text still counts.
            }
        }
        return new RawSource(text);
    }

    private static AssetInfo ReadAssetInfo(JsonObject node, AssetInfo baseInfo)
    {
        static IReadOnlyList<string>? Strings(JsonNode? value) => value switch
        {
            JsonValue v when v.GetValueKind() == JsonValueKind.String => [v.GetValue<string>()],
            JsonArray array => [.. array.Select(item => item?.ToString() ?? "")],
            _ => null,
        };
        static bool? Bool(JsonNode? value) => value is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? v.GetValue<bool>() : null;
        var related = baseInfo.Related;
        if (node["related"] is JsonObject relatedNode)
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, value) in relatedNode)
            {
                if (value is JsonValue v && v.GetValueKind() == JsonValueKind.String)
                    map[key] = v.GetValue<string>();
            }
            related = map;
        }
        return baseInfo with
        {
            Immutable = Bool(node["immutable"]) ?? baseInfo.Immutable,
            Minimized = Bool(node["minimized"]) ?? baseInfo.Minimized,
            Development = Bool(node["development"]) ?? baseInfo.Development,
            HotModuleReplacement = Bool(node["hotModuleReplacement"]) ?? baseInfo.HotModuleReplacement,
            JavascriptModule = Bool(node["javascriptModule"]) ?? baseInfo.JavascriptModule,
            SourceFilename = node["sourceFilename"]?.GetValue<string>() ?? baseInfo.SourceFilename,
            ContentHash = Strings(node["contenthash"]) ?? baseInfo.ContentHash,
            FullHash = Strings(node["fullhash"]) ?? baseInfo.FullHash,
            Related = related,
        };
    }
}
