// Follows webpack lib/config/defaults.js (applyOutputDefaults, the target part of
// applyWebpackOptionsBaseDefaults): `target` and `output`, whose defaults depend on the target
// (globalObject), the mode (pathinfo) and the project (uniqueName from package.json).

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sharpack.Core.Options;

public static partial class OptionsNormalizer
{
    private static readonly string[] s_outputSupported =
        [
        "chunkFilename", "chunkFormat", "chunkLoadTimeout", "chunkLoading", "chunkLoadingGlobal", "clean", "crossOriginLoading",
        "filename", "globalObject", "iife", "module", "path", "pathinfo", "publicPath", "scriptType", "strictModuleErrorHandling",
        "strictModuleExceptionHandling", "strictModuleResolution", "uniqueName",
    ];

    private static readonly string[] s_outputIgnored =
    [
        "assetModuleFilename", "charset", "compareBeforeEmit", "cssChunkFilename", "cssFilename", "devtoolFallbackModuleFilenameTemplate", "devtoolModuleFilenameTemplate", "devtoolNamespace", "enabledChunkLoadingTypes", "enabledLibraryTypes", "enabledWasmLoadingTypes", "environment", "hashDigest", "hashDigestLength", "hashFunction", "hashSalt", "hotUpdateChunkFilename", "hotUpdateGlobal", "hotUpdateMainFilename", "html", "htmlChunkFilename", "htmlFilename", "ignoreBrowserWarnings", "resourceHints", "sourceMapFilename", "sourcePrefix", "wasmStreamingFallback", "webassemblyModuleFilename",
    ];

    private static readonly string[] s_outputNotImplemented =
    [
        "amdContainer", "asyncChunks", "auxiliaryComment", "importFunctionName", "importMetaName", "library", "libraryExport", "libraryTarget",
        "trustedTypes", "umdNamedDefine", "wasmLoading", "workerChunkFilename",
        "workerChunkLoading", "workerPublicPath", "workerWasmLoading",
    ];

    private static TargetProperties? ReadTarget(ConfigReader reader, JsonNode? node, out string name)
    {
        const string path = "configuration.target";
        name = "web";
        List<string>? targets;
        switch (ConfigReader.Kind(node))
        {
            case JsonValueKind.Null:
                targets = ["web"];
                break;
            case JsonValueKind.String:
                targets = reader.String(node, path) is { } single ? [single] : null;
                break;
            case JsonValueKind.Array:
                targets = reader.StringArray(node, path);
                if (targets is { Count: 0 })
                {
                    reader.Error(path, "should be a non-empty array.");
                    targets = null;
                }
                break;
            default:
                reader.Error(path, "should be a non-empty string or a non-empty array of non-empty strings.");
                targets = null;
                break;
        }
        if (targets is null)
            return null;
        name = string.Join(",", targets);
        var all = new List<TargetProperties>(targets.Count);
        foreach (var target in targets)
        {
            if (TargetProperties.Parse(target) is { } properties)
            {
                all.Add(properties);
            }
            else if (target == "browserslist" || target.StartsWith("browserslist:", StringComparison.Ordinal))
            {
                // webpack reads the browsers from a browserslist config; Sharpack has no browser
                // database, and the features only decide which syntax the runtime may use.
                reader.Warning($"{path} '{target}': browserslist queries are not evaluated by sharpack yet; building for a modern browser (as target 'web').");
                all.Add(TargetProperties.ModernBrowser());
            }
            else if (IsWebpackTarget(target))
            {
                reader.Error(path, $"'{target}' is a webpack target sharpack does not implement yet (its output format and globals differ from the supported ones). " +
                    $"The following targets are supported: {TargetProperties.Supported}.");
            }
            else
            {
                reader.Error(path, $"has an unknown target '{target}'. The following targets are supported: {TargetProperties.Supported}.");
            }
        }
        return all.Count == targets.Count ? TargetProperties.Merge(all) : null;
    }

    private static OutputOptions? ReadOutput(ConfigReader reader, JsonNode? node, string context, BuildMode mode, TargetProperties? target, bool outputModule)
    {
        const string path = "configuration.output";
        var obj = reader.Object(node, path) ?? [];
        reader.CheckKeys(obj, path, s_outputSupported, s_outputIgnored, s_outputNotImplemented);
        // webpack: output.module (ES module output) defaults to experiments.outputModule and needs it.
        var module = reader.Bool(obj["module"], "configuration.output.module") ?? outputModule;
        if (module && !outputModule)
            reader.Error("configuration.output.module", "is only allowed when 'experiments.outputModule' is enabled.");

        var outputPath = reader.String(obj["path"], "configuration.output.path");
        if (outputPath is not null && outputPath.Contains('\0'))
        {
            reader.Error("configuration.output.path", "should not contain a NUL character: no path can hold one.");
            outputPath = null;
        }
        // A function (pathData, assetInfo) => template is asked per chunk; webpack then derives no
        // chunkFilename from it and uses "[id].js".
        var filenameFunction = reader.Function(obj["filename"], "configuration.output.filename");
        var chunkFilenameFunction = reader.Function(obj["chunkFilename"], "configuration.output.chunkFilename");
        var filename = (filenameFunction is null ? ReadFilename(reader, obj["filename"], "configuration.output.filename") : null) ?? (module ? "[name].mjs" : "[name].js");
        var chunkFilename = (chunkFilenameFunction is null ? ReadFilename(reader, obj["chunkFilename"], "configuration.output.chunkFilename") : null)
            ?? (filenameFunction is null ? DeriveChunkFilename(filename) : module ? "[id].mjs" : "[id].js");
        // A function ({ hash }) => path is asked when the runtime is written; "" stands for it here
        // (not "auto": webpack then writes __webpack_require__.p itself, and BASE_URL is "/").
        var publicPathFunction = reader.Function(obj["publicPath"], "configuration.output.publicPath");
        var publicPath = publicPathFunction is not null ? "" : reader.String(obj["publicPath"], "configuration.output.publicPath", allowEmpty: true) ?? "auto";

        var clean = ReadClean(reader, obj["clean"]);

        var pathinfo = mode == BuildMode.Development;
        switch (ConfigReader.Kind(obj["pathinfo"]))
        {
            case JsonValueKind.Null: break;
            case JsonValueKind.True: pathinfo = true; break;
            case JsonValueKind.False: pathinfo = false; break;
            case JsonValueKind.String when obj["pathinfo"]!.GetValue<string>() == "verbose": pathinfo = true; break;
            default: reader.Error("configuration.output.pathinfo", "should be a boolean or \"verbose\"."); break;
        }

        var uniqueName = reader.String(obj["uniqueName"], "configuration.output.uniqueName", allowEmpty: true)
            ?? UniqueNameFromPackageJson(reader, context);
        var globalObject = reader.String(obj["globalObject"], "configuration.output.globalObject")
            ?? (target?.Global == true ? "global" : target?.GlobalThis == true ? "globalThis" : "self");
        var chunkLoadingGlobal = reader.String(obj["chunkLoadingGlobal"], "configuration.output.chunkLoadingGlobal")
            ?? "webpackChunk" + ToIdentifier(uniqueName);
        var iife = reader.Bool(obj["iife"], "configuration.output.iife") ?? !module;
        var strictModuleResolution = reader.Bool(obj["strictModuleResolution"], "configuration.output.strictModuleResolution") ?? mode == BuildMode.Development;
        var strictModuleExceptionHandling = reader.Bool(obj["strictModuleExceptionHandling"], "configuration.output.strictModuleExceptionHandling") ?? false;
        var strictModuleErrorHandling = reader.Bool(obj["strictModuleErrorHandling"], "configuration.output.strictModuleErrorHandling") ?? false;
        // webpack's defaults: script tags where there is a document, importScripts in a worker, require in node.
        var defaultLoading = module ? "import" : target?.WebWorker == true ? "import-scripts" : target?.Node == true ? "require" : "jsonp";
        var chunkLoading = ReadEnumOrFalse(reader, obj["chunkLoading"], "configuration.output.chunkLoading", ["jsonp", "require", "import-scripts", "async-node", "import"], defaultLoading);
        var chunkFormat = ReadEnumOrFalse(reader, obj["chunkFormat"], "configuration.output.chunkFormat", ["array-push", "commonjs", "module"],
            module ? "module" : target?.Node == true ? "commonjs" : "array-push");
        var crossOriginLoading = ReadEnumOrFalse(reader, obj["crossOriginLoading"], "configuration.output.crossOriginLoading", ["anonymous", "use-credentials"], null);
        var scriptType = ReadEnumOrFalse(reader, obj["scriptType"], "configuration.output.scriptType", ["text/javascript", "module"], module ? "module" : null);
        var chunkLoadTimeout = 120_000;
        if (obj["chunkLoadTimeout"] is { } timeoutNode)
        {
            if (ConfigReader.Kind(timeoutNode) == JsonValueKind.Number && timeoutNode.GetValue<double>() is var timeout && timeout >= 0 && timeout == Math.Floor(timeout))
                chunkLoadTimeout = (int)timeout;
            else
                reader.Error("configuration.output.chunkLoadTimeout", "should be a non-negative integer.");
        }

        return new OutputOptions
        {
            // Like context, a relative output.path is accepted (resolved against the context).
            Path = Path.GetFullPath(outputPath ?? "dist", context),
            Filename = filename,
            ChunkFilename = chunkFilename,
            FilenameFunction = filenameFunction,
            ChunkFilenameFunction = chunkFilenameFunction,
            PublicPath = publicPath,
            PublicPathFunction = publicPathFunction,
            Clean = clean,
            Iife = iife,
            StrictModuleResolution = strictModuleResolution,
            StrictModuleExceptionHandling = strictModuleExceptionHandling,
            StrictModuleErrorHandling = strictModuleErrorHandling,
            GlobalObject = globalObject,
            UniqueName = uniqueName,
            ChunkLoadingGlobal = chunkLoadingGlobal,
            Pathinfo = pathinfo,
            ChunkLoading = chunkLoading,
            ChunkFormat = chunkFormat,
            CrossOriginLoading = crossOriginLoading,
            ScriptType = scriptType,
            ChunkLoadTimeout = chunkLoadTimeout,
            Module = module,
        };
    }

    // webpack's CleanOptions: true, or { dry?: boolean, keep?: string | RegExp | function }. A
    // function was called by the config loader on every path under output.path, whose answers
    // arrive as { __keptPaths: [...] }.
    private static CleanOptions? ReadClean(ConfigReader reader, JsonNode? node)
    {
        const string path = "configuration.output.clean";
        switch (ConfigReader.Kind(node))
        {
            case JsonValueKind.Null or JsonValueKind.False: return null;
            case JsonValueKind.True: return new CleanOptions();
            case JsonValueKind.Object: break;
            default:
                reader.Error(path, "should be one of these:\n   boolean | object { dry?, keep? }");
                return null;
        }
        var obj = (JsonObject)node!;
        foreach (var (key, _) in obj)
        {
            if (key is not ("dry" or "keep"))
                reader.Error(path, $"has an unknown property '{key}'. These properties are valid:\n   object {{ dry?, keep? }}");
        }
        var dry = reader.Bool(obj["dry"], path + ".dry") ?? false;
        var keepNode = obj["keep"];
        string? prefix = null;
        System.Text.RegularExpressions.Regex? pattern = null;
        HashSet<string>? kept = null;
        switch (ConfigReader.Kind(keepNode))
        {
            case JsonValueKind.Null: break;
            case JsonValueKind.String: prefix = keepNode!.GetValue<string>(); break;
            case JsonValueKind.Object when ConfigReader.IsRegExp(keepNode):
                pattern = reader.RegExp(keepNode!, path + ".keep");
                break;
            case JsonValueKind.Object when keepNode!["__keptPaths"] is JsonArray paths:
                kept = new HashSet<string>(StringComparer.Ordinal);
                foreach (var item in paths)
                {
                    if (ConfigReader.Kind(item) == JsonValueKind.String)
                        kept.Add(item!.GetValue<string>());
                }
                break;
            default:
                reader.Error(path + ".keep", "should be one of these:\n   RegExp | string | function");
                break;
        }
        return new CleanOptions { Dry = dry, KeepPrefix = prefix, KeepPattern = pattern, KeptPaths = kept };
    }

    // webpack 5.112's other targets (lib/config/target.js): valid, not implemented here.
    private static bool IsWebpackTarget(string target)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["bun", "deno", "electron", "nwjs", "node-webkit"])
        {
            if (target.StartsWith(prefix, StringComparison.Ordinal))
                return true;
        }
        return target == "universal";
    }

    /// <summary>One of <paramref name="allowed"/>, or <c>false</c> (null); <paramref name="fallback"/> when absent.</summary>
    private static string? ReadEnumOrFalse(ConfigReader reader, JsonNode? node, string path, string[] allowed, string? fallback)
    {
        switch (ConfigReader.Kind(node))
        {
            case JsonValueKind.Null: return fallback;
            case JsonValueKind.False: return null;
            case JsonValueKind.String when Array.IndexOf(allowed, node!.GetValue<string>()) >= 0: return node!.GetValue<string>();
        }
        reader.Error(path, "should be one of these:\n   false | " + string.Join(" | ", Array.ConvertAll(allowed, a => "\"" + a + "\"")));
        return fallback;
    }

    private static string? ReadFilename(ConfigReader reader, JsonNode? node, string path)
    {
        var value = reader.String(node, path);
        if (value is not null && value.Contains('\0'))
        {
            reader.Error(path, $"should not contain a NUL character (\"{value.Replace("\0", "\\u0000", StringComparison.Ordinal)}\"): no file name can hold one.");
            return null;
        }
        if (value is not null && UnsupportedDigest(value) is { } digest)
        {
            // webpack's TemplatedPathPlugin throws this while the build fills the name; here it is found with the options.
            reader.Error(path, $"Unsupported hash digest \"{digest}\" in path template (use hex, base64, base64url, or base26/32/36/49/52/58/62)");
            return null;
        }
        if (value is not null && (value[0] == '/' || Path.IsPathRooted(value)))
        {
            reader.Error(path, $"should be a relative path; the provided value \"{value}\" is an absolute path. Use output.path for the directory.");
            return null;
        }
        return value;
    }

    // A [contenthash:digest…]-style placeholder whose digest Sharpack cannot write, or null.
    private static string? UnsupportedDigest(string template)
    {
        for (var open = template.IndexOf('['); open >= 0; open = template.IndexOf('[', open + 1))
        {
            var close = template.IndexOf(']', open);
            if (close < 0)
                return null;
            if (Seal.FilenameTemplate.Parse(template.AsSpan(open + 1, close - open - 1), out var key, out var digest, out _)
                && key is "contenthash" or "chunkhash" or "fullhash" or "hash" && digest is not null && !Seal.FilenameTemplate.IsSupportedDigest(digest))
            {
                return digest;
            }
        }
        return null;
    }

    /// <summary>
    /// webpack's default <c>output.chunkFilename</c>: the filename itself when it already varies
    /// per chunk ([name], [id], [chunkhash], [contenthash]), else <c>[id].</c> before its base name.
    /// </summary>
    internal static string DeriveChunkFilename(string filename)
    {
        if (filename.Contains("[name]", StringComparison.Ordinal) || filename.Contains("[id]", StringComparison.Ordinal)
            || filename.Contains("[chunkhash]", StringComparison.Ordinal) || filename.Contains("[contenthash]", StringComparison.Ordinal))
        {
            return filename;
        }
        // webpack: replace(/(^|\/)([^/]*(?:\?|$))/, "$1[id].$2") — the first segment with no '/'
        // up to a '?' or the end: the file name, before any query.
        var query = filename.IndexOf('?');
        var end = query < 0 ? filename.Length : query;
        var start = filename.LastIndexOf('/', end == 0 ? 0 : end - 1) + 1;
        return string.Concat(filename.AsSpan(0, start), "[id].", filename.AsSpan(start));
    }

    private static string UniqueNameFromPackageJson(ConfigReader reader, string context)
    {
        var packageJson = Path.Combine(context, "package.json");
        if (!File.Exists(packageJson))
            return "";
        try
        {
            return JsonNode.Parse(File.ReadAllText(packageJson))?["name"] is JsonValue name && name.GetValueKind() == JsonValueKind.String
                ? name.GetValue<string>()
                : "";
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            reader.Error("configuration.output.uniqueName", $"has no default: reading 'name' from {packageJson} failed: {e.Message}");
            return "";
        }
    }

    /// <summary>webpack's Template.toIdentifier: a leading non-identifier character gets a '_' before it, runs of other characters become '_'.</summary>
    internal static string ToIdentifier(string text)
    {
        if (text.Length == 0)
            return "";
        var source = char.IsAsciiLetter(text[0]) || text[0] is '$' or '_' ? text : "_" + text;
        var builder = new StringBuilder(source.Length);
        var inRun = false;
        foreach (var c in source)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '$')
            {
                builder.Append(c);
                inRun = false;
            }
            else if (!inRun)
            {
                builder.Append('_');
                inRun = true;
            }
        }
        return builder.ToString();
    }
}
