// Follows webpack lib/optimize/SplitChunksPlugin.js (optimization.splitChunks,
// webpack.optimize.SplitChunksPlugin): this file turns the options into webpack's normalized form
// (sizes by source type, inherited cache group settings); SplitChunksPlugin.Optimize.cs moves the
// modules on optimizeChunks at STAGE_ADVANCED, and SplitChunksPlugin.MaxSize.cs cuts chunks bigger
// than maxSize.

using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.ModuleGraph;
using Sharpack.Core.Options;
using Sharpack.Core.Stats;

namespace Sharpack.Plugins.Optimize;

/// <summary>Splits modules shared by chunks, or matched by cache groups, into chunks of their own (webpack's SplitChunksPlugin).</summary>
public sealed partial class SplitChunksPlugin : IPlugin
{
    private readonly SourceTypeTable _types = new();
    private readonly SplitChunksFilter _chunksFilter;
    private readonly int[] _defaultSizeTypes;
    private readonly SizeLimits _minSize;
    private readonly SizeLimits _minSizeReduction;
    private readonly SizeLimits _minRemainingSize;
    private readonly SizeLimits _enforceSizeThreshold;
    private readonly SizeLimits _maxAsyncSize;
    private readonly SizeLimits _maxInitialSize;
    private readonly double _minChunks;
    private readonly double _maxAsyncRequests;
    private readonly double _maxInitialRequests;
    private readonly bool _hidePathInfo;
    private readonly bool _usedExports;
    private readonly ChunkFilename? _filename;
    private readonly SplitChunksName? _getName;
    private readonly string _automaticNameDelimiter;
    private readonly FallbackCacheGroup _fallback;
    private readonly List<CacheGroupHandler> _handlers = [];
    private readonly IJsFunctionHost? _functions;

    /// <summary>
    /// A plugin for <paramref name="options"/> (optimization.splitChunks, defaults applied);
    /// <paramref name="defaultSizeTypes"/>, when given, in place of the options' (webpack adds <c>css</c> when CSS is built in).
    /// </summary>
    public SplitChunksPlugin(SplitChunksOptions options, IJsFunctionHost? functions = null, IReadOnlyList<string>? defaultSizeTypes = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _functions = functions ?? options.Functions;
        defaultSizeTypes ??= options.DefaultSizeTypes ?? ["javascript", "unknown"];
        _defaultSizeTypes = new int[defaultSizeTypes.Count];
        for (var i = 0; i < defaultSizeTypes.Count; i++)
            _defaultSizeTypes[i] = _types.Intern(defaultSizeTypes[i]);
        var fallback = options.FallbackCacheGroup ?? new SplitChunksFallbackCacheGroup();
        _minSize = Sizes(options.MinSize);
        _minSizeReduction = Sizes(options.MinSizeReduction);
        var maxSize = Sizes(options.MaxSize);
        _chunksFilter = SplitChunksFilter.From(options.Chunks) ?? SplitChunksFilter.All;
        _minRemainingSize = SizeLimits.Merge(Sizes(options.MinRemainingSize), _minSize);
        _enforceSizeThreshold = Sizes(options.EnforceSizeThreshold);
        _maxAsyncSize = SizeLimits.Merge(Sizes(options.MaxAsyncSize), maxSize);
        _maxInitialSize = SizeLimits.Merge(Sizes(options.MaxInitialSize), maxSize);
        // webpack's `||`: 0 (never valid) and unset fall back alike.
        _minChunks = Truthy(options.MinChunks) ?? 1;
        _maxAsyncRequests = Truthy(options.MaxAsyncRequests) ?? 1;
        _maxInitialRequests = Truthy(options.MaxInitialRequests) ?? 1;
        _hidePathInfo = options.HidePathInfo ?? false;
        _filename = ChunkFilename.From(options.Filename, options.FilenameFunction);
        _getName = options.Name is { IsFalse: false } name && name.Value is not "" ? name : null;
        _automaticNameDelimiter = options.AutomaticNameDelimiter ?? "-";
        _usedExports = options.UsedExports ?? false;
        _fallback = new FallbackCacheGroup(
            SplitChunksFilter.From(fallback.Chunks ?? options.Chunks) ?? SplitChunksFilter.All,
            SizeLimits.Merge(Sizes(fallback.MinSize), _minSize),
            SizeLimits.Merge(Sizes(fallback.MaxAsyncSize), Sizes(fallback.MaxSize), Sizes(options.MaxAsyncSize), Sizes(options.MaxSize)),
            SizeLimits.Merge(Sizes(fallback.MaxInitialSize), Sizes(fallback.MaxSize), Sizes(options.MaxInitialSize), Sizes(options.MaxSize)),
            fallback.AutomaticNameDelimiter ?? options.AutomaticNameDelimiter ?? "~");
        foreach (var group in options.CacheGroups)
            _handlers.Add(new CacheGroupHandler(this, group));
    }

    /// <summary>A plugin from a configuration's <c>new webpack.optimize.SplitChunksPlugin(options)</c> (webpack's plugin defaults, no mode defaults).</summary>
    public SplitChunksPlugin(JsonNode? options, IJsFunctionHost? functions)
        : this(SplitChunksOptions.FromPluginOptions(options, functions), functions)
    {
    }

    private SizeLimits Sizes(SplitChunksSize? size) => SizeLimits.From(size, _defaultSizeTypes, _types);

    private static double? Truthy(double? value) => value is { } v && v != 0 && !double.IsNaN(v) ? v : null;

    /// <inheritdoc />
    public void Apply(Compiler compiler) =>
        compiler.Hooks.ThisCompilation.Tap("SplitChunksPlugin", (compilation, _) =>
        {
            var alreadyOptimized = false;
            compilation.Hooks.OptimizeChunks.Tap(new Core.Hooks.TapOptions("SplitChunksPlugin") { Stage = Compilation.StageAdvanced }, (_, _) =>
            {
                if (alreadyOptimized)
                    return null;
                alreadyOptimized = true;
                new Run(this, compilation).Optimize();
                return null;
            });
        });

    /// <summary>A cache group's or the plugin's <c>filename</c>: a template or a function.</summary>
    private sealed record ChunkFilename(string? Template, JsFunction? Function)
    {
        public static ChunkFilename? From(string? template, JsFunction? function) =>
            template is null && function is null ? null : new ChunkFilename(template, function);
    }

    private sealed record FallbackCacheGroup(SplitChunksFilter ChunksFilter, SizeLimits MinSize, SizeLimits MaxAsyncSize, SizeLimits MaxInitialSize, string AutomaticNameDelimiter);

    /// <summary>webpack's createCacheGroupSource: one cache group's own options, normalized.</summary>
    private sealed class CacheGroupSource
    {
        public required string Key;
        public double? Priority;
        public SplitChunksName? GetName;
        public SplitChunksFilter? ChunksFilter;
        public bool Enforce;
        public required SizeLimits MinSize;
        public required SizeLimits MinSizeReduction;
        public required SizeLimits MinRemainingSize;
        public required SizeLimits EnforceSizeThreshold;
        public required SizeLimits MaxAsyncSize;
        public required SizeLimits MaxInitialSize;
        public double? MinChunks;
        public double? MaxAsyncRequests;
        public double? MaxInitialRequests;
        public ChunkFilename? Filename;
        public string? IdHint;
        public string? AutomaticNameDelimiter;
        public bool ReuseExistingChunk;
        public bool? UsedExports;
        // The group it resolves to with the plugin's options (webpack's _cacheGroupCache).
        public CacheGroup? Resolved;
    }

    /// <summary>webpack's cache group: a source with the plugin's options filled in.</summary>
    private sealed class CacheGroup
    {
        public required string Key;
        public double Priority;
        public required SplitChunksFilter ChunksFilter;
        public required SizeLimits MinSize;
        public required SizeLimits MinSizeReduction;
        public required SizeLimits MinRemainingSize;
        public required SizeLimits EnforceSizeThreshold;
        public required SizeLimits MaxAsyncSize;
        public required SizeLimits MaxInitialSize;
        public double MinChunks;
        public double MaxAsyncRequests;
        public double MaxInitialRequests;
        public SplitChunksName? GetName;
        public bool UsedExports;
        public ChunkFilename? Filename;
        public required string AutomaticNameDelimiter;
        public string? IdHint;
        public bool ReuseExistingChunk;
        public bool ValidateSize;
        public bool ValidateRemainingSize;
        public required SizeLimits MinSizeForMaxSize;
        public bool ConditionalEnforce;
    }

    private CacheGroupSource CreateSource(SplitChunksCacheGroupOptions? options, string key)
    {
        options ??= new SplitChunksCacheGroupOptions();
        var minSize = Sizes(options.MinSize);
        var maxSize = Sizes(options.MaxSize);
        return new CacheGroupSource
        {
            Key = key,
            Priority = options.Priority,
            GetName = options.Name is { IsFalse: false } name ? name : null,
            ChunksFilter = SplitChunksFilter.From(options.Chunks),
            Enforce = options.Enforce == true,
            MinSize = minSize,
            MinSizeReduction = Sizes(options.MinSizeReduction),
            MinRemainingSize = SizeLimits.Merge(Sizes(options.MinRemainingSize), minSize),
            EnforceSizeThreshold = Sizes(options.EnforceSizeThreshold),
            MaxAsyncSize = SizeLimits.Merge(Sizes(options.MaxAsyncSize), maxSize),
            MaxInitialSize = SizeLimits.Merge(Sizes(options.MaxInitialSize), maxSize),
            MinChunks = options.MinChunks,
            MaxAsyncRequests = options.MaxAsyncRequests,
            MaxInitialRequests = options.MaxInitialRequests,
            Filename = ChunkFilename.From(options.Filename, options.FilenameFunction),
            IdHint = options.IdHint,
            AutomaticNameDelimiter = options.AutomaticNameDelimiter,
            ReuseExistingChunk = options.ReuseExistingChunk == true,
            UsedExports = options.UsedExports,
        };
    }

    // webpack's _getCacheGroup: an enforced group ignores the plugin's limits.
    private CacheGroup Resolve(CacheGroupSource source)
    {
        if (source.Resolved is { } cached)
            return cached;
        var enforce = source.Enforce;
        var minSize = SizeLimits.Merge(source.MinSize, enforce ? null : _minSize);
        var minRemainingSize = SizeLimits.Merge(source.MinRemainingSize, enforce ? null : _minRemainingSize);
        var enforceSizeThreshold = SizeLimits.Merge(source.EnforceSizeThreshold, enforce ? null : _enforceSizeThreshold);
        var group = new CacheGroup
        {
            Key = source.Key,
            Priority = source.Priority is { } priority && !double.IsNaN(priority) ? priority : 0,
            ChunksFilter = source.ChunksFilter ?? _chunksFilter,
            MinSize = minSize,
            MinSizeReduction = SizeLimits.Merge(source.MinSizeReduction, enforce ? null : _minSizeReduction),
            MinRemainingSize = minRemainingSize,
            EnforceSizeThreshold = enforceSizeThreshold,
            MaxAsyncSize = SizeLimits.Merge(source.MaxAsyncSize, enforce ? null : _maxAsyncSize),
            MaxInitialSize = SizeLimits.Merge(source.MaxInitialSize, enforce ? null : _maxInitialSize),
            MinChunks = source.MinChunks ?? (enforce ? 1 : _minChunks),
            MaxAsyncRequests = source.MaxAsyncRequests ?? (enforce ? double.PositiveInfinity : _maxAsyncRequests),
            MaxInitialRequests = source.MaxInitialRequests ?? (enforce ? double.PositiveInfinity : _maxInitialRequests),
            GetName = source.GetName ?? _getName,
            UsedExports = source.UsedExports ?? _usedExports,
            Filename = source.Filename ?? _filename,
            AutomaticNameDelimiter = source.AutomaticNameDelimiter ?? _automaticNameDelimiter,
            IdHint = source.IdHint ?? source.Key,
            ReuseExistingChunk = source.ReuseExistingChunk,
            ValidateSize = minSize.HasNonZero(),
            ValidateRemainingSize = minRemainingSize.HasNonZero(),
            MinSizeForMaxSize = SizeLimits.Merge(source.MinSize, _minSize),
            ConditionalEnforce = enforceSizeThreshold.HasNonZero(),
        };
        source.Resolved = group;
        return group;
    }

    /// <summary>
    /// One entry of cacheGroups, as webpack's normalizeCacheGroups makes a handler of it: adds the
    /// sources that apply to a module.
    /// </summary>
    private sealed class CacheGroupHandler
    {
        private readonly SplitChunksPlugin _plugin;
        private readonly SplitChunksCacheGroup _group;
        private readonly CacheGroupSource? _source;
        // A function's answers, by their JSON text, made into sources once.
        private readonly Dictionary<string, CacheGroupSource>? _fromFunction;

        public CacheGroupHandler(SplitChunksPlugin plugin, SplitChunksCacheGroup group)
        {
            _plugin = plugin;
            _group = group;
            if (group.Function is null)
                _source = plugin.CreateSource(group.Options, group.Key);
            else
                _fromFunction = new(StringComparer.Ordinal);
        }

        public void AddSources(Module module, Compilation compilation, List<CacheGroupSource> results)
        {
            if (_group.ShorthandTest is { } shorthand)
            {
                if (CheckTest(shorthand, module, compilation))
                    results.Add(_source!);
                return;
            }
            if (_group.Options is { } options)
            {
                if (CheckTest(options.Test, module, compilation) && CheckType(options.Type, module, compilation) && CheckLayer(options.Layer, module, compilation))
                    results.Add(_source!);
                return;
            }
            JsonNode? answer;
            try
            {
                answer = _group.Function!.Call(SplitChunksJs.Module(module));
            }
            catch (JsFunctionException e)
            {
                compilation.Errors.Add(new BuildDiagnostic(e.Describe()));
                return;
            }
            if (!JsFunction.IsTruthy(answer))
                return;
            if (answer is JsonArray list)
            {
                foreach (var item in list)
                {
                    if (item is not null && FromFunction(item, compilation) is { } source)
                        results.Add(source);
                }
            }
            else if (FromFunction(answer!, compilation) is { } source)
            {
                results.Add(source);
            }
        }

        private CacheGroupSource? FromFunction(JsonNode answer, Compilation compilation)
        {
            var text = answer.ToJsonString();
            if (_fromFunction!.TryGetValue(text, out var source))
                return source;
            try
            {
                var options = SplitChunksOptions.CacheGroupFromFunctionResult(answer, _plugin._functions, $"optimization.splitChunks.cacheGroups.{_group.Key}(module)");
                source = _plugin.CreateSource(options, _group.Key);
            }
            catch (ArgumentException e)
            {
                compilation.Errors.Add(new BuildDiagnostic("SplitChunksPlugin\n" + e.Message));
                source = null;
            }
            if (source is not null)
                _fromFunction[text] = source;
            return source;
        }

        // webpack's checkTest: a string is a prefix of the module's name for conditions.
        private static bool CheckTest(SplitChunksCondition? test, Module module, Compilation compilation)
        {
            if (test is null)
                return true;
            if (test.Function is { } function)
                return Call(function, module, compilation);
            if (test.Constant is { } constant)
                return constant;
            var name = module.NameForCondition;
            if (name is null)
                return false;
            return test.Text is { } prefix ? name.StartsWith(prefix, StringComparison.Ordinal) : test.RegExp!.IsMatch(name);
        }

        // webpack's checkModuleType: a string must equal the module type.
        private static bool CheckType(SplitChunksCondition? test, Module module, Compilation compilation)
        {
            if (test is null)
                return true;
            // Modules that are not normal modules (externals, contexts) are javascript/dynamic in webpack;
            // a plugin's own module says its type (an extracted stylesheet's css/mini-extract).
            var type = module.ModuleType;
            if (test.Function is { } function)
                return CallWith(function, JsonValue.Create(type), compilation);
            return test.Text is { } text ? text == type : test.RegExp!.IsMatch(type);
        }

        // webpack's checkModuleLayer: "" matches modules without a layer; another string is a prefix.
        private static bool CheckLayer(SplitChunksCondition? test, Module module, Compilation compilation)
        {
            if (test is null)
                return true;
            var layer = module.Layer;
            if (test.Function is { } function)
                return CallWith(function, layer is null ? null : JsonValue.Create(layer), compilation);
            if (test.Text is { } text)
                return text.Length == 0 ? string.IsNullOrEmpty(layer) : layer is not null && layer.StartsWith(text, StringComparison.Ordinal);
            return layer is not null && test.RegExp!.IsMatch(layer);
        }

        private static bool Call(JsFunction function, Module module, Compilation compilation) =>
            CallWith(function, SplitChunksJs.Module(module), compilation);

        private static bool CallWith(JsFunction function, JsonNode? argument, Compilation compilation)
        {
            try
            {
                return JsFunction.IsTruthy(function.Call(argument));
            }
            catch (JsFunctionException e)
            {
                compilation.Errors.Add(new BuildDiagnostic(e.Describe()));
                return false;
            }
        }
    }
}
