// Follows webpack lib/config/normalization.js and lib/config/defaults.js: turns a raw
// configuration (the JsonNode tree a config file or the command line produces) plus command-line
// overrides into SharpackOptions, filling every default by mode and target. Validation is ours
// but worded like webpack's schema errors, and collects every problem instead of stopping at
// the first. This file holds the top level; entry, output/target and module/resolve are in the
// partial files beside it.

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sharpack.Core.Options;

/// <summary>Raw configuration → <see cref="SharpackOptions"/> with webpack 5's defaults.</summary>
public static partial class OptionsNormalizer
{
    private const string Root = "configuration";

    private static readonly string[] s_supported =
    [
        "bail", "cache", "context", "define", "devtool", "dotenv", "entry", "experiments", "externals", "externalsPresets", "externalsType", "ignoreWarnings", "infrastructureLogging", "loader", "mode", "module", "name", "node", "optimization", "output", "recordsInputPath", "recordsOutputPath", "recordsPath",
        "parallelism", "performance", "plugins", "profile", "resolve", "resolveLoader", "snapshot", "stats", "target", "watch", "watchOptions",
        // webpack-dev-server's options: `sharpack serve` reads them, a build does not.
        "devServer",
    ];

    // webpack options Sharpack accepts but does not implement yet: a warning, not an error.
    private static readonly string[] s_ignored =
    [
        "dependencies", "validate",
    ];

    // Set, these change what the output means; Sharpack does not implement them yet (an error).
    private static readonly string[] s_notImplemented = ["amd", "extends"];

    private static readonly string[] s_optimizationSupported = ["avoidEntryIife", "chunkIds", "emitOnErrors", "noEmitOnErrors", "concatenateModules", "flagIncludedChunks", "minimize", "minimizer", "moduleIds", "innerGraph", "inlineExports", "mergeDuplicateChunks", "nodeEnv", "providedExports", "realContentHash", "removeAvailableModules", "mangleExports", "removeEmptyChunks", "runtimeChunk", "sideEffects", "splitChunks", "usedExports"];

    private static readonly string[] s_optimizationIgnored =
    [
        "checkWasmTypes", "mangleWasmImports", "portableRecords",
    ];

    // Optimizations that, set to false, ask for what Sharpack's output is anyway.
    private static readonly string[] s_optimizationOffWhenFalse =
    [
        "mangleWasmImports", "portableRecords",
    ];

    private static readonly string[] s_mangleExports = ["deterministic", "size"];

    private static readonly string[] s_moduleIdAlgorithms = ["natural", "named", "hashed", "deterministic", "size"];

    private static readonly string[] s_chunkIdAlgorithms = ["natural", "named", "deterministic", "size", "total-size"];

    private static readonly string[] s_nodeHandling = ["mock", "warn-mock", "node-module", "eval-only"];

    /// <summary>
    /// Normalizes one configuration object. <paramref name="configuration"/> may be null (no
    /// config file: everything from defaults and overrides); relative paths resolve against
    /// <paramref name="workingDirectory"/> (the current directory by default). <paramref name="functions"/>
    /// resolves the function handles a JavaScript configuration holds (null: any function is an
    /// error naming its option).
    /// </summary>
    public static NormalizedOptions Normalize(JsonNode? configuration, OptionsOverrides? overrides = null, string? workingDirectory = null, IJsFunctionHost? functions = null)
    {
        var cwd = Path.GetFullPath(workingDirectory ?? Directory.GetCurrentDirectory());
        var reader = new ConfigReader { Functions = functions };
        JsonObject root;
        if (configuration is null)
        {
            root = [];
        }
        else if (configuration is JsonObject obj && !ConfigReader.IsRegExp(obj))
        {
            root = (JsonObject)obj.DeepClone();
        }
        else
        {
            reader.Error(Root, "should be an object.");
            return new NormalizedOptions(null, reader.Errors, reader.Warnings);
        }
        if (overrides is not null)
            ApplyOverrides(root, overrides, cwd);

        // webpack's `validate: false` skips the schema: an unknown property is then only a warning.
        reader.LenientUnknownProperties = ConfigReader.Kind(root["validate"]) == JsonValueKind.False;
        reader.CheckKeys(root, Root, s_supported, s_ignored, s_notImplemented);
        var mode = ReadMode(reader, root["mode"]);
        var context = ReadContext(reader, root["context"], cwd);
        var entries = ReadEntries(reader, root["entry"]);
        var targetProperties = ReadTarget(reader, root["target"], out var targetName);
        // webpack: the universal target only works as ES modules, so it turns the experiment on.
        // webpack: the universal, deno and bun targets only work as ES modules.
        var experiments = ReadExperiments(reader, root["experiments"], targetProperties is { } says && (says.IsUniversal || says.Deno == true || says.Bun == true));
        var outputModule = experiments.OutputModule;
        var output = ReadOutput(reader, root["output"], context, mode, targetProperties, outputModule, entries);
        var resolve = ReadResolve(reader, root["resolve"], targetProperties, context);
        var resolveLoader = ReadResolveLoader(reader, root["resolveLoader"], context);
        // webpack's `loader`: values every loader finds on its context (`this.x`); functions in it stay JavaScript.
        var loaderValues = root["loader"] is null ? null : reader.Object(root["loader"], "configuration.loader");
        reader.PassFunctionsThrough(loaderValues);
        var rules = ReadModule(reader, root["module"], context, out var parser, out var noParse, out var generator);
        var optimization = ReadOptimization(reader, root["optimization"], mode);
        var devtools = ReadDevtool(reader, root, mode);
        // webpack's default in development: source maps for the stylesheets where CSS is built in, eval for JavaScript.
        if (!root.ContainsKey("devtool") && mode == BuildMode.Development && SharpackOptions.IsCssBuiltIn(experiments, rules))
            devtools = [new DevtoolSetting("css", "source-map"), .. devtools];
        var define = ReadDefine(reader, root["define"]);
        var dotenv = ReadDotenv(reader, root["dotenv"]);
        var watch = reader.Bool(root["watch"], "configuration.watch") ?? false;
        var watchOptions = ReadWatchOptions(reader, root["watchOptions"], context);
        var node = ReadNode(reader, root, targetProperties, output?.Module == true);
        var performance = ReadPerformance(reader, root["performance"], mode, targetProperties);
        var stats = ReadStats(reader, root["stats"]);
        var pluginDescriptions = ReadPlugins(reader, root["plugins"], context, "configuration.plugins");
        // webpack's WebpackOptionsApply applies optimization.minimizer's plugins when minimize is
        // on; "..." is the default minimizer, which Sharpack.Plugins applies itself.
        if (optimization.Minimize && root["optimization"]?["minimizer"] is JsonArray minimizers)
        {
            var dots = new JsonArray();
            for (var i = 0; i < minimizers.Count; i++)
                dots.Add(IsDefaultMinimizer(minimizers[i]) ? null : minimizers[i]?.DeepClone());
            pluginDescriptions.AddRange(ReadPlugins(reader, dots, context, "configuration.optimization.minimizer"));
        }
        var ignoreWarnings = ReadIgnoreWarnings(reader, root["ignoreWarnings"]);
        var externals = ReadExternals(reader, root["externals"], "configuration.externals") ? root["externals"]?.DeepClone() : null;
        var externalsType = reader.OneOf(root["externalsType"], "configuration.externalsType", s_externalsTypes);
        var presets = ReadExternalsPresets(reader, root["externalsPresets"]);
        var nodeModulesExternals = ReadNodeModulesPreset(reader, root["externalsPresets"]);
        // `name` only labels a configuration of a multi-compiler build (read by the CLI).
        var name = reader.String(root["name"], "configuration.name");
        ReadInertOptions(reader, root);
        // Plugins read their own options (and functions) when they are made.
        foreach (var (key, value) in root)
        {
            if (key is not ("plugins" or "devServer"))
                reader.CheckUnusedFunctions(value, ConfigReader.Child(Root, key));
        }

        // webpack's WebpackOptionsApply: what needs ES module output needs the experiment.
        if (output is not null && !outputModule)
        {
            foreach (var type in (string[])["module", "modern-module"])
            {
                if (output.EnabledLibraryTypes.Contains(type))
                    reader.Errors.Add($"library type \"{type}\" is only allowed when 'experiments.outputModule' is enabled");
            }
            if (externalsType is "module" or "module-import")
                reader.Errors.Add("'externalsType: \"module\"' is only allowed when 'experiments.outputModule' is enabled");
        }
        if (reader.Errors.Count > 0 || output is null || targetProperties is null)
            return new NormalizedOptions(null, reader.Errors, reader.Warnings);
        if (targetProperties.Electron == true && output.Module && targetProperties.Module == false)
        {
            reader.Warning("'output.module' is enabled, but the targeted electron version does not support ECMAScript modules (added in electron 28). " +
                "Electron built-in modules are externalized as 'node-commonjs'.");
        }
        var options = new SharpackOptions
        {
            Name = name,
            Context = context,
            Mode = mode,
            Entries = entries,
            Output = output,
            Target = new TargetOptions
            {
                Name = targetName,
                LoaderTarget = LoaderTarget(targetProperties, output.Module),
                IsNode = targetProperties.Node == true,
                IsWebWorker = targetProperties.WebWorker == true,
                IsUniversal = targetProperties.IsUniversal,
                NodeExternals = Preset(presets, "node") ?? ((targetProperties.Node == true && targetProperties.Deno != true && targetProperties.Bun != true)
                    || (output.Module && targetProperties.IsMixed(TargetProperties.Said.Node))),
                DenoExternals = Preset(presets, "deno") ?? targetProperties.Deno == true,
                BunExternals = Preset(presets, "bun") ?? targetProperties.Bun == true,
                ResolveConditions = ResolveConditions(targetProperties),
                BrowserField = targetProperties.BrowserField,
                ElectronExternals = Preset(presets, "electron") ?? (targetProperties.Electron == true || (output.Module && targetProperties.IsMixed(TargetProperties.Said.Electron))),
                ElectronContexts = ElectronContexts(targetProperties, output.Module, presets),
                NwjsExternals = Preset(presets, "nwjs") ?? (targetProperties.Nwjs == true || (output.Module && targetProperties.IsMixed(TargetProperties.Said.Nwjs))),
                WebExternals = Preset(presets, "web") ?? targetProperties.Web == true,
                WebAsyncExternals = Preset(presets, "webAsync") ?? false,
            },
            Resolve = resolve,
            ResolveLoader = resolveLoader,
            Loader = (JsonObject?)loaderValues?.DeepClone(),
            Rules = rules,
            NoParse = noParse,
            Generator = generator,
            Parser = parser,
            Optimization = optimization,
            Experiments = experiments,
            Devtool = devtools is [{ Type: "all" } only] ? only.Use : devtools is [{ Type: "javascript", Use: "eval" }] ? "eval" : null,
            Devtools = devtools,
            Define = define,
            Dotenv = dotenv,
            Watch = watch,
            Cache = root["cache"] is { } cacheNode ? ConfigReader.Kind(cacheNode) != JsonValueKind.False : mode == BuildMode.Development,
            WatchOptions = watchOptions,
            // webpack's records: recordsPath is the default of both.
            RecordsInputPath = RecordsPath(reader, root, "recordsInputPath", context),
            RecordsOutputPath = RecordsPath(reader, root, "recordsOutputPath", context),
            Node = node,
            Performance = performance,
            Stats = stats,
            PluginDescriptions = pluginDescriptions,
            IgnoreWarnings = ignoreWarnings,
            Externals = externals,
            ExternalsFunctions = reader.Functions,
            NodeModulesExternals = nodeModulesExternals,
            ModuleFunctions = reader.Functions,
            // webpack's default: output.library's type, else module-import for ES module output, else var.
            ExternalsType = externalsType
                ?? (output.Library is { } library && Array.IndexOf(s_externalsTypes, library.Type) >= 0 ? library.Type : output.Module ? "module-import" : "var"),
        };
        return new NormalizedOptions(options, reader.Errors, reader.Warnings);
    }

    private static void ApplyOverrides(JsonObject root, OptionsOverrides overrides, string cwd)
    {
        if (overrides.Entries is { Count: > 0 } entries)
        {
            var array = new JsonArray();
            foreach (var entry in entries)
                array.Add((JsonNode?)entry);
            root["entry"] = array;
        }
        if (overrides.Context is not null)
            root["context"] = Path.GetFullPath(overrides.Context, cwd);
        if (overrides.Mode is not null)
            root["mode"] = overrides.Mode;
        if (overrides.Target is { Count: > 0 } targets)
        {
            var array = new JsonArray();
            foreach (var target in targets)
                array.Add((JsonNode?)target);
            root["target"] = targets.Count == 1 ? targets[0] : array;
        }
        if (overrides.Devtool is not null)
            root["devtool"] = overrides.Devtool == "false" ? JsonValue.Create(false) : overrides.Devtool;
        if (overrides.Minimize is { } minimize)
        {
            if (root["optimization"] is not JsonObject optimization)
                root["optimization"] = optimization = [];
            optimization["minimize"] = minimize;
        }
        if (overrides.OutputPath is not null || overrides.OutputFilename is not null || overrides.OutputClean is not null)
        {
            if (root["output"] is not JsonObject output)
                root["output"] = output = [];
            if (overrides.OutputPath is not null)
                output["path"] = Path.GetFullPath(overrides.OutputPath, cwd);
            if (overrides.OutputFilename is not null)
                output["filename"] = overrides.OutputFilename;
            if (overrides.OutputClean is { } clean)
                output["clean"] = clean;
        }
    }

    private static BuildMode ReadMode(ConfigReader reader, JsonNode? node)
    {
        if (node is null)
        {
            reader.Warning("configuration.mode has not been set, sharpack will fall back to 'production' for this value.\n" +
                "Set 'mode' option to 'development' or 'production' to enable defaults for each environment.\n" +
                "You can also set it to 'none' to disable any default behavior.");
            return BuildMode.Production;
        }
        return reader.OneOf(node, "configuration.mode", "development", "production", "none") switch
        {
            "development" => BuildMode.Development,
            "none" => BuildMode.None,
            _ => BuildMode.Production,
        };
    }

    private static string ReadContext(ConfigReader reader, JsonNode? node, string cwd)
    {
        var context = reader.String(node, "configuration.context");
        if (context is not null && context.Contains('\0'))
        {
            reader.Error("configuration.context", "should not contain a NUL character: no path can hold one.");
            return cwd;
        }
        // webpack wants an absolute path; a JSON config cannot compute one, so relative paths
        // resolve against the working directory.
        return context is null ? cwd : Path.GetFullPath(context, cwd);
    }

    // experiments: outputModule and deferImport have an effect; the other experiments are accepted with a warning.
    // Follows applyExternalsPresetsDefaults: an electron target's own context, or with ES module
    // output every context a list of targets leaves open.
    private static List<string> ElectronContexts(TargetProperties target, bool outputModule, Dictionary<string, bool>? presets)
    {
        var contexts = new List<string>();
        var electron = target.Electron == true;
        if (Preset(presets, "electronMain") ?? (electron && (target.ElectronMain == true || (outputModule && target.IsMixed(TargetProperties.Said.ElectronMain))))) contexts.Add("main");
        if (Preset(presets, "electronPreload") ?? (electron && (target.ElectronPreload == true || (outputModule && target.IsMixed(TargetProperties.Said.ElectronPreload))))) contexts.Add("preload");
        if (Preset(presets, "electronRenderer") ?? (electron && (target.ElectronRenderer == true || (outputModule && target.IsMixed(TargetProperties.Said.ElectronRenderer))))) contexts.Add("renderer");
        return contexts;
    }

    private static readonly string[] s_externalsPresets = ["bun", "deno", "electron", "electronMain", "electronPreload", "electronRenderer", "node", "nwjs", "web", "webAsync"];

    // externalsPresets.nodeModules: true, or { allowlist: string | RegExp | function, or an array of them }.
    private static JsonNode? ReadNodeModulesPreset(ConfigReader reader, JsonNode? presets)
    {
        const string path = "configuration.externalsPresets.nodeModules";
        if (presets is not JsonObject obj || obj["nodeModules"] is not { } node)
            return null;
        switch (ConfigReader.Kind(node))
        {
            case JsonValueKind.True:
                return node.DeepClone();
            case JsonValueKind.False:
                return null;
            case JsonValueKind.Object when node is JsonObject options && !ConfigReader.IsRegExp(options):
                reader.CheckKeys(options, path, ["allowlist"], []);
                // The allowlist's functions are called with the request (NodeModulesExternalsPlugin).
                reader.PassFunctionsThrough(options["allowlist"]);
                return options.DeepClone();
            default:
                reader.Error(path, "should be a boolean or an object { allowlist? }.");
                return null;
        }
    }

    // webpack's getResolveDefaults: the conditions each platform the target is on adds.
    private static List<string> ResolveConditions(TargetProperties target)
    {
        var conditions = new List<string>();
        if (target.Deno == true) conditions.Add("deno");
        if (target.Bun == true) conditions.Add("bun");
        if (target.WebWorker == true) conditions.Add("worker");
        if (target.Node == true) conditions.Add("node");
        if (target.Web == true) conditions.Add("browser");
        if (target.Electron == true) conditions.Add("electron");
        if (target.Nwjs == true) conditions.Add("nwjs");
        return conditions;
    }

    // externalsPresets: booleans that override what the target implies.
    private static Dictionary<string, bool>? ReadExternalsPresets(ConfigReader reader, JsonNode? node)
    {
        const string path = "configuration.externalsPresets";
        if (reader.Object(node, path) is not { } obj)
            return null;
        reader.CheckKeys(obj, path, [.. s_externalsPresets, "nodeModules"], []);
        var presets = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (key, value) in obj)
        {
            if (Array.IndexOf(s_externalsPresets, key) >= 0 && reader.Bool(value, ConfigReader.Child(path, key)) is { } flag)
                presets[key] = flag;
        }
        return presets;
    }

    // webpack's loader.target default (applyLoaderDefaults): the one platform the target names.
    private static string? LoaderTarget(TargetProperties properties, bool outputModule)
    {
        if (properties.Electron == true)
        {
            return properties.ElectronMain == true ? "electron-main" : properties.ElectronPreload == true ? "electron-preload"
                : properties.ElectronRenderer == true ? "electron-renderer" : "electron";
        }
        if (properties.Nwjs == true) return "nwjs";
        if (properties.Deno == true) return "deno";
        if (properties.Bun == true) return "bun";
        if (properties.Node == true) return "node";
        if (properties.Web == true) return "web";
        return outputModule && properties.Node is null && properties.Web is null ? "universal" : null;
    }

    private static bool? Preset(Dictionary<string, bool>? presets, string name) =>
        presets is not null && presets.TryGetValue(name, out var value) ? value : null;

    private static ExperimentsOptions ReadExperiments(ConfigReader reader, JsonNode? node, bool defaultOutputModule)
    {
        const string path = "configuration.experiments";
        if (reader.Object(node, path) is not { } obj)
            return new ExperimentsOptions { OutputModule = defaultOutputModule };
        reader.CheckKeys(obj, path, ["asyncWebAssembly", "css", "deferImport", "html", "outputModule", "sourceImport"],
            ["backCompat", "buildHttp", "cacheUnaffected", "futureDefaults", "layers",
             "lazyCompilation", "syncWebAssembly", "topLevelAwait", "typescript"]);
        // webpack: futureDefaults turns asyncWebAssembly on; "auto" (and unset) decides by the rules.
        var futureDefaults = reader.Bool(obj["futureDefaults"], "configuration.experiments.futureDefaults") == true;
        bool? asyncWebAssembly = obj["asyncWebAssembly"] is JsonValue asyncValue && asyncValue.TryGetValue<string>(out var text) && text == "auto"
            ? null
            : reader.Bool(obj["asyncWebAssembly"], "configuration.experiments.asyncWebAssembly") ?? (futureDefaults ? true : null);
        if (reader.Bool(obj["syncWebAssembly"], "configuration.experiments.syncWebAssembly") == true)
            asyncWebAssembly ??= false;
        // webpack: experiments.css is true with futureDefaults, else "auto" (decided by the rules).
        bool? css = obj["css"] is JsonValue cssValue && cssValue.TryGetValue<string>(out var cssText) && cssText == "auto"
            ? null
            : reader.Bool(obj["css"], "configuration.experiments.css") ?? (futureDefaults ? true : null);
        // experiments.html likewise; only an explicit true (or futureDefaults) puts `.html` before `.js` in resolving.
        bool? html = obj["html"] is JsonValue htmlValue && htmlValue.TryGetValue<string>(out var htmlText) && htmlText == "auto"
            ? null
            : reader.Bool(obj["html"], "configuration.experiments.html") ?? (futureDefaults ? true : null);
        return new ExperimentsOptions
        {
            AsyncWebAssembly = asyncWebAssembly,
            Css = css,
            Html = html,
            FutureDefaults = futureDefaults,
            OutputModule = reader.Bool(obj["outputModule"], "configuration.experiments.outputModule") ?? defaultOutputModule,
            DeferImport = reader.Bool(obj["deferImport"], "configuration.experiments.deferImport") ?? false,
            SourceImport = reader.Bool(obj["sourceImport"], "configuration.experiments.sourceImport") ?? false,
        };
    }

    private static OptimizationOptions ReadOptimization(ConfigReader reader, JsonNode? node, BuildMode mode)
    {
        const string path = "configuration.optimization";
        var defaultIds = mode switch
        {
            BuildMode.Production => "deterministic",
            BuildMode.Development => "named",
            _ => "natural",
        };
        var defaultNodeEnv = mode switch
        {
            BuildMode.Production => "production",
            BuildMode.Development => "development",
            _ => null,
        };
        var obj = reader.Object(node, path);
        if (obj is null)
        {
            return new OptimizationOptions
            {
                ModuleIds = defaultIds,
                ChunkIds = defaultIds,
                NodeEnv = defaultNodeEnv,
                EmitOnErrors = mode != BuildMode.Production,
                Minimize = mode == BuildMode.Production,
                UsedExports = DefaultUsedExports(mode),
                InnerGraph = mode == BuildMode.Production,
                InlineExports = mode == BuildMode.Production,
                FlagIncludedChunks = mode == BuildMode.Production,
                RealContentHash = mode == BuildMode.Production,
                SideEffects = DefaultSideEffects(mode),
                MangleExports = mode == BuildMode.Production ? "deterministic" : null,
                ConcatenateModules = mode == BuildMode.Production,
                ConcatenateCommonJsModules = mode == BuildMode.Production,
                AvoidEntryIife = mode == BuildMode.Production,
                SplitChunks = ReadSplitChunks(reader, null, mode, DefaultUsedExports(mode) == UsedExportsMode.PerRuntime),
            };
        }
        reader.CheckKeys(obj, path, s_optimizationSupported, s_optimizationIgnored, offWhenFalse: s_optimizationOffWhenFalse);
        var nodeEnv = defaultNodeEnv;
        if (obj["nodeEnv"] is { } nodeEnvNode)
        {
            if (ConfigReader.Kind(nodeEnvNode) == JsonValueKind.False)
                nodeEnv = null;
            else if (ConfigReader.Kind(nodeEnvNode) == JsonValueKind.String)
                nodeEnv = nodeEnvNode.GetValue<string>();
            else
                reader.Error("configuration.optimization.nodeEnv", "should be false or a string.");
        }
        var usedExports = ConfigReader.Kind(obj["usedExports"]) switch
        {
            JsonValueKind.Undefined or JsonValueKind.Null => DefaultUsedExports(mode),
            JsonValueKind.True => UsedExportsMode.PerRuntime,
            JsonValueKind.False => UsedExportsMode.Off,
            JsonValueKind.String when obj["usedExports"]!.GetValue<string>() == "global" => UsedExportsMode.Global,
            _ => FailUsedExports(reader),
        };
        var minimizeByType = obj["minimize"] as JsonObject;
        if (ConfigReader.Kind(obj["moduleIds"]) == JsonValueKind.String && obj["moduleIds"]!.GetValue<string>() == "hashed")
            reader.Warning("The value 'hashed' for option 'optimization.moduleIds' is deprecated. Use 'deterministic' instead.");
        return new OptimizationOptions
        {
            // false: no built-in ids; a plugin (webpack.ids.DeterministicModuleIdsPlugin) assigns them.
            ModuleIds = ConfigReader.Kind(obj["moduleIds"]) == JsonValueKind.False ? null
                : reader.OneOf(obj["moduleIds"], "configuration.optimization.moduleIds", s_moduleIdAlgorithms) ?? defaultIds,
            // false, as for moduleIds: a plugin (webpack.ids.NaturalChunkIdsPlugin…) assigns them.
            ChunkIds = ConfigReader.Kind(obj["chunkIds"]) == JsonValueKind.False ? null
                : reader.OneOf(obj["chunkIds"], "configuration.optimization.chunkIds", s_chunkIdAlgorithms) ?? defaultIds,
            NodeEnv = nodeEnv,
            // webpack's object form { javascript, css, html } turns minimizing on: false turns a
            // type off, an object is its minimizer's options (javascript: terser's options).
            Minimize = minimizeByType is not null || (reader.Bool(obj["minimize"], "configuration.optimization.minimize") ?? mode == BuildMode.Production),
            DefaultMinimizer = ReadMinimizer(reader, obj["minimizer"]),
            MinimizeJavaScript = ConfigReader.Kind(minimizeByType?["javascript"]) != JsonValueKind.False,
            JavaScriptMinimizerOptions = minimizeByType?["javascript"] is JsonObject terserOptions ? terserOptions.DeepClone() : null,
            MinimizeCss = ConfigReader.Kind(minimizeByType?["css"]) != JsonValueKind.False,
            RuntimeChunk = ReadRuntimeChunk(reader, obj["runtimeChunk"]),
            ProvidedExports = reader.Bool(obj["providedExports"], "configuration.optimization.providedExports") ?? true,
            RemoveAvailableModules = reader.Bool(obj["removeAvailableModules"], "configuration.optimization.removeAvailableModules") ?? false,
            RemoveEmptyChunks = reader.Bool(obj["removeEmptyChunks"], "configuration.optimization.removeEmptyChunks") ?? true,
            // webpack's default: a build with errors still writes its output, except in production
            // (NoEmitOnErrorsPlugin); the deprecated noEmitOnErrors says the opposite.
            EmitOnErrors = reader.Bool(obj["emitOnErrors"], "configuration.optimization.emitOnErrors")
                ?? (reader.Bool(obj["noEmitOnErrors"], "configuration.optimization.noEmitOnErrors") is { } noEmit ? !noEmit : mode != BuildMode.Production),
            MergeDuplicateChunks = reader.Bool(obj["mergeDuplicateChunks"], "configuration.optimization.mergeDuplicateChunks") ?? true,
            FlagIncludedChunks = reader.Bool(obj["flagIncludedChunks"], "configuration.optimization.flagIncludedChunks") ?? mode == BuildMode.Production,
            RealContentHash = reader.Bool(obj["realContentHash"], "configuration.optimization.realContentHash") ?? mode == BuildMode.Production,
            // webpack's default: the inner graph in production only.
            InnerGraph = reader.Bool(obj["innerGraph"], "configuration.optimization.innerGraph") ?? mode == BuildMode.Production,
            AvoidEntryIife = reader.Bool(obj["avoidEntryIife"], "configuration.optimization.avoidEntryIife") ?? mode == BuildMode.Production,
            // webpack's default: small constant exports inlined at their uses in production only.
            InlineExports = reader.Bool(obj["inlineExports"], "configuration.optimization.inlineExports") ?? mode == BuildMode.Production,
            MangleExports = ConfigReader.Kind(obj["mangleExports"]) switch
            {
                JsonValueKind.Undefined or JsonValueKind.Null => mode == BuildMode.Production ? "deterministic" : null,
                JsonValueKind.True => "deterministic",
                JsonValueKind.False => null,
                _ => reader.OneOf(obj["mangleExports"], "configuration.optimization.mangleExports", s_mangleExports),
            },
            SideEffects = ConfigReader.Kind(obj["sideEffects"]) switch
            {
                JsonValueKind.Undefined or JsonValueKind.Null => DefaultSideEffects(mode),
                JsonValueKind.True => SideEffectsMode.Analyse,
                JsonValueKind.False => SideEffectsMode.Off,
                JsonValueKind.String when obj["sideEffects"]!.GetValue<string>() == "flag" => SideEffectsMode.Flag,
                _ => FailSideEffects(reader),
            },
            UsedExports = usedExports,
            // webpack 5.113 also takes { commonjs } (CommonJS modules concatenated wrapped): ES modules are concatenated either way.
            ConcatenateModules = ConfigReader.Kind(obj["concatenateModules"]) switch
            {
                JsonValueKind.Undefined or JsonValueKind.Null => mode == BuildMode.Production,
                JsonValueKind.True or JsonValueKind.Object => true,
                JsonValueKind.False => false,
                _ => FailConcatenateModules(reader),
            },
            // webpack's isCommonJsConcatenationEnabled: an object unless { commonjs: false }, else true itself.
            ConcatenateCommonJsModules = ConfigReader.Kind(obj["concatenateModules"]) switch
            {
                JsonValueKind.Undefined or JsonValueKind.Null => mode == BuildMode.Production,
                JsonValueKind.True => true,
                JsonValueKind.Object => ConfigReader.Kind(obj["concatenateModules"]!["commonjs"]) != JsonValueKind.False,
                _ => false,
            },
            SplitChunks = ReadSplitChunks(reader, obj["splitChunks"], mode, usedExports == UsedExportsMode.PerRuntime),
        };
    }

    // optimization.minimizer: whether webpack's default minimizer ("...", or no list at all) is
    // among them; the list's plugins are read with the configuration's plugins.
    private static bool ReadMinimizer(ConfigReader reader, JsonNode? node)
    {
        if (node is null || ConfigReader.Kind(node) == JsonValueKind.Null)
            return true;
        if (node is not JsonArray minimizers)
        {
            reader.Error("configuration.optimization.minimizer", "should be an array of plugins or \"...\".");
            return true;
        }
        foreach (var item in minimizers)
        {
            if (IsDefaultMinimizer(item))
                return true;
        }
        return false;
    }

    // "..." in optimization.minimizer: webpack's default minimizer.
    private static bool IsDefaultMinimizer(JsonNode? item) =>
        item is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() == "...";

    // webpack's default: usage is analysed per runtime in production only.
    private static UsedExportsMode DefaultUsedExports(BuildMode mode) =>
        mode == BuildMode.Production ? UsedExportsMode.PerRuntime : UsedExportsMode.Off;

    // webpack's default: the source analysed in production, only the flags elsewhere.
    private static SideEffectsMode DefaultSideEffects(BuildMode mode) => mode == BuildMode.Production ? SideEffectsMode.Analyse : SideEffectsMode.Flag;

    private static bool FailConcatenateModules(ConfigReader reader)
    {
        reader.Error("configuration.optimization.concatenateModules", "should be a boolean or an object.");
        return false;
    }

    private static SideEffectsMode FailSideEffects(ConfigReader reader)
    {
        reader.Error("configuration.optimization.sideEffects", "should be one of these:\n   \"flag\" | boolean");
        return SideEffectsMode.Off;
    }

    private static UsedExportsMode FailUsedExports(ConfigReader reader)
    {
        reader.Error("configuration.optimization.usedExports", "should be one of these:\n   \"global\" | boolean");
        return UsedExportsMode.Off;
    }

    // Follows webpack lib/config/normalization.js: "single" is one chunk named "runtime" for all
    // entrypoints, true and "multiple" one "runtime~<entry>" chunk each, { name } a fixed name or a
    // function of the entrypoint.
    private static Func<string, string?>? ReadRuntimeChunk(ConfigReader reader, JsonNode? node)
    {
        const string path = "configuration.optimization.runtimeChunk";
        switch (ConfigReader.Kind(node))
        {
            case JsonValueKind.Null or JsonValueKind.False:
                return null;
            case JsonValueKind.True:
                return static name => "runtime~" + name;
            case JsonValueKind.String when node!.GetValue<string>() == "single":
                return static _ => "runtime";
            case JsonValueKind.String when node!.GetValue<string>() == "multiple":
                return static name => "runtime~" + name;
            case JsonValueKind.Object when node!["name"] is { } nameNode && ConfigReader.Kind(nameNode) == JsonValueKind.String:
                var name = nameNode.GetValue<string>();
                return _ => name;
            case JsonValueKind.Object when node!["name"] is JsonObject { } function && function["__byEntrypoint"] is JsonObject answers:
                {
                    // A function of the entrypoint, called by the config loader for each entry:
                    // null (or an entry it did not see) keeps the runtime in the entry's chunk.
                    var byEntrypoint = new Dictionary<string, string?>(StringComparer.Ordinal);
                    foreach (var (entry, answer) in answers)
                        byEntrypoint[entry] = answer is null ? null : reader.String(answer, path + ".name");
                    return entry => byEntrypoint.GetValueOrDefault(entry);
                }
            case JsonValueKind.Object when node!["name"] is null:
                // RuntimeChunkPlugin's own default name.
                return static name => "runtime~" + name;
        }
        reader.Error(path, "should be one of these:\n   \"single\" | \"multiple\" | boolean | object { name? }");
        return null;
    }

    // webpack's ExternalsType enum.
    private static readonly string[] s_externalsTypes =
    [
        "var", "module", "assign", "this", "window", "self", "global", "commonjs", "commonjs2", "commonjs-module", "commonjs-static",
        "amd", "amd-require", "umd", "umd2", "jsonp", "system", "promise", "import", "module-import", "script", "node-commonjs", "amd-async",
    ];

    // externals: a request name, a RegExp, an object of request → value (string, boolean, array of
    // strings, or { root, commonjs, commonjs2, amd, … }), a function, or an array of those.
    private static bool ReadExternals(ConfigReader reader, JsonNode? node, string path)
    {
        if (node is null)
            return false;
        var kind = ConfigReader.Kind(node);
        if (kind == JsonValueKind.String || ConfigReader.IsRegExp(node))
            return true;
        if (JsFunction.IsHandle(node))
            return reader.Function(node, path) is not null;
        if (node is JsonArray items)
        {
            var ok = true;
            for (var i = 0; i < items.Count; i++)
                ok &= ReadExternals(reader, items[i], ConfigReader.Item(path, i)) || items[i] is null;
            return ok;
        }
        if (node is JsonObject obj)
        {
            foreach (var (request, value) in obj)
            {
                // webpack's byLayer: the externals of an importing module's layer, an object by layer or a function of the layer.
                if (request == "byLayer")
                {
                    if (JsFunction.IsHandle(value))
                    {
                        if (reader.Function(value, ConfigReader.Child(path, "byLayer")) is null)
                            return false;
                    }
                    else if (value is JsonObject layers)
                    {
                        foreach (var (layer, layerExternals) in layers)
                        {
                            if (!ReadExternals(reader, layerExternals, ConfigReader.Child(ConfigReader.Child(path, "byLayer"), layer)))
                                return false;
                        }
                    }
                    else
                    {
                        reader.Error(ConfigReader.Child(path, "byLayer"), "should be an object of externals by layer or a function of the layer.");
                        return false;
                    }
                    continue;
                }
                var valueKind = ConfigReader.Kind(value);
                if (valueKind is JsonValueKind.String or JsonValueKind.True or JsonValueKind.False || value is JsonObject)
                    continue;
                if (value is JsonArray parts && parts.All(part => ConfigReader.Kind(part) == JsonValueKind.String))
                    continue;
                reader.Error(ConfigReader.Child(path, request), "should be a string, a boolean, an array of strings or an object { root, commonjs, commonjs2, amd, … }.");
            }
            return true;
        }
        reader.Error(path, "should be a string, a RegExp, an object, a function or an array of those.");
        return false;
    }

    // webpack's ignoreWarnings: RegExp | { file?, message?, module? } | function, in an array.
    private static List<IgnoreWarningRule> ReadIgnoreWarnings(ConfigReader reader, JsonNode? node)
    {
        const string path = "configuration.ignoreWarnings";
        var rules = new List<IgnoreWarningRule>();
        if (node is null)
            return rules;
        if (node is not JsonArray items)
        {
            reader.Error(path, "should be an array of RegExp, object { file?, message?, module? } or function.");
            return rules;
        }
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var itemPath = ConfigReader.Item(path, i);
            if (ConfigReader.IsRegExp(item))
            {
                if (reader.RegExp(item!, itemPath) is { } message)
                    rules.Add(new IgnoreWarningRule { Message = message });
            }
            else if (JsFunction.IsHandle(item))
            {
                if (reader.Function(item, itemPath) is { } function)
                    rules.Add(new IgnoreWarningRule { Function = function });
            }
            else if (item is JsonObject obj)
            {
                System.Text.RegularExpressions.Regex? Part(string key)
                {
                    if (obj[key] is not { } part)
                        return null;
                    if (ConfigReader.IsRegExp(part))
                        return reader.RegExp(part, ConfigReader.Child(itemPath, key));
                    reader.Error(ConfigReader.Child(itemPath, key), "should be an instance of RegExp.");
                    return null;
                }
                foreach (var (key, _) in obj)
                {
                    if (key is not ("file" or "message" or "module"))
                        reader.Error(itemPath, $"has an unknown property '{key}'. These properties are valid:\nobject {{ file?, message?, module? }}");
                }
                rules.Add(new IgnoreWarningRule { File = Part("file"), Message = Part("message"), Module = Part("module") });
            }
            else
            {
                reader.Error(itemPath, "should be a RegExp, an object { file?, message?, module? } or a function.");
            }
        }
        return rules;
    }

    // Options that steer webpack's process (logging, caching, parallelism, profiling, bailing,
    // watching), never what is emitted: validated by shape, then nothing else to do.
    // recordsInputPath / recordsOutputPath: a path (relative ones against the context), false for none, else recordsPath.
    private static string? RecordsPath(ConfigReader reader, JsonObject root, string key, string context)
    {
        var node = root.ContainsKey(key) ? root[key] : root["recordsPath"];
        var path = root.ContainsKey(key) ? "configuration." + key : "configuration.recordsPath";
        if (node is null || ConfigReader.Kind(node) == JsonValueKind.False)
            return null;
        return reader.String(node, path) is { } value ? Path.GetFullPath(value, context) : null;
    }

    private static void ReadInertOptions(ConfigReader reader, JsonObject root)
    {
        reader.Bool(root["bail"], "configuration.bail");
        reader.Bool(root["profile"], "configuration.profile");
        if (root["cache"] is { } cache && ConfigReader.Kind(cache) is not (JsonValueKind.True or JsonValueKind.False))
        {
            if (reader.Object(cache, "configuration.cache") is { } cacheObject)
                reader.OneOf(cacheObject["type"] ?? JsonValue.Create("memory"), "configuration.cache.type", "memory", "filesystem");
        }
        if (reader.Object(root["infrastructureLogging"], "configuration.infrastructureLogging") is { } logging)
            reader.OneOf(logging["level"], "configuration.infrastructureLogging.level", "none", "error", "warn", "info", "log", "verbose");
        if (root["parallelism"] is { } parallelism &&
            (ConfigReader.Kind(parallelism) != JsonValueKind.Number || parallelism.GetValue<double>() < 1))
        {
            reader.Error("configuration.parallelism", "should be a number >= 1.");
        }
        reader.Object(root["snapshot"], "configuration.snapshot");
    }

    // webpack's watchOptions: aggregateTimeout, poll (true or milliseconds), ignored (globs or a RegExp),
    // followSymlinks, stdin. Relative globs match anywhere, as watchpack's do; "./x" is from the context.
    private static WatchOptions ReadWatchOptions(ConfigReader reader, JsonNode? node, string context)
    {
        const string path = "configuration.watchOptions";
        if (reader.Object(node, path) is not { } obj)
            return new WatchOptions();
        reader.CheckKeys(obj, path, ["aggregateTimeout", "followSymlinks", "ignored", "poll", "stdin"], []);
        var options = new WatchOptions();
        if (obj["aggregateTimeout"] is { } timeout)
        {
            if (ConfigReader.Kind(timeout) == JsonValueKind.Number && timeout.GetValue<double>() >= 0)
                options = options with { AggregateTimeout = (int)Math.Min(timeout.GetValue<double>(), int.MaxValue) };
            else
                reader.Error(path + ".aggregateTimeout", "should be a number >= 0.");
        }
        switch (ConfigReader.Kind(obj["poll"]))
        {
            case JsonValueKind.Null:
            case JsonValueKind.False:
                break;
            case JsonValueKind.True:
                options = options with { Poll = 5007 };
                break;
            case JsonValueKind.Number when obj["poll"]!.GetValue<double>() >= 1:
                options = options with { Poll = (int)Math.Min(obj["poll"]!.GetValue<double>(), int.MaxValue) };
                break;
            default:
                reader.Error(path + ".poll", "should be a boolean or a number >= 1.");
                break;
        }
        if (obj["ignored"] is { } ignored)
        {
            if (ConfigReader.IsRegExp(ignored))
            {
                options = options with { IgnoredRegExp = reader.RegExp(ignored, path + ".ignored") };
            }
            else
            {
                var globs = ConfigReader.Kind(ignored) == JsonValueKind.String
                    ? (reader.String(ignored, path + ".ignored") is { } one ? [one] : null)
                    : reader.StringArray(ignored, path + ".ignored");
                if (globs is not null)
                    options = options with { IgnoredGlobs = globs.ConvertAll(glob => WatchGlob(glob, context)) };
            }
        }
        options = options with
        {
            FollowSymlinks = reader.Bool(obj["followSymlinks"], path + ".followSymlinks") ?? false,
            Stdin = reader.Bool(obj["stdin"], path + ".stdin") ?? false,
        };
        return options;
    }

    // A relative glob matches anywhere below the root (watchpack matches it against absolute paths,
    // so "node_modules" alone would match nothing); "./" and "../" globs are made absolute.
    private static string WatchGlob(string glob, string context)
    {
        var normalized = Make.GlobPatterns.NormalizeSeparators(glob);
        if (normalized.StartsWith("./", StringComparison.Ordinal) || normalized.StartsWith("../", StringComparison.Ordinal))
            return Make.GlobPatterns.NormalizePathSeparators(Path.GetFullPath(normalized, context));
        if (normalized.StartsWith('/') || normalized.StartsWith("**", StringComparison.Ordinal) || Path.IsPathRooted(normalized))
            return normalized;
        return "**/" + normalized;
    }

    // webpack's devtool: false, "eval", a source-map string, or [{ type: "all" | "javascript" | "css", use }].
    private static IReadOnlyList<DevtoolSetting> ReadDevtool(ConfigReader reader, JsonObject root, BuildMode mode)
    {
        // Absent → the mode's default: webpack's "eval" for JavaScript in development (and, where CSS is
        // built in, source maps for stylesheets: added by the caller), none otherwise; false or null → off.
        if (!root.TryGetPropertyValue("devtool", out var node))
            return mode == BuildMode.Development ? [new DevtoolSetting("javascript", "eval")] : [];
        switch (ConfigReader.Kind(node))
        {
            case JsonValueKind.Null:
            case JsonValueKind.False:
                return [];
            case JsonValueKind.String when IsDevtool(node!.GetValue<string>()):
                return [new DevtoolSetting("all", node.GetValue<string>())];
            case JsonValueKind.Array:
                var list = new List<DevtoolSetting>();
                var items = (JsonArray)node!;
                for (var i = 0; i < items.Count; i++)
                {
                    var path = ConfigReader.Item("configuration.devtool", i);
                    if (reader.Object(items[i], path) is not { } item)
                        continue;
                    foreach (var (key, _) in item)
                    {
                        if (key is not ("type" or "use"))
                            reader.Error(path, $"has an unknown property '{key}'. These properties are valid:\n   object {{ type, use }}");
                    }
                    var type = reader.OneOf(item["type"], ConfigReader.Child(path, "type"), "all", "javascript", "css");
                    if (item["type"] is null)
                        reader.Error(path, "misses the property 'type'. Should be:\n   \"all\" | \"javascript\" | \"css\"");
                    if (item["use"] is null)
                    {
                        reader.Error(path, "misses the property 'use'.");
                        continue;
                    }
                    switch (ConfigReader.Kind(item["use"]))
                    {
                        case JsonValueKind.False:
                            continue;
                        case JsonValueKind.String when IsDevtool(item["use"]!.GetValue<string>()):
                            if (type is not null)
                                list.Add(new DevtoolSetting(type, item["use"]!.GetValue<string>()));
                            continue;
                        default:
                            reader.Error(ConfigReader.Child(path, "use"), DevtoolPatternMessage);
                            continue;
                    }
                }
                return list;
            default:
                reader.Error("configuration.devtool", DevtoolPatternMessage);
                return [];
        }
    }

    // webpack's schema error for a devtool that matches none of its forms.
    private const string DevtoolPatternMessage = "should be one of these:\n   false | \"eval\" | string (should match pattern " +
        "\"^(inline-|hidden-|eval-)?(nosources-)?(cheap-(module-)?)?source-map(-debugids)?$\")\n" +
        "   -> A developer tool to enhance debugging (false | eval | [inline-|hidden-|eval-][nosources-][cheap-[module-]]source-map).";

    // Matches ^(inline-|hidden-|eval-)?(nosources-)?(cheap-(module-)?)?source-map(-debugids)?$ or "eval".
    private static bool IsDevtool(string value)
    {
        if (value == "eval")
            return true;
        var rest = value.AsSpan();
        foreach (var prefix in (ReadOnlySpan<string>)["inline-", "hidden-", "eval-"])
        {
            if (rest.StartsWith(prefix, StringComparison.Ordinal))
            {
                rest = rest[prefix.Length..];
                break;
            }
        }
        if (rest.StartsWith("nosources-", StringComparison.Ordinal))
            rest = rest["nosources-".Length..];
        if (rest.StartsWith("cheap-", StringComparison.Ordinal))
        {
            rest = rest["cheap-".Length..];
            if (rest.StartsWith("module-", StringComparison.Ordinal))
                rest = rest["module-".Length..];
        }
        return rest.SequenceEqual("source-map") || rest.SequenceEqual("source-map-debugids");
    }

    // `define` (Sharpack's own key, DefinePlugin's definitions): expression → replacement code.
    // Strings are code as written; numbers, booleans and null their literal; a nested object
    // defines member paths (`{ "process.env": { "NODE_ENV": "\"production\"" } }`).
    private static Dictionary<string, string> ReadDefine(ConfigReader reader, JsonNode? node)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var obj = reader.Object(node, "configuration.define");
        if (obj is not null)
            AddDefinitions(reader, obj, "", "configuration.define", result);
        return result;
    }

    private static void AddDefinitions(ConfigReader reader, JsonObject obj, string prefix, string path, Dictionary<string, string> result)
    {
        foreach (var (key, value) in obj)
        {
            var name = prefix + key;
            var itemPath = ConfigReader.Child(path, key);
            switch (ConfigReader.Kind(value))
            {
                case JsonValueKind.String:
                    result[name] = value!.GetValue<string>();
                    break;
                case JsonValueKind.Object when !ConfigReader.IsRegExp(value):
                    AddDefinitions(reader, (JsonObject)value!, name + ".", itemPath, result);
                    break;
                case JsonValueKind.Object:
                    var regexp = value!["__regexp"]!;
                    result[name] = $"/{regexp["source"]}/{regexp["flags"]}";
                    break;
                case JsonValueKind.Null:
                    result[name] = "null";
                    break;
                default:
                    result[name] = value!.ToJsonString();
                    break;
            }
        }
    }

    private static NodeOptions ReadNode(ConfigReader reader, JsonObject root, TargetProperties? target, bool outputModule)
    {
        // webpack: node targets evaluate __filename/__dirname at run time, and so does universal ES
        // module output (which may run on node); others mock them.
        var fallback = target?.Node == true || (outputModule && target?.IsUniversal == true) ? "eval-only" : "mock";
        // webpack's default node.global: false where the target has `global`, "warn" elsewhere.
        var defaultGlobal = target?.Global != true;
        if (!root.TryGetPropertyValue("node", out var node) || node is null)
            return new NodeOptions { Filename = fallback, Dirname = fallback, Global = defaultGlobal };
        if (ConfigReader.Kind(node) == JsonValueKind.False)
            return new NodeOptions { Filename = null, Dirname = null, Global = false };
        var obj = reader.Object(node, "configuration.node");
        if (obj is null)
            return new NodeOptions();
        CheckNodeObject(reader, obj, "configuration.node");
        return new NodeOptions
        {
            Filename = ConfigReader.Kind(obj["__filename"]) == JsonValueKind.Null ? fallback : NodeHandling(obj["__filename"]),
            Dirname = ConfigReader.Kind(obj["__dirname"]) == JsonValueKind.Null ? fallback : NodeHandling(obj["__dirname"]),
            Global = obj["global"] is { } globalNode ? ConfigReader.Kind(globalNode) != JsonValueKind.False : defaultGlobal,
        };
    }

    /// <summary>webpack's plugins that Sharpack has as built-ins, usable by name from a JavaScript configuration.</summary>
    public static IReadOnlyList<string> BuiltinPluginNames { get; } =
    [
        "DefinePlugin", "ProvidePlugin", "BannerPlugin", "IgnorePlugin", "EnvironmentPlugin",
        "ContextReplacementPlugin", "ContextExclusionPlugin", "NormalModuleReplacementPlugin", "ProgressPlugin", "DotenvPlugin",
        "DeterministicModuleIdsPlugin", "HashedModuleIdsPlugin", "LimitChunkCountPlugin", "MinChunkSizePlugin", "AggressiveMergingPlugin", "SplitChunksPlugin",
        "ModuleConcatenationPlugin", "NaturalModuleIdsPlugin", "NamedModuleIdsPlugin", "OccurrenceModuleIdsPlugin", "NaturalChunkIdsPlugin", "NamedChunkIdsPlugin", "OccurrenceChunkIdsPlugin", "DeterministicChunkIdsPlugin",
        "SourceMapDevToolPlugin", "EvalSourceMapDevToolPlugin", "EvalDevToolModulePlugin", "TerserPlugin", "CssExtractPlugin", "CssMinimizerPlugin",
        "ModuleFederationPlugin", "ContainerPlugin", "ContainerReferencePlugin", "SharePlugin", "ConsumeSharedPlugin", "ProvideSharedPlugin",
        "HotModuleReplacementPlugin",
    ];

    /// <summary>The namespace of the built-in plugins' .NET types (in Sharpack.Plugins).</summary>
    public const string BuiltinPluginNamespace = "Sharpack.Plugins.Builtin.";

    // webpack.optimize's plugins live beside the other chunk optimizations.
    private static string BuiltinPluginType(string name) => name switch
    {
        "LimitChunkCountPlugin" or "MinChunkSizePlugin" or "AggressiveMergingPlugin" or "SplitChunksPlugin" or "ModuleConcatenationPlugin" => "Sharpack.Plugins.Optimize." + name,
        // webpack.ids' plugins other than the two in Builtin live with the id plugins the options choose.
        "NaturalModuleIdsPlugin" or "NamedModuleIdsPlugin" or "OccurrenceModuleIdsPlugin" or "NaturalChunkIdsPlugin" or "NamedChunkIdsPlugin" or "OccurrenceChunkIdsPlugin" or "DeterministicChunkIdsPlugin" => "Sharpack.Plugins.Ids." + name,
        "SourceMapDevToolPlugin" or "EvalSourceMapDevToolPlugin" or "EvalDevToolModulePlugin" => "Sharpack.Plugins.Devtool." + name,
        "TerserPlugin" or "CssMinimizerPlugin" => "Sharpack.Plugins.Minify." + name,
        "CssExtractPlugin" => "Sharpack.Plugins.Css." + name,
        "HotModuleReplacementPlugin" => "Sharpack.Plugins.Hmr." + name,
        "ModuleFederationPlugin" or "ContainerPlugin" or "ContainerReferencePlugin" or "SharePlugin" or "ConsumeSharedPlugin" or "ProvideSharedPlugin" => "Sharpack.Plugins.Federation." + name,
        _ => BuiltinPluginNamespace + name,
    };

    // A configuration's plugins: .NET plugin classes { assembly, type, options? } (loaded by the
    // command line), or plugin instances a JavaScript config made, which the config loader hands
    // over as { "__plugin": "ConstructorName" }; instances of the classes require("sharpack") exports
    // come as { "__plugin": name, "__sharpack": true, "options": … }. Sharpack cannot run other JavaScript plugins,
    // and a build without what a plugin does would not be what the configuration asks for: an error.
    private static List<PluginDescription> ReadPlugins(ConfigReader reader, JsonNode? node, string context, string optionPath)
    {
        var result = new List<PluginDescription>();
        if (node is null)
            return result;
        if (node is not JsonArray plugins)
        {
            reader.Error(optionPath, "should be an array.");
            return result;
        }
        for (var i = 0; i < plugins.Count; i++)
        {
            var path = ConfigReader.Item(optionPath, i);
            var plugin = plugins[i];
            if (ConfigReader.Kind(plugin) is JsonValueKind.Null or JsonValueKind.False)
                continue; // webpack skips falsy entries (`isProduction && new Plugin()`)
            if (plugin is JsonObject { } obj && obj["type"] is JsonValue typeNode && typeNode.GetValueKind() == JsonValueKind.String)
            {
                foreach (var (key, _) in obj)
                {
                    if (key is not ("assembly" or "type" or "options"))
                        reader.Error(path, $"has an unknown property '{key}'. A .NET plugin is described as object {{ assembly?, type, options? }}.");
                }
                var assembly = reader.String(obj["assembly"], ConfigReader.Child(path, "assembly"));
                result.Add(new PluginDescription(path, assembly is null ? null : Path.GetFullPath(assembly, context), typeNode.GetValue<string>(), obj["options"]?.DeepClone()) { Functions = reader.Functions });
                continue;
            }
            var name = plugin?["__plugin"] is JsonValue nameNode && nameNode.GetValueKind() == JsonValueKind.String ? nameNode.GetValue<string>() : null;
            // An instance of a class from require("sharpack") (or the stand-in for require("webpack")):
            // a built-in plugin by webpack's name, made by Sharpack.Plugins from its options.
            if (name is not null && ConfigReader.Kind(plugin!["__sharpack"]) == JsonValueKind.True && BuiltinPluginNames.Contains(name))
            {
                result.Add(new PluginDescription(path, null, BuiltinPluginType(name), plugin["options"]?.DeepClone()) { Functions = reader.Functions });
                continue;
            }
            // A JavaScript plugin (an object with apply, or a function plugin): run in the
            // configuration's node process, its taps tied to sharpack's hooks by the command line.
            if (plugin is JsonObject jsPlugin && jsPlugin["__jsPlugin"] is JsonValue indexNode && indexNode.TryGetValue<int>(out var index))
            {
                result.Add(new PluginDescription(path, null, PluginDescription.JavaScriptType,
                    new JsonObject { ["index"] = index, ["name"] = jsPlugin["name"]?.DeepClone() ?? "" })
                { Functions = reader.Functions });
                continue;
            }
            if (JsFunction.IsHandle(plugin))
            {
                reader.Error(path, "is a function plugin, which sharpack cannot run: the build would lack what it does. Remove it, or use a .NET plugin (object { assembly, type, options? }).");
                continue;
            }
            reader.Error(path, name is null
                ? "should be a plugin: an instance from a JavaScript configuration, or a .NET plugin object { assembly?, type, options? }."
                : $"is {(name is "Object" or "anonymous" ? "an object with an apply method" : name)}, a JavaScript plugin, which sharpack cannot run: the build would lack what it does. " +
                    "Remove it, or use a .NET plugin (object { assembly, type, options? }).");
        }
        return result;
    }
}
