// optimization.splitChunks (and webpack.optimize.SplitChunksPlugin's options) as read from a
// configuration, before the plugin merges them: every value is null when the configuration left
// it out, because webpack's SplitChunksPlugin tells "not set" from a value when a cache group
// inherits from the top level. Functions and regular expressions cross from a JavaScript
// configuration as JsFunction handles and translated .NET patterns.

using System.Text.RegularExpressions;

namespace Sharpack.Core.Options;

/// <summary>
/// A size limit of <c>splitChunks</c>: a number (for every default size type) or a size per source
/// type (<c>{ javascript: 20000 }</c>).
/// </summary>
public sealed class SplitChunksSize
{
    /// <summary>The size for every default size type, or null when <see cref="PerType"/> is given.</summary>
    public double? Number { get; init; }

    /// <summary>Sizes by source type, in the order the configuration lists them; null when <see cref="Number"/> is given.</summary>
    public IReadOnlyList<KeyValuePair<string, double>>? PerType { get; init; }

    /// <summary>A size that is the same number for every default size type.</summary>
    public static SplitChunksSize Of(double number) => new() { Number = number };
}

/// <summary>
/// A condition of a cache group (<c>test</c>, <c>type</c>, <c>layer</c>): a boolean, a string, a
/// regular expression, or a JavaScript function. What a string means depends on the option.
/// </summary>
public sealed class SplitChunksCondition
{
    /// <summary>A constant answer (<c>test: true</c>).</summary>
    public bool? Constant { get; init; }

    /// <summary>The string of the condition.</summary>
    public string? Text { get; init; }

    /// <summary>The regular expression of the condition (with <see cref="RegExpText"/>, its JavaScript text).</summary>
    public Regex? RegExp { get; init; }

    /// <summary>The JavaScript text of <see cref="RegExp"/> (<c>/node_modules/i</c>).</summary>
    public string? RegExpText { get; init; }

    /// <summary>The function of the condition.</summary>
    public JsFunction? Function { get; init; }
}

/// <summary>Which chunks a cache group splits from: <c>all</c>, <c>async</c>, <c>initial</c>, a RegExp on the chunk's name, or a function of the chunk.</summary>
public sealed class SplitChunksChunks
{
    /// <summary><c>all</c>, <c>async</c> or <c>initial</c>; null for a RegExp or a function.</summary>
    public string? Kind { get; init; }

    /// <summary>A RegExp tested on the chunk's name (a chunk without a name is not selected).</summary>
    public Regex? RegExp { get; init; }

    /// <summary>A function called with the chunk, selecting it when truthy.</summary>
    public JsFunction? Function { get; init; }

    /// <summary>Every chunk.</summary>
    public static SplitChunksChunks All { get; } = new() { Kind = "all" };

    /// <summary>Chunks loaded on demand only.</summary>
    public static SplitChunksChunks Async { get; } = new() { Kind = "async" };

    /// <summary>Chunks an entrypoint loads.</summary>
    public static SplitChunksChunks Initial { get; } = new() { Kind = "initial" };
}

/// <summary>A split chunk's <c>name</c>: a string, a function of (module, chunks, cacheGroupKey), or false.</summary>
public sealed class SplitChunksName
{
    /// <summary>The fixed name.</summary>
    public string? Value { get; init; }

    /// <summary>The function answering the name (a falsy answer: no name).</summary>
    public JsFunction? Function { get; init; }

    /// <summary>True for <c>name: false</c>: no name (a cache group then inherits the top level's).</summary>
    public bool IsFalse => Value is null && Function is null;
}

/// <summary><c>splitChunks.fallbackCacheGroup</c>: limits for chunks no cache group made (for <c>maxSize</c>).</summary>
public sealed class SplitChunksFallbackCacheGroup
{
    /// <summary><c>automaticNameDelimiter</c>.</summary>
    public string? AutomaticNameDelimiter { get; init; }

    /// <summary><c>chunks</c>.</summary>
    public SplitChunksChunks? Chunks { get; init; }

    /// <summary><c>maxAsyncSize</c>.</summary>
    public SplitChunksSize? MaxAsyncSize { get; init; }

    /// <summary><c>maxInitialSize</c>.</summary>
    public SplitChunksSize? MaxInitialSize { get; init; }

    /// <summary><c>maxSize</c>.</summary>
    public SplitChunksSize? MaxSize { get; init; }

    /// <summary><c>minSize</c>.</summary>
    public SplitChunksSize? MinSize { get; init; }

    /// <summary><c>minSizeReduction</c>.</summary>
    public SplitChunksSize? MinSizeReduction { get; init; }
}

/// <summary>The options a cache group and the top level of <c>splitChunks</c> share.</summary>
public class SplitChunksGroupOptions
{
    /// <summary><c>automaticNameDelimiter</c>: joins a name and a maxSize part's key.</summary>
    public string? AutomaticNameDelimiter { get; init; }

    /// <summary><c>chunks</c>.</summary>
    public SplitChunksChunks? Chunks { get; init; }

    /// <summary><c>enforceSizeThreshold</c>.</summary>
    public SplitChunksSize? EnforceSizeThreshold { get; init; }

    /// <summary><c>filename</c> as a template.</summary>
    public string? Filename { get; init; }

    /// <summary><c>filename</c> as a function of (pathData, assetInfo).</summary>
    public JsFunction? FilenameFunction { get; init; }

    /// <summary><c>maxAsyncRequests</c> (may be infinite).</summary>
    public double? MaxAsyncRequests { get; init; }

    /// <summary><c>maxAsyncSize</c>.</summary>
    public SplitChunksSize? MaxAsyncSize { get; init; }

    /// <summary><c>maxInitialRequests</c> (may be infinite).</summary>
    public double? MaxInitialRequests { get; init; }

    /// <summary><c>maxInitialSize</c>.</summary>
    public SplitChunksSize? MaxInitialSize { get; init; }

    /// <summary><c>maxSize</c>.</summary>
    public SplitChunksSize? MaxSize { get; init; }

    /// <summary><c>minChunks</c>.</summary>
    public double? MinChunks { get; init; }

    /// <summary><c>minRemainingSize</c>.</summary>
    public SplitChunksSize? MinRemainingSize { get; init; }

    /// <summary><c>minSize</c>.</summary>
    public SplitChunksSize? MinSize { get; init; }

    /// <summary><c>minSizeReduction</c>.</summary>
    public SplitChunksSize? MinSizeReduction { get; init; }

    /// <summary><c>name</c>.</summary>
    public SplitChunksName? Name { get; init; }

    /// <summary><c>usedExports</c>: split by runtime where the modules' used exports differ.</summary>
    public bool? UsedExports { get; init; }
}

/// <summary>One cache group's own options (<c>splitChunks.cacheGroups.&lt;key&gt;</c> as an object).</summary>
public sealed class SplitChunksCacheGroupOptions : SplitChunksGroupOptions
{
    /// <summary><c>enforce</c>: ignore the top level's size and request limits.</summary>
    public bool? Enforce { get; init; }

    /// <summary><c>idHint</c>: the word named chunk ids put first (the key by default).</summary>
    public string? IdHint { get; init; }

    /// <summary><c>layer</c>.</summary>
    public SplitChunksCondition? Layer { get; init; }

    /// <summary><c>priority</c>.</summary>
    public double? Priority { get; init; }

    /// <summary><c>reuseExistingChunk</c>.</summary>
    public bool? ReuseExistingChunk { get; init; }

    /// <summary><c>test</c>: on the module's name for conditions (a string is a prefix).</summary>
    public SplitChunksCondition? Test { get; init; }

    /// <summary><c>type</c>: on the module type (a string must be equal).</summary>
    public SplitChunksCondition? Type { get; init; }
}

/// <summary>
/// One entry of <c>splitChunks.cacheGroups</c>: an object of options, a shorthand test (a string or
/// RegExp), or a function of the module answering cache group options (or a list of them).
/// </summary>
public sealed class SplitChunksCacheGroup
{
    /// <summary>The cache group's key.</summary>
    public required string Key { get; init; }

    /// <summary>The options, for an object entry.</summary>
    public SplitChunksCacheGroupOptions? Options { get; init; }

    /// <summary>The test, for a string or RegExp entry.</summary>
    public SplitChunksCondition? ShorthandTest { get; init; }

    /// <summary>The function, for a function entry.</summary>
    public JsFunction? Function { get; init; }
}

/// <summary><c>optimization.splitChunks</c> (webpack's SplitChunksPlugin options).</summary>
public sealed class SplitChunksOptions : SplitChunksGroupOptions
{
    /// <summary><c>defaultSizeTypes</c>: the source types a size given as a number applies to.</summary>
    public IReadOnlyList<string>? DefaultSizeTypes { get; init; }

    /// <summary><c>hidePathInfo</c>: maxSize parts are named by a hash, not their paths.</summary>
    public bool? HidePathInfo { get; init; }

    /// <summary><c>fallbackCacheGroup</c>.</summary>
    public SplitChunksFallbackCacheGroup? FallbackCacheGroup { get; init; }

    /// <summary>Resolves function handles in what a <c>cacheGroups</c> function returns; null when the configuration holds no functions.</summary>
    public IJsFunctionHost? Functions { get; init; }

    /// <summary><c>cacheGroups</c>, in the configuration's order (<c>false</c> entries left out).</summary>
    public IReadOnlyList<SplitChunksCacheGroup> CacheGroups { get; init; } = [];

    /// <summary>
    /// Reads webpack.optimize.SplitChunksPlugin's constructor options (no mode defaults, as
    /// webpack's plugin): throws <see cref="ArgumentException"/> listing what is invalid.
    /// </summary>
    public static SplitChunksOptions FromPluginOptions(System.Text.Json.Nodes.JsonNode? options, IJsFunctionHost? functions)
    {
        var reader = new ConfigReader { Functions = functions };
        var result = options is null ? new SplitChunksOptions()
            : OptionsNormalizer.ReadSplitChunksObject(reader, options, "SplitChunksPlugin.options");
        reader.CheckUnusedFunctions(options, "SplitChunksPlugin.options");
        if (reader.Errors.Count == 0 && result is not null)
            return result.WithFunctions(functions);
        throw new ArgumentException("Invalid options object. Split Chunks Plugin has been initialized using an options object that does not match the API schema.\n - " + string.Join("\n - ", reader.Errors));
    }

    // The same options with the configuration's function host.
    internal SplitChunksOptions WithFunctions(IJsFunctionHost? functions) => new()
    {
        AutomaticNameDelimiter = AutomaticNameDelimiter,
        Chunks = Chunks,
        EnforceSizeThreshold = EnforceSizeThreshold,
        Filename = Filename,
        FilenameFunction = FilenameFunction,
        MaxAsyncRequests = MaxAsyncRequests,
        MaxAsyncSize = MaxAsyncSize,
        MaxInitialRequests = MaxInitialRequests,
        MaxInitialSize = MaxInitialSize,
        MaxSize = MaxSize,
        MinChunks = MinChunks,
        MinRemainingSize = MinRemainingSize,
        MinSize = MinSize,
        MinSizeReduction = MinSizeReduction,
        Name = Name,
        UsedExports = UsedExports,
        DefaultSizeTypes = DefaultSizeTypes,
        HidePathInfo = HidePathInfo,
        FallbackCacheGroup = FallbackCacheGroup,
        CacheGroups = CacheGroups,
        Functions = functions,
    };

    /// <summary>
    /// Reads cache group options a <c>cacheGroups</c> function returned (one object); throws
    /// <see cref="ArgumentException"/> when they are invalid.
    /// </summary>
    public static SplitChunksCacheGroupOptions CacheGroupFromFunctionResult(System.Text.Json.Nodes.JsonNode options, IJsFunctionHost? functions, string path)
    {
        var reader = new ConfigReader { Functions = functions };
        var result = OptionsNormalizer.ReadSplitChunksCacheGroupOptions(reader, options, path);
        if (reader.Errors.Count > 0 || result is null)
            throw new ArgumentException(string.Join("\n", reader.Errors));
        return result;
    }
}
