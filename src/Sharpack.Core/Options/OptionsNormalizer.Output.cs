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
        "assetModuleFilename", "asyncChunks", "chunkFilename", "chunkFormat", "chunkLoadTimeout", "chunkLoading", "chunkLoadingGlobal", "clean", "crossOriginLoading", "cssChunkFilename", "cssFilename", "environment", "htmlChunkFilename", "htmlFilename",
        "amdContainer", "auxiliaryComment", "enabledLibraryTypes", "library", "libraryExport", "libraryTarget", "umdNamedDefine",
        "enabledChunkLoadingTypes", "enabledWasmLoadingTypes", "filename", "globalObject", "hashDigest", "hashDigestLength", "hashFunction", "hashSalt", "iife", "importFunctionName", "importMetaName", "module", "path", "pathinfo", "publicPath", "scriptType", "strictModuleErrorHandling",
        "ignoreBrowserWarnings", "strictModuleExceptionHandling", "strictModuleResolution", "trustedTypes", "uniqueName", "wasmLoading", "wasmStreamingFallback", "webassemblyModuleFilename", "resourceHints",
        "workerChunkFilename", "workerChunkLoading", "workerPublicPath", "workerWasmLoading", "hotUpdateChunkFilename", "hotUpdateGlobal", "hotUpdateMainFilename",
        "devtoolFallbackModuleFilenameTemplate", "devtoolModuleFilenameTemplate", "devtoolNamespace", "sourceMapFilename",
    ];

    private static readonly string[] s_outputIgnored =
    [
        "charset", "compareBeforeEmit", "html", "sourcePrefix",
    ];

    private static readonly string[] s_outputNotImplemented = [];

    // webpack's output.trustedTypes: true, a policy name, or { policyName, onPolicyCreationFailure };
    // the policy is named after output.uniqueName by default.
    private static TrustedTypesOptions? ReadTrustedTypes(ConfigReader reader, JsonNode? node, string uniqueName)
    {
        const string path = "configuration.output.trustedTypes";
        var defaultName = System.Text.RegularExpressions.Regex.Replace(uniqueName, "[^a-z0-9\\-#=_/@.%]+", "_", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        if (defaultName.Length == 0)
            defaultName = "webpack";
        switch (ConfigReader.Kind(node))
        {
            case JsonValueKind.Null:
            case JsonValueKind.False:
                return null;
            case JsonValueKind.True:
                return new TrustedTypesOptions(defaultName, ContinueOnFailure: false);
            case JsonValueKind.String:
                return reader.String(node, path) is { } name ? new TrustedTypesOptions(name, ContinueOnFailure: false) : null;
        }
        if (reader.Object(node, path) is not { } obj)
            return null;
        reader.CheckKeys(obj, path, ["onPolicyCreationFailure", "policyName"], []);
        var policyName = reader.String(obj["policyName"], path + ".policyName") ?? defaultName;
        var onFailure = reader.OneOf(obj["onPolicyCreationFailure"], path + ".onPolicyCreationFailure", ["continue", "stop"]) ?? "stop";
        return new TrustedTypesOptions(policyName, ContinueOnFailure: onFailure == "continue");
    }

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
            else if (target.StartsWith("browserslist:", StringComparison.Ordinal) && TargetProperties.ParseNodeQuery(target["browserslist:".Length..]) is { } nodeVersions)
            {
                // A query of node versions only needs no browser database: webpack's browserslist handler over them.
                all.Add(nodeVersions);
            }
            else if (target == "browserslist" || target.StartsWith("browserslist:", StringComparison.Ordinal))
            {
                // webpack reads the browsers from a browserslist config; here the runtime's
                // environment features do not follow them yet (the syntax lowering of TypeScript
                // and JSX modules does: Plugins/JavaScript/LoweringTargets.cs).
                reader.Warning($"{path} '{target}': the runtime is written for a modern browser (as target 'web'): browserslist queries do not choose its syntax yet (TypeScript and JSX modules are lowered for them).");
                all.Add(TargetProperties.ModernBrowser());
            }
            else
            {
                reader.Error(path, $"has an unknown target '{target}'. The following targets are supported: {TargetProperties.Supported}.");
            }
        }
        return all.Count == targets.Count ? TargetProperties.Merge(all) : null;
    }

    private static OutputOptions? ReadOutput(ConfigReader reader, JsonNode? node, string context, BuildMode mode, TargetProperties? target, bool outputModule, List<EntryDescription> entries)
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
        // webpack: the CSS files are named as the scripts, .css for .js (a function there: "[id].css").
        var cssFilenameFunction = reader.Function(obj["cssFilename"], "configuration.output.cssFilename");
        var cssChunkFilenameFunction = reader.Function(obj["cssChunkFilename"], "configuration.output.cssChunkFilename");
        var cssFilename = (cssFilenameFunction is null ? ReadFilename(reader, obj["cssFilename"], "configuration.output.cssFilename") : null)
            ?? (filenameFunction is null ? DeriveCssFilename(filename) : "[id].css");
        var cssChunkFilename = (cssChunkFilenameFunction is null ? ReadFilename(reader, obj["cssChunkFilename"], "configuration.output.cssChunkFilename") : null)
            ?? (chunkFilenameFunction is null ? DeriveCssFilename(chunkFilename) : "[id].css");
        // webpack: the pages are named as the scripts, .html for .js, "[name].html" when that would not
        // differ per page (ensureUniqueHtmlTemplate), or where the scripts are named by a function.
        var htmlFilename = ReadFilename(reader, obj["htmlFilename"], "configuration.output.htmlFilename")
            ?? (filenameFunction is null ? UniqueHtmlTemplate(DeriveHtmlFilename(filename)) : "[name].html");
        var htmlChunkFilename = ReadFilename(reader, obj["htmlChunkFilename"], "configuration.output.htmlChunkFilename")
            ?? (chunkFilenameFunction is null ? UniqueHtmlTemplate(DeriveHtmlFilename(chunkFilename)) : "[name].html");
        // webpack's assetModuleFilename: a template, or a function (pathData, assetInfo) asked per asset.
        var assetModuleFilenameFunction = reader.Function(obj["assetModuleFilename"], "configuration.output.assetModuleFilename");
        var assetModuleFilename = (assetModuleFilenameFunction is null ? ReadFilename(reader, obj["assetModuleFilename"], "configuration.output.assetModuleFilename") : null)
            ?? "[hash][ext][query][fragment]";
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

        var library = ReadOutputLibrary(reader, obj, module);
        var enabledLibraryTypes = ReadEnabledLibraryTypes(reader, obj["enabledLibraryTypes"], library, entries);
        var uniqueName = reader.String(obj["uniqueName"], "configuration.output.uniqueName", allowEmpty: true)
            ?? LibraryUniqueName(library) ?? UniqueNameFromPackageJson(reader, context);
        var globalObject = reader.String(obj["globalObject"], "configuration.output.globalObject") ?? DefaultGlobalObject(target);
        var chunkLoadingGlobal = reader.String(obj["chunkLoadingGlobal"], "configuration.output.chunkLoadingGlobal")
            ?? "webpackChunk" + CodeGeneration.IdentifierNames.FromText(uniqueName);
        var iife = reader.Bool(obj["iife"], "configuration.output.iife") ?? !module;
        // webpack's EnableLibraryPlugin: a UMD library needs the IIFE, and turns it back on.
        if (!iife && enabledLibraryTypes.Exists(static type => type is "umd" or "umd2"))
        {
            iife = true;
            reader.Warning("Configuration:\nSetting 'output.iife' to 'false' is incompatible with 'output.library.type' set to 'umd'. This configuration may cause unexpected behavior, as UMD libraries are expected to use an IIFE (Immediately Invoked Function Expression) to support various module formats. Consider setting 'output.iife' to 'true' or choosing a different 'library.type' to ensure compatibility.\nLearn more: https://webpack.js.org/configuration/output/");
        }
        var strictModuleResolution = reader.Bool(obj["strictModuleResolution"], "configuration.output.strictModuleResolution") ?? mode == BuildMode.Development;
        var strictModuleExceptionHandling = reader.Bool(obj["strictModuleExceptionHandling"], "configuration.output.strictModuleExceptionHandling") ?? false;
        var strictModuleErrorHandling = reader.Bool(obj["strictModuleErrorHandling"], "configuration.output.strictModuleErrorHandling") ?? false;
        var environment = ReadEnvironment(reader, obj["environment"], target, module);
        var dynamicImport = environment.DynamicImport;
        var chunkFormat = obj["chunkFormat"] is null
            ? DefaultChunkFormat(reader, target, module, dynamicImport)
            : ReadEnumOrFalse(reader, obj["chunkFormat"], "configuration.output.chunkFormat", ["array-push", "commonjs", "module"], null);
        var chunkLoading = ReadEnumOrFalse(reader, obj["chunkLoading"], "configuration.output.chunkLoading", s_chunkLoadingTypes,
            DefaultChunkLoading(target, chunkFormat, module, dynamicImport));
        var workerChunkLoading = ReadEnumOrFalse(reader, obj["workerChunkLoading"], "configuration.output.workerChunkLoading", s_chunkLoadingTypes,
            DefaultWorkerChunkLoading(target, chunkFormat, module, environment.DynamicImportInWorker));
        var enabledChunkLoadingTypes = ReadEnabledChunkLoadingTypes(reader, obj["enabledChunkLoadingTypes"], chunkLoading, entries, workerChunkLoading);
        var wasmLoading = ReadEnumOrFalse(reader, obj["wasmLoading"], "configuration.output.wasmLoading", s_wasmLoadingTypes,
            target?.FetchWasm == true ? "fetch" : target?.NodeBuiltins == true ? "async-node"
            : target is not null && target.IsMixed(TargetProperties.Said.NodeBuiltins | TargetProperties.Said.FetchWasm) && module && dynamicImport ? "universal" : null);
        if (obj["enabledWasmLoadingTypes"] is { } wasmTypes)
            reader.StringArray(wasmTypes, "configuration.output.enabledWasmLoadingTypes");
        var dedupeResourceHints = ReadResourceHints(reader, obj["resourceHints"]);
        var crossOriginLoading = ReadEnumOrFalse(reader, obj["crossOriginLoading"], "configuration.output.crossOriginLoading", ["anonymous", "use-credentials"], null);
        var scriptType = ReadEnumOrFalse(reader, obj["scriptType"], "configuration.output.scriptType", ["text/javascript", "module"], module ? "module" : null);
        var (hashFunction, hashFunctionScript, hashDigest, hashDigestLength, hashSalt) = ReadHashOptions(reader, obj);
        // webpack's output.importMetaName: what the output writes for import.meta (its url, dirname, filename).
        var importMetaName = reader.String(obj["importMetaName"], "configuration.output.importMetaName") ?? "import.meta";
        // webpack's output.importFunctionName: what the output calls to import a module dynamically
        // (import chunk loading, "import" externals), e.g. a polyfill.
        var importFunctionName = reader.String(obj["importFunctionName"], "configuration.output.importFunctionName") ?? "import";
        var trustedTypes = ReadTrustedTypes(reader, obj["trustedTypes"], uniqueName);
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
            CssFilename = cssFilename,
            HtmlFilename = htmlFilename,
            HtmlChunkFilename = htmlChunkFilename,
            CssFilenameFunction = cssFilenameFunction,
            CssChunkFilename = cssChunkFilename,
            CssChunkFilenameFunction = cssChunkFilenameFunction,
            CssFilenameGiven = obj["cssFilename"] is not null,
            CssChunkFilenameGiven = obj["cssChunkFilename"] is not null,
            WorkerChunkFilenameFunction = reader.Function(obj["workerChunkFilename"], "configuration.output.workerChunkFilename"),
            WorkerChunkFilename = JsFunction.IsHandle(obj["workerChunkFilename"]) ? null : ReadFilename(reader, obj["workerChunkFilename"], "configuration.output.workerChunkFilename"),
            WorkerChunkLoading = workerChunkLoading,
            WorkerWasmLoading = obj["workerWasmLoading"] is null ? wasmLoading
                : ReadEnumOrFalse(reader, obj["workerWasmLoading"], "configuration.output.workerWasmLoading", s_wasmLoadingTypes, wasmLoading),
            WorkerPublicPath = reader.String(obj["workerPublicPath"], "configuration.output.workerPublicPath") ?? "",
            FilenameFunction = filenameFunction,
            ChunkFilenameFunction = chunkFilenameFunction,
            AssetModuleFilename = assetModuleFilename,
            AssetModuleFilenameFunction = assetModuleFilenameFunction,
            PublicPath = publicPath,
            PublicPathFunction = publicPathFunction,
            Clean = clean,
            Iife = iife,
            StrictModuleResolution = strictModuleResolution,
            StrictModuleExceptionHandling = strictModuleExceptionHandling,
            StrictModuleErrorHandling = strictModuleErrorHandling,
            GlobalObject = globalObject,
            UniqueName = uniqueName,
            IgnoreBrowserWarnings = reader.Bool(obj["ignoreBrowserWarnings"], "configuration.output.ignoreBrowserWarnings") ?? false,
            TrustedTypes = trustedTypes,
            ChunkLoadingGlobal = chunkLoadingGlobal,
            // webpack's defaults: hot updates named by the hash they update from.
            HotUpdateChunkFilename = reader.String(obj["hotUpdateChunkFilename"], "configuration.output.hotUpdateChunkFilename")
                ?? (module ? "[id].[fullhash].hot-update.mjs" : "[id].[fullhash].hot-update.js"),
            HotUpdateMainFilename = reader.String(obj["hotUpdateMainFilename"], "configuration.output.hotUpdateMainFilename") ?? "[runtime].[fullhash].hot-update.json",
            HotUpdateGlobal = reader.String(obj["hotUpdateGlobal"], "configuration.output.hotUpdateGlobal")
                ?? "webpackHotUpdate" + CodeGeneration.IdentifierNames.FromText(uniqueName),
            StrictModuleErrorHandlingGiven = obj["strictModuleErrorHandling"] is not null,
            Pathinfo = pathinfo,
            ChunkLoading = chunkLoading,
            ChunkFormat = chunkFormat,
            EnabledChunkLoadingTypes = enabledChunkLoadingTypes,
            WasmLoading = wasmLoading,
            WebassemblyModuleFilename = reader.String(obj["webassemblyModuleFilename"], "configuration.output.webassemblyModuleFilename") ?? "[hash].module.wasm",
            WasmStreamingFallback = reader.Bool(obj["wasmStreamingFallback"], "configuration.output.wasmStreamingFallback") ?? false,
            DedupeResourceHints = dedupeResourceHints,
            CrossOriginLoading = crossOriginLoading,
            ScriptType = scriptType,
            ImportMetaName = importMetaName,
            ImportFunctionName = importFunctionName,
            ChunkLoadTimeout = chunkLoadTimeout,
            Module = module,
            Library = library,
            EnabledLibraryTypes = enabledLibraryTypes,
            Environment = environment,
            AsyncChunks = reader.Bool(obj["asyncChunks"], "configuration.output.asyncChunks") ?? true,
            HashFunction = hashFunction,
            SourceMapFilename = ReadSourceMapFilename(reader, obj["sourceMapFilename"]),
            DevtoolModuleFilenameTemplateFunction = reader.Function(obj["devtoolModuleFilenameTemplate"], "configuration.output.devtoolModuleFilenameTemplate"),
            DevtoolModuleFilenameTemplate = JsFunction.IsHandle(obj["devtoolModuleFilenameTemplate"]) ? null
                : reader.String(obj["devtoolModuleFilenameTemplate"], "configuration.output.devtoolModuleFilenameTemplate", allowEmpty: true),
            DevtoolFallbackModuleFilenameTemplateFunction = reader.Function(obj["devtoolFallbackModuleFilenameTemplate"], "configuration.output.devtoolFallbackModuleFilenameTemplate"),
            DevtoolFallbackModuleFilenameTemplate = JsFunction.IsHandle(obj["devtoolFallbackModuleFilenameTemplate"]) ? null
                : reader.String(obj["devtoolFallbackModuleFilenameTemplate"], "configuration.output.devtoolFallbackModuleFilenameTemplate", allowEmpty: true),
            DevtoolNamespace = reader.String(obj["devtoolNamespace"], "configuration.output.devtoolNamespace", allowEmpty: true),
            HashFunctionConfigured = obj["hashFunction"] is not null,
            HashFunctionScript = hashFunctionScript,
            HashDigest = hashDigest,
            HashDigestLength = hashDigestLength,
            HashSalt = hashSalt,
        };
    }

    // Follows applyOutputDefaults' environment: each feature from the target (optimistic ones
    // supported unless a target says otherwise; dynamicImport and module, unless the target says,
    // whether the output is ES modules; importMetaDirnameAndFilename and nodeBuiltinModuleGetter
    // only where a target says so), then the config's own booleans.
    private static OutputEnvironment ReadEnvironment(ConfigReader reader, JsonNode? node, TargetProperties? target, bool module)
    {
        const string path = "configuration.output.environment";
        var values = new Dictionary<string, bool>(StringComparer.Ordinal);
        if (node is not null && reader.Object(node, path) is { } obj)
        {
            foreach (var (key, value) in obj)
            {
                if (Array.IndexOf(OutputEnvironment.Names, key) < 0)
                    reader.Error(path, $"has an unknown property '{key}'. These properties are valid: {string.Join(", ", OutputEnvironment.Names)}.");
                else if (reader.Bool(value, path + "." + key) is { } flag)
                    values[key] = flag;
            }
        }
        bool Get(string key, bool fallback) => values.TryGetValue(key, out var v) ? v : fallback;
        return new OutputEnvironment
        {
            ArrowFunction = Get("arrowFunction", target?.ArrowFunction != false),
            Spread = Get("spread", target?.Spread != false),
            // Shorthand methods came with arrow functions (ES2015) on every target webpack knows; optimistic as webpack's.
            MethodShorthand = Get("methodShorthand", target?.ArrowFunction != false),
            // const/let came with arrow functions (ES2015) on every target webpack knows.
            Const = Get("const", target?.ArrowFunction != false),
            Let = Get("let", target?.ArrowFunction != false),
            // Not optimistic in webpack: the web targets do not say, and some browsers lack globalThis.
            GlobalThis = Get("globalThis", target?.GlobalThis == true),
            DynamicImport = Get("dynamicImport", target?.DynamicImport ?? module),
            // The targets webpack knows say it with dynamicImport (browserslist data aside).
            DynamicImportInWorker = Get("dynamicImportInWorker", target?.DynamicImport ?? module),
            Module = Get("module", target?.Module ?? module),
            Document = values.TryGetValue("document", out var document) ? document
                : target is null || target.IsMixed(TargetProperties.Said.Document) ? null : target.Document == true,
            NodePrefixForCoreModules = Get("nodePrefixForCoreModules", target?.NodePrefixForCoreModules != false),
            ImportMetaDirnameAndFilename = Get("importMetaDirnameAndFilename", target?.ImportMetaDirnameAndFilename == true),
            // Not optimistic either: new in node 22.3.
            NodeBuiltinModuleGetter = Get("nodeBuiltinModuleGetter", target?.NodeBuiltinModuleGetter == true),
        };
    }

    // output.hashFunction (a name, or a JavaScript hash class the config loader wraps as a
    // function), hashDigest, hashDigestLength and hashSalt, with webpack 5's defaults (md4, hex, 20).
    private static (string Function, JsFunction? Script, string Digest, int DigestLength, string? Salt) ReadHashOptions(ConfigReader reader, JsonObject obj)
    {
        var function = "md4";
        JsFunction? script = null;
        if (obj["hashFunction"] is { } functionNode)
        {
            if (JsFunction.IsHandle(functionNode))
                script = reader.Function(functionNode, "configuration.output.hashFunction");
            else if (reader.String(functionNode, "configuration.output.hashFunction") is { } name)
            {
                if (Hashing.Hash.IsKnown(name))
                    function = name;
                else
                    reader.Error("configuration.output.hashFunction", $"names '{name}', which sharpack does not have; use one of xxhash64, md4, md5, sha1, sha256, sha384, sha512, debug, or a hash class.");
            }
        }
        var digest = "hex";
        if (reader.String(obj["hashDigest"], "configuration.output.hashDigest") is { } digestName)
        {
            if (Hashing.HashDigest.IsSupported(digestName))
                digest = digestName;
            else
                reader.Error("configuration.output.hashDigest", "should be one of these:\n\"hex\" | \"base64\" | \"base64url\" | \"latin1\" | \"base26\" | \"base32\" | \"base36\" | \"base49\" | \"base52\" | \"base58\" | \"base62\"");
        }
        var length = 20;
        if (obj["hashDigestLength"] is { } lengthNode)
        {
            if (ConfigReader.Kind(lengthNode) == JsonValueKind.Number && lengthNode.GetValue<double>() is var value && value >= 1 && value == Math.Floor(value))
                length = (int)Math.Min(value, int.MaxValue);
            else
                reader.Error("configuration.output.hashDigestLength", "should be a number >= 1.");
        }
        var salt = obj["hashSalt"] is { } saltNode ? reader.String(saltNode, "configuration.output.hashSalt") : null;
        return (function, script, digest, length, salt);
    }

    // output.resourceHints: of its object form only `dedupe` (skip a prefetch the document already
    // hints) is implemented; the rest (initial-graph hints, URL hints, preconnect…) is ignored.
    private static bool ReadResourceHints(ConfigReader reader, JsonNode? node)
    {
        const string path = "configuration.output.resourceHints";
        if (node is null)
            return false;
        if (node is not JsonObject obj || ConfigReader.IsRegExp(obj))
        {
            reader.Warning($"{path} is not supported by sharpack yet and is ignored.");
            return false;
        }
        reader.CheckKeys(obj, path, ["dedupe"], ["initial", "manifest", "modulePreloadPolyfill", "preconnect", "urlHints"]);
        return reader.Bool(obj["dedupe"], path + ".dedupe") ?? false;
    }

    private static readonly string[] s_chunkLoadingTypes = ["jsonp", "import-scripts", "require", "async-node", "import"];

    // Sharpack builds no WebAssembly modules yet; the wasm loading options are read for their checks.
    private static readonly string[] s_wasmLoadingTypes = ["fetch", "async-node", "universal"];

    // Follows applyOutputDefaults' globalObject: `global` where it exists, else `globalThis`, which
    // is also the one defined everywhere the universal target runs; else `self`.
    private static string DefaultGlobalObject(TargetProperties? target)
    {
        if (target is null) return "self";
        if (target.Global == true) return "global";
        if (target.GlobalThis == true) return "globalThis";
        return target.IsUniversal && target.GlobalThis is null ? "globalThis" : "self";
    }

    // Follows applyOutputDefaults' chunkFormat: ES modules where import() is there, array-push
    // where there is a document or importScripts, CommonJS where there is require or node.
    private static string? DefaultChunkFormat(ConfigReader reader, TargetProperties? target, bool module, bool dynamicImport)
    {
        if (target is null)
            return module ? "module" : "array-push";
        if (module)
        {
            if (dynamicImport) return "module";
            if (target.Document == true) return "array-push";
            reader.Error("configuration.output.chunkFormat", "has no default for the selected environment with ES module output: " +
                "ESM exports can be chosen when 'import()' is available, JSONP array push when 'document' is available. " +
                "Select an appropriate 'target' to allow selecting one by default, or specify 'output.chunkFormat' directly.");
            return null;
        }
        if (target.Document == true) return "array-push";
        if (target.Require == true || target.NodeBuiltins == true) return "commonjs";
        if (target.ImportScripts == true) return "array-push";
        reader.Error("configuration.output.chunkFormat", "has no default for the selected environment: " +
            (target.Module == true ? "module ('module') can be chosen when ES modules are available (set 'experiments.outputModule' and 'output.module' to true); " : "") +
            "JSONP array push ('array-push') can be chosen when 'document' or 'importScripts' is available, CommonJS exports ('commonjs') when 'require' or node built-ins are available. " +
            "Select an appropriate 'target' to allow selecting one by default, or specify 'output.chunkFormat' directly.");
        return null;
    }

    // Follows applyOutputDefaults' chunkLoading: the loading that goes with the chunk format in
    // the target's environment, else import() for ES module output on a mixed target, else none.
    // webpack's default output.workerChunkLoading: by the chunk format and what a worker of the
    // target can do (importScripts, require, import()).
    private static string? DefaultWorkerChunkLoading(TargetProperties? target, string? chunkFormat, bool module, bool dynamicImportInWorker)
    {
        if (target is null)
            return null;
        switch (chunkFormat)
        {
            case "array-push" when target.ImportScriptsInWorker == true:
                return "import-scripts";
            case "commonjs" when target.Require == true:
                return "require";
            case "commonjs" when target.NodeBuiltins == true:
                return "async-node";
            case "module" when dynamicImportInWorker:
                return "import";
        }
        return target.IsMixed(TargetProperties.Said.Require | TargetProperties.Said.NodeBuiltins | TargetProperties.Said.ImportScriptsInWorker) && module && dynamicImportInWorker
            ? "import" : null;
    }

    private static string? DefaultChunkLoading(TargetProperties? target, string? chunkFormat, bool module, bool dynamicImport)
    {
        if (target is null)
            return module ? "import" : "jsonp";
        switch (chunkFormat)
        {
            case "array-push":
                if (target.Document == true) return "jsonp";
                if (target.ImportScripts == true) return "import-scripts";
                break;
            case "commonjs":
                if (target.Require == true) return "require";
                if (target.NodeBuiltins == true) return "async-node";
                break;
            case "module":
                if (dynamicImport) return "import";
                break;
        }
        var mixed = target.IsMixed(TargetProperties.Said.Require | TargetProperties.Said.NodeBuiltins | TargetProperties.Said.Document | TargetProperties.Said.ImportScripts);
        return mixed && module && dynamicImport ? "import" : null;
    }

    // Follows applyOutputDefaults' enabledChunkLoadingTypes: output.chunkLoading and every entry's
    // chunkLoading; an entry naming a type the list leaves out is an error (webpack's checkEnabled).
    private static List<string> ReadEnabledChunkLoadingTypes(ConfigReader reader, JsonNode? node, string? chunkLoading, List<EntryDescription> entries, string? workerChunkLoading)
    {
        const string path = "configuration.output.enabledChunkLoadingTypes";
        List<string> types = [];
        if (node is null)
        {
            if (chunkLoading is not null) types.Add(chunkLoading);
            if (workerChunkLoading is not null && !types.Contains(workerChunkLoading)) types.Add(workerChunkLoading);
            foreach (var entry in entries)
            {
                if (entry.ChunkLoading is { Length: > 0 } own && !types.Contains(own)) types.Add(own);
            }
            return types;
        }
        foreach (var type in reader.StringArray(node, path) ?? [])
        {
            if (Array.IndexOf(s_chunkLoadingTypes, type) < 0)
                reader.Error(path, $"has the chunk loading type '{type}', which sharpack does not provide (built in: {string.Join(", ", s_chunkLoadingTypes)}).");
            else if (!types.Contains(type))
                types.Add(type);
        }
        foreach (var entry in entries)
        {
            if (entry.ChunkLoading is { Length: > 0 } own && !types.Contains(own))
            {
                reader.Error(ConfigReader.Child("configuration.entry", entry.Name) + ".chunkLoading",
                    $"Chunk loading type \"{own}\" is not enabled. This usually happens through the \"output.enabledChunkLoadingTypes\" option. These types are enabled: {string.Join(", ", types)}");
            }
        }
        return types;
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
    // webpack's filename.replace(/\.[mc]?js(\?|$)/, ".css$1"): the first `.js`, `.mjs` or `.cjs` that ends the name or its path before a query.
    internal static string DeriveCssFilename(string filename) => ReplaceScriptExtension(filename, ".css");

    private static string DeriveHtmlFilename(string filename) => ReplaceScriptExtension(filename, ".html");

    // webpack's ensureUniqueHtmlTemplate: a template without /\[(name|id|chunkhash|contenthash|fullhash|hash)/ names every page alike.
    private static string UniqueHtmlTemplate(string template)
    {
        foreach (var placeholder in (ReadOnlySpan<string>)["[name", "[id", "[chunkhash", "[contenthash", "[fullhash", "[hash"])
        {
            if (template.Contains(placeholder, StringComparison.Ordinal))
                return template;
        }
        return "[name].html";
    }

    private static string ReplaceScriptExtension(string filename, string extension)
    {
        for (var i = filename.IndexOf('.'); i >= 0; i = filename.IndexOf('.', i + 1))
        {
            var at = i + 1;
            if (at < filename.Length && filename[at] is 'm' or 'c')
                at++;
            if (at + 1 < filename.Length && filename[at] == 'j' && filename[at + 1] == 's' && (at + 2 == filename.Length || filename[at + 2] == '?'))
                return filename[..i] + extension + filename[(at + 2)..];
        }
        return filename;
    }

    /// <summary>
    /// webpack's output.chunkFilename default from output.filename (also mini-css-extract-plugin's
    /// chunkFilename from its filename): the filename when it differs by chunk, else "[id]." before its base name.
    /// </summary>
    public static string DeriveChunkFilename(string filename)
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

    // webpack's schema: a string, not an absolute path (the map sits inside output.path).
    private static string ReadSourceMapFilename(ConfigReader reader, JsonNode? node)
    {
        var value = reader.String(node, "configuration.output.sourceMapFilename");
        if (value is null)
            return "[file].map[query]";
        if (Path.IsPathRooted(value) || (value.Length > 2 && value[1] == ':' && value[2] is '\\' or '/'))
        {
            reader.Error("configuration.output.sourceMapFilename", $"should be a relative path (the map is written inside output.path); \"{value}\" is absolute.");
            return "[file].map[query]";
        }
        return value;
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
}
