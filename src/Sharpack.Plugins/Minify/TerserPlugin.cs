// Follows terser-webpack-plugin (webpack's default optimization.minimizer), with Sharpack's own
// minifier in place of terser: at processAssets' optimize-size stage every JavaScript asset that
// passes test/include/exclude and is not minimized yet is minified, all of them in parallel. An
// asset with a source map keeps one: the minified text maps to the asset's text, whose own map
// leads on to the modules (webpack-sources' SourceMapSource with an inner map). License comments
// are extracted, as terser-webpack-plugin does by default, into [file].LICENSE.txt, sorted and
// each once, and the file starts with a banner pointing to it. A syntax error in an asset is a
// compilation error naming the asset, line and column; the asset is left as it was. Results are
// kept by the asset's text (terser-webpack-plugin's cache by content): a rebuild by the same
// compiler minifies only the assets whose text changed, and forgets those no build asked for.

using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Sharpack.Core;
using Sharpack.Core.CodeGeneration;
using Sharpack.Core.Hooks;
using Sharpack.Core.Options;
using Sharpack.Core.Seal;
using Sharpack.Core.Stats;
using Sharpack.JavaScript;
using Sharpack.JavaScript.Diagnostics;
using Sharpack.JavaScript.Minifying;
using Sharpack.JavaScript.Printing;
using Sharpack.Sources;

namespace Sharpack.Plugins.Minify;

/// <summary>Minifies the JavaScript assets (webpack's TerserPlugin, with Sharpack's minifier).</summary>
public sealed class TerserPlugin : IPlugin
{
    private const string Name = "TerserPlugin";

    private readonly TerserPluginOptions _options;

    // Minified results by input (the text and how it is minified), from the last build; the
    // entries this build uses (its child compilations' too), which become the cache of the next.
    private Dictionary<CacheKey, MinifyResult> _cache = [];
    private ConcurrentDictionary<CacheKey, MinifyResult> _used = new();

    private readonly record struct CacheKey(string Text, SourceType? Goal, bool Mappings)
    {
        // Equal texts are compared whole; the hash takes the length and both ends only, as a
        // full hash of a 26 MB chunk costs more than comparing the few texts that share them.
        public override int GetHashCode() => HashCode.Combine(Text.Length,
            string.GetHashCode(Text.AsSpan(0, Math.Min(Text.Length, 256))),
            string.GetHashCode(Text.AsSpan(Math.Max(0, Text.Length - 256))), Goal, Mappings);

        public bool Equals(CacheKey other) =>
            Goal == other.Goal && Mappings == other.Mappings && string.Equals(Text, other.Text, StringComparison.Ordinal);
    }

    private int _hits;

    /// <summary>How many assets the last build took from the cache (of the build before it, or of its own other compilations).</summary>
    internal int CacheHits => _hits;

    /// <summary>Creates the plugin with <paramref name="options"/> (webpack's defaults when null).</summary>
    public TerserPlugin(TerserPluginOptions? options = null) => _options = options ?? new TerserPluginOptions();

    /// <summary>Creates the plugin from a configuration's options (terser-webpack-plugin's).</summary>
    public TerserPlugin(JsonNode? options, IJsFunctionHost? functions)
        : this(TerserPluginOptions.Read(options, functions))
    {
    }

    /// <inheritdoc />
    public void Apply(Compiler compiler)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        // A build starts: what the last one used is the cache now.
        compiler.Hooks.ThisCompilation.Tap(Name, (_, _) =>
        {
            _cache = new Dictionary<CacheKey, MinifyResult>(_used);
            _used = new ConcurrentDictionary<CacheKey, MinifyResult>();
            _hits = 0;
            _split = 0;
        });
        compiler.Hooks.Compilation.Tap(Name, (compilation, _) =>
            compilation.Hooks.ProcessAssets.Tap(new TapOptions(Name) { Stage = Compilation.ProcessAssetsStageOptimizeSize }, _ => Optimize(compilation)));
    }

    private bool Matches(string file) =>
        _options.Test(file) && (_options.Include is null || _options.Include(file)) && (_options.Exclude is null || !_options.Exclude(file));

    private sealed record Job(string File, Source Input, AssetInfo Info)
    {
        public Source? Output { get; set; }
        public string? CommentsFile { get; set; }
        public IReadOnlyList<string> Comments { get; set; } = [];
        public BuildDiagnostic? Error { get; set; }
    }

    private void Optimize(Compilation compilation)
    {
        var jobs = new List<Job>();
        foreach (var (file, asset) in compilation.Assets)
        {
            if (asset.Info.Minimized || !Matches(file))
                continue;
            jobs.Add(new Job(file, asset.Source, asset.Info));
        }
        if (jobs.Count == 0)
            return;
        Parallel.ForEach(jobs, job => Minify(compilation, job));

        // Extracted comments by license file: several assets may share one (a [name]-less template).
        var licenses = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var job in jobs)
        {
            if (job.Error is { } error)
            {
                compilation.Errors.Add(error);
                continue;
            }
            if (job.Output is null)
                continue;
            compilation.UpdateAsset(job.File, _ => job.Output, info => job.CommentsFile is null
                ? info with { Minimized = true }
                : info with { Minimized = true, Related = new Dictionary<string, string>(info.Related) { ["license"] = job.CommentsFile } });
            if (job.CommentsFile is { } commentsFile)
            {
                if (!licenses.TryGetValue(commentsFile, out var comments))
                    licenses[commentsFile] = comments = new SortedSet<string>(StringComparer.Ordinal);
                comments.UnionWith(job.Comments);
            }
        }
        foreach (var (file, comments) in licenses)
        {
            var text = string.Join("\n\n", comments) + "\n";
            if (compilation.GetAsset(file) is not null)
                compilation.UpdateAsset(file, _ => new RawSource(text));
            else
                compilation.EmitAsset(file, new RawSource(text), new AssetInfo { ExtractedComments = true });
        }
    }

    private void Minify(Compilation compilation, Job job)
    {
        var (text, inputMap) = job.Input.GetSourceAndMap(SourceMapOptions.Default);
        var module = _options.Module ?? (job.Info.JavascriptModule ? true
            : AssetFileTypes.HasExtension(job.File, ".mjs") ? true
            : AssetFileTypes.HasExtension(job.File, ".cjs") ? false
            : null);
        var goal = module switch { true => SourceType.Module, false => SourceType.Script, null => (SourceType?)null };
        var key = new CacheKey(text, goal, inputMap is not null);
        if (_cache.TryGetValue(key, out var result) || _used.TryGetValue(key, out result))
            Interlocked.Increment(ref _hits);
        else
            result = Minify(job.Input, text, goal, inputMap is not null, job.File);
        _used[key] = result;
        if (result.Error is { } error)
        {
            var frame = CodeFrame.FormatError(error, text, new LineTable(text));
            job.Error = new BuildDiagnostic($"{job.File} from Terser plugin\n{error.Message} [{job.File}:{error.Line},{error.Column - 1}]\n{frame}");
            return;
        }
        var code = result.Code!;
        var mappings = result.Mappings;
        if (result.ExtractedComments.Count > 0)
        {
            job.CommentsFile = CommentsFile(compilation, job.File);
            job.Comments = result.ExtractedComments;
            var banner = _options.ExtractedCommentsBanner
                ?? "For license information please see " + RelativeTo(job.File, job.CommentsFile);
            if (banner.Length > 0)
            {
                // The banner goes first, after a hashbang line; the mappings after it move down.
                var at = code.StartsWith("#!", StringComparison.Ordinal) ? code.IndexOf('\n', StringComparison.Ordinal) + 1 : 0;
                var line = $"/*! {banner} */\n";
                code = string.Concat(code.AsSpan(0, at), line, code.AsSpan(at));
                mappings = PrintMapping.Shift(mappings, at, line.Length);
            }
        }
        job.Output = inputMap is not null && MinifiedSourceMap.Build(text, code, mappings, job.File, job.File) is { } map
            ? new SourceMapSource(code, job.File, map, text, inputMap, removeOriginalSource: true)
            : new RawSource(code);
    }

    // PERF: a large chunk's module functions are minified on all cores (JsMinifier.MinifySplit),
    // the rest of it as one program; a chunk that cannot be split is minified whole.
    private MinifyResult Minify(Source input, string text, SourceType? goal, bool mappings, string file)
    {
        var options = MinifyOptionsFor(goal, mappings, file);
        if (text.Length >= SplitLength && ClosedFunctionSources.Find(input, text) is { Count: > 1 } spans
            && JsMinifier.MinifySplit(text, spans, options) is { } split)
        {
            Interlocked.Increment(ref _split);
            return split;
        }
        return JsMinifier.Minify(text, options);
    }

    // Below this many characters a chunk is minified whole: splitting it would gain little.
    internal const int SplitLength = 128 * 1024;

    private int _split;

    /// <summary>How many assets the last build minified split at their module functions (for tests).</summary>
    internal int SplitAssets => Volatile.Read(ref _split);

    private MinifyOptions MinifyOptionsFor(SourceType? goal, bool mappings, string file) =>
        new()
        {
            SourceType = goal,
            Mangle = _options.Mangle,
            Compress = _options.Compress,
            Compression = _options.Compression,
            AsciiOnly = _options.AsciiOnly,
            Comments = _options.Comments,
            KeepAnnotations = _options.KeepAnnotations,
            ExtractComment = _options.ExtractComment,
            KeepComment = _options.KeepComment,
            RecordMappings = mappings,
            FileName = file,
        };

    // terser-webpack-plugin's compilation.getPath(filename, { filename, basename, query }): the
    // asset's name parts ([file], [base], [name], [ext], [query]…) and the compilation's [fullhash].
    private string CommentsFile(Compilation compilation, string file)
    {
        Core.ModuleGraph.Module.ParseResource(file, out var path, out var query, out var fragment);
        var parts = new FilePathParts(path, query, fragment);
        return PathPlaceholders.ReplaceWithLengths(_options.ExtractedCommentsFilename, key => key switch
        {
            "fullhash" or "hash" => compilation.FullHash,
            _ => parts.Value(key),
        });
    }

    // path.relative(path.dirname(file), target) with forward slashes.
    private static string RelativeTo(string file, string target)
    {
        var directory = Path.GetDirectoryName(file.Replace('\\', '/')) ?? "";
        var relative = Path.GetRelativePath(string.IsNullOrEmpty(directory) ? "." : directory, target);
        return relative.Replace('\\', '/');
    }
}
